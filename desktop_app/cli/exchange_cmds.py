"""`biaozhu merge P OTHER [--dry-run] [--json]`, `biaozhu agreement P --coders A B ...`,
`biaozhu disagreements P --coders A B ...` and `biaozhu adopt P CODING...`."""

from __future__ import annotations

import argparse

from desktop_app.cli.common import adder, int_at_least, one_line, open_for, print_json, project_arg


def cmd_merge(args: argparse.Namespace) -> int:
    from desktop_app.core.interchange.merge import merge

    with open_for(args, readonly=args.dry_run) as project:
        report = merge(project, args.other, dry_run=args.dry_run)
    if args.json:
        print_json(report.to_json())
    else:
        if args.dry_run:
            print(f"dry run: nothing was changed; merging {report.source} would do:")
        for line in report.lines():
            print(line)
    return 0


def _num(value: float | None, digits: int) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def cmd_agreement(args: argparse.Namespace) -> int:
    from desktop_app.core.interchange.agreement_report import (
        agreement_report,
        write_agreement_xlsx,
    )

    with open_for(args, readonly=True) as project:
        report = agreement_report(project, args.coders, args.codes, unit=args.unit,
                                  all_documents=args.all_documents)
    if args.xlsx:
        write_agreement_xlsx(report, args.xlsx, args.project)
    if args.json:
        print_json(report)
        return 0
    print(f"unit {report['unit']}; coders {', '.join(report['coders'])}; "
          f"{report['documents']} document(s)")
    print(f"{'code':<24} {'units':>10} {'agree %':>8} {'kappa':>7} {'alpha':>7}")
    rows = [*report["codes"], {"code": "(overall)", **report["overall"]}]
    for r in rows:
        print(f"{r['code'][:24]:<24} {r['units']:>10} {_num(r['percent_agreement'], 2):>8} "
              f"{_num(r['cohen_kappa'], 3):>7} {_num(r['krippendorff_alpha'], 3):>7}")
    if args.xlsx:
        print(f"wrote {args.xlsx}")
    return 0


def cmd_disagreements(args: argparse.Namespace) -> int:
    from desktop_app.core.interchange.disagreement_report import disagreement_report

    with open_for(args, readonly=True) as project:
        report = disagreement_report(project, args.coders, args.codes,
                                     all_documents=args.all_documents)
    if args.json:
        print_json(report)
        return 0
    a, b = report["coders"]
    rows = report["disagreements"]
    print(f"{len(rows)} passage(s) where {a} and {b} disagree, in {report['documents']} document(s)")
    for r in rows:
        print(f"doc {r['document_id']} {r['start']}-{r['end']} {r['code']}: only {r['coded_by']} "
              f"(coding {', '.join(map(str, r['codings']))}) {one_line(r['text'], 40)}")
    return 0


def cmd_adopt(args: argparse.Namespace) -> int:
    with open_for(args) as project:
        new = project.adopt_codings(args.codings)
        if args.json:
            print_json({"coder": project.coder, "added": new})
        else:
            print(f"adopted as {project.coder}'s: coding(s) {', '.join(map(str, new))}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    add = adder(sub)
    p = add("merge", cmd_merge, "merge another project (.biaozhu), a REFI-QDA project (.qdpx) "
            "or codebook (.qdc) into P: one undoable action, a backup first")
    project_arg(p)
    p.add_argument("other", metavar="OTHER", help=".biaozhu, .qdpx or .qdc file to merge")
    p.add_argument("--dry-run", action="store_true", help="only report what would come in")
    p.add_argument("--json", action="store_true", help="the report as JSON")
    p.add_argument("--coder", help="who merges (default: BIAOZHU_CODER or the login name)")

    p = add("agreement", cmd_agreement, "inter-coder agreement per code: percent agreement, "
            "Cohen's kappa (two coders), Krippendorff's alpha (nominal)")
    project_arg(p)
    p.add_argument("--coders", nargs="+", required=True, metavar="NAME",
                   help="two or more coders to compare")
    p.add_argument("--code", dest="codes", action="append", metavar="C",
                   help="only this code, by name or id (repeatable; default every code)")
    p.add_argument("--unit", choices=("char", "sentence", "paragraph"), default="char",
                   help="what one judgement is (default char)")
    p.add_argument("--all-documents", action="store_true",
                   help="every document, not only those every listed coder coded")
    p.add_argument("--json", action="store_true", help="the figures as JSON")
    p.add_argument("--xlsx", metavar="OUT", help="also write the table to this .xlsx file")

    p = add("disagreements", cmd_disagreements, "the passages two coders coded differently, per "
            "code: where one coder's codings of a code cover text the other's do not")
    project_arg(p)
    p.add_argument("--coders", nargs=2, required=True, metavar="NAME", help="the two coders")
    p.add_argument("--code", dest="codes", action="append", metavar="C",
                   help="only this code, by name or id (repeatable; default every code)")
    p.add_argument("--all-documents", action="store_true",
                   help="every document, not only those both coders coded")
    p.add_argument("--json", action="store_true", help="the list as JSON")

    p = add("adopt", cmd_adopt, "copy other coders' codings (same passage and code) as yours: "
            "one undoable action")
    project_arg(p)
    p.add_argument("codings", nargs="+", type=int_at_least(1), metavar="CODING",
                   help="coding ids (from `biaozhu disagreements`)")
    p.add_argument("--coder", help="who adopts them (default: BIAOZHU_CODER or the login name)")
    p.add_argument("--json", action="store_true", help="the new coding ids as JSON")
