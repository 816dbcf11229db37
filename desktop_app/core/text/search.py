"""Project-wide search with keyword-in-context results, and coding every result at once.

Modes:

- ``word``: whole jieba words, through the word index (:mod:`wordindex`: each paragraph's
  tokens under SQLite FTS5). FTS5 narrows the paragraphs; the hit is then located exactly
  in the token string, so 收入 is found as a word but not inside 低收入 when jieba keeps
  that whole. (FTS5's trigram tokenizer cannot find two-character words; unicode61 over a
  segmented column can.)
- ``substring``: plain text, case-insensitive.
- ``regex``: a regular expression (the `regex` module, Python's syntax), run with a time
  limit (``REGEX_SECONDS``; a pattern such as ``(a*)*b`` can take for ever) that releases the
  GIL while it matches (the GUI keeps painting) and can be cancelled between matches.

Every offset is a code point index into the stored text. The index functions are
re-exported here for existing callers.
"""

from __future__ import annotations

import re
import time
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

import regex

from desktop_app.core.errors import BiaozhuError
from desktop_app.core.messages import Message
from desktop_app.core.project.codings import NewCoding
from desktop_app.core.text.normalise import fold_case
from desktop_app.core.text.segmentation import Segmenter, project_segmenter
from desktop_app.core.text.sentences import paragraph_at, sentence_at
from desktop_app.core.text.spans import union
from desktop_app.core.text.wordindex import (
    SEP,
    Cancel,
    Cancelled,
    IndexReport,
    Progress,
    clear_index,
    segment_chunks,
    stale_documents,
    update_index,
)

if TYPE_CHECKING:
    from desktop_app.core.project import Project

MODES = ("word", "substring", "regex")
REGEX_SECONDS = 5.0  # the longest a regular expression search may take


class SearchTimeout(BiaozhuError):
    """A regular expression search ran over its time limit."""
UNITS = ("hit", "sentence", "paragraph")
DEFAULT_CONTEXT = 30


@dataclass(frozen=True)
class Hit:
    document_id: int
    document_title: str
    start: int
    end: int
    left: str
    hit: str
    right: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class SearchResult:
    hits: list[Hit]
    total: int  # every match, also those beyond the limit

    @property
    def truncated(self) -> bool:
        return self.total > len(self.hits)


# -- searching ------------------------------------------------------------------------------


def _kwic(text: str, start: int, end: int, context: int) -> tuple[str, str, str]:
    """Left context, hit, right context; the context stays inside the hit's paragraph."""
    lo = max(0, start - context)
    nl = text.rfind("\n", lo, start)
    lo = nl + 1 if nl >= 0 else lo
    hi = min(len(text), end + context)
    nl = text.find("\n", end, hi)
    hi = nl if nl >= 0 else hi
    return text[lo:start], text[start:end], text[end:hi]


def _coded_spans(project: Project, code: int | str) -> dict[int, list[tuple[int, int]]]:
    """Merged passages coded `code`, per document."""
    code_id = project.resolve_code(code)
    out: dict[int, list[tuple[int, int]]] = {}
    for doc, s, e in project.conn.execute(
        'SELECT document_id, start, "end" FROM codings WHERE code_id=?', (code_id,)
    ):
        out.setdefault(doc, []).append((s, e))
    return {doc: union(spans) for doc, spans in out.items()}


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect_right(spans, (start, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]


def _query_tokens(query: str, seg: Segmenter) -> list[str]:
    tokens = [t for t in seg.words(query) if t.strip()]
    if not tokens:
        raise BiaozhuError(Message("nothing to search for"))
    if not any(ch.isalnum() for t in tokens for ch in t):
        raise BiaozhuError(Message("word search needs a word; use substring mode to find punctuation"))
    return tokens


def _word_spans(
    chunks: Iterable[tuple[int, int, str]], qtokens: list[str]
) -> Iterator[tuple[int, int, int]]:
    """(document, start, end) of each run of tokens equal to qtokens, from SEP-joined chunks."""
    needle = SEP + SEP.join(fold_case(t) for t in qtokens) + SEP
    width = sum(len(t) for t in qtokens)
    for doc_id, base, joined in chunks:
        hay = SEP + fold_case(joined) + SEP
        i = hay.find(needle)
        while i >= 0:
            # hay[i+1] is joined[i]; every SEP before it is not part of the text
            offset = i - joined.count(SEP, 0, i)
            yield doc_id, base + offset, base + offset + width
            i = hay.find(needle, i + len(needle) - 1)


def search(
    project: Project,
    query: str,
    mode: str = "word",
    documents: Sequence[int] | None = None,
    code: int | str | None = None,
    context: int = DEFAULT_CONTEXT,
    limit: int | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    time_limit: float = REGEX_SECONDS,
) -> SearchResult:
    """Find `query` in the project's documents, in document order.

    `documents` limits the search to those ids; `code` to passages coded with it (a hit
    must lie inside one). Word mode brings the index up to date first (progress/cancel go
    to :func:`update_index`); a read-only project segments stale documents in memory.
    Substring and regex modes check `cancel` between documents and matches; a regex search
    stops with :class:`SearchTimeout` after `time_limit` seconds.
    """
    if mode not in MODES:
        raise BiaozhuError(Message("unknown search mode '{mode}'; use one of {modes}", mode=mode, modes=', '.join(MODES)))
    if not query or not query.strip():
        raise BiaozhuError(Message("nothing to search for"))
    doc_rows = project.conn.execute(
        "SELECT id, title FROM documents ORDER BY position, id").fetchall()
    titles = dict(doc_rows)
    order = {doc_id: i for i, (doc_id, _) in enumerate(doc_rows)}
    if documents is not None:
        for d in documents:
            if d not in titles:
                raise BiaozhuError(Message("there is no document {n}", n=d))
        wanted = set(documents)
    else:
        wanted = set(titles)
    coded = _coded_spans(project, code) if code is not None else None
    if coded is not None:
        wanted &= set(coded)

    spans: Iterable[tuple[int, int, int]]
    if mode == "word":
        spans = sorted(_word_search(project, query, wanted, progress, cancel),
                       key=lambda t: (order[t[0]], t[1], t[2]))
    else:
        if mode == "regex":
            try:
                re.compile(query, re.MULTILINE)  # Python's syntax, and its error messages
                pattern = regex.compile(query, regex.MULTILINE | regex.VERSION0)
            except (re.error, regex.error, OverflowError, RecursionError) as err:
                raise BiaozhuError(Message("invalid regular expression '{query}': {detail}", query=query, detail=err)) from None
        else:
            pattern = re.compile(re.escape(query), re.IGNORECASE)
        spans = _text_spans(project, pattern, sorted(wanted, key=order.__getitem__),
                            query, cancel, time_limit if mode == "regex" else None)

    hits: list[Hit] = []
    total = 0
    for doc_id, s, e in spans:
        if coded is not None and not _inside(coded[doc_id], s, e):
            continue
        total += 1
        if limit is None or len(hits) < limit:
            left, mid, right = _kwic(project.document_text(doc_id), s, e, context)
            hits.append(Hit(doc_id, titles[doc_id], s, e, left, mid, right))
    return SearchResult(hits, total)


def _text_spans(project: Project, pattern: Any, docs: list[int], query: str,
                cancel: Cancel | None, time_limit: float | None) -> Iterator[tuple[int, int, int]]:
    deadline = None if time_limit is None else time.monotonic() + time_limit
    for doc_id in docs:
        if cancel and cancel():
            raise Cancelled(Message("search cancelled"))
        text = project.document_text(doc_id)
        if deadline is None:
            matches = pattern.finditer(text)
        else:
            left = deadline - time.monotonic()
            if left <= 0:
                raise _timeout(query, time_limit)
            matches = pattern.finditer(text, timeout=left, concurrent=True)
        try:
            for i, m in enumerate(matches):
                if i % 500 == 499 and cancel and cancel():
                    raise Cancelled(Message("search cancelled"))
                if m.end() > m.start():
                    yield doc_id, m.start(), m.end()
        except TimeoutError:
            raise _timeout(query, time_limit) from None


def _timeout(query: str, seconds: float | None) -> SearchTimeout:
    return SearchTimeout(Message("the regular expression '{query}' took longer than {seconds} seconds and was stopped; nested repeats such as (a*)* are slow, simplify it", query=query, seconds=seconds))


def _word_search(
    project: Project, query: str, wanted: set[int], progress: Progress | None, cancel: Cancel | None
) -> list[tuple[int, int, int]]:
    seg = project_segmenter(project)
    qtokens = _query_tokens(query, seg)
    stale, gone = stale_documents(project, seg)
    stale_set = set(stale) & wanted
    if (stale or gone) and not project.readonly and not project.in_action:
        update_index(project, progress=progress, cancel=cancel, seg=seg)
        stale_set = set()
    phrase = '"' + " ".join(qtokens).replace('"', '""') + '"'
    rows = project.conn.execute(
        "SELECT c.document_id, c.start, c.tokens FROM text_fts JOIN text_chunks c "
        "ON c.id = text_fts.rowid WHERE text_fts MATCH ?", (phrase,)
    ).fetchall()
    chunks: list[tuple[int, int, str]] = [
        r for r in rows if r[0] in wanted and r[0] not in stale_set
    ]
    for doc_id in stale_set:  # read-only project: segment in memory
        chunks += [(doc_id, s, j) for s, j in segment_chunks(project.document_text(doc_id), seg)]
    return list(_word_spans(chunks, qtokens))


# -- coding the results -------------------------------------------------------------------------


def result_spans(project: Project, hits: Iterable[Hit | tuple[int, int, int]],
                 unit: str = "hit") -> list[tuple[int, int, int]]:
    """(document, start, end) to code for each hit: the hit, or its sentence/paragraph
    (widened to cover the whole hit). Duplicates are dropped; document order kept."""
    if unit not in UNITS:
        raise BiaozhuError(Message("unknown unit '{unit}'; use one of {units}", unit=unit, units=', '.join(UNITS)))
    out: list[tuple[int, int, int]] = []
    seen = set()
    for h in hits:
        doc_id, s, e = (h.document_id, h.start, h.end) if isinstance(h, Hit) else h
        if unit != "hit":
            text = project.document_text(doc_id)
            at = sentence_at if unit == "sentence" else paragraph_at
            first, last = at(text, s), at(text, max(s, e - 1))
            s = min(s, first[0]) if first else s
            e = max(e, last[1]) if last else e
        if (doc_id, s, e) not in seen:
            seen.add((doc_id, s, e))
            out.append((doc_id, s, e))
    return out


def code_results(project: Project, hits: Iterable[Hit | tuple[int, int, int]],
                 code: int | str, unit: str = "hit") -> list[int]:
    """Code every result (as the hit, its sentence or its paragraph) in ONE action.

    Passages that already carry the code from this coder are skipped. Returns the new ids.
    """
    code_id = project.resolve_code(code)
    spans = result_spans(project, hits, unit)
    if not spans:
        raise BiaozhuError(Message("there are no results to code"))
    name = project.code(code_id)["name"]
    return project.add_codings(
        [NewCoding(d, code_id, s, e, source="search") for d, s, e in spans],
        label=Message("Code %n search result(s) ({unit}) as {name}", n=len(spans), unit=unit, name=name),
    )


__all__ = [
    "Cancelled", "Hit", "IndexReport", "MODES", "SearchResult", "SearchTimeout", "UNITS",
    "clear_index",
    "code_results", "result_spans", "search", "segment_chunks", "stale_documents", "update_index",
]
