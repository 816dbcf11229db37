"""PDF import: reading order (one and two columns), clean-up, pages without text, refusals."""

from __future__ import annotations

import pytest

from desktop_app.core.errors import ImportRefused
from desktop_app.core.ingest.importer import import_files
from desktop_app.core.ingest.layout import LayoutOptions
from desktop_app.core.ingest.reader import ReadOptions, read_file
from tests.conftest import table_dump
from tests.ingest.conftest import sentences
from tests.ingest.pdf_maker import make_image_pdf, make_pdf

HEADER = "嘉兴日报 2021年6月10日 星期四 第3版"


@pytest.mark.parametrize("columns", [1, 2])
def test_every_sentence_whole_in_reading_order(pdf_dir, paragraphs, columns):
    path = make_pdf(pdf_dir / f"cols{columns}.pdf", paragraphs, columns=columns, header=HEADER)
    got = read_file(path)
    text = got.text
    assert got.encoding == "PDF"
    # each paragraph is one line again, whole, and in the order of the source
    lines = text.split("\n")
    assert lines == paragraphs
    pos = [text.find(s) for s in sentences(paragraphs)]
    assert all(p >= 0 for p in pos) and pos == sorted(pos)
    assert "嘉兴日报" not in text and "- 2 -" not in text
    report = [str(m) for m in got.report]
    assert any(r.startswith("joined ") and "broken lines" in r for r in report)
    assert any("running header/footer" in r for r in report)
    assert any("page number" in r for r in report)


def test_keep_layout_keeps_lines_headers_and_numbers(pdf_dir, paragraphs):
    path = make_pdf(pdf_dir / "keep.pdf", paragraphs[:12], columns=2, header=HEADER)
    got = read_file(path, ReadOptions(layout=LayoutOptions.keep_layout()))
    assert got.report == []
    assert "嘉兴日报" in got.text and "- 1 -" in got.text
    assert len(got.text.split("\n")) > 2 * 12  # the column's line breaks are still there


def test_headings_stay_on_their_own_line(pdf_dir, paragraphs):
    doc = ["一、牢记嘱托推动共同富裕", *paragraphs[:3], "二、坚持规划引领", *paragraphs[3:6]]
    path = make_pdf(pdf_dir / "headings.pdf", doc, headings=doc[0:1] + doc[4:5])
    assert read_file(path).text.split("\n") == doc


def test_cjk_layout_spaces_removed(pdf_dir):
    path = make_pdf(pdf_dir / "spaces.pdf", ["时任省委书记习近平同志 2004 年在嘉兴进行了 4 天蹲点调研。"])
    got = read_file(path)
    assert got.text == "时任省委书记习近平同志2004年在嘉兴进行了4天蹲点调研。"
    assert "removed 4 layout spaces between Chinese and Latin letters or digits" in [str(m) for m in got.report]


def test_characters_outside_the_bmp(pdf_dir):
    path = make_pdf(pdf_dir / "ext.pdf", ["𠮷野家在嘉兴开店，共同富裕。"])
    assert read_file(path).text == "𠮷野家在嘉兴开店，共同富裕。"


def test_page_without_text_is_reported_by_number(pdf_dir):
    path = make_image_pdf(pdf_dir / "mixed.pdf", pages=1, text_page="第一页有文字，共同富裕示范区。")
    got = read_file(path)
    assert got.text == "第一页有文字，共同富裕示范区。"
    assert [str(w) for w in got.warnings] == ["mixed.pdf: page 2 has no text layer (scanned?)"]


def test_scanned_pdf_refused_with_ocr_hint(pdf_dir):
    path = make_image_pdf(pdf_dir / "scan.pdf", pages=2)
    with pytest.raises(ImportRefused, match=r"scan\.pdf: the PDF has no text layer .*OCR"):
        read_file(path)


def test_encrypted_pdf_refused_naming_the_password(pdf_dir, paragraphs):
    path = make_pdf(pdf_dir / "secret.pdf", paragraphs[:2], encrypt="mima")
    with pytest.raises(ImportRefused, match=r"secret\.pdf: the PDF is protected by a password"):
        read_file(path)


def test_truncated_and_fake_pdfs_refused_naming_the_file(pdf_dir, paragraphs, tmp_path):
    whole = make_pdf(pdf_dir / "whole.pdf", paragraphs[:6]).read_bytes()
    cut = tmp_path / "truncated.pdf"
    cut.write_bytes(whole[: len(whole) // 3])
    fake = tmp_path / "fake.pdf"
    fake.write_bytes(b"%PDF-1.7\n this is not a PDF at all " * 20)
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    for path in (cut, fake, empty):
        with pytest.raises(ImportRefused) as e:
            read_file(path)
        assert str(e.value).startswith(path.name + ": ")


def test_imported_pdf_codings_have_exact_offsets(project, pdf_dir, paragraphs):
    path = make_pdf(pdf_dir / "coded.pdf", paragraphs[:10], columns=2, header=HEADER)
    [res] = import_files(project, [path])
    assert res.status == "imported" and res.report
    text = project.document_text(res.document_id)
    passage = sentences(paragraphs[:10])[5]
    start = text.index(passage)
    cid = project.add_coding(res.document_id, "城乡融合", start, start + len(passage))
    [seg] = [s for s in project.segments() if s["id"] == cid]
    assert seg["text"] == passage == text[seg["start"]:seg["end"]]


def test_refused_pdfs_leave_the_project_unchanged(project, pdf_dir, tmp_path):
    project.add_document("existing", "已有文本")
    before = table_dump(project.path)
    scan = make_image_pdf(tmp_path / "scan.pdf")
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 broken")
    results = import_files(project, [scan, bad])
    assert [r.status for r in results] == ["refused", "refused"]
    assert table_dump(project.path) == before


def test_character_by_character_path_gives_the_same_text(pdf_dir, paragraphs, monkeypatch):
    """When PDFium's text leaves characters out, the reader falls back to one call each."""
    import pypdfium2.raw as pdfium_c

    path = make_pdf(pdf_dir / "fallback.pdf", paragraphs[:8], columns=2, header=HEADER)
    fast = read_file(path).text
    calls = []
    real = pdfium_c.FPDFText_GetUnicode
    monkeypatch.setattr(pdfium_c, "FPDFText_GetText", lambda *a: 0)
    monkeypatch.setattr(pdfium_c, "FPDFText_GetUnicode", lambda *a: calls.append(1) or real(*a))
    assert read_file(path).text == fast
    assert len(calls) > len(fast)
