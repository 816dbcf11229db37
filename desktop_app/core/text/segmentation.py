"""Chinese word segmentation: jieba with a domain dictionary and each project's user terms.

- jieba loads lazily, once per process (about half a second), and may do so on a worker
  thread (:func:`start_background_init`); its cache file lives in ``paths.cache_dir()``,
  never the system temp folder.
- On top of jieba's dictionary comes ``resources/jieba_userdict.txt`` (policy terms such as
  共同富裕, 无差别城乡, 八里店镇), then the project's own terms (table ``user_terms``):
  ``kind='word'`` keeps a term together, ``kind='split'`` stops a dictionary word from
  being kept together. Each set of terms gets its own :class:`Segmenter`, cached.
- Offsets are code point indices into the text given (jieba works on ``str``), end
  exclusive; the tokens of a text cover it exactly, whitespace included.
- jieba's paddle / ``lac_small`` path is never used.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop_app.core.errors import BiaozhuError
from desktop_app.core.messages import Message
from desktop_app.core.paths import cache_dir, resource

if TYPE_CHECKING:
    import jieba

    from desktop_app.core.project import Project

DOMAIN_DICTIONARY = "jieba_userdict.txt"
TERM_KINDS = ("word", "split")
MAX_TERM_CHARS = 40
USER_TERM_FREQ = 20_000  # high enough that a user's term wins over jieba's own words

_base_lock = threading.Lock()
_base: jieba.Tokenizer | None = None
_base_version = ""
_cache_lock = threading.Lock()
_segmenters: OrderedDict[tuple, Segmenter] = OrderedDict()


@dataclass(frozen=True)
class Token:
    word: str
    start: int
    end: int


def _load_base() -> jieba.Tokenizer:
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    tok.tmp_dir = str(cache_dir())
    tok.cache_file = "jieba.cache"
    tok.initialize()
    domain = resource(DOMAIN_DICTIONARY)
    with open(domain, "rb") as f:
        tok.load_userdict(f)
    return tok


def base_tokenizer() -> jieba.Tokenizer:
    """jieba with the domain dictionary, loaded on first use (thread-safe, blocking)."""
    global _base, _base_version
    if _base is None:
        with _base_lock:
            if _base is None:
                import jieba

                tok = _load_base()
                digest = hashlib.sha1(resource(DOMAIN_DICTIONARY).read_bytes()).hexdigest()[:12]
                _base_version = f"jieba-{jieba.__version__}+{digest}"
                _base = tok
    return _base


def is_ready() -> bool:
    return _base is not None


def start_background_init() -> threading.Thread | None:
    """Load jieba on a daemon thread; returns it (None when already loaded)."""
    if _base is not None:
        return None
    t = threading.Thread(target=base_tokenizer, name="jieba-init", daemon=True)
    t.start()
    return t


class Segmenter:
    """Segmentation with one set of user terms. Safe to use from several threads."""

    def __init__(self, terms: Iterable[tuple[str, str]] = ()) -> None:
        import jieba

        base = base_tokenizer()
        self.terms = tuple(sorted(set(terms)))
        if not self.terms:
            self._tok = base
        else:
            tok = jieba.Tokenizer()
            tok.FREQ, tok.total = dict(base.FREQ), base.total
            tok.user_word_tag_tab = dict(base.user_word_tag_tab)
            tok.initialized = True
            for term, kind in self.terms:
                if kind == "split":
                    # not tok.del_word: that also changes jieba's global HMM state
                    if tok.FREQ.get(term):
                        tok.total -= tok.FREQ[term]
                        tok.FREQ[term] = 0
                else:
                    tok.add_word(term, max(tok.suggest_freq(term), USER_TERM_FREQ))
            self._tok = tok
        digest = hashlib.sha1(repr(self.terms).encode("utf-8")).hexdigest()[:12]
        self.version = f"{_base_version}/{digest}"

    def tokens(self, text: str) -> list[Token]:
        return [Token(w, s, e) for w, s, e in self._tok.tokenize(text)]

    def words(self, text: str) -> list[str]:
        return list(self._tok.cut(text))

    def spans(self, text: str) -> list[tuple[int, int]]:
        return [(s, e) for _, s, e in self._tok.tokenize(text)]

    def word_at(self, text: str, pos: int) -> tuple[int, int]:
        """The word around code point `pos` (at the end of the text: the last word).

        Only the line holding `pos` is segmented: jieba never joins across a line end.
        """
        if not text:
            return (0, 0)
        pos = max(0, min(pos, len(text) - 1))
        line_start = text.rfind("\n", 0, pos) + 1
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        if line_start >= line_end:  # on an empty line / the newline itself
            return (pos, pos + 1)
        for _, s, e in self._tok.tokenize(text[line_start:line_end]):
            if s <= pos - line_start < e:
                return (line_start + s, line_start + e)
        return (pos, pos + 1)

    def snap(self, text: str, start: int, end: int) -> tuple[int, int]:
        """Widen [start, end) to whole words (a word partly selected is taken whole)."""
        if start >= end:
            return (start, end)
        s = self.word_at(text, start)[0]
        e = self.word_at(text, end - 1)[1]
        return (min(s, start), max(e, end))


def segmenter(terms: Iterable[tuple[str, str]] = ()) -> Segmenter:
    """The (cached) segmenter for a set of user terms."""
    key = tuple(sorted(set(terms)))
    with _cache_lock:
        seg = _segmenters.get(key)
        if seg is not None:
            _segmenters.move_to_end(key)
            return seg
    seg = Segmenter(key)
    with _cache_lock:
        _segmenters[key] = seg
        while len(_segmenters) > 8:
            _segmenters.popitem(last=False)
    return seg


# -- the project's user dictionary ------------------------------------------------------------


def _clean_term(term: str) -> str:
    term = (term or "").strip()
    if not term:
        raise BiaozhuError(Message("a dictionary term cannot be empty"))
    if any(ch.isspace() for ch in term):
        raise BiaozhuError(Message("'{term}': a dictionary term cannot contain spaces or line breaks", term=term))
    if len(term) > MAX_TERM_CHARS:
        raise BiaozhuError(Message("'{term}…': a dictionary term can have at most {n} characters", term=term[:20], n=MAX_TERM_CHARS))
    if len(term) < 2:
        raise BiaozhuError(Message("'{term}': a dictionary term needs at least two characters", term=term))
    return term


def user_terms(project: Project) -> list[dict[str, Any]]:
    return project.user_terms()


def add_term(project: Project, term: str, kind: str = "word") -> int:
    """Add a term to the project's dictionary (one undoable action); returns its id."""
    term = _clean_term(term)
    if kind not in TERM_KINDS:
        raise BiaozhuError(Message("unknown term kind '{kind}'; use one of {kinds}", kind=kind, kinds=', '.join(TERM_KINDS)))
    row = project.user_term(term)
    if row and row["kind"] == kind:
        raise BiaozhuError(Message("'{term}' is already in the project dictionary", term=term))
    return project.store_term(term, kind)


def remove_term(project: Project, term: str) -> None:
    term = (term or "").strip()
    row = project.user_term(term)
    if row is None:
        raise BiaozhuError(Message("'{term}' is not in the project dictionary", term=term))
    project.delete_term(row["id"], term)


def project_terms(project: Project) -> tuple[tuple[str, str], ...]:
    return tuple((t["term"], t["kind"]) for t in project.user_terms())


def project_segmenter(project: Project) -> Segmenter:
    """The segmenter for the project's current user dictionary."""
    return segmenter(project_terms(project))


__all__ = [
    "Segmenter", "Token", "add_term", "base_tokenizer", "is_ready", "project_segmenter",
    "project_terms", "remove_term", "segmenter", "start_background_init", "user_terms",
]
