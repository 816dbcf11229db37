"""`biaozhu export P OUT [--coder NAME]... [--code C]... [--lang zh|en]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_app.core.errors import BiaozhuError
from desktop_app.core.messages import Message


class _StderrProgress:
    """A percentage on stderr when it is a terminal; silent otherwise."""

    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()
        self.shown = -1

    def __call__(self, done: int, total: int) -> None:
        pct = 100 * done // max(total, 1)
        if self.tty and pct != self.shown:
            self.shown = pct
            print(f"\rexporting... {pct}%", end="", file=sys.stderr, flush=True)

    def end(self) -> None:
        if self.tty and self.shown >= 0:
            print("\r" + " " * 20 + "\r", end="", file=sys.stderr, flush=True)


def cmd_export(args: argparse.Namespace) -> int:
    from desktop_app.core.interchange.csv_export import export_csv
    from desktop_app.core.interchange.xlsx_export import export_workbook

    suffix = Path(args.out).suffix.lower()
    if suffix == ".xlsx":
        export = export_workbook
    elif suffix == ".csv":
        export = export_csv
    elif suffix in (".qdpx", ".qdc"):
        return _export_refi(args, suffix)
    else:
        raise BiaozhuError(f"{args.out}: unknown file type '{suffix or '(none)'}'; "
                           "the name must end with .xlsx, .csv, .qdpx or .qdc")
    from desktop_app.cli.common import locale_lang, open_for
    from desktop_app.cli.document_cmds import attribute_filter

    # the export reads the project read-only: upgrade one from before a schema step first
    # (with its backup), as the other reading commands do
    open_for(args, readonly=True, report=False).close()  # problems: with the summary below
    progress = _StderrProgress()
    extra = {}
    if args.raw:
        if export is not export_csv:
            raise BiaozhuError(Message("{file}: --raw is for CSV; a workbook always holds the exact text", file=args.out))
        extra["raw"] = True
    try:
        summary = export(args.project, args.out, coders=args.coders, codes=args.codes,
                         attributes=attribute_filter(args), lang=args.lang or locale_lang(),
                         progress=progress, **extra)
    finally:
        progress.end()
    for w in summary.warnings:
        print(f"biaozhu: warning: {args.project}: {w} (left out)", file=sys.stderr)
    notes = []
    if summary.removed_characters:
        notes.append(f"removed {summary.removed_characters} character(s) Excel forbids")
    if summary.truncated_cells:
        notes.append(f"cut {summary.truncated_cells} cell(s) at 32,767 characters")
    sheets = f" ({', '.join(summary.sheets)})" if summary.sheets else ""
    print(f"wrote {summary.path}: {summary.rows} codings{sheets}"
          + "".join(f"; {n}" for n in notes))
    return 0


def _export_refi(args: argparse.Namespace, suffix: str) -> int:
    from desktop_app.cli.common import open_for
    from desktop_app.core.interchange.refi_export import export_qdc, export_qdpx

    if args.coders or args.codes:
        raise BiaozhuError("--coder and --code do not apply to a REFI-QDA export "
                           "(it holds the whole project or codebook)")
    open_for(args, readonly=True).close()  # upgrade an older project first, with its backup
    if suffix == ".qdc":
        summary = export_qdc(args.project, args.out)
        print(f"wrote {summary.path}: {summary.rows} codes")
    else:
        progress = _StderrProgress()
        try:
            summary = export_qdpx(args.project, args.out, progress=progress)
        finally:
            progress.end()
        print(f"wrote {summary.path}: {summary.rows} codings")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    help_ = ("export the coded data to Excel (.xlsx), CSV (.csv, the segments), or REFI-QDA "
             "(.qdpx project, .qdc codebook)")
    p = subparsers.add_parser("export", help=help_, description=help_)
    p.set_defaults(handler=cmd_export)
    p.add_argument("project", metavar="P", help="project file (.biaozhu)")
    p.add_argument("out", metavar="OUT", help="file to write: .xlsx workbook, .csv segments, .qdpx or .qdc")
    p.add_argument("--coder", dest="coders", action="append", metavar="NAME",
                   help="only this coder's codings (repeatable)")
    p.add_argument("--code", dest="codes", action="append", metavar="C",
                   help="only this code, by name or id (repeatable)")
    p.add_argument("--lang", choices=("zh", "en"), default=None,
                   help="language of the headers and sheet names (default: your locale's, "
                        "zh for a Chinese locale, else en)")
    from desktop_app.cli.document_cmds import add_attribute_filter

    add_attribute_filter(p)
    p.add_argument("--raw", action="store_true",
                   help="CSV: write every text exactly as stored (for scripts). By default cells "
                        "that a spreadsheet would run as a formula (starting with = + - @, tab "
                        "or CR) get a leading ' and control characters are removed")
