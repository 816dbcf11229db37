"""The rows the analysis figures read (core/analysis: ``Corpus.from_rows(p.analysis_rows())``).

Plain values only, read in a few queries: the figures of 100,000 codings start from here.
"""

from __future__ import annotations

from typing import Any

from desktop_app.core.project.codings import CodingsMixin
from desktop_app.core.project.validation import VALID_CODING


class AnalysisRowsMixin(CodingsMixin):
    def analysis_rows(self) -> dict[str, Any]:
        """codings as (id, document, code, coder, start, end) tuples in document order;
        documents (titles, characters, attributes), codes (tree order, colours), coders."""
        codings = self.conn.execute(
            'SELECT id, document_id, code_id, coder_id, start, "end" FROM codings g '
            f'WHERE {VALID_CODING} ORDER BY document_id, start, "end", id').fetchall()
        docs = self.conn.execute(
            "SELECT id, title, chars FROM documents ORDER BY position, id").fetchall()
        codes = self.codes()
        return {
            "codings": codings,
            "doc_titles": {d: t for d, t, _ in docs},
            "doc_chars": {d: n for d, _, n in docs},
            "code_names": {c["id"]: c["name"] for c in codes},
            "code_colours": {c["id"]: c["colour"] for c in codes},
            "coder_names": {r[0]: r[1] for r in self.conn.execute("SELECT id, name FROM coders")},
            "attributes": self.all_attributes(),
            "ordered": True,  # codings by document, then start
        }

    def coding_details(self, ids: list[int]) -> dict[int, dict[str, Any]]:
        """Memo, coder name and times of the given codings (for retrieval and reports)."""
        out: dict[int, dict[str, Any]] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            for row in self.query(
                'SELECT g.id, g.memo, g.source, g.created_at, g.updated_at, k.name AS coder '
                f'FROM codings g JOIN coders k ON k.id = g.coder_id WHERE {VALID_CODING} AND g.id IN '
                f'({",".join("?" * len(chunk))})', chunk):
                out[row["id"]] = row
        return out
