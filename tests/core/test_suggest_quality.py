"""Suggestions against the hand-coded seed sample; whole-word matching; learned keywords."""

from __future__ import annotations

import pytest

from bench.suggest_gold import gold_project, load_gold, score
from desktop_app.core.paths import seeds_dir
from desktop_app.core.project.codings import NewCoding
from desktop_app.core.text import suggest as sg
from desktop_app.core.text.keyword_learning import learn_keywords, wilson_lower
from desktop_app.core.text.normalise import normalise
from desktop_app.core.text.sentences import sentence_spans
from desktop_app.core.text.wordindex import update_index
from tests.conftest import table_dump

THEMES = {"居民增收", "社会保障", "数字化改革", "城乡融合"}


@pytest.fixture(scope="module")
def gold():
    return load_gold()


def test_the_sample_is_every_seed_sentence_with_valid_codes(gold):
    assert gold["about"] and set(gold["codes"]) == THEMES
    assert {d["file"] for d in gold["documents"]} == {f.name for f in seeds_dir().glob("*.txt")}
    for d in gold["documents"]:
        text = normalise((seeds_dir() / d["file"]).read_text(encoding="utf-8"))[0]
        assert [(s["start"], s["end"]) for s in d["sentences"]] == sentence_spans(text)
        for s in d["sentences"]:
            assert text[s["start"]:s["end"]] == s["text"]
            assert set(s["codes"]) <= THEMES and len(set(s["codes"])) == len(s["codes"])
    pairs = sum(len(s["codes"]) for d in gold["documents"] for s in d["sentences"])
    assert pairs > 100  # a sample worth measuring on


def test_default_suggestions_find_most_of_what_a_researcher_codes(tmp_path, gold):
    """Was precision 0.81, recall 0.65 on this sample (the version 1 lists, text matching)."""
    project, files = gold_project(tmp_path / "g.biaozhu")
    with project:
        items = sg.suggest(project)
    s = score(items, files, gold)
    assert s.precision >= 0.85 and s.recall >= 0.78, s
    for code in THEMES:  # no theme left behind
        c = score(items, files, gold, codes={code})
        assert c.precision >= 0.8 and c.recall >= 0.65, (code, c)


def test_short_chinese_keywords_match_whole_words_only(project):
    text = "财政收入增长很快。人均收入提高了。居民收入稳步增长。劳动就业与社会保障。鼓励灵活就业。"
    doc = project.add_document("t", text)
    sg.set_keywords(project, "居民增收", ["收入", "就业", "人均收入"])
    got = {s.text: s.keywords for s in sg.suggest(project, code="居民增收")}
    assert "财政收入增长很快。" not in got and "劳动就业与社会保障。" not in got
    assert got["人均收入提高了。"] == ("人均收入",)
    assert got["鼓励灵活就业。"] == ("就业",)
    assert sg.matches_whole_words("收入") and not sg.matches_whole_words("5G")
    assert not sg.matches_whole_words("社会保障") and sg.matches_whole_words("𠮷")
    # the same answer from the word index as from segmenting afresh
    update_index(project)
    assert {s.text: s.keywords for s in sg.suggest(project, code="居民增收")} == got
    assert doc


def test_a_tampered_word_index_is_not_trusted(project):
    text = "财政收入增长很快。"
    doc = project.add_document("t", text)
    sg.set_keywords(project, "居民增收", ["收入"])
    update_index(project)
    # tokens that do not spell the line (a hand-edited file): segmented afresh instead
    project.conn.execute("UPDATE text_chunks SET tokens = '财政\x1f收入增长' WHERE document_id=?",
                         (doc,))
    assert sg.suggest(project, code="居民增收") == []
    project.conn.execute("UPDATE text_chunks SET tokens = ? WHERE document_id=?",
                         ("财政\x1f收入\x1f增长\x1f很快\x1f。", doc))
    # tokens that spell the line are used (this is how the index is read)
    assert [s.text for s in sg.suggest(project, code="居民增收")] == [text]


def test_learned_keywords_come_from_the_codings_and_change_nothing(tmp_path, gold):
    project, files = gold_project(tmp_path / "g.biaozhu")
    byfile = {f: i for i, f in files.items()}
    codes = {c["name"]: c["id"] for c in project.codes()}
    assert learn_keywords(project) == []  # nothing coded, nothing learned
    project.add_codings([NewCoding(byfile[d["file"]], codes[c], s["start"], s["end"])
                         for d in gold["documents"] for s in d["sentences"] for c in s["codes"]])
    before = table_dump(project.path)
    learned = learn_keywords(project, top=10)
    assert table_dump(project.path) == before
    assert {k.code for k in learned} == THEMES
    lists = sg.keyword_lists(project)
    for k in learned:
        assert k.word not in lists[k.code_id] and k.coded >= 3 and 0.3 <= k.score <= 1
        assert not any(w in k.word for w in lists[k.code_id] if not sg.matches_whole_words(w))
    urban = [k.word for k in learned if k.code == "城乡融合"]
    assert "基础设施" in urban[:3]
    only = learn_keywords(project, code="社会保障", top=3)
    assert len(only) == 3 and {k.code for k in only} == {"社会保障"}
    scores = [k.score for k in only]
    assert scores == sorted(scores, reverse=True)
    project.close()


def test_wilson_lower_bound():
    assert wilson_lower(0, 0) == 0
    assert 0.6 < wilson_lower(6, 6) < 0.75
    assert wilson_lower(2, 4) < wilson_lower(2, 2) < wilson_lower(10, 10) < 1
