"""`biaozhu split | rename | delete | attr | attrs`: managing documents and their attributes."""

from __future__ import annotations

import argparse

from desktop_app.cli.common import adder, open_for, project_arg
from desktop_app.core.errors import BiaozhuError


def attribute_filter(args: argparse.Namespace) -> dict[str, str] | None:
    """The `--attr KEY=VALUE` filter of the reading commands (None: every document)."""
    from desktop_app.core.ingest.importer import parse_attributes

    return parse_attributes(getattr(args, "attr_filter", None) or []) or None


def add_attribute_filter(p: argparse.ArgumentParser) -> None:
    p.add_argument("--attr", dest="attr_filter", action="append", metavar="KEY=VALUE",
                   help="only documents with this attribute value (repeatable: all must hold)")


def cmd_split(args: argparse.Namespace) -> int:
    if args.show_headings:
        from desktop_app.core.text.headings import headings

        with open_for(args, readonly=True) as project:
            doc = project.resolve_document(args.doc_id)
            found = headings(project.document_text(doc))
        for h in found:
            print(f"{h.offset:>8}  {'title ' if h.byline else '      '} {h.text}")
        print(f"{len(found)} heading(s); split at some with: biaozhu split P {doc} OFFSET...")
        return 0
    if not args.offsets:
        raise BiaozhuError("give the offsets to split at (or --show-headings to see where)")
    with open_for(args) as project:
        doc = project.resolve_document(args.doc_id)
        result = project.split_document(doc, args.offsets, titles=args.titles)
        docs = {d["id"]: d for d in project.documents()}
    parts = ", ".join(f"document {i} ({docs[i]['title']})" for i in result.document_ids)
    print(f"split document {doc} into {len(result.document_ids)} documents: {parts}"
          + "".join(f"; {m}" for m in result.report))
    return 0


def cmd_rename(args: argparse.Namespace) -> int:
    with open_for(args) as project:
        doc = project.resolve_document(args.doc_id)
        project.rename_document(doc, args.title)
    print(f"renamed document {doc}: {args.title.strip()}")
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    with open_for(args) as project:
        doc = project.resolve_document(args.doc_id)
        impact = project.document_delete_impact(doc)
        title = project.document(doc)["title"]
        what = f"document {doc} ({title}) with {impact['codings']} coding(s) and {impact['attributes']} attribute(s)"
        if not args.yes:
            raise BiaozhuError(f"this deletes {what}; run again with --yes to delete it (undo brings it back)")
        project.delete_document(doc)
    print(f"deleted {what}")
    return 0


def cmd_attr(args: argparse.Namespace) -> int:
    from desktop_app.core.ingest.importer import parse_attributes

    values = parse_attributes(args.pairs or [])
    if not values and not args.remove:
        raise BiaozhuError("give key=value pairs to set, or --remove KEY")
    with open_for(args) as project:
        doc = project.resolve_document(args.doc_id)
        project.edit_attributes(doc, values, args.remove or [])
        attrs = project.attributes(doc)
    print(f"document {doc}: " + (", ".join(f"{k}={v}" for k, v in attrs.items()) or "no attributes"))
    return 0


def cmd_attrs(args: argparse.Namespace) -> int:
    from desktop_app.core.interchange.attribute_sheet import apply_sheet

    with open_for(args) as project:
        result = apply_sheet(project, args.sheet)
    print(f"set {result.values} value(s) on {result.documents} document(s)")
    for m in result.unmatched:
        print(f"not matched: {m}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    add = adder(sub)
    p = add("split", cmd_split, "split a document at code point offsets (codings move with their text)")
    project_arg(p)
    p.add_argument("doc_id", metavar="DOC_ID")
    p.add_argument("offsets", nargs="*", type=int, metavar="OFFSET")
    p.add_argument("--show-headings", action="store_true",
                   help="list heading lines and their offsets (where to split), change nothing")
    p.add_argument("--titles", nargs="+", metavar="T", help="titles of the parts (default: each part's first line)")
    p.add_argument("--coder", help=argparse.SUPPRESS)

    p = add("rename", cmd_rename, "change a document's title")
    project_arg(p)
    p.add_argument("doc_id", metavar="DOC_ID")
    p.add_argument("title", metavar="TITLE")
    p.add_argument("--coder", help=argparse.SUPPRESS)

    p = add("delete", cmd_delete, "delete a document with its codings (states what goes first)")
    project_arg(p)
    p.add_argument("doc_id", metavar="DOC_ID")
    p.add_argument("--yes", action="store_true", help="delete without asking")
    p.add_argument("--coder", help=argparse.SUPPRESS)

    p = add("attr", cmd_attr, "set (key=value) or remove (--remove KEY) attributes of a document")
    project_arg(p)
    p.add_argument("doc_id", metavar="DOC_ID")
    p.add_argument("pairs", nargs="*", metavar="KEY=VALUE")
    p.add_argument("--remove", action="append", metavar="KEY")
    p.add_argument("--coder", help=argparse.SUPPRESS)

    p = add("attrs", cmd_attrs, "set attributes from a sheet (.csv/.xlsx; first column: file name or title)")
    project_arg(p)
    p.add_argument("sheet", metavar="SHEET")
    p.add_argument("--coder", help=argparse.SUPPRESS)
