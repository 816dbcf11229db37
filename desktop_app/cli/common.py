"""What the command modules share: output helpers, argument types, opening the project."""

from __future__ import annotations

import argparse
import json
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


def one_line(text: str, width: int = 60) -> str:
    text = text.replace("\n", "⏎").replace("\t", " ")
    return text if len(text) <= width else text[: width - 1] + "…"


def open_for(args: argparse.Namespace, readonly: bool = False) -> Project:
    """Open the project; reading commands open read-only unless the file needs an upgrade."""
    from desktop_app.core.errors import NeedsUpgrade
    from desktop_app.core.project import open_project

    coder = getattr(args, "coder", None)
    if readonly:
        try:
            return open_project(args.project, coder=coder, readonly=True)
        except NeedsUpgrade:
            pass
    return open_project(args.project, coder=coder)




def project_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("project", metavar="P", help="project file (.biaozhu)")


def adder(sub: Any) -> Add:
    """add(name, handler, help) -> the subcommand's parser, its handler set."""

    def add(name: str, handler: Handler, help_: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_, description=help_)
        p.set_defaults(handler=handler)
        return p

    return add
