"""Names people give codes and coders: normalised, bounded, printable.

Names are stored in NFC with runs of white space folded to one space. They are compared
for uniqueness in NFKC, case-folded (so "ＡＢＣ" is "ABC", and "café" typed as NFC or NFD is
one code). Control characters (ESC, BEL, NUL ...), bidirectional overrides (which make a
name display as something else) and lone surrogates (from undecodable input) are refused,
and so is a name of only invisible characters.
"""

from __future__ import annotations

import unicodedata

from desktop_app.core.errors import InvalidName
from desktop_app.core.messages import Message

MAX_LENGTH = {"code": 200, "coder": 100}
_BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
_INVISIBLE = set("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e")



def _empty(kind: str) -> Message:
    if kind == "coder":
        return Message("a coder needs a name")
    return Message("a code needs a name")


def _too_long(kind: str, n: int) -> Message:
    if kind == "coder":
        return Message("a coder name can have at most {n} characters", n=n)
    return Message("a code name can have at most {n} characters", n=n)


def clean_name(name: object, kind: str = "code") -> str:
    """The stored form of a code or coder name, or :class:`InvalidName` saying why not."""
    if not isinstance(name, str):
        raise InvalidName(Message("a name must be text, not {kind}", kind=type(name).__name__))
    if any("\ud800" <= ch <= "\udfff" for ch in name):
        raise InvalidName(Message("the name '{name}' is not valid text (undecodable bytes, perhaps not UTF-8)", name=name.encode("utf-8", "backslashreplace").decode("ascii", "replace")))
    name = unicodedata.normalize("NFC", " ".join(name.split()))
    if not name:
        raise InvalidName(_empty(kind))
    for ch in name:
        if ch in _BIDI_CONTROLS:
            raise InvalidName(Message("the name '{name}' holds a text-direction control character (U+{code}), which would make it display as something else", name=name.encode("unicode_escape").decode("ascii"), code=f"{ord(ch):04X}"))
        if unicodedata.category(ch) in ("Cc", "Cs") or ch in "\u2028\u2029":
            raise InvalidName(Message("the name '{name}' holds a control character (U+{code})", name=name.encode("unicode_escape").decode("ascii"), code=f"{ord(ch):04X}"))
    if all(ch in _INVISIBLE or unicodedata.category(ch) == "Cf" for ch in name):
        raise InvalidName(Message("a name of only invisible characters cannot be told apart from others"))
    limit = MAX_LENGTH[kind]
    if len(name) > limit:
        raise InvalidName(_too_long(kind, limit))
    return name


def name_key(name: str) -> str:
    """What two names must differ in to be two names (NFKC, case-folded, no invisibles)."""
    key = unicodedata.normalize("NFKC", name).casefold()
    return "".join(ch for ch in key if ch not in _INVISIBLE)
