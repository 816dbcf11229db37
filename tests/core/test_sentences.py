"""Sentence and paragraph spans."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.text.sentences import (
    enclosing,
    paragraph_at,
    paragraph_spans,
    sentence_at,
    sentence_spans,
)

TEXT = "  第一句。第二句！“引号里？”后面\n\n新段落；最后𠮷一句"


def test_sentences_split_at_end_marks_and_line_ends() -> None:
    got = [TEXT[s:e] for s, e in sentence_spans(TEXT)]
    assert got == ["第一句。", "第二句！", "“引号里？”", "后面", "新段落；", "最后𠮷一句"]


def test_paragraphs_are_lines_trimmed() -> None:
    assert [TEXT[s:e] for s, e in paragraph_spans(TEXT)] == [
        "第一句。第二句！“引号里？”后面", "新段落；最后𠮷一句"]


def test_unit_at_a_position_uses_code_points() -> None:
    pos = TEXT.rindex("一句")  # after 𠮷
    s, e = sentence_at(TEXT, pos)
    assert TEXT[s:e] == "最后𠮷一句"
    s, e = paragraph_at(TEXT, TEXT.index("新"))
    assert TEXT[s:e] == "新段落；最后𠮷一句"
    assert TEXT[slice(*sentence_at(TEXT, 0))] == "第一句。"  # leading blanks: nearest sentence
    assert sentence_at("", 0) is None


def test_enclosing_covers_several_sentences() -> None:
    spans = sentence_spans(TEXT)
    s, e = enclosing(spans, TEXT.index("一句"), TEXT.index("二") + 1)
    assert TEXT[s:e] == "第一句。第二句！"


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("甲乙。！？；;!?\n ”𠮷")), max_size=40))
def test_sentences_are_sorted_disjoint_and_trimmed(text: str) -> None:
    spans = sentence_spans(text)
    for s, e in spans:
        assert 0 <= s < e <= len(text)
        assert text[s:e] == text[s:e].strip()
        assert "\n" not in text[s:e]
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))
    # every non-blank character belongs to a sentence
    covered = {i for s, e in spans for i in range(s, e)}
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())
