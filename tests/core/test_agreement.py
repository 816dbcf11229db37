"""Agreement equals scikit-learn's cohen_kappa_score and the krippendorff package (1e-9)."""

from __future__ import annotations

import math
import warnings

import krippendorff
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.metrics import cohen_kappa_score

from desktop_app.core.analysis.agreement import AgreementCounter, Tally, pair_tally
from desktop_app.core.interchange.agreement_report import agreement_report
from desktop_app.core.project.codings import NewCoding
from desktop_app.core.text.sentences import sentence_spans


def reference_kappa(a: np.ndarray, b: np.ndarray) -> float | None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        k = cohen_kappa_score(a, b)
    return None if math.isnan(k) else float(k)


def reference_alpha(data: np.ndarray) -> float | None:
    if data.size == 0 or len(np.unique(data)) < 2:
        return None  # no variation: undefined (the package raises or gives nan)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        a = krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")
    return None if math.isnan(a) else float(a)


def close(ours: float | None, ref: float | None) -> bool:
    if ours is None or ref is None:
        return ours is None and ref is None
    return abs(ours - ref) <= 1e-9


def ratings(lengths: list[int], spans: dict, coders: int, code: int, units=None) -> np.ndarray:
    """The coders x units 0/1 matrix, built the slow obvious way."""
    rows = []
    for c in range(coders):
        row: list[int] = []
        for d, n in enumerate(lengths):
            marks = [0] * n
            for s, e in spans.get((d, code, c), []):
                for i in range(s, e):
                    marks[i] = 1
            if units is None:
                row += marks
            else:
                row += [int(any(marks[s:e])) for s, e in units[d]]
        rows.append(row)
    return np.array(rows, dtype=int)


def count(lengths, spans, coders, codes, units=None) -> AgreementCounter:
    counter = AgreementCounter(codes, list(range(coders)))
    for d, n in enumerate(lengths):
        mine = {(code, c): v for (dd, code, c), v in spans.items() if dd == d}
        counter.add_document(n, mine, None if units is None else units[d])
    return counter


@st.composite
def corpus(draw):
    coders = draw(st.integers(2, 4))
    lengths = draw(st.lists(st.integers(0, 40), min_size=1, max_size=4))  # empty documents too
    spans: dict = {}
    for d, n in enumerate(lengths):
        if n == 0:
            continue
        for code in (1, 2):  # code 3 is never used
            for c in range(coders):
                for _ in range(draw(st.integers(0, 3))):
                    s = draw(st.integers(0, n - 1))
                    e = draw(st.integers(s + 1, n))
                    spans.setdefault((d, code, c), []).append((s, e))
    return coders, lengths, spans


@settings(max_examples=200, deadline=None)
@given(corpus())
def test_char_units_match_the_references(case):
    coders, lengths, spans = case
    counter = count(lengths, spans, coders, [1, 2, 3])
    pooled = []
    for code in (1, 2, 3):
        data = ratings(lengths, spans, coders, code)
        pooled.append(data)
        t = counter.tallies[code]
        assert t.units == sum(lengths)
        if coders == 2:
            ref = reference_kappa(data[0], data[1]) if data.size else None
            assert close(t.cohen_kappa, ref)
        else:
            assert t.cohen_kappa is None
        assert close(t.krippendorff_alpha, reference_alpha(data))
        if data.size:
            agree = np.mean(np.all(data == data[0], axis=0)) * 100
            assert t.percent_agreement == pytest.approx(agree, abs=1e-9)
    everything = np.concatenate(pooled, axis=1)
    overall = counter.overall()
    assert overall.units == 3 * sum(lengths)
    assert close(overall.krippendorff_alpha, reference_alpha(everything))
    if coders == 2 and everything.size:
        assert close(overall.cohen_kappa, reference_kappa(everything[0], everything[1]))


@settings(max_examples=100, deadline=None)
@given(corpus())
def test_span_units_match_the_references(case):
    coders, lengths, spans = case
    units = [[(i, min(n, i + 5)) for i in range(0, n, 5)] for n in lengths]  # 5-char "sentences"
    counter = count(lengths, spans, coders, [1, 2, 3], units)
    for code in (1, 2, 3):
        data = ratings(lengths, spans, coders, code, units)
        t = counter.tallies[code]
        assert t.units == sum(len(u) for u in units)
        if coders == 2:
            assert close(t.cohen_kappa, reference_kappa(data[0], data[1]) if data.size else None)
        assert close(t.krippendorff_alpha, reference_alpha(data))


def test_undefined_figures_are_none():
    never = Tally(2, [10, 0, 0], [0, 0])
    assert never.cohen_kappa is None and never.krippendorff_alpha is None
    assert never.percent_agreement == 100.0
    assert Tally(2).percent_agreement is None
    assert pair_tally(10, 10, 10, 10).cohen_kappa is None


def test_counter_needs_two_coders():
    with pytest.raises(ValueError):
        AgreementCounter([1], [1])


# -- the reader --------------------------------------------------------------------------------


@pytest.fixture
def coded(project):
    a = project.add_document("a", "第一句。第二句𠮷！\n第三段。")
    b = project.add_document("b", "只有一人编码的文档。")
    project.add_document("c", "")  # empty: never counted
    project.add_codings([NewCoding(a, "居民增收", 0, 4), NewCoding(a, "社会保障", 4, 8),
                         NewCoding(b, "居民增收", 0, 3)])
    project.coder = "bob"
    project.add_codings([NewCoding(a, "居民增收", 1, 4), NewCoding(a, "社会保障", 9, 12)])
    project.coder = "alice"
    return project, a, b


def test_report_shape_and_documents(coded):
    project, a, _ = coded
    r = agreement_report(project, ["alice", "bob"])
    assert set(r) >= {"unit", "coders", "documents", "codes", "overall"}
    assert r["documents"] == 1 and r["document_ids"] == [a]
    assert [c["code"] for c in r["codes"]] == [c["name"] for c in project.codes()]
    first = r["codes"][0]
    assert set(first) == {"code", "code_id", "units", "percent_agreement", "cohen_kappa",
                          "krippendorff_alpha"}
    n = project.document_length(a)
    assert first["units"] == n
    x = np.zeros(n, int)
    y = np.zeros(n, int)
    x[0:4] = 1
    y[1:4] = 1
    assert close(first["cohen_kappa"], reference_kappa(x, y))
    assert close(first["krippendorff_alpha"], reference_alpha(np.array([x, y])))
    everyone = agreement_report(project, ["alice", "bob"], all_documents=True)
    assert everyone["documents"] == 3


def test_report_sentence_units(coded):
    project, a, _ = coded
    r = agreement_report(project, ["alice", "bob"], codes=["社会保障"], unit="sentence")
    [code] = r["codes"]
    assert code["units"] == len(sentence_spans(project.document_text(a)))
    # alice coded sentence 2 (4-8), bob sentence 2's end and 3 (9-12: 第二句𠮷！ is 4-9)
    text = project.document_text(a)
    units = sentence_spans(text)
    x = [int(s < 8 and e > 4) for s, e in units]
    y = [int(s < 12 and e > 9) for s, e in units]
    assert close(code["cohen_kappa"], reference_kappa(np.array(x), np.array(y)))


def test_report_errors(coded):
    from desktop_app.core.errors import BiaozhuError

    project, *_ = coded
    with pytest.raises(BiaozhuError, match="no coder 'zoe'"):
        agreement_report(project, ["alice", "zoe"])
    with pytest.raises(BiaozhuError, match="two coders"):
        agreement_report(project, ["alice"])
    with pytest.raises(BiaozhuError, match="unit"):
        agreement_report(project, ["alice", "bob"], unit="word")
