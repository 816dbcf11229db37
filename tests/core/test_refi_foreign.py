""".qdpx files made the way other programs make them, and hostile ones.

Foreign ones (BOM'd sources, UTF-16 positions, inline text, relative paths, CRLF, PDFs) come
in with exact passages; hostile ones (zip-slip, zip bomb, XXE, entity expansion, lying
headers) are refused with every table of the project unchanged.
"""

from __future__ import annotations

import uuid
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.errors import ImportRefused
from desktop_app.core.interchange import refi_common
from desktop_app.core.interchange.merge import merge
from desktop_app.core.interchange.refi_common import RefiRefused
from desktop_app.core.project import create_project, open_project
from tests.conftest import table_dump

NS = "urn:QDA-XML:project:1.0"
USER = str(uuid.uuid4())
CODE = str(uuid.uuid4())
TEXT = "第一句话𠮷。\n第二句😀话，共同富裕。\n第三句。"


def g() -> str:
    return str(uuid.uuid4())


def u16(text: str, i: int) -> int:
    """Code point offset i of text as UTF-16 units."""
    return len(text[:i].encode("utf-16-le")) // 2


def qde(sources_xml: str, extra: str = "") -> str:
    return (f'<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns="{NS}" name="other" origin="X">'
            f'<Users><User guid="{USER}" name="dora"/></Users>'
            f'<CodeBook><Codes><Code guid="{CODE}" name="共同富裕" isCodable="true" color="#0F0">'
            f'<Code guid="{g()}" name="子" isCodable="true"/></Code></Codes></CodeBook>'
            f"{extra}<Sources>{sources_xml}</Sources></Project>")


def selection(start: int, end: int, name: str = "", user: str = USER) -> str:
    named = f' name="{name}"' if name else ""
    return (f'<PlainTextSelection guid="{g()}"{named} startPosition="{start}" endPosition="{end}" '
            f'creatingUser="{user}"><Coding guid="{g()}" creatingUser="{user}">'
            f'<CodeRef targetGUID="{CODE}"/></Coding></PlainTextSelection>')


def archive(path: Path, files: dict[str, bytes | str]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            z.writestr(name, data.encode("utf-8") if isinstance(data, str) else data)
    return path


def passages(project) -> list[tuple[str, str, int, int, str]]:
    return sorted((s["code"], s["coder"], s["start"], s["end"], s["text"]) for s in project.segments())


def test_bom_source_with_crlf_and_internal_path(tmp_path: Path, project):
    raw = TEXT.replace("\n", "\r\n")
    s, e = raw.index("第二句"), raw.index("富裕") + 2
    guid = g()
    src = (f'<TextSource guid="{guid}" name="文档一" plainTextPath="internal://{guid}.txt">'
           f"{selection(s, e)}</TextSource>")
    f = archive(tmp_path / "a.qdpx", {"project.qde": qde(src),
                                      f"sources/{guid}.txt": b"\xef\xbb\xbf" + raw.encode("utf-8")})
    merge(project, f)
    [(code, coder, start, end, text)] = passages(project)
    assert (code, coder, text) == ("共同富裕", "dora", "第二句😀话，共同富裕")
    assert project.document_text(project.documents()[0]["id"]) == TEXT


def test_utf16_positions_detected_by_the_name_they_carry(tmp_path: Path, project):
    s, e = TEXT.index("第二句"), TEXT.index("富裕") + 2
    passage = TEXT[s:e]
    src = (f'<TextSource guid="{g()}" name="t" plainTextPath="sources/t.txt">'
           f"{selection(u16(TEXT, s), u16(TEXT, e), name=passage)}</TextSource>")
    f = archive(tmp_path / "a.qdpx", {"project.qde": qde(src), "sources/t.txt": TEXT})
    report = merge(project, f)
    assert [p[-1] for p in passages(project)] == [passage]
    assert any("UTF-16" in str(m) for m in report.notes)


def test_utf16_positions_detected_when_code_points_overrun_the_text(tmp_path: Path, project):
    e = len(TEXT)  # the whole text: in UTF-16 units it ends past the last code point
    src = (f'<TextSource guid="{g()}" name="t" plainTextPath="t.txt">'
           f"{selection(0, u16(TEXT, e))}</TextSource>")
    f = archive(tmp_path / "a.qdpx", {"project.qde": qde(src), "t.txt": TEXT})  # relative path
    merge(project, f)
    assert [p[-1] for p in passages(project)] == [TEXT]


def test_code_point_positions_are_kept(tmp_path: Path, project):
    s, e = TEXT.index("𠮷") , TEXT.index("😀") + 1
    src = (f'<TextSource guid="{g()}" name="t"><PlainTextContent>{TEXT}</PlainTextContent>'
           f"{selection(s, e, name=TEXT[s:e])}</TextSource>")  # inline text
    f = archive(tmp_path / "a.qdpx", {"project.qde": qde(src)})
    report = merge(project, f)
    assert [p[-1] for p in passages(project)] == [TEXT[s:e]]
    assert not any("UTF-16" in str(m) for m in report.notes)


def test_non_text_sources_are_skipped_with_a_note(tmp_path: Path, project):
    src = (f'<PDFSource guid="{g()}" name="scan" path="internal://x.pdf"/>'
           f'<TextSource guid="{g()}" name="t"><PlainTextContent>abc</PlainTextContent></TextSource>'
           f'<TextSource guid="{g()}" name="gone" plainTextPath="file:///C:/x.txt"/>')
    f = archive(tmp_path / "a.qdpx", {"project.qde": qde(src), "sources/x.pdf": b"%PDF"})
    report = merge(project, f)
    text = " ".join(str(m) for m in report.notes)
    assert "PDF" in text and "gone" in text
    assert [d["title"] for d in project.documents()] == ["t"]


def test_cases_and_notes_come_in(tmp_path: Path, project):
    var, note, doc = g(), g(), g()
    extra = (f'<Variables><Variable guid="{var}" name="region" typeOfVariable="Text"/></Variables>'
             f'<Cases><Case guid="{g()}" name="c"><VariableValue><VariableRef targetGUID="{var}"/>'
             f'<TextValue>湖州</TextValue></VariableValue><SourceRef targetGUID="{doc}"/></Case></Cases>')
    src = (f'<TextSource guid="{doc}" name="t"><PlainTextContent>{TEXT}</PlainTextContent>'
           f'<NoteRef targetGUID="{note}"/></TextSource>')
    notes = (f'<Notes><Note guid="{note}" name="n" creatingUser="{USER}">'
             f"<PlainTextContent>文档备忘</PlainTextContent></Note></Notes>")
    xml = qde(src, extra).replace("</Sources>", "</Sources>" + notes)
    f = archive(tmp_path / "a.qdpx", {"project.qde": xml})
    merge(project, f)
    d = project.documents()[0]
    assert d["attributes"] == {"region": "湖州"}
    assert [(m["target"], m["target_id"], m["text"]) for m in project.memos()] == [
        ("document", d["id"], "文档备忘")]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(alphabet=st.sampled_from("ab𠮷😀中\n"), min_size=2, max_size=40), data=st.data())
def test_utf16_producer_any_text(tmp_path_factory, text: str, data):
    s = data.draw(st.integers(0, len(text) - 1))
    e = data.draw(st.integers(s + 1, len(text)))
    passage = text[s:e]
    if not passage.strip():
        return
    tmp = tmp_path_factory.mktemp("u16")
    src = (f'<TextSource guid="{g()}" name="t" plainTextPath="internal://t.txt">'
           f"{selection(u16(text, s), u16(text, e), name=passage)}</TextSource>")
    f = archive(tmp / "a.qdpx", {"project.qde": qde(src), "sources/t.txt": text})
    with create_project(tmp / "p.biaozhu") as p:
        merge(p, f)
        assert [x[-1] for x in passages(p)] == [passage]


# -- hostile files ------------------------------------------------------------------------------


def refused(project_path: Path, other: Path) -> None:
    before = table_dump(project_path)
    with open_project(project_path) as p:
        with pytest.raises(ImportRefused):
            merge(p, other)
    assert table_dump(project_path) == before
    assert not list(project_path.parent.glob("*.before-merge.*.bak"))


@pytest.fixture
def mine(tmp_path: Path) -> Path:
    path = tmp_path / "mine.biaozhu"
    with create_project(path, coder="me") as p:
        doc = p.add_document("d", TEXT)
        p.add_coding(doc, "居民增收", 0, 3)
    return path


@pytest.mark.parametrize("name", ["../evil.txt", "/etc/evil.txt", "sources/../../evil.txt",
                                  "C:/evil.txt", "..\\evil.txt"])
def test_zip_slip_is_refused(tmp_path: Path, mine: Path, name: str):
    src = f'<TextSource guid="{g()}" name="t"><PlainTextContent>abc</PlainTextContent></TextSource>'
    f = archive(tmp_path / "slip.qdpx", {"project.qde": qde(src), name: "x"})
    refused(mine, f)


def test_zip_bomb_is_refused_by_its_declared_size(tmp_path: Path, mine: Path, monkeypatch):
    monkeypatch.setattr(refi_common, "MAX_TOTAL", 1 << 20)
    monkeypatch.setattr(refi_common, "MAX_MEMBER", 1 << 20)
    src = f'<TextSource guid="{g()}" name="t" plainTextPath="internal://t.txt"/>'
    f = archive(tmp_path / "bomb.qdpx", {"project.qde": qde(src), "sources/t.txt": b"a" * (4 << 20)})
    assert f.stat().st_size < 100_000
    refused(mine, f)


def test_zip_bomb_with_a_lying_header_is_stopped_while_streaming(tmp_path: Path, mine: Path):
    src = f'<TextSource guid="{g()}" name="t" plainTextPath="internal://t.txt"/>'
    f = archive(tmp_path / "liar.qdpx", {"project.qde": qde(src), "sources/t.txt": b"a" * (2 << 20)})
    data = bytearray(f.read_bytes())
    # declare 10 bytes uncompressed in both the local header and the central directory
    for sig, off in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (i := data.find(sig, start)) >= 0:
            name_len = int.from_bytes(data[i + (26 if sig == b"PK\x03\x04" else 28):][:2], "little")
            name_at = i + (30 if sig == b"PK\x03\x04" else 46)
            if bytes(data[name_at:name_at + name_len]) == b"sources/t.txt":
                data[i + off:i + off + 4] = (10).to_bytes(4, "little")
            start = i + 4
    f.write_bytes(bytes(data))
    refused(mine, f)


def test_xxe_is_refused(tmp_path: Path, mine: Path):
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET")
    xml = qde(f'<TextSource guid="{g()}" name="t"><PlainTextContent>&xxe;</PlainTextContent></TextSource>')
    xml = xml.replace("<Project", f'<!DOCTYPE Project [<!ENTITY xxe SYSTEM "file://{secret}">]>\n<Project', 1)
    refused(mine, archive(tmp_path / "xxe.qdpx", {"project.qde": xml}))


def test_billion_laughs_is_refused(tmp_path: Path, mine: Path):
    ents = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
    xml = qde(f'<TextSource guid="{g()}" name="t"><PlainTextContent>&lol9;</PlainTextContent></TextSource>')
    xml = xml.replace("<Project", f"<!DOCTYPE Project [{ents}]>\n<Project", 1)
    refused(mine, archive(tmp_path / "lol.qdpx", {"project.qde": xml}))


def test_entities_in_a_codebook_are_refused(tmp_path: Path, mine: Path):
    f = tmp_path / "book.qdc"
    f.write_text('<?xml version="1.0"?><!DOCTYPE CodeBook [<!ENTITY a "aaaa">]>'
                 '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>'
                 f'<Code guid="{g()}" name="&a;" isCodable="true"/></Codes></CodeBook>')
    refused(mine, f)


@pytest.mark.parametrize("content", [b"", b"not a zip", b"PK\x03\x04broken"])
def test_broken_archives_are_refused(tmp_path: Path, mine: Path, content: bytes):
    f = tmp_path / "broken.qdpx"
    f.write_bytes(content)
    refused(mine, f)


def test_archive_without_a_qde_is_refused(tmp_path: Path, mine: Path):
    refused(mine, archive(tmp_path / "empty.qdpx", {"sources/a.txt": "x"}))


def test_refusal_is_typed(tmp_path: Path, project):
    with pytest.raises(RefiRefused, match="outside the archive"):
        merge(project, archive(tmp_path / "s.qdpx", {"../x": "x", "project.qde": qde("")}))


def test_the_bundle_keeps_what_the_safe_reader_needs():
    import importlib.util
    import sys

    root = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location("bundle_rules", root / "packaging" / "bundle_rules.py")
    rules = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bundle_rules", rules)
    spec.loader.exec_module(rules)
    EXCLUDED_MODULES = rules.EXCLUDED_MODULES  # noqa: N806

    kept = ("defusedxml", "xml", "xml.etree", "pyexpat", "zipfile")
    assert not [m for m in EXCLUDED_MODULES if m in kept or m.startswith(("defusedxml.", "xml."))]


@given(st.text(alphabet=st.sampled_from("a中𠮷😀\n"), max_size=30))
def test_utf16_offsets_match_encoding(text: str):
    from desktop_app.core.interchange.refi_import import Utf16Offsets

    to_cp = Utf16Offsets(text)
    boundaries = {u16(text, i): i for i in range(len(text) + 1)}
    units = len(text.encode("utf-16-le")) // 2
    for unit in range(-1, units + 2):
        assert to_cp(unit) == boundaries.get(unit)
