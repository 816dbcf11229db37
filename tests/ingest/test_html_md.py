"""Web pages and Markdown."""

from __future__ import annotations

import pytest

from desktop_app.core.errors import ImportRefused
from desktop_app.core.ingest.importer import import_files
from desktop_app.core.ingest.read_html import decode_html
from desktop_app.core.ingest.reader import read_file
from tests.ingest.pages import ARTICLE, BOILERPLATE, gov_page, table_page


@pytest.mark.parametrize("charset, codec", [("gb2312", "gbk"), ("GBK", "gbk"), ("utf-8", "utf-8"),
                                            (None, "gbk"), (None, "utf-8")])
def test_gov_page_article_only(tmp_path, charset, codec):
    html = gov_page(charset or "x", meta=charset is not None)
    path = tmp_path / "page.html"
    path.write_bytes(html.encode(codec))
    got = read_file(path)
    assert got.text.split("\n") == ARTICLE
    assert not [b for b in BOILERPLATE if b in got.text]
    assert got.title == ARTICLE[0]
    assert got.attributes == {"date": "2021-06-10", "source": "湖州日报"}


def test_gb2312_declared_page_with_gbk_characters_decodes_as_gb18030(tmp_path):
    html = gov_page("gb2312").replace("宅基地", "宅基地（镕、喆、堃）")
    path = tmp_path / "p.htm"
    path.write_bytes(html.encode("gb18030"))
    got = read_file(path)
    assert "宅基地（镕、喆、堃）" in got.text and got.encoding == "GB18030"


def test_table_layout_page_without_charset(tmp_path):
    path = tmp_path / "old.htm"
    path.write_bytes(table_page().encode("gbk"))
    got = read_file(path)
    assert got.text.split("\n") == ARTICLE
    assert not [b for b in BOILERPLATE + ["机构概况", "版权所有"] if b in got.text]
    assert got.title == ARTICLE[0]
    assert got.attributes == {"date": "2021-06-10", "source": "市发改委"}


def test_bom_wins_over_meta():
    text, enc = decode_html(b"\xef\xbb\xbf<meta charset=gbk><p>\xe5\x85\xb1</p>", "x.html")
    assert "共" in text and enc.startswith("UTF-8")


def test_html_import_sets_title_and_attributes(project, tmp_path):
    path = tmp_path / "zc.html"
    path.write_bytes(gov_page().encode("gb18030"))
    [res] = import_files(project, [path], attributes={"region": "湖州"})
    assert res.status == "imported"
    doc = project.document(res.document_id)
    assert doc["title"] == ARTICLE[0]
    assert doc["attributes"] == {"date": "2021-06-10", "source": "湖州日报", "region": "湖州"}


def test_empty_page_refused(tmp_path):
    path = tmp_path / "blank.html"
    path.write_text("<html><body><script>x()</script></body></html>")
    with pytest.raises(ImportRefused, match="blank.html: contains no text"):
        read_file(path)


MD = """---
title: 关于推进共同富裕的意见
date: 2021-06-10
---
# 一、总体要求

坚持**以人民为中心**的发展思想，推动*共同富裕*。详见[省政府文件](https://www.zj.gov.cn/a.html)。

> 引用：高质量发展建设共同富裕示范区。

- 第一项：`数字化改革`
- 第二项：~~旧提法~~新提法
1. 有序列表
![示意图](img.png)

| 指标 | 数值 |
| --- | --- |
| 收入 | 6.4万元 |

snake_case_name 保持原样，__粗体__ 去掉。

---
"""


def test_markdown_without_markup(tmp_path):
    path = tmp_path / "note.md"
    path.write_text(MD, encoding="utf-8")
    got = read_file(path)
    assert got.title == "关于推进共同富裕的意见"
    assert got.attributes == {"date": "2021-06-10"}
    assert got.text.split("\n") == [
        "一、总体要求", "", "坚持以人民为中心的发展思想，推动共同富裕。详见省政府文件。", "",
        "引用：高质量发展建设共同富裕示范区。", "", "第一项：数字化改革", "第二项：旧提法新提法", "有序列表",
        "示意图", "", "指标\t数值", "收入\t6.4万元", "", "snake_case_name 保持原样，粗体 去掉。"]


def test_deeply_nested_page_keeps_its_text(tmp_path):
    path = tmp_path / "deep.html"
    path.write_text("<html><body>" + "<div>" * 20000 + "<p>深层嵌套的正文，共同富裕示范区。</p>"
                    + "</div>" * 20000 + "</body></html>", encoding="utf-8")
    assert read_file(path).text == "深层嵌套的正文，共同富裕示范区。"
