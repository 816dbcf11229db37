"""`biaozhu search | suggest | freq`: the Chinese text tools on the command line."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from desktop_app.cli.common import int_at_least, one_line, open_for, print_json, print_table
from desktop_app.cli.document_cmds import add_attribute_filter
from desktop_app.core.errors import BiaozhuError

if TYPE_CHECKING:
    from desktop_app.core.project import Project


def _open_for_search(path: str) -> Project:
    """Read-write when possible (word search keeps its index up to date), else read-only."""
    from desktop_app.core.project import open_project

    readonly = os.path.exists(path) and not os.access(path, os.W_OK)
    return open_project(path, readonly=readonly)


def _docs(project: Project, refs: list[str] | None, args: argparse.Namespace | None = None
          ) -> list[int] | None:
    """--doc and --attr together: the documents both allow (None: every document)."""
    from desktop_app.cli.document_cmds import attribute_filter

    chosen = None if not refs else [project.resolve_document(r) for r in refs]
    matching = project.matching_documents(attribute_filter(args)) if args is not None else None
    if matching is None:
        return chosen
    return matching if chosen is None else [d for d in chosen if d in set(matching)]


def _progress_printer(enabled: bool) -> Callable[[int, int], None] | None:
    if not enabled:
        return None

    def show(done: int, total: int) -> None:
        if total:
            print(f"\rindexing words: {100 * done // total:3d}%", end="", file=sys.stderr,
                  flush=True)
            if done >= total:
                print(file=sys.stderr)

    return show


def cmd_search(args: argparse.Namespace) -> int:
    from desktop_app.core.text.search import search

    with _open_for_search(args.project) as project:
        result = search(
            project, args.query, mode=args.mode, documents=_docs(project, args.doc, args),
            code=args.code, context=args.context, limit=args.limit,
            progress=_progress_printer(not args.json and sys.stderr.isatty()),
        )
    if args.json:
        print_json({"query": args.query, "mode": args.mode, "total": result.total,
                     "hits": [h.to_dict() for h in result.hits]})
        return 0
    for h in result.hits:
        left = h.left.replace("\n", " ")
        print(f"{h.document_id:>4}  {h.start:>7}-{h.end:<7} {left:>{args.context}}【{h.hit}】"
              f"{h.right.replace(chr(10), ' ')}")
    more = f" (showing {len(result.hits)})" if result.truncated else ""
    print(f"{result.total} hit{'s' if result.total != 1 else ''}{more}")
    return 0


def _learn(args: argparse.Namespace) -> int:
    from desktop_app.core.text.keyword_learning import learn_keywords

    with open_for(args, readonly=True) as project:
        proposals = learn_keywords(project, code=args.code, top=args.top)
    if args.json:
        print_json([k.to_dict() for k in proposals])
        return 0
    rows = [[k.code, k.word, f"{k.score:.2f}", str(k.coded), str(k.other), str(k.new)]
            for k in proposals]
    if rows:
        print_table(["code", "keyword", "score", "coded", "other", "new"], rows,
                    right={2, 3, 4, 5})
    print(f"{len(proposals)} proposed keyword{'s' if len(proposals) != 1 else ''} (nothing "
          "changed; add one with: biaozhu suggest P --code C --add-keyword WORD)")
    return 0


def _add_keywords(args: argparse.Namespace) -> int:
    from desktop_app.core.text.suggest import add_keyword

    if not args.code:
        raise BiaozhuError("--add-keyword needs --code C (the code to add it to)")
    with open_for(args) as project:
        for word in args.add_keyword:
            words = add_keyword(project, args.code, word)
            print(f"added keyword {word.strip()} to {args.code} ({len(words)} keywords)")
    return 0


def cmd_suggest(args: argparse.Namespace) -> int:
    from desktop_app.core.text.suggest import suggest

    if args.add_keyword:
        return _add_keywords(args)
    if args.learn:
        return _learn(args)

    with open_for(args, readonly=True) as project:
        items = suggest(project, code=args.code, documents=_docs(project, args.doc, args))
    if args.json:
        print_json([s.to_dict() for s in items])
        return 0
    for s in items:
        print(f"{s.code}  doc {s.document_id}  {s.start}-{s.end}  [{', '.join(s.keywords)}]  "
              f"{one_line(s.text, 70)}")
    print(f"{len(items)} suggestion{'s' if len(items) != 1 else ''}")
    return 0


def cmd_freq(args: argparse.Namespace) -> int:
    from desktop_app.core.interchange.wordfreq_xlsx import export_xlsx
    from desktop_app.core.text.frequencies import frequencies

    with open_for(args, readonly=True) as project:
        table = frequencies(project, documents=_docs(project, args.doc, args), code=args.code,
                            top=args.top, min_chars=args.min_chars)
    if args.xlsx:
        export_xlsx(args.xlsx, [table], project_path=args.project)
    if args.json:
        out: dict[str, Any] = {"title": table.title, "total_words": table.total_words,
                               "words": table.to_dicts()}
        print_json(out)
        return 0
    for d in table.to_dicts():
        print(f"{d['count']:>7}  {d['documents']:>4} docs  {d['per_mille']:>8.3f}‰  {d['word']}")
    print(f"{table.title}: {table.total_words} words counted")
    if args.xlsx:
        print(f"wrote {args.xlsx}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    from desktop_app.core.text.search import MODES

    def add(name: str, handler: Callable[[argparse.Namespace], int], help_: str
            ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_, description=help_)
        p.set_defaults(handler=handler)
        p.add_argument("project", metavar="P", help="project file (.biaozhu)")
        add_attribute_filter(p)
        return p

    p = add("search", cmd_search, "search the documents, with keyword-in-context results")
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--mode", choices=MODES, default="word",
                   help="word: whole jieba words (default); substring; regex")
    p.add_argument("--doc", action="append", metavar="D", help="only this document (repeatable)")
    p.add_argument("--code", metavar="C", help="only inside passages coded C")
    p.add_argument("--context", type=int_at_least(0), default=20, metavar="N", help="context characters")
    p.add_argument("--limit", type=int_at_least(1), metavar="N", help="show at most N hits")
    p.add_argument("--json", action="store_true")

    p = add("suggest", cmd_suggest, "sentences that contain a code's keywords (not coded); "
            "with --learn, keywords learned from your codings, for review")
    p.add_argument("--code", metavar="C")
    p.add_argument("--learn", action="store_true",
                   help="propose keywords: words that tell a code's coded sentences from the "
                        "rest, with a score (0-1) and how many coded/other sentences hold them; "
                        "nothing is changed")
    p.add_argument("--top", type=int_at_least(1), default=20, metavar="N",
                   help="with --learn: at most N proposals per code (20)")
    p.add_argument("--add-keyword", action="append", metavar="WORD",
                   help="add WORD to the keywords of --code C (repeatable; one undoable action "
                        "each)")
    p.add_argument("--doc", action="append", metavar="D", help="only this document (repeatable)")
    p.add_argument("--json", action="store_true")

    p = add("freq", cmd_freq, "word frequencies of documents or of a code's passages")
    p.add_argument("--code", metavar="C", help="only passages coded C")
    p.add_argument("--doc", action="append", metavar="D", help="only this document (repeatable)")
    p.add_argument("--top", type=int_at_least(1), default=50, metavar="N", help="the N most frequent (50)")
    p.add_argument("--min-chars", type=int_at_least(1), default=2, metavar="N",
                   help="leave out words shorter than N characters (2)")
    p.add_argument("--xlsx", metavar="FILE", help="also write the table to an Excel file")
    p.add_argument("--json", action="store_true")
