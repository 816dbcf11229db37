"""Codings: a code applied by a coder to a span [start, end) of a document's text.

Offsets are code point indices into the stored text (Python slicing), end exclusive.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from desktop_app.core.errors import BiaozhuError, DuplicateCoding, InvalidRow
from desktop_app.core.messages import Message
from desktop_app.core.project.codebook import CodebookMixin
from desktop_app.core.project.documents import DocumentsMixin
from desktop_app.core.project.store import now
from desktop_app.core.project.validation import VALID_CODING

SOURCES = ("manual", "suggestion", "search", "import")


@dataclass(frozen=True)
class NewCoding:
    document_id: int
    code: int | str
    start: int
    end: int
    memo: str = ""
    source: str = "manual"


def _not_whole(what: str, value: Any) -> Message:
    if what == "start":
        return Message("start must be a whole number, not '{value}'", value=value)
    if what == "end":
        return Message("end must be a whole number, not '{value}'", value=value)
    if what == "document id":
        return Message("document id must be a whole number, not '{value}'", value=value)
    return Message("coding id must be a whole number, not '{value}'", value=value)


MAX_INT = 2**63 - 1  # SQLite's largest integer


def _check_int(value: Any, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        try:
            value = int(str(value).strip())
        except ValueError:
            raise BiaozhuError(_not_whole(what, value)) from None
    if not -MAX_INT - 1 <= value <= MAX_INT:
        raise BiaozhuError(Message("{what} {value} is too large (at most {max})", what=what, value=value, max=MAX_INT))
    return value


def _ids_in(column: str) -> str:
    """`g.<column>` among the ids of one parameter (:func:`_id_list`): any number of ids,
    not one SQL variable each."""
    return f"g.{column} IN (SELECT value FROM json_each(?))"


def _id_list(ids: Collection[int]) -> str:
    return json.dumps(sorted(ids))


class CodingsMixin(DocumentsMixin, CodebookMixin):
    def _check_span(self, doc_id: int, start: Any, end: Any) -> tuple[int, int]:
        start, end = _check_int(start, "start"), _check_int(end, "end")
        length = self.document_length(doc_id)
        if not 0 <= start < end <= length:
            raise BiaozhuError(
                Message("span {start}-{end} is not inside document {doc} (it has {n} characters; need 0 <= start < end <= {n})", start=start, end=end, doc=doc_id, n=length)
            )
        return start, end

    def _insert_coding(self, c: NewCoding, coder_id: int) -> int:
        doc_id = _check_int(c.document_id, "document id")
        start, end = self._check_span(doc_id, c.start, c.end)
        code_id = self.resolve_code(c.code)
        if c.source not in SOURCES:
            raise BiaozhuError(Message("unknown coding source '{source}'", source=c.source))
        dup = self.conn.execute(
            'SELECT id FROM codings WHERE document_id=? AND code_id=? AND coder_id=? '
            'AND start=? AND "end"=?',
            (doc_id, code_id, coder_id, start, end),
        ).fetchone()
        if dup:
            raise DuplicateCoding(
                Message("this passage ({start}-{end}) already has that code from this coder (coding {n})", start=start, end=end, n=dup[0]),
                existing_id=int(dup[0]),
            )
        stamp = now()
        return self._insert(
            "codings",
            {
                "document_id": doc_id,
                "code_id": code_id,
                "coder_id": coder_id,
                "start": start,
                "end": end,
                "memo": c.memo or "",
                "source": c.source,
                "created_at": stamp,
                "updated_at": stamp,
            },
        )

    def add_coding(
        self,
        document_id: int,
        code: int | str,
        start: int,
        end: int,
        memo: str = "",
        source: str = "manual",
    ) -> int:
        """Code one passage; one action. Returns the new coding's id."""
        with self.action(Message("Code passage")):
            coder_id = self.coder_id()
            return self._insert_coding(
                NewCoding(document_id, code, start, end, memo, source), coder_id  # type: ignore[arg-type]
            )

    def add_codings(self, items: Iterable[NewCoding], label: Message | None = None,
                    skip_existing: bool = True) -> list[int]:
        """Several codings as one action (one undo step). Exact duplicates are skipped."""
        ids = []
        with self.action(label or Message("Code passages")):
            coder_id = self.coder_id()
            for c in items:
                try:
                    ids.append(self._insert_coding(c, coder_id))  # type: ignore[arg-type]
                except DuplicateCoding:
                    if not skip_existing:
                        raise
        return ids

    def adopt_codings(self, coding_ids: Sequence[int]) -> list[int]:
        """Copy other coders' codings as the current coder's (same document, code and span;
        no memo), as one action. Codings the current coder already has are skipped; when
        all are, :class:`DuplicateCoding` says it is adopted already and nothing changes.
        Returns the new codings' ids (in the order given)."""
        if not coding_ids:
            return []
        sources = [self.coding(cid) for cid in coding_ids]
        if len(sources) == 1:
            label = Message("Adopt coding {n}", n=sources[0]["id"])
        else:
            label = Message("Adopt %n coding(s)", n=len(sources))
        new: list[int] = []
        existing: int | None = None
        with self.action(label):
            coder_id = self.coder_id()
            assert coder_id is not None  # created when missing
            for src in sources:
                if src["coder_id"] == coder_id:
                    raise BiaozhuError(Message("coding {n} is already yours ({name})", n=src["id"], name=self.coder))
                try:
                    new.append(self._insert_coding(
                        NewCoding(src["document_id"], src["code_id"], src["start"], src["end"]), coder_id))
                except DuplicateCoding as e:
                    existing = e.existing_id
            if not new:
                raise DuplicateCoding(
                    Message("already adopted: {name} has this coding (coding {n})", name=self.coder, n=existing),
                    existing_id=existing or 0)
        return new

    def coding(self, coding_id: int) -> dict[str, Any]:
        rows = self.query(f"SELECT * FROM codings g WHERE g.id=? AND {VALID_CODING}",
                          (_check_int(coding_id, "coding id"),))
        if not rows:
            raise BiaozhuError(Message("there is no coding {n}", n=coding_id))
        return rows[0]

    def remove_coding(self, coding_id: int) -> None:
        self.coding(coding_id)
        with self.action(Message("Remove coding")):
            self._delete("codings", int(coding_id))

    def remove_codings(self, coding_ids: Sequence[int]) -> None:
        with self.action(Message("Remove %n coding(s)", n=len(coding_ids))):
            for cid in coding_ids:
                self.coding(cid)
                self._delete("codings", int(cid))

    def _change(self, coding_id: int, label: Message, changes: dict[str, Any]) -> None:
        before = self.coding(coding_id)
        merged = {**before, **changes}
        dup = self.conn.execute(
            'SELECT id FROM codings WHERE document_id=? AND code_id=? AND coder_id=? '
            'AND start=? AND "end"=? AND id<>?',
            (merged["document_id"], merged["code_id"], merged["coder_id"], merged["start"],
             merged["end"], coding_id),
        ).fetchone()
        if dup:
            raise BiaozhuError(Message("that would duplicate coding {n}", n=dup[0]))
        with self.action(label):
            self._update("codings", int(coding_id), {**changes, "updated_at": now()})

    def recode(self, coding_id: int, code: int | str) -> None:
        self._change(coding_id, Message("Change code"), {"code_id": self.resolve_code(code)})

    def set_span(self, coding_id: int, start: int, end: int) -> None:
        doc_id = self.coding(coding_id)["document_id"]
        start, end = self._check_span(doc_id, start, end)
        self._change(coding_id, Message("Change span"), {"start": start, "end": end})

    def set_memo(self, coding_id: int, memo: str) -> None:
        self._change(coding_id, Message("Edit memo"), {"memo": memo or ""})

    def codings(
        self,
        document_id: int | None = None,
        codes: Sequence[int] | None = None,
        coders: Sequence[int] | None = None,
    ) -> list[dict[str, Any]]:
        """Coding rows (with code colour and coder name), ordered by document and start."""
        where: list[str] = [VALID_CODING]  # a crafted row is never read (validation.py)
        params: list[Any] = []
        if document_id is not None:
            where.append("g.document_id=?")
            params.append(document_id)
        if codes is not None:
            where.append(f"g.code_id IN ({','.join('?' * len(codes))})")
            params += list(codes)
        if coders is not None:
            where.append(f"g.coder_id IN ({','.join('?' * len(coders))})")
            params += list(coders)
        sql = (
            'SELECT g.id, g.document_id, g.code_id, g.coder_id, g.start, g."end", g.memo, '
            "g.source, g.created_at, g.updated_at, c.name AS code, c.colour, k.name AS coder "
            "FROM codings g JOIN codes c ON c.id = g.code_id JOIN coders k ON k.id = g.coder_id"
        )
        sql += " WHERE " + " AND ".join(where)
        sql += ' ORDER BY g.document_id, g.start, g."end", g.id'
        return self.query(sql, params)

    def coding_spans(self, document_id: int, codes: Collection[int] | None = None,
                     coders: Collection[int] | None = None, *,
                     after: Sequence[int] | None = None, limit: int | None = None,
                     ) -> list[tuple[int, int, int, int, bool]]:
        """(start, end, id, code, has a memo) of a document's codings of `codes` by `coders`
        (None: all), ordered by start, end, id: what a text view draws, without names or
        joins (a document with 100,000 codings opens on it). `after` (start, end, id) and
        `limit` read one page: the next `limit` after that key. Crafted rows are left out: the
        document's own checks (VALID_CODING's) are made once, the coding's on each row."""
        try:  # the document's checks (its text read once, then cached: the view has it)
            chars = len(self.document_text(document_id))
        except BiaozhuError:  # no such document, or a crafted one (InvalidRow)
            return []
        # one lower bound on start, the page's (SQLite uses one for the index: with two it
        # may take 0 and walk every coding before the page)
        first = 0 if after is None else max(0, int(after[0]))
        where = ("g.document_id = ? AND g.start >= ? AND typeof(g.start) = 'integer' "
                 "AND typeof(g.\"end\") = 'integer' AND g.\"end\" > g.start "
                 "AND g.\"end\" <= ? AND g.code_id IN (SELECT id FROM codes) "
                 "AND g.coder_id IN (SELECT id FROM coders)")
        params: list[Any] = [document_id, first, chars]
        for column, ids in (("code_id", codes), ("coder_id", coders)):
            if ids is not None:
                where += " AND " + _ids_in(column)
                params.append(_id_list(ids))
        if after is not None:
            where += ' AND (g.start, g."end", g.id) > (?, ?, ?)'
            params += [int(x) for x in after[:3]]
        sql = (f'SELECT g.start, g."end", g.id, g.code_id, g.memo <> \'\' FROM codings g '
               f'WHERE {where} ORDER BY g.start, g."end", g.id')
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return self.conn.execute(sql, params).fetchall()

    def _keys_where(self, codes: Collection[int] | None, coder: int | None,
                    documents: Collection[int] | None) -> tuple[str, list[Any]]:
        where: list[str] = [VALID_CODING]
        params: list[Any] = []
        if codes is not None:
            where.append(_ids_in("code_id"))
            params.append(_id_list(codes))
        if coder is not None:
            where.append("g.coder_id = ?")
            params.append(coder)
        if documents is not None:
            where.append(_ids_in("document_id"))
            params.append(_id_list(documents))
        return " AND ".join(where), params

    def coding_keys(self, codes: Collection[int] | None = None, coder: int | None = None,
                    documents: Collection[int] | None = None,
                    after: Sequence[int] | None = None, limit: int | None = None,
                    ) -> list[tuple[int, int, int, int, int, int, str]]:
        """(document, start, end, id, code, coder, memo) of the codings of `codes` (None: all) by
        `coder` (None: any) in `documents` (None: all), in segment order: what a list of
        segments holds before it shows them (no passage text, no names). `after` (document,
        start, end, id) and `limit` read one page (the next after that key). Crafted rows are
        left out, as everywhere."""
        where, params = self._keys_where(codes, coder, documents)
        if after is not None:
            where += ' AND (g.document_id, g.start, g."end", g.id) > (?, ?, ?, ?)'
            params += list(after[:4])
        sql = ('SELECT g.document_id, g.start, g."end", g.id, g.code_id, g.coder_id, g.memo '
               f'FROM codings g WHERE {where} ORDER BY g.document_id, g.start, g."end", g.id')
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return self.conn.execute(sql, params).fetchall()

    def count_coding_keys(self, codes: Collection[int] | None = None, coder: int | None = None,
                          documents: Collection[int] | None = None) -> int:
        """How many :meth:`coding_keys` there are (without reading them)."""
        where, params = self._keys_where(codes, coder, documents)
        return int(self.conn.execute(f"SELECT COUNT(*) FROM codings g WHERE {where}",
                                     params).fetchone()[0])

    def code_counts(self, coder: int | None = None) -> dict[int, int]:
        """code id -> number of codings (by `coder`, or by anyone)."""
        sql, params = "SELECT code_id, COUNT(*) FROM codings", tuple[int, ...]()
        if coder is not None:
            sql, params = sql + " WHERE coder_id = ?", (coder,)
        return dict(self.conn.execute(sql + " GROUP BY code_id", params))

    def segments(
        self,
        code: int | str | None = None,
        document: int | str | None = None,
        coder: str | None = None,
        include_children: bool = False,
        documents: Sequence[int] | None = None,
    ) -> list[dict[str, Any]]:
        """Coded segments with their passage: ``text == document_text[start:end]``, always.
        `documents`: only these (e.g. from :meth:`matching_documents`)."""
        codes = None
        if code is not None:
            cid = self.resolve_code(code)
            codes = [cid, *(self.descendants(cid) if include_children else [])]
        coders = None
        if coder is not None:
            k = self.coder_id(coder, create=False)
            if k is None:
                raise BiaozhuError(Message("there is no coder '{name}'", name=coder))
            coders = [k]
        doc_id = None if document is None else self.resolve_document(document)
        titles = dict(self.conn.execute("SELECT id, title FROM documents"))
        out = []
        only = None if documents is None else set(documents)
        unreadable: set[int] = set()
        for r in self.codings(doc_id, codes, coders):
            if (only is not None and r["document_id"] not in only) or r["document_id"] in unreadable:
                continue
            try:
                text = self.document_text(r["document_id"])
            except InvalidRow:
                unreadable.add(r["document_id"])  # named in the open report
                continue
            out.append(
                {
                    "id": r["id"],
                    "document_id": r["document_id"],
                    "document_title": titles[r["document_id"]],
                    "code": r["code"],
                    "code_id": r["code_id"],
                    "coder": r["coder"],
                    "start": r["start"],
                    "end": r["end"],
                    "text": text[r["start"]: r["end"]],
                    "memo": r["memo"],
                    "source": r["source"],
                    "created_at": r["created_at"],
                    "updated_at": r["updated_at"],
                }
            )
        return out
