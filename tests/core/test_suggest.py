"""Keyword suggestions: on the seeds, accepting, rejecting, editing keyword lists."""

from __future__ import annotations

import pytest

from desktop_app.core.errors import BiaozhuError
from desktop_app.core.text import suggest as sg

ASTRAL = "𠮷𠀀😀"


def _coding_keys(project, source: str | None = None) -> set[tuple[int, int, int, int]]:
    return {(r["document_id"], r["code_id"], r["start"], r["end"]) for r in project.codings()
            if source is None or r["source"] == source}


def test_every_suggested_sentence_holds_a_keyword_of_its_code(demo_project):
    items = sg.suggest(demo_project)
    assert len({s.code for s in items}) == 4  # every default theme finds something in the seeds
    lists = sg.keyword_lists(demo_project)
    for s in items:
        text = demo_project.document_text(s.document_id)
        assert text[s.start:s.end] == s.text
        assert s.keywords and set(s.keywords) <= set(lists[s.code_id])
        for kw in s.keywords:
            assert kw.lower() in s.text.lower()
        assert "\n" not in s.text


def test_accepting_creates_exactly_those_codings_in_one_action(demo_project):
    items = [s for s in sg.suggest(demo_project) if s.code == "社会保障"]
    assert items
    before = _coding_keys(demo_project)
    actions = demo_project.conn.execute("SELECT COUNT(*) FROM actions").fetchone()[0]
    ids = sg.accept(demo_project, items)
    assert len(ids) == len(items)
    assert demo_project.conn.execute("SELECT COUNT(*) FROM actions").fetchone()[0] == actions + 1
    assert _coding_keys(demo_project) - before == {s.key for s in items}
    assert _coding_keys(demo_project, "suggestion") == {s.key for s in items}
    # accepted sentences are not proposed again; undo brings them back
    assert not [s for s in sg.suggest(demo_project) if s.code == "社会保障"]
    demo_project.undo(demo_project.last_action()["id"])
    assert _coding_keys(demo_project) == before
    assert [s.key for s in sg.suggest(demo_project, code="社会保障")] == [s.key for s in items]


def test_rejecting_creates_no_coding_and_is_not_proposed_again(demo_project):
    items = sg.suggest(demo_project, code="数字化改革")
    assert items
    before = _coding_keys(demo_project)
    assert sg.reject(demo_project, items[:1]) == 1
    assert _coding_keys(demo_project) == before
    again = sg.suggest(demo_project, code="数字化改革")
    assert [s.key for s in again] == [s.key for s in items[1:]]
    assert sg.reject(demo_project, items[:1]) == 0  # already rejected
    assert sg.forget_rejections(demo_project) == 1
    assert len(sg.suggest(demo_project, code="数字化改革")) == len(items)


def test_already_coded_sentences_are_not_suggested(demo_project):
    # the demo codes 加快健全社会保障体系 with 社会保障
    texts = [s.text for s in sg.suggest(demo_project, code="社会保障")]
    assert "加快健全社会保障体系" not in texts


def test_offsets_after_astral_characters(project):
    text = f"{ASTRAL}第一句没有。{ASTRAL}完善社会救助体系𠮷。\n{ASTRAL[1]}提高居民收入！"
    doc = project.add_document("t", text)
    items = sg.suggest(project)
    got = {(s.code, text[s.start:s.end]) for s in items}
    assert got == {("社会保障", f"{ASTRAL}完善社会救助体系𠮷。"), ("居民增收", f"{ASTRAL[1]}提高居民收入！")}
    ids = sg.accept(project, items)
    assert {project.coding(i)["start"] for i in ids} == {text.index("𠮷", 5), text.index("𠀀", 20)}
    assert all(project.coding(i)["document_id"] == doc for i in ids)


def test_editing_keywords_changes_suggestions_and_is_undoable(demo_project):
    defaults = sg.keywords(demo_project, "社会保障")
    assert defaults == sg.default_keywords()["社会保障"]
    sg.set_keywords(demo_project, "社会保障", [])
    assert sg.suggest(demo_project, code="社会保障") == []
    demo_project.undo(demo_project.last_action()["id"])
    assert sg.keywords(demo_project, "社会保障") == defaults
    stored = sg.set_keywords(demo_project, "社会保障", [" 养老 ", "养老", "", "低保"])
    assert stored == ["养老", "低保"]
    assert all(set(s.keywords) <= {"养老", "低保"} for s in sg.suggest(demo_project, code="社会保障"))
    assert sg.add_keyword(demo_project, "社会保障", "医保") == ["养老", "低保", "医保"]
    assert sg.remove_keyword(demo_project, "社会保障", "养老") == ["低保", "医保"]
    with pytest.raises(BiaozhuError, match="already"):
        sg.add_keyword(demo_project, "社会保障", "医保")
    with pytest.raises(BiaozhuError, match="not a keyword"):
        sg.remove_keyword(demo_project, "社会保障", "没有")
    with pytest.raises(BiaozhuError, match="span lines"):
        sg.set_keywords(demo_project, "社会保障", ["a\nb"])


def test_a_new_code_has_no_keywords_until_given_some(demo_project):
    cid = demo_project.add_code("乡村振兴")
    assert sg.keywords(demo_project, cid) == []
    assert sg.suggest(demo_project, code=cid) == []
    sg.set_keywords(demo_project, cid, ["乡村"])
    assert all("乡村" in s.text for s in sg.suggest(demo_project, code=cid))


def test_accept_and_reject_refuse_nothing(project):
    with pytest.raises(BiaozhuError):
        sg.accept(project, [])
    with pytest.raises(BiaozhuError):
        sg.reject(project, [])


def test_case_folding_survives_a_character_whose_lower_case_is_longer(project):
    """İ lower-cases to two characters. Was: one İ anywhere in a document switched off
    case-insensitive matching for the whole document (and in word search for its line)."""
    from desktop_app.core.text import search as ts

    text = "İzmir代表团参观。GDP增长8%。"
    doc = project.add_document("d", text)
    sg.set_keywords(project, "居民增收", ["gdp"])
    [s] = sg.suggest(project, code="居民增收")
    assert (s.start, s.end, s.text) == (text.index("GDP"), len(text), "GDP增长8%。")
    for mode in ("word", "substring"):
        [h] = ts.search(project, "gdp", mode=mode, documents=[doc]).hits
        assert text[h.start:h.end] == h.hit == "GDP"
