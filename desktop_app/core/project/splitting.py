"""Splitting a document at offsets (a newspaper page holding four articles -> four documents).

The first part keeps the document's id (its memos stay with it); each further part is a new
document placed after it, with the original's attributes. Every coding moves with its text:
offsets are shifted into the part that holds them, and a coding across a cut is cut in two
(one piece per part). One action: undo brings the one document and its codings back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from desktop_app.core.errors import BiaozhuError
from desktop_app.core.messages import Message
from desktop_app.core.project.codings import CodingsMixin
from desktop_app.core.project.documents import text_sha256
from desktop_app.core.project.store import now

TITLE_CHARS = 80


@dataclass
class SplitResult:
    document_ids: list[int]
    cut_codings: int = 0  # codings across a cut, now one piece per part
    merged: int = 0  # pieces that became equal to another coding (dropped)
    report: list[Message] = field(default_factory=list)


def part_title(text: str, fallback: str) -> str:
    """The first non-empty line, shortened."""
    for line in text.split("\n"):
        line = line.strip()
        if line:
            return line if len(line) <= TITLE_CHARS else line[: TITLE_CHARS - 1] + "…"
    return fallback


class SplitMixin(CodingsMixin):
    def split_points(self, doc_id: int, offsets: Sequence[int]) -> list[int]:
        """The cut offsets, checked (inside the text, increasing, no empty part)."""
        length = self.document_length(doc_id)
        cuts: list[int] = []
        for raw in offsets:
            if isinstance(raw, bool) or not isinstance(raw, int):
                try:
                    raw = int(str(raw).strip())
                except ValueError:
                    raise BiaozhuError(Message("an offset must be a whole number, not '{value}'", value=raw)) from None
            if not 0 < raw < length:
                raise BiaozhuError(Message("cannot split document {doc} at {offset}: offsets must be between 1 and {n}", doc=doc_id, offset=raw, n=length - 1))
            cuts.append(raw)
        cuts = sorted(set(cuts))
        if not cuts:
            raise BiaozhuError(Message("give at least one offset to split at"))
        return cuts

    def split_document(self, doc_id: int, offsets: Sequence[int],
                       titles: Sequence[str] | None = None) -> SplitResult:
        """Split a document at `offsets` (code points); one action. Parts are
        ``text[a:b]`` exactly; titles are `titles` in order, else each part's first line."""
        doc = self.document(doc_id)
        text = doc["text"]
        cuts = self.split_points(doc_id, offsets)
        bounds = [0, *cuts, len(text)]
        parts = [(a, b, text[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)]
        titles = [t.strip() for t in (titles or [])]
        if len(titles) > len(parts):
            raise BiaozhuError(Message("too many titles ({given}) for %n part(s)", n=len(parts), given=len(titles)))
        names = [titles[i] if i < len(titles) and titles[i] else
                 part_title(p[2], f"{doc['title']} ({i + 1})") for i, p in enumerate(parts)]
        digests = [text_sha256(p[2]) for p in parts]
        if len(set(digests)) < len(digests):
            raise BiaozhuError(Message("cannot split document {n}: two parts would have the same text", n=doc_id))
        for d in digests:
            row = self.conn.execute("SELECT id FROM documents WHERE sha256=? AND id<>?", (d, doc_id)).fetchone()
            if row:
                raise BiaozhuError(Message("cannot split document {n}: a part has the same text as document {other}", n=doc_id, other=row[0]))
        attributes = doc["attributes"]
        result = SplitResult([doc_id])
        with self.action(Message("Split document {doc} into %n parts", n=len(parts), doc=doc_id)):
            first_text = parts[0][2]
            self._update("documents", doc_id, {"text": first_text, "chars": len(first_text),
                                                "sha256": digests[0], "title": names[0]})
            for i, (_a, _b, part) in enumerate(parts[1:], start=1):
                new_id = self._insert("documents", {
                    "title": names[i], "text": part, "chars": len(part), "sha256": digests[i],
                    "source_file": doc["source_file"], "encoding": doc["encoding"],
                    "imported_at": doc["imported_at"], "position": doc["position"]})
                for name, value in attributes.items():
                    self._insert("document_attributes", {"document_id": new_id, "name": name, "value": value})
                result.document_ids.append(new_id)
            self._move_codings(doc_id, parts, result)
        self._text_cache.pop(doc_id, None)
        if result.cut_codings:
            result.report.append(Message("%n coding(s) across a cut, now one piece per part", n=result.cut_codings))
        if result.merged:
            result.report.append(Message("%n piece(s) equal to another coding dropped", n=result.merged))
        return result

    def _move_codings(self, doc_id: int, parts: list[tuple[int, int, str]], result: SplitResult) -> None:
        rows = self.query('SELECT * FROM codings WHERE document_id=? ORDER BY start, "end", id', (doc_id,))
        taken: set[tuple[int, int, int, int, int]] = set()
        for row in rows:
            pieces = []
            for k, (a, b, _t) in enumerate(parts):
                s, e = max(row["start"], a), min(row["end"], b)
                if s < e:
                    pieces.append((result.document_ids[k], s - a, e - a))
            if len(pieces) > 1:
                result.cut_codings += 1
            kept = False
            for new_doc, s, e in pieces:
                key = (new_doc, row["code_id"], row["coder_id"], s, e)
                if key in taken:
                    result.merged += 1
                    continue
                taken.add(key)
                if not kept:
                    self._update("codings", row["id"], {"document_id": new_doc, "start": s, "end": e})
                    kept = True
                else:
                    self._insert("codings", {
                        "document_id": new_doc, "code_id": row["code_id"], "coder_id": row["coder_id"],
                        "start": s, "end": e, "memo": row["memo"], "source": row["source"],
                        "created_at": row["created_at"], "updated_at": now()})
            if not kept:
                self._delete("codings", row["id"])
