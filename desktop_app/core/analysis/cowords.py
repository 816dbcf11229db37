"""Co-word pairs (共词): two words that occur in the same sentence, counted over sentences.

Input: one list of (already filtered) words per sentence. Each sentence counts a pair once,
however often either word repeats in it; a pair is unordered (the smaller word first).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations


@dataclass(frozen=True)
class WordPair:
    source: str
    target: str
    weight: int  # sentences holding both words


@dataclass
class CowordTable:
    pairs: list[WordPair]
    words: dict[str, int]  # word -> sentences holding it
    sentences: int

    def to_dicts(self) -> list[dict]:
        return [{"source": p.source, "target": p.target, "weight": p.weight} for p in self.pairs]


def cowords(sentences: Iterable[Iterable[str]], top: int | None = None) -> CowordTable:
    """Pairs most frequent first (ties by the words), at most `top` of them."""
    pairs: Counter[tuple[str, str]] = Counter()
    words: Counter[str] = Counter()
    n = 0
    for sentence in sentences:
        n += 1
        unique = sorted(set(sentence))
        words.update(unique)
        pairs.update(combinations(unique, 2))
    ordered = sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))
    if top is not None:
        ordered = ordered[:top]
    return CowordTable([WordPair(a, b, w) for (a, b), w in ordered], dict(words), n)
