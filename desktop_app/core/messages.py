"""Messages that keep their meaning until they are shown.

A :class:`Message` is an English source text with named arguments (``{file}``, ``{n}`` ...).
``str()`` gives the English text, which the command line, the logs and the tests use; the GUI
looks the source text up in the Qt catalogue and fills in the same arguments, so nothing ever
parses message text. ``pyside6-lupdate`` extracts the source texts from the core too: it is
told that ``Message(...)`` marks a text (``-tr-function-alias QT_TR_NOOP+=Message``, see
``resources/translations/update.py``), so the first argument must be a string literal.

Plurals follow Qt's ``%n`` convention: ``Message("%n coding(s) removed", n=3)``. In English
``(s)`` becomes ``s`` or nothing; a catalogue may give its own form (Chinese has one).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from typing import Any

Translate = Callable[[str, "int | None"], str]
Scalar = str | int | float | bool | None

_FIELD = re.compile(r"\{(\w+)\}")


def _english(text: str, n: int | None) -> str:
    return text


def _plural(text: str, n: int | None) -> str:
    if n is None:
        return text
    text = text.replace("%n", str(n))
    return text.replace("(s)", "" if abs(n) == 1 else "s").replace("(es)", "" if abs(n) == 1 else "es")


class Message:
    """An English source text plus its arguments; immutable, comparable, JSON-able."""

    __slots__ = ("text", "args", "n")

    def __init__(self, text: str, /, n: int | None = None, **args: Any) -> None:
        self.text = text
        self.n = n
        self.args: dict[str, Any] = {
            k: v if isinstance(v, Message | str | int | float | bool) or v is None else str(v)
            for k, v in args.items()
        }

    def render(self, translate: Translate = _english) -> str:
        """The text in the language `translate` gives (English by default), arguments filled."""
        template = _plural(translate(self.text, self.n), self.n)
        values: dict[str, Any] = {} if self.n is None else {"n": self.n}
        values.update((k, v.render(translate) if isinstance(v, Message) else v)
                      for k, v in self.args.items())

        def fill(m: re.Match[str]) -> str:
            name = m.group(1)
            return str(values[name]) if name in values else m.group(0)

        return _FIELD.sub(fill, template)

    def __str__(self) -> str:
        return self.render()

    def __repr__(self) -> str:
        return f"Message({self.text!r}, n={self.n!r}, **{self.args!r})"

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, Message) and self.text == other.text and self.n == other.n
                and self.args == other.args)

    def __hash__(self) -> int:
        return hash((self.text, self.n, json.dumps(self.to_data(), sort_keys=True)))

    # -- storage (action labels) ---------------------------------------------------------

    def to_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {"text": self.text}
        if self.n is not None:
            data["n"] = self.n
        if self.args:
            data["args"] = {k: v.to_data() if isinstance(v, Message) else v
                            for k, v in self.args.items()}
        return data

    def to_json(self) -> str:
        return json.dumps(self.to_data(), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Message:
        args = {k: cls.from_data(v) if isinstance(v, Mapping) else v
                for k, v in dict(data.get("args") or {}).items()}
        n = data.get("n")
        return cls(str(data.get("text", "")), n=n if isinstance(n, int) else None, **args)

    @classmethod
    def from_json(cls, text: str | None, fallback: str = "") -> Message:
        """The stored message, or `fallback` as a plain message for rows made before messages."""
        if text:
            try:
                data = json.loads(text)
                if isinstance(data, Mapping) and isinstance(data.get("text"), str):
                    return cls.from_data(data)
            except (ValueError, TypeError, RecursionError):
                pass
        return cls.verbatim(fallback)

    @classmethod
    def verbatim(cls, text: str) -> Message:
        """A text that is not in the catalogue (a user's own words, an old label)."""
        return cls("{text}", text=text)


def as_message(value: Message | str) -> Message:
    return value if isinstance(value, Message) else Message.verbatim(str(value))


__all__ = ["Message", "as_message"]
