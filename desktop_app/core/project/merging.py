"""Writing a merge: the rows another project brings in, added as one undoable action.

What to add is decided elsewhere (interchange/merge.py matches documents, codes, coders
and codings); this only writes it. A reference to a row is either one of ours (an ``int``
id) or one added by the same merge (a ``str`` key of the plan).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop_app.core.errors import BiaozhuError, ProjectFileError
from desktop_app.core.messages import Message
from desktop_app.core.project.codings import CodingsMixin
from desktop_app.core.project.documents import text_sha256
from desktop_app.core.project.schema import new_guid
from desktop_app.core.project.store import now


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'

Ref = int | str  # our id, or the key of a row this merge adds


@dataclass
class NewCoder:
    key: str
    name: str
    guid: str | None = None


@dataclass
class NewCode:
    key: str
    name: str
    parent: Ref | None
    colour: str | None
    description: str = ""
    guid: str | None = None


@dataclass
class NewDocument:
    key: str
    title: str
    text: str
    source_file: str | None = None
    guid: str | None = None


@dataclass
class NewCoding:
    document: Ref
    code: Ref
    coder: Ref
    start: int
    end: int
    memo: str = ""
    guid: str | None = None


@dataclass
class NewMemo:
    target: str  # 'project', 'document', 'code'
    target_ref: Ref | None
    text: str
    coder: Ref | None = None
    guid: str | None = None


@dataclass
class MergeRows:
    """Everything a merge adds, in the order it is written."""

    coders: list[NewCoder] = field(default_factory=list)
    codes: list[NewCode] = field(default_factory=list)  # parents before children
    documents: list[NewDocument] = field(default_factory=list)
    attributes: list[tuple[Ref, str, str]] = field(default_factory=list)
    codings: list[NewCoding] = field(default_factory=list)
    memos: list[NewMemo] = field(default_factory=list)

    def empty(self) -> bool:
        return not (self.coders or self.codes or self.documents or self.attributes
                    or self.codings or self.memos)


class MergingMixin(CodingsMixin):
    def write_merge(self, rows: MergeRows, source: str) -> dict[str, dict[str, int]]:
        """Add the rows as one action (after a backup of the project file).

        Returns the ids given to the plan's keys, per table. Nothing is written when the
        plan is empty.
        """
        ids: dict[str, dict[str, int]] = {"coders": {}, "codes": {}, "documents": {}}
        if rows.empty():
            return ids
        if self.readonly:
            raise ProjectFileError(Message("{file}: opened read-only; nothing can be changed", file=self.path))
        self._backup("before-merge")

        def ref(table: str, r: Ref | None) -> int | None:
            if r is None or isinstance(r, int):
                return r
            return ids[table][r]

        stamp = now()
        with self.action(Message("Merge {file}", file=source)):
            for c in rows.coders:
                ids["coders"][c.key] = self._insert(
                    "coders", {"name": c.name, "created_at": stamp, "guid": c.guid})
            pos = self.conn.execute("SELECT COALESCE(MAX(position), 0) FROM codes").fetchone()[0]
            for k in rows.codes:
                pos += 1
                ids["codes"][k.key] = self._insert("codes", {
                    "name": k.name, "parent_id": ref("codes", k.parent),
                    "colour": k.colour or self._next_colour(), "description": k.description,
                    "position": pos, "created_at": stamp, "guid": k.guid})
            pos = self.conn.execute("SELECT COALESCE(MAX(position), 0) FROM documents").fetchone()[0]
            for d in rows.documents:
                pos += 1
                ids["documents"][d.key] = self._insert("documents", {
                    "title": d.title, "text": d.text, "chars": len(d.text),
                    "sha256": text_sha256(d.text), "source_file": d.source_file,
                    "encoding": None, "imported_at": stamp, "position": pos, "guid": d.guid})
                self._text_cache[ids["documents"][d.key]] = d.text
            for doc, name, value in rows.attributes:
                self._insert("document_attributes",
                             {"document_id": ref("documents", doc), "name": name, "value": value})
            insert = self._insert_full_row("codings")
            for g in rows.codings:
                insert({
                    "document_id": ref("documents", g.document), "code_id": ref("codes", g.code),
                    "coder_id": ref("coders", g.coder), "start": g.start, "end": g.end,
                    "memo": g.memo, "source": "import", "created_at": stamp,
                    "updated_at": stamp, "guid": g.guid or new_guid()})
            for m in rows.memos:
                table = {"document": "documents", "code": "codes"}.get(m.target)
                self._insert("memos", {
                    "target": m.target,
                    "target_id": ref(table, m.target_ref) if table else None,
                    "text": m.text, "coder_id": ref("coders", m.coder),
                    "created_at": stamp, "updated_at": stamp, "guid": m.guid})
        return ids

    def _insert_full_row(self, table: str):
        """An insert for rows that give every column: the history records the values given
        instead of reading the row back (a third fewer statements for a big merge). Falls
        back to :meth:`_insert` for a row that leaves a column out."""
        columns = [r[1] for r in self.conn.execute(f"PRAGMA table_info({table})") if r[1] != "id"]
        sql = (f"INSERT INTO {table} ({', '.join(_quoted(c) for c in columns)}) "
               f"VALUES ({', '.join('?' * len(columns))})")

        def insert(values: dict) -> int:
            if set(values) != set(columns):
                return self._insert(table, values)
            row = [values[c] for c in columns]
            row_id = int(self.conn.execute(sql, row).lastrowid)  # type: ignore[arg-type]
            self._record(table, row_id, None, {"id": row_id, **dict(zip(columns, row, strict=True))})
            return row_id

        return insert

    def add_memo(self, target: str, target_id: int | None, text: str) -> int:
        """A memo on the project, a document or a code (one action); REFI-QDA exports it as
        a Note."""
        if target not in ("project", "document", "code"):
            raise BiaozhuError(Message("unknown memo target '{target}'", target=target))
        if target == "document" and target_id is not None:
            self.document_length(target_id)  # raises for an unknown document
        elif target == "code" and target_id is not None:
            self.code(target_id)
        stamp = now()
        with self.action(Message("Add memo")):
            return self._insert("memos", {
                "target": target, "target_id": None if target == "project" else target_id,
                "text": text, "coder_id": self.coder_id(), "created_at": stamp,
                "updated_at": stamp})

    def memos(self) -> list[dict]:
        """Document, code and project memos (not the codings' own memo column)."""
        return self.query("SELECT * FROM memos ORDER BY id")
