"""Matrices over codings: code x document, code x attribute value, code x code.

Measures (``MEASURES``):

- ``codings``: how many codings;
- ``chars``: coded characters, the size of the union of the code's spans in each document
  (overlapping codings count once), summed over the documents of a column;
- ``percent``: coded characters as a percentage of the characters of the column's documents.

Totals: a row total is the code over every column; a column total counts the characters
coded with any of the matrix's codes once per document (so it can be less than the sum of
its cells). Every cell keeps the ids of its codings, so a drill-down lists exactly them.

Co-occurrence (:func:`code_by_code`) counts unordered pairs of codings with different
codes, in the same document and by the same coder, that share a character (``overlap``) or
touch a common sentence or paragraph (the units are given per document); the diagonal holds
the codings of the code. A cell's ids are the codings of its pairs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations

from desktop_app.core.analysis.data import Coding, Corpus
from desktop_app.core.analysis.figures import overlapping_pairs
from desktop_app.core.text.spans import Span

MEASURES = ("codings", "chars", "percent")
UNITS = ("overlap", "sentence", "paragraph")
Key = Hashable


def covered(spans: list[Span]) -> int:
    """Characters in the union of `spans` (sorts the list in place)."""
    if not spans:
        return 0
    spans.sort()
    total = 0
    cur_s, cur_e = spans[0]
    for s, e in spans:
        if s > cur_e:
            total += cur_e - cur_s
            cur_s, cur_e = s, e
        elif e > cur_e:
            cur_e = e
    return total + cur_e - cur_s


def _id(x: Coding | int) -> int:
    return x if isinstance(x, int) else x.id


def _coverage(rows: Sequence[Coding], ordered: bool) -> int:
    """Characters covered by `rows`, counted per document (each document's union)."""
    if not ordered:
        rows = sorted(rows, key=lambda r: (r.document_id, r.start))
    total = 0
    doc = None
    cs = ce = 0
    for r in rows:
        if r.document_id != doc or r.start > ce:
            total += ce - cs
            doc, cs, ce = r.document_id, r.start, r.end
        elif r.end > ce:
            ce = r.end
    return total + ce - cs


@dataclass
class Matrix:
    """A table of figures with its labels, totals and the coding ids behind every cell."""

    measure: str
    rows: list[int]  # code ids
    row_labels: list[str]
    columns: list[Key]  # document ids, attribute values or code ids
    column_labels: list[str]
    cells: list[list[float]]
    row_totals: list[float]
    column_totals: list[float]
    total: float
    # row * ncols + col -> the cell's codings (Coding rows, or ids)
    _ids: Mapping[int, Sequence[Coding | int]] = field(default_factory=dict, repr=False)

    def coding_ids(self, row: int | None, column: int | None) -> list[int]:
        """The codings of a cell (row and column index), sorted; None for a row/column total."""
        n = len(self.columns)
        if row is not None and column is not None:
            return sorted({_id(x) for x in self._ids.get(row * n + column, [])})
        found: set[int] = set()
        for key, ids in self._ids.items():
            r, c = divmod(key, n)
            if (row is None or r == row) and (column is None or c == column):
                found.update(_id(x) for x in ids)
        return sorted(found)

    def maximum(self) -> float:
        return max((v for r in self.cells for v in r), default=0)

    def to_dict(self) -> dict:
        return {"measure": self.measure, "rows": self.row_labels, "columns": self.column_labels,
                "cells": self.cells, "row_totals": self.row_totals,
                "column_totals": self.column_totals, "total": self.total}


def _check_measure(measure: str) -> str:
    if measure not in MEASURES:
        raise ValueError(measure)
    return measure


def _pct(a: float, b: float) -> float:
    return round(100.0 * a / b, 2) if b else 0.0


def _grouped(
    corpus: Corpus,
    column_of: Callable[[int], Key | None],
    columns: Sequence[Key],
    column_labels: list[str],
    measure: str,
) -> Matrix:
    _check_measure(measure)
    col_index = {k: i for i, k in enumerate(columns)}
    codes = list(corpus.code_names)
    row_index = {c: i for i, c in enumerate(codes)}
    n_rows, n_cols = len(codes), len(columns)
    doc_col: dict[int, int] = {}
    for d in corpus.doc_titles:
        k = column_of(d)
        if k is not None and k in col_index:
            doc_col[d] = col_index[k]
    cell_rows: dict[int, list[Coding]] = {}
    col_rows: dict[int, list[Coding]] = defaultdict(list)
    for c in corpus.codings:
        j = doc_col.get(c.document_id)
        i = row_index.get(c.code_id)
        if j is None or i is None:
            continue
        key = i * n_cols + j
        found = cell_rows.get(key)
        if found is None:
            cell_rows[key] = [c]
        else:
            found.append(c)
        col_rows[j].append(c)  # in corpus order, so each document's rows stay in order
    values = [[0.0] * n_cols for _ in range(n_rows)]
    if measure == "codings":
        for key, rows in cell_rows.items():
            i, j = divmod(key, n_cols)
            values[i][j] = float(len(rows))
        row_totals = [sum(r) for r in values]
        column_totals = [sum(values[i][j] for i in range(n_rows)) for j in range(n_cols)]
        total = sum(row_totals)
    else:
        ordered = corpus.ordered
        for key, rows in cell_rows.items():
            i, j = divmod(key, n_cols)
            values[i][j] = float(_coverage(rows, ordered))
        col_chars = [float(_coverage(col_rows.get(j, []), ordered)) for j in range(n_cols)]
        col_size = [0.0] * n_cols  # characters of the column's documents
        for d, j in doc_col.items():
            col_size[j] += corpus.doc_chars.get(d, 0)
        if measure == "chars":
            row_totals = [sum(r) for r in values]
            column_totals = col_chars
            total = sum(col_chars)
        else:
            size = sum(col_size)
            row_totals = [_pct(sum(r), size) for r in values]
            values = [[_pct(v, col_size[j]) for j, v in enumerate(r)] for r in values]
            column_totals = [_pct(col_chars[j], col_size[j]) for j in range(n_cols)]
            total = _pct(sum(col_chars), size)
    return Matrix(measure, codes, [corpus.code_names[c] for c in codes], list(columns),
                  column_labels, values, row_totals, column_totals, total, cell_rows)


def code_by_document(corpus: Corpus, measure: str = "codings") -> Matrix:
    docs = list(corpus.doc_titles)
    return _grouped(corpus, lambda d: d, docs, [corpus.doc_titles[d] for d in docs], measure)


def code_by_attribute(corpus: Corpus, name: str, measure: str = "codings") -> Matrix:
    """Columns are the values of attribute `name`; documents without it are left out."""
    values = corpus.attribute_values(name)
    return _grouped(corpus, lambda d: corpus.attributes.get(d, {}).get(name), values,
                    list(values), measure)


def _unit_indices(units: Sequence[Span], start: int, end: int) -> range:
    """Indices of the units (sorted, disjoint) that share a character with [start, end)."""
    from bisect import bisect_left, bisect_right

    ends = [u[1] for u in units]  # callers pass small per-document lists
    lo = bisect_right(ends, start)
    starts = [u[0] for u in units]
    hi = bisect_left(starts, end)
    return range(lo, hi)


def _pairs_units(rows: Sequence[Coding], units: Sequence[Span]):
    by_unit: dict[int, list[Coding]] = defaultdict(list)
    for r in rows:
        for u in _unit_indices(units, r.start, r.end):
            by_unit[u].append(r)
    seen: set[tuple[int, int]] = set()
    for members in by_unit.values():
        for a, b in combinations(members, 2):
            key = (a.id, b.id) if a.id < b.id else (b.id, a.id)
            if key not in seen:
                seen.add(key)
                yield a, b


def code_by_code(
    corpus: Corpus,
    unit: str = "overlap",
    units: Mapping[int, Sequence[Span]] | None = None,
) -> Matrix:
    """Co-occurrence of codes; `units` (document -> sentence or paragraph spans) for a unit
    other than ``overlap``."""
    if unit not in UNITS:
        raise ValueError(unit)
    codes = list(corpus.code_names)
    index = {c: i for i, c in enumerate(codes)}
    n = len(codes)
    cells = [[0.0] * n for _ in range(n)]
    ids: dict[tuple[int, int], set[int]] = defaultdict(set)
    groups: dict[tuple[int, int], list[Coding]] = defaultdict(list)
    for c in corpus.codings:
        if c.code_id in index and c.document_id in corpus.doc_titles:
            groups[c.document_id, c.coder_id].append(c)
            i = index[c.code_id]
            cells[i][i] += 1
            ids[i, i].add(c.id)
    for (doc, _coder), rows in groups.items():
        if unit == "overlap":
            pairs = overlapping_pairs(rows)
        else:
            pairs = _pairs_units(rows, (units or {}).get(doc, []))
        for a, b in pairs:
            if a.code_id == b.code_id:
                continue
            i, j = index[a.code_id], index[b.code_id]
            cells[i][j] += 1
            cells[j][i] += 1
            ids[i, j].update((a.id, b.id))
            ids[j, i].update((a.id, b.id))
    labels = [corpus.code_names[c] for c in codes]
    row_totals = [float(sum(r[j] for j in range(n) if j != i)) for i, r in enumerate(cells)]
    flat = {i * n + j: list(v) for (i, j), v in ids.items()}
    return Matrix(unit, codes, labels, list(codes), labels, cells, row_totals, row_totals,
                  float(sum(row_totals)) / 2, flat)
