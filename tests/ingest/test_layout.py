"""The layout clean-up on its own (pure: lines in, text and a report out)."""

from desktop_app.core.ingest.layout import LayoutOptions, Line, clean_pages


def _page(texts, header="湖州日报 2021年6月10日", number=None, full=(0, 1)):
    """A page of lines 10 points a character, column 0-200; `full` lines reach the edge."""
    lines = [Line(header, 0, 120, 0, 200, 10, 800)] if header else []
    for i, t in enumerate(texts):
        indent = 20 if t.startswith("  ") else 0
        right = 200 if i in full else indent + 10 * len(t.strip())
        lines.append(Line(t.strip(), indent, right, 0, 200, 10, 780 - 15 * i))
    if number is not None:
        lines.append(Line(f"- {number} -", 90, 110, 0, 200, 10, 40))
    return lines


def test_joins_broken_lines_keeps_paragraph_ends_and_headings():
    pages = [_page(["  在全省共同富裕", "示范区建设中展现", "更大作为。", "二、主要任务", "  推进基本公共", "服务均等化。"],
                   number=1, full=(0, 1, 4)),
             _page(["  第二页的段落", "继续写下去。"], number=2, full=(0,)),
             _page(["  第三页。"], number=3, full=())]
    got = clean_pages(pages)
    assert got.text.split("\n") == ["在全省共同富裕示范区建设中展现更大作为。", "二、主要任务",
                                    "推进基本公共服务均等化。", "第二页的段落继续写下去。", "第三页。"]
    assert [str(m) for m in got.report] == ["joined 4 broken lines", "removed 3 running header/footer lines",
                                            "removed 3 page numbers"]


def test_each_rule_can_be_switched_off():
    pages = [_page(["  在全省共同富裕", "示范区 2004 年。"], number=1), _page(["  第二页。"], number=2)]
    kept = clean_pages(pages, LayoutOptions.keep_layout())
    assert kept.report == []
    assert kept.text.split("\n") == ["湖州日报 2021年6月10日", "在全省共同富裕", "示范区 2004 年。", "- 1 -",
                                     "湖州日报 2021年6月10日", "第二页。", "- 2 -"]
    only_numbers = clean_pages(pages, LayoutOptions(join_lines=False, drop_running=False, cjk_spacing=False))
    assert [str(m) for m in only_numbers.report] == ["removed 2 page numbers"]


def test_a_line_repeated_on_one_page_only_is_kept():
    pages = [_page(["  正文一。"], header="第一章 总则"), _page(["  正文二。"], header="第二章 目标"),
             _page(["  正文三。"], header=None)]
    assert clean_pages(pages).text.split("\n") == ["第一章 总则", "正文一。", "第二章 目标", "正文二。", "正文三。"]


def test_lines_without_geometry_are_never_joined():
    got = clean_pages([[Line("第一行"), Line("第二行")]])
    assert got.text == "第一行\n第二行" and got.report == []


def test_english_words_keep_their_space_when_joined():
    lines = [Line("  the common", 20, 200, 0, 200, 5, 700), Line("prosperity zone.", 0, 80, 0, 200, 5, 690)]
    assert clean_pages([lines]).text == "the common prosperity zone."
