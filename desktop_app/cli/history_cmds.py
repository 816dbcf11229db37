"""`biaozhu undo|redo|history`: the library's undo pointer, shared with the app."""

from __future__ import annotations

import argparse

from desktop_app.cli.common import adder, int_at_least, open_for, print_json, project_arg
from desktop_app.core.errors import BiaozhuError, NothingToUndo
from desktop_app.core.project import Changes


def _summary(changes: Changes) -> str:
    counts: dict[str, int] = {}
    for r in changes.rows:
        counts[r.table] = counts.get(r.table, 0) + 1
    return ", ".join(f"{table}: {n}" for table, n in sorted(counts.items())) or "nothing"


def cmd_undo(args: argparse.Namespace) -> int:
    return _step(args, redo=False)


def cmd_redo(args: argparse.Namespace) -> int:
    return _step(args, redo=True)


def _step(args: argparse.Namespace, redo: bool) -> int:
    with open_for(args) as project:
        status = project.undo_status()
        label = status.redo if redo else status.undo
        try:
            changes = project.redo() if redo else project.undo()
        except NothingToUndo as e:
            raise BiaozhuError(e.message) from None
    verb = "redone" if redo else "undone"
    print(f"{verb}: {label or ''} ({_summary(changes)})")
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    with open_for(args, readonly=True) as project:
        entries = project.history(limit=args.limit)
    if args.json:
        print_json([e.to_dict() for e in entries])
        return 0
    for e in entries:
        mark = "  (undone)" if e.undone else ""
        print(f"{e.id:>6}  {e.at[:19].replace('T', ' ')}  {e.coder}  {e.kind:<4}  {e.label}{mark}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    add = adder(sub)
    p = add("undo", cmd_undo, "undo the last step (the same step Ctrl+Z in the app undoes)")
    project_arg(p)
    p.add_argument("--coder", metavar="NAME", help="who undoes it (default: your login name)")
    p = add("redo", cmd_redo, "redo the step undone last")
    project_arg(p)
    p.add_argument("--coder", metavar="NAME", help=argparse.SUPPRESS)
    p = add("history", cmd_history, "the audit trail: every action, newest first")
    project_arg(p)
    p.add_argument("--limit", metavar="N", type=int_at_least(1), help="show the last N actions")
    p.add_argument("--json", action="store_true", help="machine-readable output")
