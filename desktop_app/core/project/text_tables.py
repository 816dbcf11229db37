"""The project's own text tools data: the user dictionary, keyword lists, rejected suggestions.

The text package decides what to store (cleaning terms and keywords, finding suggestions);
these methods write it, each as one undoable action.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from desktop_app.core.messages import Message
from desktop_app.core.project.codebook import CodebookMixin
from desktop_app.core.project.store import now


class TextTablesMixin(CodebookMixin):
    # -- user dictionary -------------------------------------------------------------------

    def user_terms(self) -> list[dict[str, Any]]:
        return self.query("SELECT id, term, kind, created_at FROM user_terms ORDER BY term")

    def user_term(self, term: str) -> dict[str, Any] | None:
        rows = self.query("SELECT id, term, kind FROM user_terms WHERE term=?", (term,))
        return rows[0] if rows else None

    def store_term(self, term: str, kind: str) -> int:
        """Add `term` to the dictionary, or change its kind; one action. Returns its id."""
        row = self.user_term(term)
        with self.action(Message("Add dictionary term {term}", term=term)):
            if row:
                self._update("user_terms", row["id"], {"kind": kind})
                return int(row["id"])
            return self._insert("user_terms", {"term": term, "kind": kind, "created_at": now()})

    def delete_term(self, term_id: int, term: str) -> None:
        with self.action(Message("Remove dictionary term {term}", term=term)):
            self._delete("user_terms", term_id)

    # -- keyword lists -----------------------------------------------------------------------

    def stored_keywords(self) -> dict[int, str]:
        """code id -> its keyword list as stored (JSON); codes without a row use the defaults."""
        return dict(self.conn.execute("SELECT code_id, keywords FROM code_keywords"))

    def store_keywords(self, code_id: int, value: str) -> None:
        """Replace a code's keyword list (JSON) in one action."""
        name = self.code(code_id)["name"]
        row = self.conn.execute("SELECT id FROM code_keywords WHERE code_id=?", (code_id,)).fetchone()
        with self.action(Message("Edit keywords of {name}", name=name)):
            if row:
                self._update("code_keywords", row[0], {"keywords": value, "updated_at": now()})
            else:
                self._insert("code_keywords",
                             {"code_id": code_id, "keywords": value, "updated_at": now()})

    # -- rejected suggestions ----------------------------------------------------------------

    def reject_spans(self, spans: Iterable[tuple[int, int, int, int]]) -> int:
        """Remember (document, code, start, end) spans as rejected suggestions, one action;
        returns how many were new."""
        items = list(spans)
        added = 0
        with self.action(Message("Reject %n suggestion(s)", n=len(items))):
            for doc, code, start, end in items:
                if self.conn.execute(
                    'SELECT 1 FROM rejected_suggestions WHERE document_id=? AND code_id=? '
                    'AND start=? AND "end"=?', (doc, code, start, end),
                ).fetchone():
                    continue
                self._insert("rejected_suggestions", {
                    "document_id": doc, "code_id": code, "start": start, "end": end,
                    "created_at": now(),
                })
                added += 1
        return added

    def forget_rejections(self, code_id: int | None = None) -> int:
        """Propose rejected suggestions again (one action); returns how many were forgotten."""
        sql, params = "SELECT id FROM rejected_suggestions", tuple[int, ...]()
        if code_id is not None:
            sql, params = sql + " WHERE code_id=?", (code_id,)
        ids = [r[0] for r in self.conn.execute(sql, params).fetchall()]
        if ids:
            with self.action(Message("Forget %n rejected suggestion(s)", n=len(ids))):
                for rid in ids:
                    self._delete("rejected_suggestions", rid)
        return len(ids)
