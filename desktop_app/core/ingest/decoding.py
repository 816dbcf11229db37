"""Decoding imported bytes (the text is normalised afterwards, by text/normalise.py).

Detection is deliberately specific to Chinese: generic detectors guess wrong on short
GB18030/Big5 files, so candidates are decoded strictly and scored by how many of their
ideographs are common characters of the script the encoding is made for.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from desktop_app.core.errors import ImportRefused
from desktop_app.core.messages import Message

_BOMS = [
    (b"\xef\xbb\xbf", "utf-8-sig", "UTF-8 (BOM)"),
    (b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32LE"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32BE"),
    (b"\xff\xfe", "utf-16-le", "UTF-16LE"),
    (b"\xfe\xff", "utf-16-be", "UTF-16BE"),
]
_BINARY_BYTES = re.compile(b"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_SAMPLE = 20_000
_LATIN_TO_GREEK = re.compile("[\u0100-\u1fff]")  # where GBK bytes read as UTF-8 fall


@dataclass
class Decoded:
    text: str
    encoding: str
    warnings: list[Message] = field(default_factory=list)
    utf8: bytes | None = None  # the file's bytes when they are the text's UTF-8 exactly


def _is_ideograph(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


@lru_cache(maxsize=65536)
def _gb_common(ch: str) -> bool:
    try:
        b = ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return 0xB0 <= b[0] <= 0xD7  # GB2312 level 1: the 3,755 most used simplified characters


@lru_cache(maxsize=65536)
def _big5_common(ch: str) -> bool:
    try:
        b = ch.encode("big5")
    except UnicodeEncodeError:
        return False
    return (0xA4, 0x40) <= (b[0], b[1]) <= (0xC6, 0x7E)  # Big5 level 1: 5,401 common characters


def _gbk_common(ch: str) -> bool:
    """GBK also carries traditional characters: common in either script counts."""
    return _gb_common(ch) or _big5_common(ch)


_ODD_CATEGORIES = {"Co", "Cn", "Cs", "Cc"}


def _score(text: str, common) -> float:
    """Share of 'plausible' characters: common ideographs, ASCII, CJK punctuation."""
    sample = text[:_SAMPLE]
    good = bad = 0
    for ch in sample:
        if ch < "\x80" or ch in "，。、；：？！“”‘’《》（）【】…—·「」『』　％":
            good += 1
        elif _is_ideograph(ch):
            if common(ch):
                good += 1
        else:
            cat = unicodedata.category(ch)
            # bopomofo, box drawing, Greek, private use ... are what a wrong guess produces
            if cat in _ODD_CATEGORIES or "\u3100" <= ch <= "\u312f" or "\u2500" <= ch <= "\u257f":
                bad += 2
            elif "\u0370" <= ch <= "\u04ff" or "\uff61" <= ch <= "\uff9f":
                bad += 1
    total = max(len(sample), 1)
    return (good - bad) / total


def _looks_like_utf16(data: bytes) -> str | None:
    """UTF-16 without BOM: NUL bytes (from ASCII) on one side only, and readable as Chinese."""
    if len(data) < 4 or len(data) % 2 or 0 not in data:  # `in`: no copy of the halves
        return None
    even = data[0::2].count(0)
    odd = data[1::2].count(0)
    for codec, zeros, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros and other * 3 <= zeros:  # U+XX00 characters (e.g. U+3000) put a few NULs on the other side
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                continue
            if zeros > len(data) // 2 * 0.3 or _score(text, _gbk_common) >= 0.5:
                return codec
    return None


def _lenient(data: bytes) -> Decoded | None:
    """A file with a few broken bytes: the best codec that needs only a few replacements."""
    best: tuple[float, int, str, str] | None = None
    for codec, label, common in (("utf-8", "UTF-8", _gbk_common), ("gb18030", "GB18030", _gbk_common),
                                 ("cp950", "Big5", _big5_common)):
        text = data.decode(codec, errors="replace")
        bad = text.count("\ufffd")
        if bad > max(1, len(text) // 500):
            continue
        score = _score(text, common)
        if score >= 0.8 and (best is None or (bad, -score) < (best[1], -best[0])):
            best = (score, bad, label, text)
    if best is None:
        return None
    _, _, label, text = best
    return Decoded(text, label)  # normalise() warns about the replacement characters


def decode_bytes(data: bytes, name: str) -> Decoded:
    """Decode a text file's bytes, or refuse it with a reason naming the file."""
    if not data or data.isspace():  # not data.strip(): a copy of the whole file
        raise ImportRefused(Message("{file}: the file is empty", file=name))
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom):].decode(codec.replace("-sig", "")), label)
            except UnicodeDecodeError as e:
                raise ImportRefused(
                    Message("{file}: starts with a {label} byte-order mark but is not valid {label} (byte {byte})", file=name, label=label, byte=e.start)
                ) from None
    if data[:5] == b"%PDF-":
        raise ImportRefused(Message("{file}: PDF files cannot be imported; save it as .txt or .docx", file=name))
    if data[:4] == b"PK\x03\x04":
        raise ImportRefused(Message("{file}: this is a zip/Office file, not plain text (rename to .docx?)", file=name))
    codec16 = _looks_like_utf16(data)
    if codec16:
        return Decoded(data.decode(codec16), codec16.upper().replace("UTF-16-", "UTF-16"))
    sample = data[: _SAMPLE * 4]
    if len(_BINARY_BYTES.findall(sample)) > max(2, len(sample) // 200):
        raise ImportRefused(Message("{file}: looks like a binary file, not text", file=name))
    utf8_error: UnicodeDecodeError | None = None
    try:
        utf8 = data.decode("utf-8")
    except UnicodeDecodeError as e:
        utf8_error = e
    else:
        if not _suspect_utf8(utf8):
            return Decoded(utf8, "UTF-8", utf8=data)
    candidates = []
    for codec, label, common in (("gb18030", "GB18030", _gbk_common), ("cp950", "Big5", _big5_common)):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        candidates.append((_score(text, common), label, text))
    if utf8_error is None:
        # valid UTF-8 that reads as Latin/Greek/Cyrillic soup: a short GBK file in disguise?
        if candidates and max(c[0] for c in candidates) >= 0.9:
            candidates.sort(key=lambda c: c[0], reverse=True)
            return Decoded(candidates[0][2], candidates[0][1])
        return Decoded(utf8, "UTF-8", utf8=data)
    if not candidates or max(c[0] for c in candidates) < 0.5:
        lenient = _lenient(data)
        if lenient is not None:
            return lenient
    if not candidates:
        raise ImportRefused(
            Message("{file}: unknown text encoding (not UTF-8, UTF-16, GB18030/GBK or Big5; invalid UTF-8 at byte {byte})", file=name, byte=getattr(utf8_error, "start", 0))
        )
    candidates.sort(key=lambda c: c[0], reverse=True)
    score, label, text = candidates[0]
    if score < 0.5:
        raise ImportRefused(
            Message("{file}: cannot tell the text encoding (best guess {label} gives unreadable text); save it as UTF-8", file=name, label=label)
        )
    return Decoded(text, label)


def _suspect_utf8(text: str) -> bool:
    """Most non-ASCII characters in U+0100-U+1FFF: what GBK bytes look like read as UTF-8."""
    sample = text[:_SAMPLE]
    non_ascii = len(sample) - len(sample.encode("ascii", "ignore"))  # counted in C, not a loop
    if not non_ascii:
        return False
    return len(_LATIN_TO_GREEK.findall(sample)) * 2 > non_ascii
