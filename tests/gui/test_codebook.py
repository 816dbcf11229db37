"""Codebook editing in the tree, each step undoable."""

from __future__ import annotations

from PySide6.QtCore import QMimeData

from tests.gui.conftest import rows


def names(path):
    return [r[0] for r in rows(path, "SELECT name FROM codes ORDER BY id")]


def test_add_rename_colour_shortcut_description_with_undo(qtbot, window, astral_project, monkeypatch):
    from desktop_app.gui.dialogs import prompts

    tree = window.tree
    assert tree.objectName() == "codebookTree"
    new = tree.add_code(None, name="共富十改")
    assert "共富十改" in names(astral_project)
    monkeypatch.setattr(prompts, "get_text", lambda *a, **k: "共同富裕改革")
    tree.rename_code(new)
    monkeypatch.setattr(prompts, "get_colour", lambda *a, **k: "#123456")
    tree.recolour_code(new)
    monkeypatch.setattr(prompts, "get_text", lambda *a, **k: "十项改革 𠮷")
    tree.describe_code(new)
    tree.set_shortcut(new, "1")  # taken from 居民增收
    q = "SELECT name, colour, description, shortcut FROM codes WHERE id=?"
    assert rows(astral_project, q, (new,)) == [("共同富裕改革", "#123456", "十项改革 𠮷", "1")]
    assert rows(astral_project, "SELECT shortcut FROM codes WHERE name='居民增收'") == [(None,)]
    qtbot.waitUntil(lambda: new in tree.model_.rows)
    idx = tree.model_.index_of(new)
    assert idx.data() == "共同富裕改革"
    assert "十项改革 𠮷" in idx.data(3)  # description as tooltip

    for _ in range(4):
        window.undo()
    assert rows(astral_project, q, (new,))[0][0] == "共富十改"
    assert rows(astral_project, "SELECT shortcut FROM codes WHERE name='居民增收'") == [("1",)]
    window.undo()
    assert "共富十改" not in names(astral_project)
    window.redo()
    assert "共富十改" in names(astral_project)


def test_drag_under_parent_merge_and_delete_with_count(qtbot, window, astral_project, monkeypatch):
    from desktop_app.gui.dialogs import prompts
    from desktop_app.gui.models.codebook import MIME

    tree, model = window.tree, window.tree.model_
    pane = window.panes.panes[0]
    pane.view.select_span(0, 4)
    qtbot.keyClicks(pane.view, "2")
    pane.view.select_span(5, 8)
    qtbot.keyClicks(pane.view, "3")
    social, digital = (rows(astral_project, "SELECT id FROM codes WHERE name=?", (n,))[0][0]
                       for n in ("社会保障", "数字化改革"))
    qtbot.waitUntil(lambda: model.rows[social]["codings"] == 1)
    data = QMimeData()
    data.setData(MIME, str(digital).encode())
    model.dropMimeData(data, None, -1, -1, model.index_of(social))
    assert rows(astral_project, "SELECT parent_id FROM codes WHERE id=?", (digital,)) == [(social,)]
    qtbot.waitUntil(lambda: model.parent(model.index_of(digital)) == model.index_of(social))

    asked = []

    def confirm(parent, title, text):
        asked.append(text)
        return True

    monkeypatch.setattr(prompts, "confirm", confirm)
    tree.delete_code(social)
    assert "2 code(s) and 2 coding(s)" in asked[-1]
    assert rows(astral_project, "SELECT COUNT(*) FROM codings") == [(0,)]
    window.undo()
    assert rows(astral_project, "SELECT COUNT(*) FROM codings") == [(2,)]
    window.undo()  # the move
    assert rows(astral_project, "SELECT parent_id FROM codes WHERE id=?", (digital,)) == [(None,)]

    tree.merge_code(digital, social)
    assert "数字化改革" not in names(astral_project)
    assert rows(astral_project, "SELECT code_id FROM codings ORDER BY id") == [(social,), (social,)]
    window.undo()
    assert rows(astral_project, "SELECT code_id FROM codings ORDER BY id") == [(social,), (digital,)]


def test_refused_edit_shows_message_and_changes_nothing(qtbot, window, astral_project):
    before, status = names(astral_project), window.session.undo_status()
    assert window.tree.add_code(None, name="居民增收") is None  # already exists
    assert "already a code" in window.statusBar().currentMessage()
    assert names(astral_project) == before
    assert window.session.undo_status() == status
