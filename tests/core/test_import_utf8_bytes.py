"""A UTF-8 file's bytes are hashed and stored as they are (no second and third encoding of
the text): the project must hold exactly what encoding the normalised text would store."""

import hashlib
import sqlite3

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.ingest import importer
from desktop_app.core.ingest.importer import import_files
from desktop_app.core.ingest.reader import read_file
from desktop_app.core.project import create_project
from desktop_app.core.text.normalise import normalise

# CJK, astral characters, the C0 controls (kept and removed ones), CR, BOM, replacement char
PIECES = st.sampled_from(["收入", "社会保障", "𠮷", "😀", "a", " ", "\n", "\t", "\r", "\r\n",
                          "\x00", "\x07", "\x0b", "\x1f", "\x7f", "\x80", "\ufeff", "\ufffd",
                          "é", "\u2028"])
TEXTS = st.lists(PIECES, min_size=1, max_size=40).map("".join)
# what a text file holds: a few control characters at most (more is a binary file, refused)
FILE_TEXTS = TEXTS.filter(lambda t: sum(c < " " and c not in "\t\n\r" or c == "\x7f" for c in t) <= 2)


def _stored(path) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT text, typeof(text), sha256, chars FROM documents").fetchall()
    finally:
        con.close()


@settings(max_examples=60, deadline=None)
@given(TEXTS)
def test_normalise_with_the_bytes_equals_without(text):
    assert normalise(text, text.encode("utf-8")) == normalise(text)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=FILE_TEXTS)
def test_a_utf8_file_is_stored_as_its_normalised_text(tmp_path_factory, text):
    tmp = tmp_path_factory.mktemp("imp")
    src = tmp / "a.txt"
    src.write_bytes("收入".encode() + text.encode("utf-8"))  # never empty, never a BOM first
    expected = normalise("收入" + text)[0]
    path = tmp / "p.biaozhu"
    with create_project(path, coder="alice") as p:
        [res] = import_files(p, [src])
        assert res.status == "imported", res.message
        assert p.document_text(res.document_id) == expected
    [(stored, kind, digest, chars)] = _stored(path)
    assert (stored, kind, chars) == (expected, "text", len(expected))
    assert digest == hashlib.sha256(expected.encode("utf-8")).hexdigest()
    with create_project(tmp / "q.biaozhu", coder="alice") as q:  # its digest finds it again
        q.add_document("again", expected)
    assert _stored(tmp / "q.biaozhu")[0][2] == digest


def test_the_bytes_are_kept_only_while_they_are_the_text(tmp_path):
    clean = tmp_path / "clean.txt"
    clean.write_bytes("城乡融合𠮷\n".encode())
    assert read_file(clean).utf8 == clean.read_bytes()
    for name, data in [("crlf.txt", "收入\r\n".encode()), ("ctl.txt", "收入\x07".encode()),
                       ("bom.txt", b"\xef\xbb\xbf" + "收入".encode()),
                       ("gbk.txt", "城乡居民收入倍差，共同富裕示范区建设".encode("gb18030")),
                       ("a.md", "# 收入\n\n社会保障".encode())]:
        (tmp_path / name).write_bytes(data)
        assert read_file(tmp_path / name).utf8 is None, name


def test_past_the_budget_the_texts_are_encoded_again(tmp_path, monkeypatch):
    monkeypatch.setattr(importer, "KEEP_UTF8_BYTES", 40)
    texts = ["第一份文件：城乡融合𠮷", "第二份文件：社会保障", "第三份文件：数字化改革😀"]
    files = []
    for i, t in enumerate(texts):
        files.append(tmp_path / f"{i}.txt")
        files[-1].write_text(t, encoding="utf-8")
    seen = []
    path = tmp_path / "p.biaozhu"
    with create_project(path, coder="alice") as p:
        add = p.add_document
        p.add_document = lambda *a, **k: seen.append(k["utf8"] is not None) or add(*a, **k)
        results = import_files(p, files)
    assert [r.status for r in results] == ["imported"] * 3
    assert seen == [True, False, False]  # 34 bytes kept; with the next, over the 40
    assert [row[0] for row in _stored(path)] == texts
