"""Project, document and code memos: undoable actions, listed and searched; bad targets refused."""

from __future__ import annotations

import pytest

from desktop_app.core.errors import BiaozhuError


def test_memos_are_undoable_actions(project):
    d = project.add_document("嘉兴", "共同富裕示范先行。")
    code = project.resolve_code("社会保障")
    a = project.add_memo("project", None, "研究问题：共同富裕")
    b = project.add_memo("document", d, "嘉兴的 <b>署名</b> 文章 😀")
    c = project.add_memo("code", code, "包括养老、医疗")
    assert project.last_changes.rows[0].table == "memos"
    assert {m["id"]: m["about"] for m in project.memo_list()} == {a: None, b: "嘉兴", c: "社会保障"}
    assert [m["id"] for m in project.memo_list(search="署名")] == [b]
    assert [m["id"] for m in project.memo_list(target="code", target_id=code)] == [c]
    project.edit_memo(c, "包括养老、医疗、救助")
    assert project.memo(c)["text"] == "包括养老、医疗、救助" and project.memo(c)["coder"] == "alice"
    project.undo()
    assert project.memo(c)["text"] == "包括养老、医疗"
    project.delete_memo(a)
    assert a not in [m["id"] for m in project.memo_list()]
    project.undo()
    assert project.memo(a)["text"] == "研究问题：共同富裕"
    project.undo()  # the edit was undone already; this undoes adding memo c
    with pytest.raises(BiaozhuError):
        project.memo(c)
    project.redo()
    assert project.memo(c)["text"] == "包括养老、医疗"


def test_bad_memo_targets(project):
    for target, target_id in (("coding", 1), ("document", 99), ("code", 999)):
        with pytest.raises(BiaozhuError):
            project.add_memo(target, target_id, "x")
    with pytest.raises(BiaozhuError):
        project.edit_memo(42, "x")
    assert project.memo_list() == []


def test_coding_memos_listed(project):
    d = project.add_document("doc", "城乡融合发展。社会保障。")
    cid = project.add_coding(d, "城乡融合", 0, 4, memo="关键段落")
    project.add_coding(d, "社会保障", 7, 11)
    rows = project.coding_memos()
    assert [(r["id"], r["memo"], r["start"], r["end"]) for r in rows] == [(cid, "关键段落", 0, 4)]
    assert project.coding_memos(search="无") == []
