"""Lines that look like headings: where a page holding several articles may be split.

A heading is a short line that does not end a sentence, standing on its own (a blank line
or a finished sentence before it) and followed by more text. Offsets are code points of the
line's start (a cut there puts the heading first in its part). A byline after it (a short
name such as "陆建卫") marks an article's title rather than a section's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_CHARS = 40
_ENDS = re.compile(r"[。！？!?；;，,、：:…]['\"”’」』）)]*$")
_NOTE = re.compile(r"^[(（].*[)）]$")  # "(作者系市经信局党组书记、局长)"
_BYLINE = re.compile(r"^[\u4e00-\u9fff·]{2,4}(?:[ \u3000]+[\u4e00-\u9fff·]{2,4}){0,3}$")


@dataclass(frozen=True)
class Heading:
    offset: int  # start of the line
    text: str
    byline: bool  # followed by a short name line: likely an article's title


def headings(text: str) -> list[Heading]:
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    content = [(o, ln.strip()) for o, ln in lines if ln.strip()]
    found: list[Heading] = []
    for i, (offset, line) in enumerate(content):
        if i == 0 or i == len(content) - 1 or len(line) > MAX_CHARS or _ENDS.search(line):
            continue
        if _BYLINE.match(line) or _NOTE.match(line) or "@" in line or "://" in line:
            continue  # a name, an author's note, an address: not a heading
        prev = content[i - 1][1]
        if not (_ENDS.search(prev) or len(prev) > MAX_CHARS or _BYLINE.match(prev)
                or _NOTE.match(prev) or "@" in prev):
            continue  # inside a run of short lines (a list, a table)
        raw = _line_at(text, offset)
        start = offset + len(raw) - len(raw.lstrip())
        found.append(Heading(start, line, bool(_BYLINE.match(content[i + 1][1]))))
    return found


def _line_at(text: str, offset: int) -> str:
    end = text.find("\n", offset)
    return text[offset:] if end < 0 else text[offset:end]
