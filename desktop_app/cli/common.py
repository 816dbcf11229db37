"""What the command modules share: output helpers, argument types, opening the project."""

from __future__ import annotations

import argparse
import json
import os
import re
import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop_app.core.project import Project

Handler = Callable[[argparse.Namespace], int]
Add = Callable[[str, Handler, str], argparse.ArgumentParser]


def print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def int_at_least(low: int) -> Callable[[str], int]:
    """An argparse type: a whole number >= `low` (anything else is a usage error, exit 2)."""

    def parse(value: str) -> int:
        try:
            n = int(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{value}' is not a whole number") from None
        if n < low:
            raise argparse.ArgumentTypeError(f"must be at least {low}, not {n}")
        return n

    parse.__name__ = f"whole number >= {low}"
    return parse


_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: object) -> str:
    """Text safe for a terminal: control characters (ESC, BEL ...) and text-direction
    overrides a crafted or older project may hold are shown as escapes, never sent raw."""
    return _UNPRINTABLE.sub(lambda m: m.group(0).encode("unicode_escape").decode("ascii"),
                            str(text))


def char_width(ch: str) -> int:
    """Terminal columns of one character: wide and full-width (CJK) 2, combining 0, else 1."""
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def text_width(text: str) -> int:
    return sum(char_width(c) for c in text)


def one_line(text: str, width: int = 60) -> str:
    """`text` on one line, cut with … to at most `width` terminal columns (CJK counts two)."""
    text = printable(text.replace("\n", "⏎").replace("\t", " "))
    if text_width(text) <= width:
        return text
    out, used = [], 0
    for c in text:
        w = char_width(c)
        if used + w > width - 1:
            break
        out.append(c)
        used += w
    return "".join(out) + "…"


def pad(text: str, width: int, right: bool = False) -> str:
    """`text` padded with spaces to `width` terminal columns (left-aligned unless `right`)."""
    fill = " " * max(0, width - text_width(text))
    return fill + text if right else text + fill


def print_table(headers: list[str], rows: list[list[str]], right: set[int] = frozenset()) -> None:
    """Aligned columns under a header line; the last column is not padded."""
    rows = [[printable(c) for c in r] for r in rows]
    widths = [max([text_width(h)] + [text_width(r[i]) for r in rows]) for i, h in enumerate(headers)]
    last = len(headers) - 1
    for row in [headers, *rows]:
        cells = [c if i == last and i not in right else pad(c, widths[i], i in right) for i, c in enumerate(row)]
        print("  ".join(cells).rstrip())


def locale_lang(environ: dict[str, str] | None = None) -> str:
    """"zh" when the user's locale is Chinese, else "en" (as the GUI picks its language).

    Reads LC_ALL, then LC_MESSAGES, then LANG, the way POSIX programs (and Qt) do.
    """
    env = os.environ if environ is None else environ
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var, "")
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    if os.name == "nt":
        import locale

        name = (locale.getlocale()[0] or "").lower()
        return "zh" if name.startswith(("zh", "chinese")) else "en"
    return "en"


def open_for(args: argparse.Namespace, readonly: bool = False, report: bool = True) -> Project:
    """Open the project; reading commands open read-only unless the file needs an upgrade."""
    from desktop_app.core.errors import NeedsUpgrade
    from desktop_app.core.project import open_project

    coder = getattr(args, "coder", None)
    project = None
    if readonly:
        try:
            project = open_project(args.project, coder=coder, readonly=True)
        except NeedsUpgrade:
            pass
    if project is None:
        project = open_project(args.project, coder=coder)
    report_problems(project, rows=report)
    return project


def report_problems(project: Project, rows: bool = True) -> None:
    """How the file was opened (read-only ...) and the rows it holds that are ignored."""
    import sys

    for note in project.notices:
        print(f"biaozhu: note: {note}", file=sys.stderr)
    for problem in project.problems if rows else []:
        print(f"biaozhu: warning: {project.path}: {problem} (ignored)", file=sys.stderr)




def project_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("project", metavar="P", help="project file (.biaozhu)")


def adder(sub: Any) -> Add:
    """add(name, handler, help) -> the subcommand's parser, its handler set."""

    def add(name: str, handler: Handler, help_: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_, description=help_)
        p.set_defaults(handler=handler)
        return p

    return add
