"""The word index behind word-mode search: jieba tokens per paragraph under SQLite FTS5.

Each non-empty line's tokens are stored joined by U+001F (a character the stored text never
holds) in ``text_chunks`` and indexed by ``text_fts``. The index is derived data, kept out
of the history: :func:`update_index` (re)segments documents whose text or segmenter (user
dictionary) changed, one transaction per document, with progress and cancelling.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop_app.core.errors import BiaozhuError
from desktop_app.core.messages import Message
from desktop_app.core.text.segmentation import Segmenter, project_segmenter

if TYPE_CHECKING:
    from desktop_app.core.project import Project

SEP = "\x1f"

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


class Cancelled(BiaozhuError):
    """The user cancelled a long operation; nothing half-done was kept."""


@dataclass
class IndexReport:
    documents: int = 0
    chars: int = 0
    seconds: float = 0.0
    removed: int = 0


# -- the word index -------------------------------------------------------------------------


def _lines(text: str) -> Iterator[tuple[int, str]]:
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            yield pos, line
        pos += len(line) + 1


def segment_chunks(text: str, seg: Segmenter) -> list[tuple[int, str]]:
    """(paragraph start, tokens joined by SEP) for each non-empty line of a text."""
    return [(start, SEP.join(seg.words(line))) for start, line in _lines(text)]


def stale_documents(project: Project, seg: Segmenter | None = None) -> tuple[list[int], list[int]]:
    """(documents to (re)index, indexed documents that no longer exist)."""
    seg = seg or project_segmenter(project)
    rows = project.conn.execute(
        "SELECT d.id, d.sha256, s.sha256, s.dictionary FROM documents d "
        "LEFT JOIN text_index_state s ON s.document_id = d.id ORDER BY d.position, d.id"
    ).fetchall()
    stale = [r[0] for r in rows if r[1] != r[2] or r[3] != seg.version]
    gone = [r[0] for r in project.conn.execute(
        "SELECT document_id FROM text_index_state WHERE document_id NOT IN (SELECT id FROM documents) "
        "UNION SELECT DISTINCT document_id FROM text_chunks "
        "WHERE document_id NOT IN (SELECT id FROM documents)"
    )]
    return stale, gone


def _drop_chunks(project: Project, doc_id: int) -> None:
    conn = project.conn
    for cid, tokens in conn.execute(
        "SELECT id, tokens FROM text_chunks WHERE document_id=?", (doc_id,)
    ).fetchall():
        conn.execute("INSERT INTO text_fts(text_fts, rowid, tokens) VALUES ('delete', ?, ?)",
                     (cid, tokens))
    conn.execute("DELETE FROM text_chunks WHERE document_id=?", (doc_id,))
    conn.execute("DELETE FROM text_index_state WHERE document_id=?", (doc_id,))


def update_index(
    project: Project,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    seg: Segmenter | None = None,
) -> IndexReport:
    """Bring the word index up to date. progress(done, total) counts characters.

    Each document is one transaction: cancelling (cancel() returning True) keeps the
    documents already done and raises :class:`Cancelled`.
    """
    from desktop_app.core.project import now

    if project.readonly:
        raise BiaozhuError(Message("{file}: opened read-only; the word index cannot be updated", file=project.path))
    if project.in_action:
        raise RuntimeError("update_index cannot run inside a project action")
    t0 = time.perf_counter()
    seg = seg or project_segmenter(project)
    stale, gone = stale_documents(project, seg)
    report = IndexReport()
    conn = project.conn
    if gone:
        with project.transaction():
            for doc_id in gone:
                _drop_chunks(project, doc_id)
        report.removed = len(gone)
    sizes = dict(conn.execute(
        f"SELECT id, chars FROM documents WHERE id IN ({','.join('?' * len(stale))})", stale
    ).fetchall()) if stale else {}
    total = sum(sizes.values())
    done = 0
    if progress:
        progress(0, total)
    for doc_id in stale:
        row = conn.execute("SELECT text, sha256 FROM documents WHERE id=?", (doc_id,)).fetchone()
        if row is None:
            continue
        text, sha = row
        chunks = []
        for start, line in _lines(text):
            if cancel and cancel():
                report.seconds = time.perf_counter() - t0
                raise Cancelled(Message("indexing cancelled; the documents done so far stay indexed"))
            chunks.append((start, SEP.join(seg.words(line))))
        with project.transaction():
            _drop_chunks(project, doc_id)
            for start, tokens in chunks:
                cid = conn.execute(
                    "INSERT INTO text_chunks (document_id, start, tokens) VALUES (?,?,?)",
                    (doc_id, start, tokens),
                ).lastrowid
                conn.execute("INSERT INTO text_fts(rowid, tokens) VALUES (?, ?)", (cid, tokens))
            conn.execute(
                "INSERT INTO text_index_state (document_id, sha256, dictionary, indexed_at) "
                "VALUES (?,?,?,?)", (doc_id, sha, seg.version, now()),
            )
        done += sizes.get(doc_id, len(text))
        report.documents += 1
        report.chars += len(text)
        if progress:
            progress(done, total)
    report.seconds = time.perf_counter() - t0
    return report


def clear_index(project: Project) -> None:
    """Forget the word index (it is rebuilt on the next word search)."""
    conn = project.conn
    with project.transaction():
        conn.execute("DELETE FROM text_chunks")
        conn.execute("INSERT INTO text_fts(text_fts) VALUES ('rebuild')")
        conn.execute("DELETE FROM text_index_state")


__all__ = [
    "Cancelled", "IndexReport", "SEP", "clear_index", "segment_chunks", "stale_documents",
    "update_index",
]
