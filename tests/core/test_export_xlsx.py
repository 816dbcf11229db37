"""The workbook: passages exact, text never a formula, figures equal to the database's."""

from __future__ import annotations

import re
import tempfile
from collections import defaultdict
from itertools import combinations
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.interchange.xlsx_export import export_workbook
from desktop_app.core.interchange.xlsx_safe import CUT_MARKER, MAX_CELL
from desktop_app.core.project import create_project
from desktop_app.core.project.codings import NewCoding
from desktop_app.core.text.normalise import normalise
from tests.core.export_helpers import (
    ATTRS_A,
    build_two_coder_project,
    db_rows,
    load,
    rows,
    sheet_xml,
)

ALPHABET = "𠮷𠀀😀中文编码abc =+-@\r\n\t，。"


@st.composite
def documents_with_spans(draw):
    raw = draw(st.text(alphabet=ALPHABET, min_size=1, max_size=200))
    text = normalise(raw)[0]
    if not text:
        text = "𠮷"
    spans = draw(st.lists(
        st.tuples(st.integers(0, len(text) - 1), st.integers(1, len(text))).map(
            lambda t: (min(t[0], t[1] - 1), max(t[1], t[0] + 1))).filter(
            lambda t: t[1] <= len(text)),
        min_size=1, max_size=8, unique=True))
    return text, spans


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents_with_spans())
def test_every_passage_reads_back_exactly(data):
    text, spans = data
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "p.biaozhu"
        with create_project(path, coder="alice") as p:
            doc = p.add_document("doc", text)
            p.add_codings([NewCoding(doc, "居民增收", s, e, memo=text[s:e]) for s, e in spans])
        summary = export_workbook(path, Path(tmp) / "out.xlsx", lang="en")
        ws = load(summary.path)["Segments"]
        got = rows(ws)
        header = got[0]
        col = {h: i for i, h in enumerate(header)}
        expected = {gid: (s, e) for gid, s, e in db_rows(path, 'SELECT id, start, "end" FROM codings')}
        assert summary.rows == len(got) - 1 == len(expected)
        for r in got[1:]:
            s, e = expected[r[col["coding id"]]]
            assert (r[col["start"]], r[col["end"]]) == (s, e)
            assert r[col["passage"]] == text[s:e]  # astral characters, "=", "\n" all exact
            assert r[col["memo"]] == text[s:e]
            assert r[col["truncated"]] is False


def test_text_that_looks_like_a_formula_stays_text(tmp_path: Path):
    with build_two_coder_project(tmp_path / "p.biaozhu"):
        pass
    out = tmp_path / "out.xlsx"
    export_workbook(tmp_path / "p.biaozhu", out, lang="en")
    wb = load(out)
    seen = set()
    for ws in wb:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value[:1] in "=+-@":
                    assert cell.data_type == "s", (ws.title, cell.coordinate, cell.value)
                    seen.add(cell.value[0])
    assert seen == {"=", "+", "-", "@"}
    # In the file itself: no formula element anywhere, the texts are inline strings.
    xml = "".join(sheet_xml(out).values())
    assert "<f>" not in xml and "<f " not in xml
    assert "<t>=HYPERLINK(\"http://x\")</t>" in xml.replace("&quot;", '"')
    assert re.search(r't="inlineStr"><is><t[^>]*>=cmd\|', xml)


def test_headers_attributes_and_sheet_titles(tmp_path: Path):
    with build_two_coder_project(tmp_path / "p.biaozhu"):
        pass
    summary = export_workbook(tmp_path / "p.biaozhu", tmp_path / "out.xlsx", lang="en")
    wb = load(summary.path)
    assert wb.sheetnames == summary.sheets == [
        "Segments", "Codebook", "Documents", "Code × document", "Co-occurrence", "Agreement",
        "About"]
    for title in wb.sheetnames:
        assert len(title) <= 31 and not re.search(r"[\\*?:/\[\]]", title)
    seg = wb["Segments"]
    header = rows(seg)[0]
    for name in ATTRS_A:  # user-made names, kept whole as header text
        assert name in header
    assert header[:3] == ("coding id", "document id", "document title")
    assert header[-1] == "truncated"
    assert seg.freeze_panes == "A2"
    assert seg.auto_filter.ref == f"A1:{seg.cell(1, len(header)).column_letter}{len(rows(seg))}"
    assert seg.cell(1, 1).font.b
    code_col = header.index("code") + 1
    passage_col = header.index("passage") + 1
    first = seg.cell(2, code_col)
    colour = dict(db_rows(tmp_path / "p.biaozhu", "SELECT name, colour FROM codes"))[first.value]
    assert first.fill.fgColor.rgb.endswith(colour.lstrip("#"))
    assert seg.cell(2, passage_col).alignment.wrap_text
    charts = wb["Code × document"]._charts
    assert len(charts) == 1  # a native bar chart of the counts block's total row
    n_docs, n_codes = len(rows(wb["Documents"])) - 1, len(rows(wb["Codebook"])) - 1
    last = seg.cell(1, 2 + n_codes).column_letter
    assert charts[0].series[0].val.numRef.f == f"'Code × document'!$C${n_docs + 3}:${last}${n_docs + 3}"
    assert rows(wb["Code × document"])[n_docs + 2][1] == "total"
    zh = load(export_workbook(tmp_path / "p.biaozhu", tmp_path / "zh.xlsx").path)
    assert zh.sheetnames[0] == "编码片段" and rows(zh["编码片段"])[0][0] == "编码片段ID"


def test_long_text_is_cut_visibly_and_forbidden_characters_counted(tmp_path: Path):
    path = tmp_path / "p.biaozhu"
    long_text = ("𠮷" + "长" * 99) * 400  # 40,000 characters
    with create_project(path, coder="alice") as p:
        d = p.add_document("bad\x01title\ufffe", long_text)
        p.add_codings([NewCoding(d, "居民增收", 0, len(long_text), memo="a\x0bb\x1fc"),
                       NewCoding(d, "社会保障", 1, 11)])
    summary = export_workbook(path, tmp_path / "out.xlsx", lang="en")
    assert summary.truncated_cells == 1
    # counted per cell written: the title is in 2 segment rows, Documents and both matrix
    # blocks (5 cells x 2 characters), the memo once (2)
    assert summary.removed_characters == 5 * 2 + 2
    got = rows(load(summary.path)["Segments"])
    col = {h: i for i, h in enumerate(got[0])}
    whole, short = got[1], got[2]
    assert len(whole[col["passage"]]) == MAX_CELL
    assert whole[col["passage"]] == long_text[: MAX_CELL - len(CUT_MARKER)] + CUT_MARKER
    assert whole[col["truncated"]] is True
    assert whole[col["memo"]] == "abc" and whole[col["document title"]] == "badtitle"
    assert short[col["passage"]] == long_text[1:11] and short[col["truncated"]] is False


def _matrix_blocks(ws, n_docs: int):
    got = rows(ws)
    counts = got[1: 1 + n_docs + 2]  # header, documents, total
    chars = got[n_docs + 5: n_docs + 5 + n_docs + 2]
    return counts, chars


def test_figures_equal_counts_from_the_database(tmp_path: Path):
    path = tmp_path / "p.biaozhu"
    with build_two_coder_project(path):
        pass
    wb = load(export_workbook(path, tmp_path / "out.xlsx", lang="en").path)
    codings = db_rows(path, 'SELECT document_id, code_id, coder_id, start, "end" FROM codings')
    codes = db_rows(path, "SELECT id, name FROM codes")
    docs = db_rows(path, "SELECT id, chars FROM documents ORDER BY position, id")
    name_to_id = {n: i for i, n in codes}

    # code x document: counts and union of coded characters, from sets of positions
    counts, chars = _matrix_blocks(wb["Code × document"], len(docs))
    header = counts[0]
    code_names = header[2:-1]
    for block, kind in ((counts, "n"), (chars, "c")):
        for row, (doc_id, _) in zip(block[1:-1], docs, strict=True):
            assert row[0] == doc_id
            anyset = set()
            for name, value in zip(code_names, row[2:-1], strict=True):
                mine = [(s, e) for d, c, _, s, e in codings if d == doc_id and c == name_to_id[name]]
                positions = {i for s, e in mine for i in range(s, e)}
                anyset |= positions
                assert value == (len(mine) if kind == "n" else len(positions)), (kind, doc_id, name)
            if kind == "n":
                assert row[-1] == sum(1 for c in codings if c[0] == doc_id)
            else:
                assert row[-1] == len(anyset)
        totals = block[-1]
        assert list(totals[2:-1]) == [sum(r[i] for r in block[1:-1]) for i in range(2, len(header) - 1)]
    assert counts[-1][-1] == len(codings)

    # co-occurrence: SQL self-join, same document and coder, sharing a character
    pairs = dict(((a, b), n) for a, b, n in db_rows(path, """
        SELECT x.code_id, y.code_id, COUNT(*) FROM codings x JOIN codings y
          ON x.document_id = y.document_id AND x.coder_id = y.coder_id AND x.id <> y.id
         AND x.start < y."end" AND y.start < x."end" AND x.code_id <> y.code_id
         GROUP BY x.code_id, y.code_id"""))
    per_code = dict(db_rows(path, "SELECT code_id, COUNT(*) FROM codings GROUP BY code_id"))
    co = rows(wb["Co-occurrence"])
    names = co[0][2:]
    assert any(pairs.values())
    for row in co[1:]:
        a = row[0]
        for name, value in zip(names, row[2:], strict=True):
            b = name_to_id[name]
            expected = per_code.get(a, 0) if a == b else pairs.get((a, b), 0)
            assert value == expected, (a, b)

    # codebook and documents counts
    cb = rows(wb["Codebook"])
    for row in cb[1:]:
        n_docs = len({d for d, c, *_ in codings if c == row[0]})
        assert (row[-2], row[-1]) == (per_code.get(row[0], 0), n_docs)
    assert cb[1 + [r[0] for r in cb[1:]].index(name_to_id["子编码"])][3] == "社会保障 > 子编码"
    dsheet = rows(wb["Documents"])
    for row, (doc_id, n_chars) in zip(dsheet[1:], docs, strict=True):
        assert (row[0], row[-4], row[-3]) == (
            doc_id, n_chars, sum(1 for c in codings if c[0] == doc_id))


def _kappa(x: list[bool], y: list[bool]) -> tuple[float, float | None]:
    n = len(x)
    po = sum(a == b for a, b in zip(x, y, strict=True)) / n
    p1, p2 = sum(x) / n, sum(y) / n
    pe = p1 * p2 + (1 - p1) * (1 - p2)
    return 100 * po, (None if pe == 1 else (po - pe) / (1 - pe))


def test_agreement_equals_a_character_by_character_count(tmp_path: Path):
    path = tmp_path / "p.biaozhu"
    with build_two_coder_project(path):
        pass
    wb = load(export_workbook(path, tmp_path / "out.xlsx", lang="en").path)
    codings = db_rows(path, 'SELECT document_id, code_id, k.name, start, "end" FROM codings g '
                            "JOIN coders k ON k.id = g.coder_id")
    chars = dict(db_rows(path, "SELECT id, chars FROM documents"))
    coders = sorted({c[2] for c in codings})
    docs_of = defaultdict(set)
    for d, _, k, *_ in codings:
        docs_of[k].add(d)
    got = rows(wb["Agreement"])
    header = got[0]
    col = {h: i for i, h in enumerate(header)}
    checked = 0
    for row in got[1:]:
        code_id, a, b = row[0], row[col["coder A"]], row[col["coder B"]]
        docs = sorted(docs_of[a] & docs_of[b])
        x, y = [], []
        for d in docs:
            for k, target in ((a, x), (b, y)):
                marks = [False] * chars[d]
                for dd, c, kk, s, e in codings:
                    if dd == d and c == code_id and kk == k:
                        marks[s:e] = [True] * (e - s)
                target += marks
        pct, kappa = _kappa(x, y)
        assert row[col["documents coded by both"]] == len(docs)
        assert row[col["characters"]] == len(x)
        assert row[col["characters coded by both"]] == sum(p and q for p, q in zip(x, y, strict=True))
        assert row[col["agreement %"]] == pytest.approx(pct)
        if kappa is None:
            assert row[col["Cohen's kappa"]] is None
        else:
            assert row[col["Cohen's kappa"]] == pytest.approx(kappa)
        checked += 1
    n_codes = len(db_rows(path, "SELECT id FROM codes"))
    assert checked == n_codes * len(list(combinations(coders, 2)))


def test_filters_by_coder_and_code(tmp_path: Path):
    path = tmp_path / "p.biaozhu"
    with build_two_coder_project(path):
        pass
    summary = export_workbook(path, tmp_path / "out.xlsx", coders=["bob"],
                              codes=["社会保障", "Income"], lang="en")
    expected = db_rows(path, "SELECT g.id FROM codings g JOIN coders k ON k.id = g.coder_id "
                             "JOIN codes c ON c.id = g.code_id WHERE k.name = 'bob' "
                             "AND c.name IN ('社会保障', '居民增收') ORDER BY g.id")
    wb = load(summary.path)
    got = rows(wb["Segments"])
    assert sorted(r[0] for r in got[1:]) == [r[0] for r in expected] and summary.rows == 2
    assert [r[1] for r in rows(wb["Codebook"])[1:]] == ["居民增收", "社会保障"]
    assert "Agreement" not in wb.sheetnames  # one coder in the export
    about = dict((r[0], r[1]) for r in rows(wb["About"]) if r and r[0])
    assert about["coders"] == "bob" and about["codings exported"] == 2


def test_markup_spaces_and_carriage_returns_survive(tmp_path: Path):
    """The Segments rows are written as XML text: escaping and spaces must be exact."""
    path = tmp_path / "p.biaozhu"
    text = "  <b>&amp; 𠮷 ]]> \"'\t \n"
    memo = "\r\n  line\rtwo <i> & 😀 "
    with create_project(path, coder="alice") as p:
        d = p.add_document(" <title> ", text, attributes={"<k>": " & "})
        p.add_codings([NewCoding(d, "居民增收", 0, len(text), memo=memo)])
    out = export_workbook(path, tmp_path / "out.xlsx", lang="en").path
    got = rows(load(out)["Segments"])
    col = {h: i for i, h in enumerate(got[0])}
    row = got[1]
    assert row[col["passage"]] == text and row[col["memo"]] == memo
    assert row[col["document title"]] == " <title> " and row[col["<k>"]] == " & "
    assert (row[col["start"]], row[col["end"]]) == (0, len(text))
    assert isinstance(row[col["start"]], int) and row[col["truncated"]] is False


def test_every_column_is_at_least_as_wide_as_its_header(tmp_path: Path):
    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter

    project_path = tmp_path / "p.biaozhu"
    build_two_coder_project(project_path).close()
    out = tmp_path / "out.xlsx"
    export_workbook(project_path, out, lang="en")
    wb = load_workbook(out)
    for ws in wb.worksheets[:3]:  # Segments, Codebook, Documents: row 1 is the header
        for i, cell in enumerate(next(ws.iter_rows(max_row=1)), 1):
            if isinstance(cell.value, str):
                width = ws.column_dimensions[get_column_letter(i)].width
                assert width >= min(len(cell.value), 57), (ws.title, cell.value, width)


def test_every_sheet_prints_one_page_wide_with_its_header(tmp_path: Path):
    from openpyxl import load_workbook

    project_path = tmp_path / "p.biaozhu"
    build_two_coder_project(project_path).close()
    out = tmp_path / "out.xlsx"
    export_workbook(project_path, out)
    for ws in load_workbook(out).worksheets:
        assert ws.page_setup.orientation == "landscape", ws.title
        assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0), ws.title
        assert ws.print_title_rows == "$1:$1", ws.title
