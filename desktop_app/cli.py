"""`biaozhu ...`: the command line, on top of the core.

Exit codes: 0 success, 1 a user error (``biaozhu: error: ...`` on stderr, never a
traceback), 2 a usage error.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app import __version__
from desktop_app.core.errors import BiaozhuError

if TYPE_CHECKING:
    from desktop_app.core.project import Project

# Modules that add subcommands: each has register(subparsers) -> None.
COMMAND_MODULES: list[str] = ["desktop_app.cli_export", "desktop_app.cli_text"]

Handler = Callable[[argparse.Namespace], int]


def _print_json(data: Any) -> None:
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


def _one_line(text: str, width: int = 60) -> str:
    text = text.replace("\n", "⏎").replace("\t", " ")
    return text if len(text) <= width else text[: width - 1] + "…"


def _open(args: argparse.Namespace, readonly: bool = False) -> Project:
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


# -- subcommands ---------------------------------------------------------------------------


def cmd_new(args: argparse.Namespace) -> int:
    from desktop_app.core.project import create_project

    create_project(args.project, coder=args.coder).close()
    print(f"created {args.project}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from desktop_app.core.ingest.importer import import_files, parse_attributes

    attrs = parse_attributes(args.attr or [])
    with _open(args) as project:
        results = import_files(project, args.files, attributes=attrs)
    refused = 0
    for r in results:
        if r.status == "imported":
            line = f"imported {r.document_id}: {Path(r.path).name} ({r.encoding}, {r.chars:,} characters)"
            print(line + "".join(f"; warning: {w}" for w in r.warnings))
        elif r.status == "duplicate":
            print(f"skipped: {r.message}")
        else:
            refused += 1
            print(f"biaozhu: error: {r.message}", file=sys.stderr)
    return 1 if refused else 0


def cmd_docs(args: argparse.Namespace) -> int:
    with _open(args, readonly=True) as project:
        docs = project.documents()
    if args.json:
        _print_json(docs)
        return 0
    for d in docs:
        attrs = ", ".join(f"{k}={v}" for k, v in d["attributes"].items())
        print(f"{d['id']:>4}  {_one_line(d['title'], 40)}  {d['chars']:,} chars  "
              f"{d['codings']} codings  {d['encoding'] or ''}  {attrs}")
    return 0


def cmd_codes(args: argparse.Namespace) -> int:
    with _open(args, readonly=True) as project:
        codes = project.codes()
    if args.json:
        _print_json(codes)
        return 0
    for c in codes:
        key = f"[{c['shortcut']}]" if c["shortcut"] else "   "
        en = f" ({c['name_en']})" if c["name_en"] else ""
        print(f"{c['id']:>4} {key} {'  ' * c['depth']}{c['name']}{en}  {c['colour']}  "
              f"{c['codings']} codings")
    return 0


def cmd_code(args: argparse.Namespace) -> int:
    with _open(args) as project:
        doc = project.resolve_document(args.doc_id)
        cid = project.add_coding(doc, args.code, args.start, args.end, memo=args.memo or "")
    print(cid)
    return 0


def cmd_uncode(args: argparse.Namespace) -> int:
    with _open(args) as project:
        project.remove_coding(args.coding_id)
    print(f"removed coding {args.coding_id}")
    return 0


def cmd_segments(args: argparse.Namespace) -> int:
    with _open(args, readonly=True) as project:
        segs = project.segments(code=args.code, document=args.doc, coder=args.coder_filter)
    if args.json:
        keys = ["id", "document_id", "document_title", "code", "coder", "start", "end", "text", "memo"]
        _print_json([{k: s[k] for k in keys} for s in segs])
        return 0
    for s in segs:
        print(f"{s['id']:>5}  doc {s['document_id']}  {s['code']}  {s['coder']}  "
              f"{s['start']}-{s['end']}  {_one_line(s['text'])}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop_app.core.ingest.demo import build_demo

    with build_demo(args.project) as project:
        docs, segs = project.documents(), project.segments()
    print(f"created demo project {args.project}: {len(docs)} documents, {len(segs)} codings")
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    from desktop_app.gui.app import run

    return run(getattr(args, "project", None), argv=[sys.argv[0]])


# -- parser ----------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="biaozhu", description="Biaozhu 标注: qualitative coding of Chinese policy documents."
    )
    parser.add_argument("--version", action="version", version=f"biaozhu {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation offscreen (demo, coding, jieba, Excel, "
                             "window) and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, handler: Handler, help_: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_, description=help_)
        p.set_defaults(handler=handler)
        return p

    def project_arg(p: argparse.ArgumentParser) -> None:
        p.add_argument("project", metavar="P", help="project file (.biaozhu)")

    p = add("new", cmd_new, "create an empty project with the default codebook")
    project_arg(p)
    p.add_argument("--coder", help="coder name (default: your login name)")

    p = add("import", cmd_import, "import .txt/.docx documents")
    project_arg(p)
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--attr", action="append", metavar="KEY=VALUE",
                   help="attribute for every imported document (repeatable)")
    p.add_argument("--coder", help=argparse.SUPPRESS)

    for name, handler, help_ in (("docs", cmd_docs, "list documents"),
                                 ("codes", cmd_codes, "list the codebook")):
        p = add(name, handler, help_)
        project_arg(p)
        p.add_argument("--json", action="store_true", help="machine-readable output")

    p = add("code", cmd_code, "code a passage; prints the new coding's id")
    project_arg(p)
    p.add_argument("doc_id", metavar="DOC_ID")
    p.add_argument("start", metavar="START", type=int, help="code point offset, from 0")
    p.add_argument("end", metavar="END", type=int, help="code point offset, exclusive")
    p.add_argument("code", metavar="CODE", help="code name or id")
    p.add_argument("--coder", metavar="NAME")
    p.add_argument("--memo", metavar="TEXT")

    p = add("uncode", cmd_uncode, "remove a coding")
    project_arg(p)
    p.add_argument("coding_id", metavar="CODING_ID", type=int)
    p.add_argument("--coder", help=argparse.SUPPRESS)

    p = add("segments", cmd_segments, "list coded segments with their text")
    project_arg(p)
    p.add_argument("--code", metavar="C")
    p.add_argument("--doc", metavar="D")
    p.add_argument("--coder", dest="coder_filter", metavar="NAME")
    p.add_argument("--json", action="store_true")

    p = add("demo", cmd_demo, "build the demo project from the seed documents")
    project_arg(p)

    p = add("gui", cmd_gui, "start the desktop app (the default)")
    p.add_argument("project", metavar="P", nargs="?")

    for module in COMMAND_MODULES:
        importlib.import_module(module).register(sub)
    return parser


def _log_crash() -> str:
    try:
        from desktop_app.core.paths import data_dir

        log = data_dir() / "biaozhu-cli.log"
        with open(log, "a", encoding="utf-8") as f:
            f.write(traceback.format_exc() + "\n")
        return str(log)
    except Exception:
        return "(no log)"


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="replace")  # type: ignore[union-attr]
        except (AttributeError, ValueError):
            pass
    argv = list(sys.argv[1:] if argv is None else argv)
    from desktop_app import logs

    logs.setup()
    if "--self-test" in argv[:1]:
        from desktop_app import selftest

        return selftest.run()
    parser = build_parser()
    if not argv:
        argv = ["gui"]
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    try:
        return args.handler(args)
    except BiaozhuError as e:
        print(f"biaozhu: error: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("biaozhu: interrupted", file=sys.stderr)
        return 130
    except OSError as e:
        name = f"{e.filename}: " if e.filename else ""
        print(f"biaozhu: error: {name}{e.strerror or e}", file=sys.stderr)
        return 1
    except Exception as e:
        log = _log_crash()
        print(f"biaozhu: error: unexpected problem ({type(e).__name__}: {e}); details in {log}",
              file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
