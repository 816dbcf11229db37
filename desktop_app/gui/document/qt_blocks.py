"""A long text's lines, several to a Qt block.

Qt makes one block of each line, and making a block costs about 2.6 µs: 0.12 s of the 0.13 s
``setPlainText`` takes for a 10 MB document of 42,500 lines, where one block of the same
characters takes 0.01 s. A text of more lines than :data:`MAX_BLOCKS` is shown with the line
breaks inside each block as U+2028 (LINE SEPARATOR), which Qt lays out as the same line
break. Both are one UTF-16 unit, so every position stays what it is in the text.

Not fewer blocks than that: a coding lays its block out again and draws it, in time that grows
with the block (the 10 MB document in 6,460 blocks cost each coding 0.4-0.9 ms more; in its
10,541 blocks at this limit, nothing measurable).
"""

from __future__ import annotations

MAX_BLOCKS = 30_000
LINE_SEPARATOR = "\u2028"


def qt_text(text: str, max_blocks: int | None = None) -> str:
    """`text` with at most about `max_blocks` (default :data:`MAX_BLOCKS`) paragraph breaks
    left: blocks of at least ``len(text) / max_blocks`` characters, each ending where a line
    ends. Of the same length as `text`, and the same where it has no line break."""
    max_blocks = MAX_BLOCKS if max_blocks is None else max_blocks
    if text.count("\n") < max_blocks:
        return text
    size = -(-len(text) // max_blocks)
    n = len(text)
    joined = text.replace("\n", LINE_SEPARATOR)  # one pass; then the cuts are put back
    parts = []
    pos = 0
    while True:
        cut = text.find("\n", pos + size) if pos + size < n else -1
        if cut < 0:
            parts.append(joined[pos:])
            return "\n".join(parts)
        parts.append(joined[pos:cut])
        pos = cut + 1
