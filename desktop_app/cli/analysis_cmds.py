"""Analysis: `biaozhu report`, `matrix`, `cowords` and the memo commands."""

from __future__ import annotations

import argparse

from desktop_app.cli.common import adder, int_at_least, one_line, open_for, print_json, project_arg


def _filters(p: argparse.ArgumentParser, docs: bool = True) -> None:
    p.add_argument("--code", dest="codes", action="append", metavar="C",
                   help="only this code, by name or id (repeatable)")
    p.add_argument("--coder", dest="coders", action="append", metavar="NAME",
                   help="only this coder's codings (repeatable)")
    if docs:
        p.add_argument("--doc", dest="docs", action="append", metavar="D",
                       help="only this document, by title or id (repeatable)")
    p.add_argument("--attr", dest="attrs", action="append", metavar="KEY=VALUE",
                   help="only documents with this attribute value (repeat a key for OR)")


def cmd_report(args: argparse.Namespace) -> int:
    from desktop_app.core.interchange.reports import report_suffix, write_report
    from desktop_app.core.interchange.retrieval import (
        parse_attribute_filters,
        resolve_filters,
        retrieve,
    )

    report_suffix(args.out)
    attrs = parse_attribute_filters(args.attrs)
    with open_for(args, readonly=True) as p:
        codes, coders, docs = resolve_filters(p, args.codes, args.coders, args.docs)
        report = retrieve(p, codes, coders, docs, attrs)
        out = write_report(report, args.out, lang=args.lang, project_path=p.path)
    print(f"wrote {out}: {report.count} passages of {len(report.groups)} codes")
    return 0


def _cell(v: float, measure: str) -> float | int:
    return v if measure == "percent" else int(v)


def cmd_matrix(args: argparse.Namespace) -> int:
    from desktop_app.core.interchange.analysis_run import compute_matrix, corpus_of
    from desktop_app.core.interchange.retrieval import parse_attribute_filters, resolve_filters

    attrs = parse_attribute_filters(args.attrs)
    with open_for(args, readonly=True) as p:
        codes, coders, _ = resolve_filters(p, args.codes, args.coders)
        corpus = corpus_of(p, codes, coders, None, attrs)
        m = compute_matrix(p, corpus, args.by, args.measure, args.unit)
        if args.xlsx:
            from desktop_app.core.interchange.analysis_xlsx import matrix_xlsx

            out = matrix_xlsx(m, args.xlsx, lang=args.lang, project_path=p.path)
            print(f"wrote {out}")
    measure = m.measure if args.by != "code" else "codings"
    if args.json:
        print_json({
            "rows": m.row_labels, "columns": m.column_labels, "measure": m.measure,
            "cells": [[_cell(v, measure) for v in r] for r in m.cells],
            "row_totals": [_cell(v, measure) for v in m.row_totals],
            "column_totals": [_cell(v, measure) for v in m.column_totals],
            "total": _cell(m.total, measure)})
        return 0
    if not args.xlsx:
        width = max([len(x) for x in m.row_labels] + [4]) + 2
        print("".ljust(width) + "\t".join(one_line(c, 16) for c in m.column_labels) + "\tTotal")
        for label, row, tot in zip(m.row_labels, m.cells, m.row_totals, strict=True):
            print(label.ljust(width) + "\t".join(str(_cell(v, measure)) for v in row)
                  + f"\t{_cell(tot, measure)}")
        print("Total".ljust(width) + "\t".join(str(_cell(v, measure)) for v in m.column_totals)
              + f"\t{_cell(m.total, measure)}")
    return 0


def cmd_cowords(args: argparse.Namespace) -> int:
    from desktop_app.core.interchange.analysis_run import compute_cowords
    from desktop_app.core.interchange.retrieval import resolve_filters

    with open_for(args, readonly=True) as p:
        codes, _, docs = resolve_filters(p, args.codes, None, args.docs)
        table = compute_cowords(p, codes, docs, args.top)
        written = []
        if args.csv:
            from desktop_app.core.interchange.analysis_xlsx import edge_list_csv

            written.append(edge_list_csv(table, args.csv, project_path=p.path))
        if args.xlsx:
            from desktop_app.core.interchange.analysis_xlsx import cowords_xlsx

            written.append(cowords_xlsx(table, args.xlsx, lang=args.lang, project_path=p.path))
    if args.json:
        print_json({"sentences": table.sentences, "pairs": table.to_dicts()})
        return 0
    for out in written:
        print(f"wrote {out}")
    if not written:
        for pair in table.pairs:
            print(f"{pair.source}\t{pair.target}\t{pair.weight}")
    return 0


def cmd_print(args: argparse.Namespace) -> int:
    from desktop_app.core.interchange.coded_document import export_document
    from desktop_app.core.interchange.retrieval import resolve_filters

    with open_for(args, readonly=True) as p:
        doc_id = p.resolve_document(args.document)
        _, coders, _ = resolve_filters(p, None, args.coders)
        out = export_document(p, doc_id, args.out, lang=args.lang, coders=coders)
    print(f"wrote {out}")
    return 0


def _memo_target(p, args: argparse.Namespace) -> tuple[str, int | None]:
    if args.document is not None:
        return "document", p.resolve_document(args.document)
    if args.code_ref is not None:
        return "code", p.resolve_code(args.code_ref)
    return "project", None


def cmd_memo(args: argparse.Namespace) -> int:
    with open_for(args) as p:
        target, target_id = _memo_target(p, args)
        memo_id = p.add_memo(target, target_id, args.text)
    print(memo_id)
    return 0


def cmd_memo_edit(args: argparse.Namespace) -> int:
    with open_for(args) as p:
        p.edit_memo(args.memo_id, args.text)
    print(f"memo {args.memo_id} changed")
    return 0


def cmd_memo_delete(args: argparse.Namespace) -> int:
    with open_for(args) as p:
        p.delete_memo(args.memo_id)
    print(f"memo {args.memo_id} deleted")
    return 0


def cmd_memos(args: argparse.Namespace) -> int:
    with open_for(args, readonly=True) as p:
        memos = p.memo_list(search=args.search)
        coding = p.coding_memos(search=args.search) if args.codings else []
    if args.json:
        print_json({"memos": memos, "coding_memos": coding})
        return 0
    for m in memos:
        about = m["target"] + (f" {m['about']}" if m["about"] else "")
        print(f"{m['id']}\t{about}\t{m['coder'] or ''}\t{one_line(m['text'])}")
    for c in coding:
        print(f"coding {c['id']}\t{c['document_title']} {c['start']}-{c['end']} {c['code']}\t"
              f"{c['coder']}\t{one_line(c['memo'])}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    add = adder(sub)
    p = add("report", cmd_report, "retrieval report of coded passages to .docx, .html or .pdf")
    project_arg(p)
    p.add_argument("out", metavar="OUT", help="OUT.docx, OUT.html or OUT.pdf")
    _filters(p)
    p.add_argument("--lang", choices=("zh", "en"), default="zh", help="report language (default zh)")

    p = add("matrix", cmd_matrix, "code x document, code x attribute value or code x code figures")
    project_arg(p)
    p.add_argument("--by", default="document", metavar="document|attr:NAME|code",
                   help="columns: documents (default), an attribute's values, or codes (co-occurrence)")
    p.add_argument("--measure", choices=("codings", "chars", "percent"), default="codings",
                   help="codings (default), coded characters, or %% of the documents' characters")
    p.add_argument("--unit", choices=("overlap", "sentence", "paragraph"), default="overlap",
                   help="for --by code: codings overlap (default) or share a sentence/paragraph")
    _filters(p, docs=False)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--xlsx", metavar="OUT.xlsx", help="also write the matrix to Excel")
    p.add_argument("--lang", choices=("zh", "en"), default="zh", help="Excel labels (default zh)")

    p = add("cowords", cmd_cowords, "co-word pairs: jieba words in the same sentence, counted")
    project_arg(p)
    p.add_argument("--code", dest="codes", action="append", metavar="C",
                   help="the sentences of this code's passages (repeatable)")
    p.add_argument("--doc", dest="docs", action="append", metavar="D",
                   help="only this document (repeatable)")
    p.add_argument("--top", type=int_at_least(1), metavar="N", help="only the N strongest pairs")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--csv", metavar="OUT.csv", help="write the edge list (Source, Target, Weight)")
    p.add_argument("--xlsx", metavar="OUT.xlsx", help="write the pairs and words to Excel")
    p.add_argument("--lang", choices=("zh", "en"), default="zh", help="Excel labels (default zh)")

    p = add("print", cmd_print, "a coded document with its highlights and code margin, as .html or .pdf")
    project_arg(p)
    p.add_argument("document", metavar="D", help="document title or id")
    p.add_argument("out", metavar="OUT", help="OUT.html or OUT.pdf")
    p.add_argument("--coder", dest="coders", action="append", metavar="NAME",
                   help="only this coder's codings (repeatable)")
    p.add_argument("--lang", choices=("zh", "en"), default="zh", help="labels (default zh)")

    p = add("memo", cmd_memo, "add a memo to the project, a document or a code; prints its id")
    project_arg(p)
    p.add_argument("text", metavar="TEXT")
    p.add_argument("--document", metavar="D", help="a memo on this document (title or id)")
    p.add_argument("--code", dest="code_ref", metavar="C", help="a memo on this code")
    p = add("memo-edit", cmd_memo_edit, "change a memo's text")
    project_arg(p)
    p.add_argument("memo_id", type=int_at_least(1), metavar="ID")
    p.add_argument("text", metavar="TEXT")
    p = add("memo-delete", cmd_memo_delete, "delete a memo")
    project_arg(p)
    p.add_argument("memo_id", type=int_at_least(1), metavar="ID")
    p = add("memos", cmd_memos, "list memos (project, document and code), newest first")
    project_arg(p)
    p.add_argument("--search", metavar="TEXT", help="only memos holding this text")
    p.add_argument("--codings", action="store_true", help="also the codings' memos")
    p.add_argument("--json", action="store_true", help="print JSON")
