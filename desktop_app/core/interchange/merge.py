"""Merging another project (.biaozhu), a REFI-QDA project (.qdpx) or codebook (.qdc).

The other side is read into plain rows (interchange/incoming.py) and matched against ours:

- documents by the sha256 of their normalised text (same text = same document, whatever
  its title);
- codes by GUID, then by path (parent > child names), then by name (a code name is unique
  in a project), else added; a matched code keeps our colour (a different one is reported);
- coders by name;
- a coding identical in document, code, coder and span is not added twice, so merging the
  same file again adds nothing.

Then the project writes what is new as one undoable action, after a backup of the file
(Project.write_merge). :func:`merge` returns a :class:`MergeReport` (counts and reasons).
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.core.errors import BiaozhuError, NeedsUpgrade
from desktop_app.core.interchange.incoming import (
    InCode,
    InCoder,
    InCoding,
    Incoming,
    InDocument,
    InMemo,
)
from desktop_app.core.messages import Message
from desktop_app.core.project import Project, open_project
from desktop_app.core.project.documents import text_sha256
from desktop_app.core.project.merging import (
    MergeRows,
    NewCode,
    NewCoder,
    NewCoding,
    NewDocument,
    NewMemo,
    Ref,
)
from desktop_app.core.text.normalise import normalise_with_offsets

__all__ = ["MergeReport", "merge", "read_other", "plan_merge", "MergeRefused"]

KINDS = ("documents", "codes", "coders", "codings", "memos", "attributes")
KIND_NAMES = {
    "documents": Message("documents"), "codes": Message("codes"), "coders": Message("coders"),
    "codings": Message("codings"), "memos": Message("memos"), "attributes": Message("attributes"),
}
SUFFIXES = (".biaozhu", ".qdpx", ".qdc")
MAX_LISTED = 50  # reasons listed one by one per kind; beyond, counted


class MergeRefused(BiaozhuError):
    """The other file cannot be merged (unknown type, unreadable, the project itself)."""


@dataclass
class MergeReport:
    source: str
    dry_run: bool
    counts: dict[str, dict[str, int]] = field(
        default_factory=lambda: {k: {"added": 0, "matched": 0, "skipped": 0} for k in KINDS})
    notes: list[Message] = field(default_factory=list)
    action_id: int | None = None

    def count(self, kind: str, what: str, n: int = 1) -> None:
        self.counts[kind][what] += n

    def lines(self) -> list[Message]:
        """The report as messages: one line per kind, then the notes."""
        out = [Message("{kind}: {added} added, {matched} matched, {skipped} skipped",
                       kind=KIND_NAMES[k], **self.counts[k]) for k in KINDS]
        return out + self.notes

    def to_json(self) -> dict[str, Any]:
        return {"source": self.source, "dry_run": self.dry_run, "counts": self.counts,
                "notes": [str(m) for m in self.notes], "action_id": self.action_id}


# -- reading the other side -------------------------------------------------------------------


def read_biaozhu(path: Path) -> Incoming:
    """Another Biaozhu project, opened read-only (a copy is upgraded if it is older)."""
    try:
        other = open_project(path, readonly=True)
    except NeedsUpgrade:
        tmp = Path(tempfile.mkdtemp(prefix="biaozhu-merge-"))
        try:
            copy = tmp / path.name
            shutil.copyfile(path, copy)
            for suffix in ("-wal",):
                if Path(str(path) + suffix).is_file():
                    shutil.copyfile(str(path) + suffix, str(copy) + suffix)
            with open_project(copy) as upgraded:
                return _rows_of(upgraded, path)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    with other:
        return _rows_of(other, path)


def _rows_of(p: Project, path: Path) -> Incoming:
    out = Incoming(name=path.name)
    coders = {r["id"]: r for r in p.query("SELECT id, name, guid FROM coders")}
    for r in coders.values():
        out.coders.append(InCoder(key=f"k{r['id']}", name=str(r["name"] or ""), guid=r["guid"]))
    for c in p.codes():  # tree order; codes in a parent cycle are not reachable
        out.codes.append(InCode(
            key=f"c{c['id']}", name=str(c["name"] or ""),
            parent=None if c["parent_id"] is None else f"c{c['parent_id']}",
            colour=c["colour"], description=str(c["description"] or ""), guid=c["guid"]))
    attrs = p.all_attributes()
    moved_of: dict[str, list[int]] = {}
    for d in p.query("SELECT id, guid, title, text, source_file FROM documents ORDER BY position, id"):
        if not isinstance(d["text"], str):
            out.notes.append(Message("skipped document {title}: it has no text", title=d["title"]))
            continue
        text, moved, _ = normalise_with_offsets(d["text"])
        key = f"d{d['id']}"
        moved_of[key] = moved
        out.documents.append(InDocument(key=key, title=str(d["title"] or key), text=text,
                                        guid=d["guid"], source_file=d["source_file"],
                                        attributes=attrs.get(d["id"], {})))
    for g in p.query('SELECT guid, document_id, code_id, coder_id, start, "end", memo FROM codings'):
        key = f"d{g['document_id']}"
        where = moved_of.get(key)
        s, e = g["start"], g["end"]
        if where is None or not (isinstance(s, int) and isinstance(e, int)
                                 and 0 <= s < e < len(where)):
            out.skipped_codings.append(Message("a coding of document {n} at {start}-{end} does not fit its text; skipped", n=g["document_id"], start=s, end=e))
            continue
        out.codings.append(InCoding(document=key, code=f"c{g['code_id']}", coder=f"k{g['coder_id']}",
                                    start=where[s], end=where[e], memo=str(g["memo"] or ""),
                                    guid=g["guid"]))
    for m in p.memos():
        target = m["target"] if m["target"] in ("project", "document", "code") else None
        if target is None or not isinstance(m["text"], str) or not m["text"].strip():
            continue
        prefix = {"document": "d", "code": "c"}.get(target)
        out.memos.append(InMemo(target=target,
                                target_key=None if prefix is None else f"{prefix}{m['target_id']}",
                                text=m["text"], coder=None if m["coder_id"] is None else f"k{m['coder_id']}",
                                guid=m["guid"]))
    return out


def read_other(path: str | os.PathLike, project_path: Path | None = None) -> Incoming:
    """The other file as plain rows, by its extension."""
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix not in SUFFIXES:
        raise MergeRefused(Message("{file}: cannot merge this kind of file; use a .biaozhu, .qdpx or .qdc file", file=p))
    if not p.is_file():
        raise MergeRefused(Message("{file}: no such file", file=p))
    if project_path is not None and p.resolve() == Path(project_path).resolve():
        raise MergeRefused(Message("{file}: is the project itself", file=p))
    if suffix == ".biaozhu":
        return read_biaozhu(p)
    from desktop_app.core.interchange.refi_import import read_qdc, read_qdpx

    return read_qdpx(p) if suffix == ".qdpx" else read_qdc(p)


# -- matching ----------------------------------------------------------------------------------


def _clean(name: str) -> str:
    return " ".join(name.split())[:200]


def _colour(value: object) -> str | None:
    """A #RRGGBB colour, or None (the project then picks one)."""
    s = str(value or "").strip().upper()
    return s if re.fullmatch(r"#[0-9A-F]{6}", s) else None


class _Planner:
    def __init__(self, project: Project, other: Incoming, report: MergeReport) -> None:
        self.p = project
        self.o = other
        self.report = report
        self.rows = MergeRows()
        self.listed: dict[str, int] = {}

    def note(self, kind: str, message: Message) -> None:
        n = self.listed.get(kind, 0)
        self.listed[kind] = n + 1
        if n < MAX_LISTED:
            self.report.notes.append(message)

    def guids(self, table: str) -> set[str]:
        return {r[0] for r in self.p.conn.execute(f"SELECT guid FROM {table} WHERE guid IS NOT NULL")}

    def free(self, guid: str | None, taken: set[str]) -> str | None:
        if guid is None or guid in taken:
            return None
        taken.add(guid)
        return guid

    def plan(self) -> MergeRows:
        self.coders = self.plan_coders()
        self.codes = self.plan_codes()
        self.docs = self.plan_documents()
        self.plan_codings()
        self.plan_memos()
        return self.rows

    def plan_coders(self) -> dict[str, Ref]:
        ours = {r[1]: int(r[0]) for r in self.p.conn.execute("SELECT id, name FROM coders")}
        taken = self.guids("coders")
        out: dict[str, Ref] = {}
        new: dict[str, str] = {}
        used = {g.coder for g in self.o.codings} | {m.coder for m in self.o.memos if m.coder}
        for c in self.o.coders:
            if c.key not in used:
                continue
            name = _clean(c.name) or "unknown"
            if name in ours:
                out[c.key] = ours[name]
                self.report.count("coders", "matched")
            elif name in new:
                out[c.key] = new[name]
            else:
                key = new[name] = out[c.key] = f"coder:{c.key}"
                self.rows.coders.append(NewCoder(key=key, name=name, guid=self.free(c.guid, taken)))
                self.report.count("coders", "added")
        return out

    def plan_codes(self) -> dict[str, Ref]:
        ours = self.p.codes()
        by_guid = {c["guid"]: c for c in ours if c["guid"]}
        by_name = {c["name"]: c for c in ours}
        by_path = {tuple(c["path"].split(" > ")): c for c in ours}
        taken = self.guids("codes")
        out: dict[str, Ref] = {}
        paths: dict[str, tuple[str, ...]] = {}
        new_names: dict[str, str] = {}
        for c in self.o.codes:
            name = _clean(c.name) or c.key
            parent_path = paths.get(c.parent, ()) if c.parent else ()
            path = paths[c.key] = (*parent_path, name)
            found, how = by_guid.get(c.guid or ""), "GUID"
            if found is None:
                found, how = by_path.get(path), "path"
            if found is None and name in by_name:
                found, how = by_name[name], "name"
                self.note("codes", Message("code {name}: matched by name, though it sits elsewhere in our codebook ({path})", name=name, path=found["path"]))
            if found is not None:
                out[c.key] = int(found["id"])
                self.report.count("codes", "matched")
                if _colour(c.colour) and _colour(c.colour) != str(found["colour"]).upper():
                    self.note("codes", Message("code {name}: their colour {theirs} differs; kept ours ({ours})", name=found["name"], theirs=c.colour, ours=found["colour"]))
                del how
                continue
            if name in new_names:
                out[c.key] = new_names[name]
                self.report.count("codes", "matched")
                self.note("codes", Message("code {name}: appears twice in {file}; taken as one", name=name, file=self.o.name))
                continue
            parent = out.get(c.parent) if c.parent else None
            key = new_names[name] = out[c.key] = f"code:{c.key}"
            self.rows.codes.append(NewCode(key=key, name=name, parent=parent, colour=_colour(c.colour),
                                           description=c.description, guid=self.free(c.guid, taken)))
            self.report.count("codes", "added")
        return out

    def plan_documents(self) -> dict[str, tuple[Ref, int]]:
        ours = {r[0]: (int(r[1]), r[2]) for r in self.p.conn.execute("SELECT sha256, id, title FROM documents")}
        attrs = self.p.all_attributes()
        taken = self.guids("documents")
        out: dict[str, tuple[Ref, int]] = {}
        new: dict[str, str] = {}
        for d in self.o.documents:
            digest = text_sha256(d.text)
            if digest in ours:
                doc_id = ours[digest][0]
                out[d.key] = (doc_id, len(d.text))
                self.report.count("documents", "matched")
                have = attrs.get(doc_id, {})
                for name, value in d.attributes.items():
                    name = _clean(name)
                    if not name:
                        continue
                    if name not in have:
                        self.rows.attributes.append((doc_id, name, str(value)))
                        have[name] = str(value)
                        self.report.count("attributes", "added")
                    elif have[name] == str(value):
                        self.report.count("attributes", "matched")
                    else:
                        self.report.count("attributes", "skipped")
                        self.note("attributes", Message("document {title}: their {name} '{theirs}' differs; kept ours '{ours}'", title=ours[digest][1], name=name, theirs=value, ours=have[name]))
                continue
            if digest in new:
                out[d.key] = (new[digest], len(d.text))
                self.report.count("documents", "matched")
                self.note("documents", Message("document {title}: the same text appears twice in {file}; taken as one", title=d.title, file=self.o.name))
                continue
            key = new[digest] = f"doc:{d.key}"
            out[d.key] = (key, len(d.text))
            self.rows.documents.append(NewDocument(key=key, title=_clean(d.title) or key, text=d.text,
                                                   source_file=d.source_file, guid=self.free(d.guid, taken)))
            for name, value in d.attributes.items():
                if _clean(name):
                    self.rows.attributes.append((key, _clean(name), str(value)))
                    self.report.count("attributes", "added")
            self.report.count("documents", "added")
        return out

    def plan_codings(self) -> None:
        have = set(self.p.conn.execute('SELECT document_id, code_id, coder_id, start, "end" FROM codings'))
        taken = self.guids("codings")
        for m in self.o.skipped_codings:
            self.report.count("codings", "skipped")
            self.note("codings", m)
        already = 0
        for g in self.o.codings:
            doc = self.docs.get(g.document)
            code = self.codes.get(g.code)
            coder = self.coders.get(g.coder)
            if doc is None or code is None or coder is None:
                self.report.count("codings", "skipped")
                if doc is None:
                    why = Message("a coding at {start}-{end} refers to a document that is not in {file}; skipped", start=g.start, end=g.end, file=self.o.name)
                elif code is None:
                    why = Message("a coding at {start}-{end} refers to a code that is not in {file}; skipped", start=g.start, end=g.end, file=self.o.name)
                else:
                    why = Message("a coding at {start}-{end} refers to a coder that is not in {file}; skipped", start=g.start, end=g.end, file=self.o.name)
                self.note("codings", why)
                continue
            ref, length = doc
            if not 0 <= g.start < g.end <= length:
                self.report.count("codings", "skipped")
                self.note("codings", Message("a coding at {start}-{end} does not fit its document ({n} characters); skipped", start=g.start, end=g.end, n=length))
                continue
            key = (ref, code, coder, g.start, g.end)
            if key in have:
                already += 1
                self.report.count("codings", "matched")
                continue
            have.add(key)
            self.rows.codings.append(NewCoding(document=ref, code=code, coder=coder, start=g.start,
                                               end=g.end, memo=g.memo, guid=self.free(g.guid, taken)))
            self.report.count("codings", "added")
        if already:
            self.report.notes.append(Message("%n coding(s) already in the project (same document, code, coder and span); not added again", n=already))

    def plan_memos(self) -> None:
        have = {(r[0], r[1], r[2]) for r in self.p.conn.execute("SELECT target, target_id, text FROM memos")}
        taken = self.guids("memos")
        for m in self.o.memos:
            target: Ref | None = None
            if m.target == "document":
                found = self.docs.get(m.target_key or "")
                target = found[0] if found else None
            elif m.target == "code":
                target = self.codes.get(m.target_key or "")
            if m.target != "project" and target is None:
                self.report.count("memos", "skipped")
                continue
            if (m.target, target, m.text) in have:
                self.report.count("memos", "matched")
                continue
            have.add((m.target, target, m.text))
            coder = self.coders.get(m.coder) if m.coder else None
            self.rows.memos.append(NewMemo(target=m.target, target_ref=target, text=m.text,
                                           coder=coder, guid=self.free(m.guid, taken)))
            self.report.count("memos", "added")


def plan_merge(project: Project, other: Incoming, dry_run: bool = True) -> tuple[MergeRows, MergeReport]:
    report = MergeReport(source=other.name, dry_run=dry_run, notes=list(other.notes))
    rows = _Planner(project, other, report).plan()
    return rows, report


def merge(project: Project, other_path: str | os.PathLike, dry_run: bool = False) -> MergeReport:
    """Merge another file into the open project (nothing is written with `dry_run`).

    The other file is read completely, and refused as a whole when it is unsafe, before the
    project is touched.
    """
    other = read_other(other_path, project.path)
    rows, report = plan_merge(project, other, dry_run=dry_run)
    if not dry_run and not rows.empty():
        project.write_merge(rows, Path(other_path).name)
        report.action_id = project.last_changes.action_id
    elif not dry_run:
        report.notes.append(Message("nothing new to merge; the project was not changed"))
    return report
