import pytest

from desktop_app.core.errors import BiaozhuError, UndoConflict
from desktop_app.core.project.codings import NewCoding

TEXT = "𠮷城乡居民收入😀倍差1.61∶1"


@pytest.fixture
def doc(project):
    return project.add_document("d", TEXT)


def test_add_and_read_back_with_code_point_offsets(project, doc):
    cid = project.add_coding(doc, "居民增收", 1, 7, memo="收入差距")
    [seg] = project.segments()
    assert seg["id"] == cid and seg["text"] == TEXT[1:7] == "城乡居民收入"
    assert (seg["coder"], seg["memo"], seg["code"]) == ("alice", "收入差距", "居民增收")


@pytest.mark.parametrize(("start", "end"), [(-1, 2), (3, 3), (5, 2), (0, len(TEXT) + 1), ("a", 2)])
def test_offsets_are_validated(project, doc, start, end):
    with pytest.raises(BiaozhuError):
        project.add_coding(doc, "居民增收", start, end)
    assert project.segments() == []


def test_exact_duplicate_refused_but_overlaps_and_other_coders_fine(project, doc):
    project.add_coding(doc, "居民增收", 1, 7)
    with pytest.raises(BiaozhuError, match="already has that code"):
        project.add_coding(doc, "居民增收", 1, 7)
    project.add_coding(doc, "城乡融合", 1, 7)
    project.add_coding(doc, "居民增收", 2, 9)
    project.coder = "bob"
    project.add_coding(doc, "居民增收", 1, 7)
    assert len(project.segments()) == 4
    assert {c["name"] for c in project.coders()} == {"alice", "bob"}
    assert len(project.segments(coder="bob")) == 1


def test_change_code_span_memo_and_remove(project, doc):
    cid = project.add_coding(doc, "居民增收", 1, 7)
    project.recode(cid, "城乡融合")
    project.set_span(cid, 0, 8)
    project.set_memo(cid, "备注")
    [seg] = project.segments()
    assert (seg["code"], seg["start"], seg["end"], seg["text"], seg["memo"]) == (
        "城乡融合", 0, 8, TEXT[0:8], "备注")
    with pytest.raises(BiaozhuError):
        project.set_span(cid, 5, 99)
    project.remove_coding(cid)
    assert project.segments() == []
    with pytest.raises(BiaozhuError, match="no coding"):
        project.remove_coding(cid)


def test_batch_is_one_action_and_one_undo(project, doc):
    ids = project.add_codings([NewCoding(doc, "居民增收", i, i + 2) for i in range(5)])
    assert len(ids) == 5
    project.undo(project.last_action()["id"])
    assert project.segments() == []


def test_history_records_who_what_before_after(project, doc):
    cid = project.add_coding(doc, "居民增收", 1, 7)
    project.set_memo(cid, "新备注")
    action = project.last_action()
    assert (action["coder"], action["label"]) == ("alice", "Edit memo")
    [(table, row_id, before, after)] = project.action_rows(action["id"])
    assert (table, row_id, before["memo"], after["memo"]) == ("codings", cid, "", "新备注")


def test_undo_redo_keeps_ids_and_refuses_conflicts(project, doc):
    cid = project.add_coding(doc, "居民增收", 1, 7)
    add = project.last_action()["id"]
    project.undo(add)
    project.redo(add)
    assert project.coding(cid)["start"] == 1
    project.set_memo(cid, "changed later")
    with pytest.raises(UndoConflict):
        project.undo(add)
    assert project.coding(cid)["memo"] == "changed later"


def test_delete_document_removes_its_codings_and_undo_restores(project, doc):
    project.add_coding(doc, "居民增收", 1, 7)
    project.set_attribute(doc, "region", "嘉兴")
    assert project.delete_document(doc) == 1
    assert project.documents() == [] and project.segments() == []
    project.undo(project.last_action()["id"])
    assert project.document_text(doc) == TEXT
    assert project.attributes(doc) == {"region": "嘉兴"}
    assert len(project.segments()) == 1


def test_default_coder_from_environment(tmp_path, monkeypatch):
    from desktop_app.core.project import create_project

    monkeypatch.setenv("BIAOZHU_CODER", "王研究员")
    with create_project(tmp_path / "p.biaozhu") as p:
        doc = p.add_document("d", "收入")
        p.add_coding(doc, 1, 0, 2)
        assert p.segments()[0]["coder"] == "王研究员"


def _undo_conflict_cases(project, doc):
    """(action to replay, undo?) whose replay collides with a row added since."""
    # 1. the same passage coded again after its removal: undoing the removal would duplicate it
    cid = project.add_coding(doc, "居民增收", 1, 7)
    project.remove_coding(cid)
    removal = project.last_action()["id"]
    project.add_coding(doc, "居民增收", 1, 7)
    yield removal, True
    # 2. a new code takes the name of an undone one: redoing the undone add would clash
    project.add_code("新主题")
    add = project.last_action()["id"]
    project.undo(add)
    project.add_code("新主题")
    yield add, False
    # 3. a new coder's first coding (which added the coder), then another of theirs:
    #    undoing the first would delete a coder that a coding still needs
    project.coder = "bob"
    project.add_coding(doc, "社会保障", 0, 2)
    first = project.last_action()["id"]
    project.add_coding(doc, "社会保障", 2, 4)
    yield first, True


def test_undo_and_redo_that_would_clash_are_refused_cleanly(project, doc):
    """Was: sqlite3.IntegrityError (UNIQUE / FOREIGN KEY), which the GUI does not catch."""
    from tests.conftest import table_dump

    for action_id, is_undo in _undo_conflict_cases(project, doc):
        before = table_dump(project.path)
        with pytest.raises(UndoConflict, match="cannot (undo|redo)"):
            (project.undo if is_undo else project.redo)(action_id)
        assert table_dump(project.path) == before
