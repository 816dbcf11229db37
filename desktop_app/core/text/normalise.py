"""Text normalised once, at import, and case folding that keeps offsets."""

from __future__ import annotations

import re

from desktop_app.core.messages import Message

# C0 controls other than tab and newline (CR is handled as a line break first)
CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# the same as bytes: in UTF-8 they are single bytes that are never part of another character
_CONTROL_BYTES = bytes([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])


def normalise(text: str, utf8: bytes | None = None) -> tuple[str, list[Message]]:
    """BOM removed, CRLF/CR -> LF, C0 controls (but tab/newline) removed. Returns warnings,
    and `text` itself when nothing changed. `utf8`: the text's UTF-8, when the caller has it
    (a file's bytes): a faster look for control characters on a long text."""
    warnings: list[Message] = []
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if utf8 is not None and len(utf8.translate(None, _CONTROL_BYTES)) == len(utf8):
        removed = 0  # half the time of the regular expression over the characters
    else:
        removed = len(CONTROL_CHARS.findall(text))
    if removed:
        text = CONTROL_CHARS.sub("", text)
        warnings.append(Message("removed {n} control character(s)", n=removed))
    if "\ufffd" in text:
        warnings.append(
            Message("contains {n} replacement character(s) (�): bytes that could not be decoded, or already in the file", n=text.count(chr(0xFFFD)))
        )
    return text, warnings


def fold_case(text: str) -> str:
    """Lower case for case-insensitive matching, one character for one: offsets found in
    the result are offsets into `text`. A character whose lower case is longer (İ) stays."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(low_ch if len(low_ch := ch.lower()) == 1 else ch for ch in text)


def normalise_with_offsets(text: str) -> tuple[str, list[int], list[Message]]:
    """:func:`normalise`, plus where each position of `text` went: ``moved[p]`` is the
    position in the result of position ``p`` of `text` (0 <= p <= len(text)), so a span
    [s, e) of the original is [moved[s], moved[e]) of the result."""
    out, warnings = normalise(text)
    if len(out) == len(text):
        return out, list(range(len(text) + 1)), warnings
    moved: list[int] = []
    n = 0
    i = 0
    length = len(text)
    while i < length:
        ch = text[i]
        moved.append(n)
        if i == 0 and ch == "\ufeff":
            pass  # the BOM goes
        elif ch == "\r" and i + 1 < length and text[i + 1] == "\n":
            pass  # CR of CRLF goes; the LF stays
        elif ch != "\r" and CONTROL_CHARS.match(ch):
            pass
        else:
            n += 1
        i += 1
    moved.append(n)
    return out, moved, warnings
