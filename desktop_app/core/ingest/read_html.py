"""Saved web pages (.html/.htm): the article's text, its title, date and source.

Encoding: a byte-order mark, else ``<meta charset>`` / ``http-equiv`` in the first bytes,
else the Chinese-aware detection of :mod:`decoding`. GB2312 and GBK pages are decoded as
GB18030 (its superset: real "GB2312" pages carry GBK characters).

Main text: selectolax (the lexbor engine) and rules made for Chinese government and
newspaper pages, chosen over trafilatura after measuring both on such pages (see
bench/bench_ingest.py): scripts, styles, navigation, breadcrumbs, share/print/font-size
bars and footers are dropped; the block holding most paragraph text (links not counted)
is the article; block elements become lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from desktop_app.core.errors import ImportRefused
from desktop_app.core.ingest.decoding import decode_bytes
from desktop_app.core.messages import Message

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)
_CODECS = {"gb2312": "gb18030", "gbk": "gb18030", "gb18030": "gb18030", "x-gbk": "gb18030",
           "cp936": "gb18030", "big5": "cp950", "big5-hkscs": "big5hkscs", "utf8": "utf-8",
           "utf-8": "utf-8", "unicode": "utf-8"}
_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))

_DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "form", "select", "button",
              "input", "textarea", "nav", "header", "footer", "aside", "svg", "canvas", "object",
              "embed", "map", "head")
_BOILERPLATE = re.compile(
    r"(?:^|[-_])(?:nav|navbar|navigation|menu|breadcrumbs?|crumbs?|footer|foot|copyright|sidebar|"
    r"share|print|toolbar|fontsize|font|position|location|dqwz|banner|search|login|related|xgxw|"
    r"friendlinks?|links|header|topbar|top|bottom|qrcode|ewm|wza|gotop)(?:$|[-_\d])", re.IGNORECASE)
_CONTENT = re.compile(r"content|article|zoom|trs_?editor|zhengwen|^zw|detail|main|text|body",
                      re.IGNORECASE)
_BLOCKS = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li",
           "ul", "ol", "dl", "dt", "dd", "table", "tbody", "thead", "tr", "blockquote", "pre",
           "center", "figure", "figcaption", "address", "hr", "body", "html"}
_CELLS = {"td", "th"}
_JUNK_LINE = re.compile(
    r"^[【\[]?\s*(?:字体|字号)[:：]?.{0,12}(?:大|小)\s*[】\]]?$|^[【\[]?\s*(?:打印(?:本页|文章|此页)?|关闭(?:窗口|本页)?|"
    r"收藏|分享到?.{0,20}|扫一扫.{0,20}|返回顶部|当前位置[:：].*|您现在的位置[:：].*)\s*[】\]]?$")
_META_LABEL = re.compile(r"(?:发布时间|发布日期|成文日期|日期|时间|来源|信息来源|文章来源|发布机构|作者|"
                         r"浏览次数|阅读次数|点击数|访问量|字体|字号)\s*[:：]")
_DATE = re.compile(r"(?:发布时间|发布日期|日期|时间|发文日期)\s*[:：]\s*(\d{4})\s*[-年/.]\s*(\d{1,2})\s*"
                   r"[-月/.]\s*(\d{1,2})")
_SOURCE = re.compile(r"(?:来源|信息来源|文章来源|稿件来源)\s*[:：]\s*([^\s:：|｜【】\[\]]{1,40})")
_TITLE_SPLIT = re.compile(r"\s*[_|｜]\s*|\s+[-–—]\s+|(?<=[^\d\s])[-–—](?=[^\d\s])")
_MAX_DEPTH = 200  # levels of nesting followed (Python's recursion stays far from its limit)
_SPACE = re.compile(r"[ \t\r\n\f\u00a0\u3000]+")


@dataclass
class Page:
    text: str
    encoding: str
    title: str | None = None
    attributes: dict[str, str] = field(default_factory=dict)
    warnings: list[Message] = field(default_factory=list)


def decode_html(data: bytes, name: str) -> tuple[str, str]:
    """(text, encoding label) of a web page's bytes."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace"), codec.upper() + " (BOM)"
    m = _META_CHARSET.search(data[:8192])
    if m:
        declared = m.group(1).decode("ascii", "replace").lower()
        codec = _CODECS.get(declared, declared)
        try:
            return data.decode(codec), codec.upper()
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declaration: detect instead
    decoded = decode_bytes(data, name)
    return decoded.text, decoded.encoding


def _classes(node) -> str:
    attrs = node.attributes
    return " ".join(v for v in (attrs.get("id"), attrs.get("class")) if v)


def _is_boilerplate(node) -> bool:
    names = _classes(node)
    return bool(names) and any(_BOILERPLATE.search(tok) for tok in names.split())


def _chars(text: str) -> int:
    return sum(1 for c in text if c.isalnum())


def _walk(node, depth: int = 0) -> Iterator:
    yield node
    if depth > _MAX_DEPTH:
        return
    for child in node.iter(include_text=False):
        yield from _walk(child, depth + 1)


def _best_block(root):
    """The element that holds the most paragraph text (readability-style scoring)."""
    scores: dict[int, float] = {}
    nodes: dict[int, Any] = {}
    for node in _walk(root):
        if node.tag not in ("p", "div", "td", "section", "article", "span", "font"):
            continue
        own = "".join(c.text_content or "" for c in node.iter(include_text=True) if c.tag == "-text")
        if node.tag == "p":
            own = node.text(deep=True)
            links = sum(_chars(a.text(deep=True)) for a in node.css("a"))
            length = _chars(own) - links
        else:
            length = _chars(own)
        if length < 10:
            continue
        weight = length + own.count("，") + own.count("。") * 2
        anc = node.parent
        for k in range(3):  # parent, grandparent, great-grandparent (td -> tr -> tbody -> table)
            if anc is None or anc.tag in ("html", "-document"):
                break
            nodes[anc.mem_id] = anc
            scores[anc.mem_id] = scores.get(anc.mem_id, 0.0) + weight / (1 + k)
            anc = anc.parent
    if not scores:
        return root
    for mem, node in nodes.items():
        if _CONTENT.search(_classes(node)):
            scores[mem] *= 1.5
        text = node.text(deep=True)
        links = sum(_chars(a.text(deep=True)) for a in node.css("a"))
        total = max(_chars(text), 1)
        scores[mem] *= max(0.0, 1 - links / total)
    return nodes[max(scores, key=scores.__getitem__)]


def _lines(node) -> list[str]:
    out: list[str] = [""]

    def visit(n, depth: int) -> None:
        if depth >= _MAX_DEPTH:  # deeper structure is read as one run of text
            out[-1] += n.text(deep=True, separator=" ")
            return
        for child in n.iter(include_text=True):
            tag = child.tag
            if tag == "-text":
                out[-1] += child.text_content or ""
            elif tag == "br":
                out.append("")
            elif tag in _CELLS:
                if out[-1].strip():
                    out[-1] += "\t"
                visit(child, depth + 1)
            elif tag in _BLOCKS:
                out.append("")
                visit(child, depth + 1)
                out.append("")
            elif not tag.startswith("-"):
                visit(child, depth + 1)

    visit(node, 0)
    lines = []
    for raw in out:
        cells = [_SPACE.sub(" ", c).strip() for c in raw.split("\t")]
        line = "\t".join(c for c in cells if c)
        if line:
            lines.append(line)
    return lines


def _prune(node, depth: int = 0) -> None:
    """Remove scripts, navigation, footers ... (never looking inside what is removed)."""
    for child in list(node.iter(include_text=False)):
        if child.tag in _DROP_TAGS or _is_boilerplate(child):
            child.decompose()
        elif depth < _MAX_DEPTH:
            _prune(child, depth + 1)


def _is_junk(line: str) -> bool:
    """A tool bar ("字体：大 中 小", "打印本页") or a line of page facts (date, source, views)."""
    if _JUNK_LINE.match(line):
        return True
    labels = len(_META_LABEL.findall(line))
    return (labels >= 2 and len(line) < 150) or (labels == 1 and len(line) < 40
                                                  and bool(_META_LABEL.match(line)))


def _meta(tree, *names: str) -> str | None:
    for name in names:
        node = tree.css_first(f'meta[name="{name}"]') or tree.css_first(f'meta[property="{name}"]')
        if node is not None and (node.attributes.get("content") or "").strip():
            return _SPACE.sub(" ", node.attributes["content"]).strip()
    return None


def _title(tree) -> str | None:
    title = _meta(tree, "ArticleTitle", "og:title")
    if title:
        return title
    node = tree.css_first("title")
    if node is not None and node.text().strip():
        parts = [p for p in _TITLE_SPLIT.split(_SPACE.sub(" ", node.text()).strip()) if p]
        if parts:
            return parts[0] if len(parts[0]) >= 4 else max(parts, key=len)
    h1 = tree.css_first("h1")
    return _SPACE.sub(" ", h1.text()).strip() or None if h1 is not None else None


def read_html(data: bytes, name: str) -> Page:
    from selectolax.lexbor import LexborHTMLParser

    text, encoding = decode_html(data, name)
    try:
        tree = LexborHTMLParser(text)
    except Exception as e:  # lexbor parses anything; a failure is a damaged file
        raise ImportRefused(Message("{file}: the web page cannot be read ({detail})", file=name, detail=type(e).__name__)) from None
    title = _title(tree)
    attributes: dict[str, str] = {}
    body = tree.body or tree.root
    if body is None:
        raise ImportRefused(Message("{file}: contains no text", file=name))
    whole = _SPACE.sub(" ", body.text(deep=True, separator=" "))
    date = _meta(tree, "PubDate", "pubdate", "publishdate", "article:published_time")
    m = _DATE.search(whole)
    if m:
        attributes["date"] = f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    elif date and re.match(r"\d{4}-\d{2}-\d{2}", date):
        attributes["date"] = date[:10]
    m = _SOURCE.search(whole)
    source = m.group(1) if m else _meta(tree, "ContentSource", "source")
    if source:
        attributes["source"] = source
    _prune(body)
    lines = [ln for ln in _lines(_best_block(body)) if not _is_junk(ln)]
    if title and not any(title in ln or ln in title for ln in lines[:3] if len(ln) >= 4):
        lines.insert(0, title)
    return Page("\n".join(lines), encoding, title, attributes)
