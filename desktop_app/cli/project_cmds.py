"""`biaozhu new|import|docs|codes|code|uncode|segments|demo|gui`: the project and its codings."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from desktop_app.cli.common import (
    adder,
    int_at_least,
    one_line,
    open_for,
    print_json,
    print_table,
    printable,
    project_arg,
)
from desktop_app.cli.document_cmds import add_attribute_filter


def cmd_new(args: argparse.Namespace) -> int:
    from desktop_app.core.project import create_project

    create_project(args.project, coder=args.coder).close()
    print(f"created {args.project}")
    return 0


def _import_progress(enabled: bool):
    if not enabled:
        return None

    def show(done: int, total: int, name: str) -> None:
        print(f"\rreading {done}/{total} {one_line(name, 40):<40}", end="", file=sys.stderr, flush=True)
        if done >= total:
            print(file=sys.stderr)

    return show


def cmd_import(args: argparse.Namespace) -> int:
    from desktop_app.core.ingest.importer import import_files, parse_attributes
    from desktop_app.core.ingest.layout import LayoutOptions
    from desktop_app.core.ingest.reader import ReadOptions

    attrs = parse_attributes(args.attr or [])
    options = ReadOptions(layout=LayoutOptions.keep_layout() if args.keep_layout else LayoutOptions())
    with open_for(args) as project:
        results = import_files(project, args.files, attributes=attrs, options=options,
                               progress=_import_progress(sys.stderr.isatty()),
                               workers=args.workers)
    refused = 0
    for r in results:
        name = Path(r.path).name
        if r.status == "imported":
            line = f"imported document {r.document_id}: {name} ({r.encoding}, {r.chars:,} characters)"
            notes = [str(m) for m in r.report] + [f"warning: {w}" for w in r.warnings]
            print(line + "".join(f"; {n}" for n in notes))
        elif r.status in ("duplicate", "skipped"):
            print(f"skipped: {r.message}")
        else:
            refused += 1
            print(f"biaozhu: error: {r.message}", file=sys.stderr)
    imported = sum(1 for r in results if r.status == "imported")
    if len(results) > 1:
        print(f"{imported} of {len(results)} files imported")
    return 1 if refused else 0


def cmd_docs(args: argparse.Namespace) -> int:
    from desktop_app.cli.document_cmds import attribute_filter

    with open_for(args, readonly=True) as project:
        docs = project.documents(attributes=attribute_filter(args))
    if args.json:
        print_json(docs)
        return 0
    for d in docs:
        attrs = printable(", ".join(f"{k}={v}" for k, v in d["attributes"].items()))
        print(f"{d['id']:>4}  {one_line(d['title'], 40)}  {d['chars']:,} chars  "
              f"{d['codings']} codings  {d['encoding'] or ''}  {attrs}")
    return 0


def cmd_codes(args: argparse.Namespace) -> int:
    with open_for(args, readonly=True) as project:
        codes = project.codes()
    if args.json:
        print_json(codes)
        return 0
    for c in codes:
        key = f"[{c['shortcut']}]" if c["shortcut"] else "   "
        en = f" ({c['name_en']})" if c["name_en"] else ""
        print(f"{c['id']:>4} {key} {'  ' * c['depth']}{printable(c['name'] + en)}  {c['colour']}  "
              f"{c['codings']} codings")
    return 0


def cmd_code(args: argparse.Namespace) -> int:
    with open_for(args) as project:
        doc = project.resolve_document(args.doc_id)
        cid = project.add_coding(doc, args.code, args.start, args.end, memo=args.memo or "")
    print(cid)
    return 0


def cmd_uncode(args: argparse.Namespace) -> int:
    with open_for(args) as project:
        project.remove_coding(args.coding_id)
    print(f"removed coding {args.coding_id}")
    return 0


def cmd_segments(args: argparse.Namespace) -> int:
    from desktop_app.cli.document_cmds import attribute_filter

    with open_for(args, readonly=True) as project:
        segs = project.segments(code=args.code, document=args.doc, coder=args.coder_filter,
                                documents=project.matching_documents(attribute_filter(args)))
    if args.json:
        keys = ["id", "document_id", "document_title", "code", "coder", "start", "end", "text", "memo"]
        print_json([{k: s[k] for k in keys} for s in segs])
        return 0
    rows = [[str(s["id"]), str(s["document_id"]), one_line(s["code"], 24),
             one_line(s["coder"], 16), f"{s['start']}-{s['end']}", one_line(s["text"])]
            for s in segs]
    if rows:
        print_table(["id", "doc", "code", "coder", "offsets", "passage"], rows, right={0, 1, 4})
    print(f"{len(segs)} segment{'s' if len(segs) != 1 else ''}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop_app.core.ingest.demo import build_demo

    with build_demo(args.project) as project:
        docs, segs = project.documents(), project.segments()
    print(f"created demo project {args.project}: {len(docs)} documents, {len(segs)} codings")
    return 0


def no_display_reason(environ: dict[str, str] | None = None,
                      platform: str | None = None) -> str | None:
    """Why Qt could not open a window here (Linux/BSD without X11 or Wayland), or None.

    Qt aborts the process (exit 134, a plugin list) when it finds no display; this looks first.
    QT_QPA_PLATFORM set by the user (offscreen, vnc, xcb...) is taken as knowing better.
    """
    env = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if platform.startswith(("win", "darwin", "cygwin")):
        return None
    if env.get("QT_QPA_PLATFORM") or env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return None
    return ("no display could be opened (neither DISPLAY nor WAYLAND_DISPLAY is set): start "
            "it from a desktop session, or install a virtual one (apt install xvfb) and run "
            "'xvfb-run biaozhu gui'")


def cmd_gui(args: argparse.Namespace) -> int:
    reason = no_display_reason()
    if reason:
        print(f"biaozhu: error: {reason}", file=sys.stderr)
        return 1
    from desktop_app.gui.app import run

    return run(getattr(args, "project", None), argv=[sys.argv[0]])



def register(sub: argparse._SubParsersAction) -> None:
    add = adder(sub)
    p = add("new", cmd_new, "create an empty project with the default codebook")
    project_arg(p)
    p.add_argument("--coder", help="coder name (default: your login name)")

    p = add("import", cmd_import, "import .txt/.docx/.pdf/.html/.md documents and folders of them")
    project_arg(p)
    p.add_argument("files", nargs="+", metavar="FILE|FOLDER",
                   help="files, or folders (every supported file below, hidden ones skipped)")
    p.add_argument("--keep-layout", action="store_true",
                   help="keep PDF line breaks, running headers, page numbers and spacing as they are")
    p.add_argument("--workers", type=int_at_least(1), metavar="N",
                   help="reading processes (default: one per core for many files)")
    p.add_argument("--attr", action="append", metavar="KEY=VALUE",
                   help="attribute for every imported document (repeatable)")
    p.add_argument("--coder", help=argparse.SUPPRESS)

    for name, handler, help_ in (("docs", cmd_docs, "list documents"),
                                 ("codes", cmd_codes, "list the codebook")):
        p = add(name, handler, help_)
        project_arg(p)
        p.add_argument("--json", action="store_true", help="machine-readable output")
        if name == "docs":
            add_attribute_filter(p)

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
    add_attribute_filter(p)

    p = add("demo", cmd_demo, "build the demo project from the seed documents")
    project_arg(p)

    p = add("gui", cmd_gui, "start the desktop app (the default)")
    p.add_argument("project", metavar="P", nargs="?")

