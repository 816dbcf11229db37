"""Inputs without bounds (issue 14, items 6-7): devices, FIFOs, zip bombs, huge files,
file names that are not UTF-8. Each is one refused (or imported) file; the others go in."""

from __future__ import annotations

import io
import os
import re
import resource
import sys
import threading
import zipfile

import docx
import pytest

from desktop_app.core.errors import ImportRefused
from desktop_app.core.ingest.bounded import read_bounded
from desktop_app.core.ingest.importer import import_files
from desktop_app.core.ingest.reader import ReadOptions, read_file
from tests.conftest import table_dump

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX devices and FIFOs")


def _docx_bytes(text: str = "共同富裕示范区") -> bytes:
    d = docx.Document()
    d.add_paragraph(text)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _rezip(data: bytes, extra: dict[str, bytes] | None = None, replace: dict[str, bytes] | None = None) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            z.writestr(info.filename, (replace or {}).get(info.filename, src.read(info)))
        for name, blob in (extra or {}).items():
            z.writestr(name, blob)
    return out.getvalue()


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@posix_only
def test_dev_zero_refused_without_reading(project, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("共同富裕", encoding="utf-8")
    results = import_files(project, ["/dev/zero", good])
    assert [r.status for r in results] == ["refused", "imported"]
    assert "zero: is not a regular file" in str(results[0].message)


@posix_only
def test_fifo_named_txt_never_blocks(project, tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    box: list = []
    reader = threading.Thread(target=lambda: box.append(_refusal(fifo)), daemon=True)
    reader.start()
    reader.join(timeout=10)
    assert not reader.is_alive(), "reading a FIFO blocked"
    assert "pipe.txt: is not a regular file" in box[0]
    [res] = import_files(project, [fifo])
    assert res.status == "refused"


def _refusal(path) -> str:
    try:
        read_file(path)
    except ImportRefused as e:
        return str(e)
    return "read"


@posix_only
def test_fifo_swapped_in_after_the_check_is_not_read(tmp_path, monkeypatch):
    """The open is non-blocking and checked again on the descriptor."""
    import desktop_app.core.ingest.bounded as bounded

    fifo = tmp_path / "late.txt"
    os.mkfifo(fifo)
    real = os.stat(tmp_path)
    monkeypatch.setattr(bounded, "check_regular", lambda path, name: real)  # pretend it passed
    with pytest.raises(ImportRefused, match="late.txt: is not a regular file"):
        read_bounded(fifo, "late.txt")


def test_too_large_gives_the_real_size(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * (2 * 2**20 + 300_000))
    with pytest.raises(ImportRefused) as e:
        read_file(path, ReadOptions(max_bytes=2 * 2**20))
    assert str(e.value) == "big.txt: too large (2.3 MB; at most 2 MB)"


def test_limit_holds_when_the_file_grows_after_stat(tmp_path, monkeypatch):
    import desktop_app.core.ingest.bounded as bounded

    path = tmp_path / "growing.txt"
    path.write_bytes(b"b" * 5000)
    small = os.stat(path)
    monkeypatch.setattr(bounded, "check_regular", lambda p, name: small)
    path.write_bytes(b"b" * 50_000)
    with pytest.raises(ImportRefused, match=r"too large \(0.1 MB; at most 0.1 MB\)|too large"):
        read_bounded(path, "growing.txt", limit=20_000)


def test_zip_bomb_docx_refused_before_inflating(project, tmp_path):
    bomb = _rezip(_docx_bytes(), replace={"word/document.xml": b"<w:document>" + b" " * (150 * 2**20)})
    path = tmp_path / "bomb.docx"
    path.write_bytes(bomb)
    assert len(bomb) < 2 * 2**20  # a small file on disk
    before = _peak_mb()
    [res] = import_files(project, [path])
    assert res.status == "refused"
    assert re.fullmatch(r"bomb\.docx: too large \(150\.\d MB; at most 100 MB\)", str(res.message))
    assert _peak_mb() - before < 100  # nothing was inflated


def test_docx_lying_about_its_size_is_refused(tmp_path):
    data = bytearray(_rezip(_docx_bytes(), replace={"word/document.xml": b"<x>" + b"y" * 5_000_000 + b"</x>"}))
    # make the central directory claim 1,000 bytes for document.xml
    zf = zipfile.ZipFile(io.BytesIO(bytes(data)))
    info = zf.getinfo("word/document.xml")
    name = b"word/document.xml"
    i = data.find(b"PK\x01\x02")
    while i >= 0:
        n = int.from_bytes(data[i + 28:i + 30], "little")
        if data[i + 46:i + 46 + n] == name:
            data[i + 24:i + 28] = (1000).to_bytes(4, "little")
        i = data.find(b"PK\x01\x02", i + 4)
    assert info.file_size > 1000
    path = tmp_path / "liar.docx"
    path.write_bytes(bytes(data))
    with pytest.raises(ImportRefused, match="liar.docx: "):
        read_file(path)


def test_unused_huge_media_part_costs_nothing(project, tmp_path):
    data = _rezip(_docx_bytes("图片很大的文件"), extra={"word/media/image1.png": b"\0" * (200 * 2**20)})
    path = tmp_path / "media.docx"
    path.write_bytes(data)
    before = _peak_mb()
    [res] = import_files(project, [path])
    assert res.status == "imported"
    assert project.document_text(res.document_id) == "图片很大的文件"
    assert _peak_mb() - before < 100


@posix_only
def test_non_utf8_file_name_is_one_file_and_the_others_go_in(project, tmp_path):
    folder = os.fsencode(tmp_path / "in")
    os.mkdir(folder)
    names = [b"good1.txt", "政策一".encode("gbk") + b".txt", b"good2.txt", b"\xff\xfe.txt", b"good3.txt"]
    for i, raw in enumerate(names):
        with open(os.path.join(folder, raw), "wb") as f:
            f.write(f"第{i}份文件的正文".encode())
    before = table_dump(project.path)
    results = import_files(project, [tmp_path / "in"])
    assert sorted(r.status for r in results) == ["imported"] * 5
    docs = project.documents()
    assert len(docs) == 5
    odd = [d for d in docs if "\ufffd" in d["source_file"]]
    assert len(odd) == 2
    assert all(d["title"].isprintable() for d in docs)
    warned = [r for r in results if r.warnings]
    assert len(warned) == 2 and "not valid UTF-8" in str(warned[0].warnings[0])
    assert table_dump(project.path) != before


@posix_only
def test_non_utf8_path_argument_as_bytes(project, tmp_path):
    raw = os.path.join(os.fsencode(tmp_path), b"\xb9\xe3.txt")
    with open(raw, "wb") as f:
        f.write("广州".encode())
    [res] = import_files(project, [raw])
    assert res.status == "imported" and project.document_text(res.document_id) == "广州"


@posix_only
def test_cli_with_a_non_utf8_argument(tmp_path):
    """A file name from the command line that is not UTF-8: imported, no traceback."""
    import subprocess

    proj = tmp_path / "p.biaozhu"
    bad = os.path.join(os.fsencode(tmp_path), "政策".encode("gbk") + b".txt")
    with open(bad, "wb") as f:
        f.write("城乡融合".encode())
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "LC_ALL": "C.UTF-8"}
    run = [sys.executable, "-m", "desktop_app"]
    assert subprocess.run([*run, "new", str(proj)], env=env, capture_output=True).returncode == 0
    r = subprocess.run([*run, "import", os.fsencode(proj), bad], env=env, capture_output=True)
    out, err = r.stdout.decode(), r.stderr.decode()
    assert r.returncode == 0, err
    assert "imported document 1: \ufffd\ufffd\ufffd\ufffd.txt" in out and "not valid UTF-8" in out
    assert "Traceback" not in err


def test_a_file_of_exactly_the_limit_is_read_whole_and_a_grown_one_to_its_end(tmp_path, monkeypatch):
    import desktop_app.core.ingest.bounded as bounded

    path = tmp_path / "exact.txt"
    data = bytes(range(256)) * 4096  # 1 MiB, every byte value
    path.write_bytes(data)
    assert read_bounded(path, "exact.txt", limit=len(data)) == data
    with pytest.raises(ImportRefused, match="too large"):
        read_bounded(path, "exact.txt", limit=len(data) - 1)
    small = os.stat(path)
    path.write_bytes(data * 3)  # grew after the stat, still under the limit: read to its end
    monkeypatch.setattr(bounded, "check_regular", lambda p, name: small)
    assert read_bounded(path, "exact.txt", limit=10 * len(data)) == data * 3


@pytest.mark.parametrize("content", [b"", b" \t\r\n\x0b\x0c" * 1000])
def test_a_file_of_only_blanks_is_empty(tmp_path, content):
    path = tmp_path / "blank.txt"
    path.write_bytes(content)
    with pytest.raises(ImportRefused, match="blank.txt: the file is empty"):
        read_file(path)
