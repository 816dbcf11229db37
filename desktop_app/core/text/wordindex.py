"""The word index behind word-mode search: jieba tokens per paragraph under SQLite FTS5.

Each non-empty line's tokens are stored joined by U+001F (a character the stored text never
holds) in ``text_chunks`` and indexed by ``text_fts``. The index is derived data, kept out
of the history: :func:`update_index` (re)segments documents whose text or segmenter (user
dictionary) changed, with progress and cancelling. It is incremental inside a document too:
a long text (70 M characters) is committed in batches of about ``BATCH_CHARS`` characters,
its state marked ``partial:<sha256>`` until the last batch, so a cancelled or killed run
resumes after the last paragraph committed instead of starting again. The index holds each
paragraph's tokens once plus FTS5's posting lists: its size grows in proportion to the text
(:func:`index_size`).
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
BATCH_CHARS = 500_000  # characters segmented per transaction of a long document
PARTIAL = "partial:"

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
    index_bytes: int = 0  # the word index's size afterwards (tokens + FTS5 data)


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
    stale = [r[0] for r in rows if r[1] != r[2] or r[3] != seg.version]  # partial: too
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
    batch_chars: int = BATCH_CHARS,
) -> IndexReport:
    """Bring the word index up to date. progress(done, total) counts characters, also
    inside a long document (after each batch).

    Cancelling (cancel() returning True) keeps the documents and batches already done and
    raises :class:`Cancelled`; the next run goes on from there.
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
        if row is None or not isinstance(row[0], str):
            continue  # a damaged row (validation.py): nothing to index
        text, sha = row
        resume = _resume_after(project, doc_id, sha, seg.version)
        done_here = 0
        chunks: list[tuple[int, str]] = []
        batch = 0
        for start, line in _lines(text):
            if start <= resume:
                done_here = start + len(line) + 1
                continue
            if cancel and cancel():
                report.seconds = time.perf_counter() - t0
                raise Cancelled(Message("indexing cancelled; the documents done so far stay indexed"))
            chunks.append((start, SEP.join(seg.words(line))))
            batch += len(line) + 1
            if batch >= batch_chars:
                _store(project, doc_id, chunks, sha, seg.version, now(), final=False,
                       fresh=resume < 0 and done_here == 0)
                done_here = start + len(line) + 1
                resume = start
                chunks, batch = [], 0
                if progress:
                    progress(done + min(done_here, len(text)), total)
        _store(project, doc_id, chunks, sha, seg.version, now(), final=True,
               fresh=resume < 0 and done_here == 0)
        done += sizes.get(doc_id, len(text))
        report.documents += 1
        report.chars += len(text)
        if progress:
            progress(done, total)
    report.seconds = time.perf_counter() - t0
    report.index_bytes = index_size(project)
    return report


def _resume_after(project: Project, doc_id: int, sha: str, version: str) -> int:
    """The start of the last paragraph a killed or cancelled run committed (-1: none)."""
    state = project.conn.execute(
        "SELECT sha256, dictionary FROM text_index_state WHERE document_id=?", (doc_id,)
    ).fetchone()
    if state is None or state[0] != PARTIAL + sha or state[1] != version:
        return -1
    last = project.conn.execute(
        "SELECT MAX(start) FROM text_chunks WHERE document_id=?", (doc_id,)).fetchone()[0]
    return -1 if last is None else int(last)


def _store(project: Project, doc_id: int, chunks: list[tuple[int, str]], sha: str,
           version: str, stamp: str, final: bool, fresh: bool) -> None:
    """One batch of a document's chunks (the first drops what an older index held)."""
    conn = project.conn
    with project.transaction():
        if fresh:
            _drop_chunks(project, doc_id)
        for start, tokens in chunks:
            cid = conn.execute(
                "INSERT INTO text_chunks (document_id, start, tokens) VALUES (?,?,?)",
                (doc_id, start, tokens),
            ).lastrowid
            conn.execute("INSERT INTO text_fts(rowid, tokens) VALUES (?, ?)", (cid, tokens))
        conn.execute(
            "INSERT OR REPLACE INTO text_index_state (document_id, sha256, dictionary, indexed_at) "
            "VALUES (?,?,?,?)", (doc_id, sha if final else PARTIAL + sha, version, stamp),
        )


def index_size(project: Project) -> int:
    """Bytes the word index holds: the tokens of every paragraph plus FTS5's own data."""
    conn = project.conn
    tokens = conn.execute("SELECT COALESCE(SUM(length(CAST(tokens AS BLOB))), 0) "
                          "FROM text_chunks").fetchone()[0]
    fts = conn.execute("SELECT COALESCE(SUM(length(block)), 0) FROM text_fts_data").fetchone()[0]
    return int(tokens) + int(fts)


def clear_index(project: Project) -> None:
    """Forget the word index (it is rebuilt on the next word search)."""
    conn = project.conn
    with project.transaction():
        conn.execute("DELETE FROM text_chunks")
        conn.execute("INSERT INTO text_fts(text_fts) VALUES ('rebuild')")
        conn.execute("DELETE FROM text_index_state")


__all__ = [
    "Cancelled", "IndexReport", "SEP", "clear_index", "index_size", "segment_chunks",
    "stale_documents", "update_index",
]
