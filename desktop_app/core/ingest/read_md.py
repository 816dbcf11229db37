"""Markdown (.md): the text without its markup (headings, emphasis, lists, links, quotes,
code fences, tables, HTML tags); a YAML front matter's title/date/source become the title and
attributes. Plain rules, line by line: a document's wording is kept exactly."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$")
_SETEXT = re.compile(r"^\s{0,3}(?:=+|-+)\s*$")
_QUOTE = re.compile(r"^\s{0,3}(?:>\s?)+")
_LIST = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?")
_RULE = re.compile(r"^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)|\[([^\]]+)\]\[[^\]]*\]")
_REF_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_TAG = re.compile(r"</?[A-Za-z][^>]*>")
_EMPHASIS = re.compile(r"(\*\*|\*|~~)(?=\S)(.+?)(?<=\S)\1|(?<![A-Za-z0-9])(__|_)(?=\S)(.+?)(?<=\S)\3(?![A-Za-z0-9])")
_CODE = re.compile(r"`+([^`]+)`+")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")


@dataclass
class Markdown:
    text: str
    title: str | None = None
    attributes: dict[str, str] = field(default_factory=dict)


def _inline(text: str) -> str:
    text = _IMAGE.sub(r"\1", text)
    text = _LINK.sub(lambda m: m.group(1) or m.group(2), text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _CODE.sub(r"\1", text)
    text = _TAG.sub("", text)
    for _ in range(3):  # nested emphasis (***x***)
        new = _EMPHASIS.sub(lambda m: m.group(2) if m.group(1) else m.group(4), text)
        if new == text:
            break
        text = new
    return _ESCAPE.sub(r"\1", text)


def _front_matter(text: str) -> tuple[str, dict[str, str]]:
    m = _FRONT.match(text)
    if not m:
        return text, {}
    meta = {}
    for line in m.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip() and not key.startswith((" ", "\t")):
            meta[key.strip().lower()] = value.strip().strip("'\"")
    return text[m.end():], meta


def strip_markdown(text: str) -> Markdown:
    body, meta = _front_matter(text)
    lines: list[str] = []
    title = meta.pop("title", None) or None
    in_fence: str | None = None
    for raw in body.split("\n"):
        fence = _FENCE.match(raw)
        if in_fence:
            if fence and fence.group(1) == in_fence:
                in_fence = None
            else:
                lines.append(raw)
            continue
        if fence:
            in_fence = fence.group(1)
            continue
        if _RULE.match(raw) or _REF_DEF.match(raw) or _TABLE_SEP.match(raw) and "-" in raw:
            continue
        if _SETEXT.match(raw) and lines and lines[-1].strip():
            continue  # the underline of a heading
        line = _QUOTE.sub("", raw)
        h = _HEADING.match(line)
        if h:
            line = h.group(1)
            if title is None:
                title = _inline(line).strip() or None
        else:
            line = _LIST.sub("", line)
        if line.strip().startswith("|") and line.strip().endswith("|"):
            line = "\t".join(c.strip() for c in line.strip()[1:-1].split("|"))
        lines.append(_inline(line).rstrip())
    text = "\n".join(lines).strip("\n")
    text = re.sub(r"\n{3,}", "\n\n", text)
    attributes = {k: v for k, v in meta.items() if k in ("date", "source", "author", "region") and v}
    return Markdown(text, title, attributes)
