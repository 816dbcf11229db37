"""The segmentation service: jieba offsets, domain dictionary, the project user dictionary."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.errors import BiaozhuError
from desktop_app.core.paths import cache_dir
from desktop_app.core.text import segmentation as sg

ASTRAL = "𠮷𠀀😀"


@pytest.fixture
def seg(_isolated_user_dirs) -> sg.Segmenter:
    """Function scope so jieba's first load sees the test cache folder (then it is cached)."""
    return sg.segmenter()


def test_cache_file_lives_in_the_app_cache_folder(seg: sg.Segmenter) -> None:
    tok = sg.base_tokenizer()
    assert tok.tmp_dir == str(cache_dir())
    assert (cache_dir() / "jieba.cache").is_file()


def test_background_init_makes_it_ready() -> None:
    t = sg.start_background_init()
    if t is not None:
        t.join(timeout=30)
    assert sg.is_ready()
    assert sg.start_background_init() is None  # already loaded: nothing to start


@pytest.mark.parametrize("term", ["共同富裕", "统筹城乡", "无差别城乡", "八里店镇", "飞地抱团",
                                  "共富十改", "村企结对"])
def test_domain_terms_stay_whole(seg: sg.Segmenter, term: str) -> None:
    assert term in seg.words(f"湖州推进{term}的做法")


def test_offsets_are_code_points_after_astral_characters(seg: sg.Segmenter) -> None:
    text = f"{ASTRAL}八里店镇推进{ASTRAL[0]}共同富裕"
    tokens = seg.tokens(text)
    by_word = {t.word: (t.start, t.end) for t in tokens}
    assert by_word["八里店镇"] == (3, 7)
    assert by_word["共同富裕"] == (text.index("共同富裕"), text.index("共同富裕") + 4)
    for t in tokens:
        assert text[t.start:t.end] == t.word


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("收入低城乡居民共同富裕，。 \n\tAb1" + ASTRAL)),
               max_size=60))
def test_tokens_cover_the_text_exactly(text: str) -> None:
    seg = sg.segmenter()
    spans = seg.spans(text)
    assert "".join(text[s:e] for s, e in spans) == text
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:], strict=False))


def test_word_at_and_snap(seg: sg.Segmenter) -> None:
    text = "第一行\n𠮷𠮷共同富裕示范区建设"
    pos = text.index("富")
    s, e = seg.word_at(text, pos)
    assert text[s:e] in ("共同富裕", "共同富裕示范区")
    assert s <= pos < e
    # a selection cutting into words is widened to whole words
    a, b = seg.snap(text, text.index("同"), text.index("建") + 1)
    assert a <= text.index("共") and text[a:b].endswith("建设")
    assert seg.word_at(text, 3) == (3, 4)  # the line end itself


def test_user_term_changes_segmentation(project) -> None:
    before = sg.project_segmenter(project)
    assert "收入倍差" not in before.words("城乡居民收入倍差1.61")
    sg.add_term(project, "收入倍差")
    after = sg.project_segmenter(project)
    assert after.version != before.version
    assert "收入倍差" in after.words("城乡居民收入倍差1.61")
    assert [t["term"] for t in sg.user_terms(project)] == ["收入倍差"]
    sg.remove_term(project, "收入倍差")
    assert sg.project_segmenter(project).version == before.version


def test_split_term_breaks_a_dictionary_word(project) -> None:
    sg.add_term(project, "无差别城乡", kind="split")
    assert "无差别城乡" not in sg.project_segmenter(project).words("推进无差别城乡建设")
    # the shared base segmenter is untouched
    assert "无差别城乡" in sg.segmenter().words("推进无差别城乡建设")


def test_user_terms_are_undoable(project) -> None:
    sg.add_term(project, "共富工坊")
    action = project.last_action()["id"]
    project.undo(action)
    assert sg.user_terms(project) == []
    project.redo(action)
    assert [t["term"] for t in sg.user_terms(project)] == ["共富工坊"]


@pytest.mark.parametrize("bad", ["", "  ", "共 富", "a", "x" * 41, "收入\n倍差"])
def test_bad_terms_are_refused(project, bad: str) -> None:
    with pytest.raises(BiaozhuError):
        sg.add_term(project, bad)
    assert sg.user_terms(project) == []


def test_duplicate_and_unknown_terms(project) -> None:
    sg.add_term(project, "共富工坊")
    with pytest.raises(BiaozhuError, match="already"):
        sg.add_term(project, "共富工坊")
    with pytest.raises(BiaozhuError, match="not in the project dictionary"):
        sg.remove_term(project, "没有")
    with pytest.raises(BiaozhuError, match="kind"):
        sg.add_term(project, "新词语", kind="other")
