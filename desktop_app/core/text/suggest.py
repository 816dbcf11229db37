"""Keyword suggestions: sentences that contain a code's keywords, proposed for review.

Each code has a keyword list. A code without a stored list uses the default for its name in
``resources/keywords.json``; once edited, the project's list (table ``code_keywords``, one
JSON row per code) wins, even when empty. Editing is one undoable action.

A suggestion is a sentence (see :mod:`sentences`) holding at least one keyword
(case-insensitive), with the keywords found. A keyword of one or two Chinese characters
(收入, 就业, 养老) matches only whole jieba words, so that 收入 does not find 财政收入 nor 就业
劳动就业; any longer keyword, or one with other characters (5G), matches anywhere in the text.
Keywords can be learned from the researcher's own codings (:mod:`keyword_learning`), for
review: nothing is added to a list unasked. Nothing becomes a coding until accepted;
accepted codings have ``source='suggestion'``. A rejected suggestion is remembered
(``rejected_suggestions``) and not proposed again; nor is a sentence that already overlaps
a coding with the same code.
"""

from __future__ import annotations

import json
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from desktop_app.core.errors import BiaozhuError
from desktop_app.core.messages import Message
from desktop_app.core.paths import resource
from desktop_app.core.project.codings import NewCoding
from desktop_app.core.text.normalise import fold_case
from desktop_app.core.text.segmentation import Segmenter, project_segmenter
from desktop_app.core.text.sentences import sentence_spans
from desktop_app.core.text.spans import union
from desktop_app.core.text.word_bounds import WordBounds, document_bounds

if TYPE_CHECKING:
    from desktop_app.core.project import Project

KEYWORDS_FILE = "keywords.json"
MAX_KEYWORD_CHARS = 100
WHOLE_WORD_MAX_CHARS = 2  # Chinese keywords this short match whole jieba words only


def matches_whole_words(keyword: str) -> bool:
    """True for a keyword matched only on jieba word boundaries (short and all Chinese)."""
    return 0 < len(keyword) <= WHOLE_WORD_MAX_CHARS and all(
        "\u3400" <= c <= "\u9fff" or "\U00020000" <= c <= "\U0003ffff" for c in keyword)


@dataclass(frozen=True)
class Suggestion:
    document_id: int
    document_title: str
    code_id: int
    code: str
    start: int
    end: int
    text: str
    keywords: tuple[str, ...]

    @property
    def key(self) -> tuple[int, int, int, int]:
        return (self.document_id, self.code_id, self.start, self.end)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["keywords"] = list(self.keywords)
        return d


# -- keyword lists ------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _defaults_cached() -> tuple[tuple[str, tuple[str, ...]], ...]:
    data = json.loads(resource(KEYWORDS_FILE).read_text(encoding="utf-8"))
    return tuple((name, tuple(words)) for name, words in data.get("keywords", {}).items())


def default_keywords() -> dict[str, list[str]]:
    """The default lists, keyed by code name."""
    return {name: list(words) for name, words in _defaults_cached()}


def clean_keywords(words: Iterable[str]) -> list[str]:
    """Stripped, without blanks or repeats (first spelling kept); refuses line breaks."""
    out: list[str] = []
    seen: set[str] = set()
    for w in words:
        w = (w or "").strip()
        if not w:
            continue
        if "\n" in w or "\r" in w:
            raise BiaozhuError(Message("a keyword cannot span lines: '{word}'", word=w[:20]))
        if len(w) > MAX_KEYWORD_CHARS:
            raise BiaozhuError(Message("a keyword can have at most {n} characters", n=MAX_KEYWORD_CHARS))
        if w.lower() not in seen:
            seen.add(w.lower())
            out.append(w)
    return out


def keyword_lists(project: Project) -> dict[int, list[str]]:
    """Every code's effective keyword list, by code id."""
    stored = {cid: json.loads(kw) for cid, kw in project.conn.execute(
        "SELECT code_id, keywords FROM code_keywords")}
    defaults = default_keywords()
    return {
        cid: stored[cid] if cid in stored else list(defaults.get(name, []))
        for cid, name in project.conn.execute("SELECT id, name FROM codes ORDER BY position, id")
    }


def keywords(project: Project, code: int | str) -> list[str]:
    return keyword_lists(project)[project.resolve_code(code)]


def set_keywords(project: Project, code: int | str, words: Iterable[str]) -> list[str]:
    """Replace a code's keyword list (one undoable action); returns the list stored."""
    code_id = project.resolve_code(code)
    words = clean_keywords(words)
    project.store_keywords(code_id, json.dumps(words, ensure_ascii=False))
    return words


def add_keyword(project: Project, code: int | str, word: str) -> list[str]:
    current = keywords(project, code)
    cleaned = clean_keywords([word])
    if not cleaned:
        raise BiaozhuError(Message("a keyword cannot be empty"))
    if cleaned[0].lower() in {w.lower() for w in current}:
        raise BiaozhuError(Message("'{word}' is already a keyword of this code", word=cleaned[0]))
    return set_keywords(project, code, [*current, cleaned[0]])


def remove_keyword(project: Project, code: int | str, word: str) -> list[str]:
    current = keywords(project, code)
    kept = [w for w in current if w.lower() != word.strip().lower()]
    if len(kept) == len(current):
        raise BiaozhuError(Message("'{word}' is not a keyword of this code", word=word.strip()))
    return set_keywords(project, code, kept)


# -- suggesting -------------------------------------------------------------------------------


def _overlaps(merged: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect_left(merged, (end,))  # first span starting at or after end
    return i > 0 and merged[i - 1][1] > start


def suggest(
    project: Project,
    code: int | str | None = None,
    documents: Sequence[int] | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> list[Suggestion]:
    """Sentences to propose, by document then position then code."""
    lists = keyword_lists(project)
    names = dict(project.conn.execute("SELECT id, name FROM codes"))
    if code is not None:
        cid = project.resolve_code(code)
        lists = {cid: lists[cid]}
    lists = {cid: [w for w in words if w] for cid, words in lists.items() if words}
    doc_rows = project.conn.execute(
        "SELECT id, title FROM documents ORDER BY position, id").fetchall()
    if documents is not None:
        known = {d for d, _ in doc_rows}
        for d in documents:
            if d not in known:
                raise BiaozhuError(Message("there is no document {n}", n=d))
        doc_rows = [r for r in doc_rows if r[0] in set(documents)]
    rejected = set(project.conn.execute(
        'SELECT document_id, code_id, start, "end" FROM rejected_suggestions').fetchall())
    coded: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for doc, cid, s, e in project.conn.execute(
        'SELECT document_id, code_id, start, "end" FROM codings'
    ):
        coded.setdefault((doc, cid), []).append((s, e))
    coded = {k: union(v) for k, v in coded.items()}

    segmenters: list[Segmenter] = []

    def seg() -> Segmenter:  # jieba loads only when a whole-word keyword needs it
        if not segmenters:
            segmenters.append(project_segmenter(project))
        return segmenters[0]

    out: list[Suggestion] = []
    for n, (doc_id, title) in enumerate(doc_rows):
        if cancel and cancel():
            from desktop_app.core.text.wordindex import Cancelled

            raise Cancelled(Message("suggestions cancelled"))
        text = project.document_text(doc_id)
        hay = fold_case(text)
        sentences = sentence_spans(text)
        starts = [s for s, _ in sentences]
        found: dict[tuple[int, int], dict[int, None]] = {}  # (sentence, code) -> keyword idx
        bounds: WordBounds | None = None
        for cid, words in lists.items():
            for k, word in enumerate(words):
                needle = fold_case(word)
                whole = matches_whole_words(word)
                i = hay.find(needle)
                while i >= 0:
                    j = bisect_right(starts, i) - 1
                    if j >= 0 and i + len(needle) <= sentences[j][1]:
                        if whole:
                            if bounds is None:
                                bounds = document_bounds(project, doc_id, text, seg())
                            if not bounds.whole_words(i, i + len(needle)):
                                i = hay.find(needle, i + 1)
                                continue
                        found.setdefault((j, cid), {})[k] = None
                    i = hay.find(needle, i + 1)
        for (j, cid), ks in sorted(found.items()):
            s, e = sentences[j]
            if (doc_id, cid, s, e) in rejected:
                continue
            if _overlaps(coded.get((doc_id, cid), []), s, e):
                continue
            words = lists[cid]
            out.append(Suggestion(doc_id, title, cid, names[cid], s, e, text[s:e],
                                  tuple(words[k] for k in sorted(ks))))
        if progress:
            progress(n + 1, len(doc_rows))
    return out


def accept(project: Project, suggestions: Iterable[Suggestion]) -> list[int]:
    """Turn suggestions into codings (source='suggestion') in ONE action; returns new ids."""
    items = list(suggestions)
    if not items:
        raise BiaozhuError(Message("no suggestions to accept"))
    return project.add_codings(
        [NewCoding(s.document_id, s.code_id, s.start, s.end, source="suggestion") for s in items],
        label=Message("Accept %n suggestion(s)", n=len(items)),
    )


def reject(project: Project, suggestions: Iterable[Suggestion]) -> int:
    """Remember suggestions as rejected (one undoable action); returns how many were new."""
    items = list(suggestions)
    if not items:
        raise BiaozhuError(Message("no suggestions to reject"))
    return project.reject_spans(s.key for s in items)


def forget_rejections(project: Project, code: int | str | None = None) -> int:
    """Propose rejected suggestions again (one action); returns how many were forgotten."""
    return project.forget_rejections(None if code is None else project.resolve_code(code))


__all__ = [
    "Suggestion", "accept", "add_keyword", "clean_keywords", "default_keywords",
    "forget_rejections", "keyword_lists", "keywords", "matches_whole_words", "reject",
    "remove_keyword",
    "set_keywords", "suggest",
]
