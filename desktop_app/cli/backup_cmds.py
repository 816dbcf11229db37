"""`biaozhu backup P OUT [--drop-foreign]`: a consistent copy, also while P is in use."""

from __future__ import annotations

import argparse

from desktop_app.cli.common import adder, project_arg


def cmd_backup(args: argparse.Namespace) -> int:
    from desktop_app.core.project import backup_project

    out = backup_project(args.project, args.out, drop_foreign=args.drop_foreign)
    print(f"backed up {args.project} to {out}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    add = adder(sub)
    p = add("backup", cmd_backup,
            "copy a project consistently with SQLite's backup API (safe while it is open)")
    project_arg(p)
    p.add_argument("out", metavar="OUT", help="the copy to write (must not exist)")
    p.add_argument("--drop-foreign", action="store_true",
                   help="copy a project that holds triggers, views or tables Biaozhu did not "
                        "make, without them")
