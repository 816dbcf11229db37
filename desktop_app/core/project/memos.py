"""Memos on the project, a document or a code (the ``memos`` table): edit, delete, list and
search (``add_memo`` and the plain ``memos()`` are MergingMixin's). A coding's memo is its
own column (``codings.memo``, CodingsMixin.set_memo)."""

from __future__ import annotations

from typing import Any

from desktop_app.core.errors import BiaozhuError
from desktop_app.core.messages import Message
from desktop_app.core.project.merging import MergingMixin
from desktop_app.core.project.store import now


class MemosMixin(MergingMixin):
    def memo(self, memo_id: int) -> dict[str, Any]:
        rows = self.query(
            "SELECT m.*, k.name AS coder FROM memos m LEFT JOIN coders k ON k.id = m.coder_id "
            "WHERE m.id=?", (int(memo_id),))
        if not rows:
            raise BiaozhuError(Message("there is no memo {n}", n=memo_id))
        return rows[0]

    def edit_memo(self, memo_id: int, text: str) -> None:
        self.memo(memo_id)
        with self.action(Message("Edit memo")):
            self._update("memos", int(memo_id), {"text": text or "", "updated_at": now()})

    def delete_memo(self, memo_id: int) -> None:
        self.memo(memo_id)
        with self.action(Message("Delete memo")):
            self._delete("memos", int(memo_id))

    def memo_list(self, target: str | None = None, target_id: int | None = None,
                  search: str | None = None) -> list[dict[str, Any]]:
        """Memos (with coder name and the target's title or name), newest first; `search`
        keeps those whose text holds it (any case)."""
        where: list[str] = []
        params: list[Any] = []
        if target is not None:
            where.append("m.target=?")
            params.append(target)
        if target_id is not None:
            where.append("m.target_id=?")
            params.append(target_id)
        if search:
            where.append("instr(lower(m.text), lower(?)) > 0")
            params.append(search)
        sql = ("SELECT m.*, k.name AS coder, CASE m.target "
               "WHEN 'document' THEN (SELECT title FROM documents WHERE id = m.target_id) "
               "WHEN 'code' THEN (SELECT name FROM codes WHERE id = m.target_id) END AS about "
               "FROM memos m LEFT JOIN coders k ON k.id = m.coder_id")
        if where:
            sql += " WHERE " + " AND ".join(where)
        return self.query(sql + " ORDER BY m.updated_at DESC, m.id DESC", params)

    def coding_memos(self, search: str | None = None) -> list[dict[str, Any]]:
        """Codings that have a memo (document title, code, coder, offsets, memo)."""
        sql = ('SELECT g.id, g.document_id, d.title AS document_title, g.code_id, c.name AS code, '
               'k.name AS coder, g.start, g."end", g.memo, g.updated_at FROM codings g '
               "JOIN documents d ON d.id = g.document_id JOIN codes c ON c.id = g.code_id "
               "JOIN coders k ON k.id = g.coder_id WHERE g.memo <> ''")
        params: list[Any] = []
        if search:
            sql += " AND instr(lower(g.memo), lower(?)) > 0"
            params.append(search)
        return self.query(sql + " ORDER BY g.updated_at DESC, g.id DESC", params)
