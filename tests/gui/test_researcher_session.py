"""Defects found by using the window as a new researcher would (each test failed before its fix)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeySequence

from tests.gui.conftest import rows


def _deferred_deletes() -> None:
    """What the running app's event loop does at once (qtbot's waits leave deleteLater pending)."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def test_language_switch_with_a_project_open_translates_everything(qtbot, window):
    _deferred_deletes()  # the "no project" label was replaced by the panes and is gone now
    window.set_language("zh_CN")
    assert window.text.menu.title().startswith("文本")  # retranslate ran to its end
    assert window.code_filter.itemText(0) == "全部代码"
    assert window.coder_label.text().startswith("编码员")
    window.set_language("en")
    assert window.text.menu.title() == "&Text"
    assert window.code_filter.itemText(0) == "All codes"


def test_open_a_second_project_and_close_it(qtbot, window, tmp_path):
    from desktop_app.core.project import create_project

    other = tmp_path / "other.biaozhu"
    create_project(other, coder="alice").close()
    _deferred_deletes()
    assert window.files.open_project(str(other))
    assert window.session.path.endswith("other.biaozhu")
    _deferred_deletes()
    window.act_close.trigger()
    assert window.session is None
    assert "No project is open" in window.centralWidget().text()


def test_no_two_actions_share_a_shortcut(qtbot, window):
    """Ctrl+W was both Close project and Close pane: Qt then runs neither."""
    seen: dict[str, str] = {}
    for act in window.actions():
        for key in {s.toString(QKeySequence.SequenceFormat.PortableText) for s in act.shortcuts()}:
            assert key not in seen, f"{key}: {seen[key]} and {act.objectName()}"
            seen[key] = act.objectName()
    assert seen["Ctrl+W"] == "actionClosePane"
    # the platform's Close key is Ctrl+W under X11 (Ctrl+F4 offscreen): Close project avoids it
    platform_close = {k.toString() for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Close)}
    assert not platform_close & {k.toString() for k in window.act_close.shortcuts()}


def test_ctrl_w_closes_the_active_pane(qtbot, window):
    assert len(window.panes.panes) == 2
    view = window.panes.panes[0].view
    view.setFocus()
    window.panes._activate(window.panes.panes[0])
    qtbot.keyClick(view, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert len(window.panes.panes) == 1
    assert window.session is not None


def test_failed_search_leaves_no_stale_results_to_code(qtbot, window, astral_project):
    panel = window.text.show_search()
    panel.query.setText("收入")
    panel.mode.setCurrentIndex(panel.mode.findData("substring"))
    with qtbot.waitSignal(panel.searchFinished, timeout=20_000):
        panel.run_search()
    assert panel.table.rowCount() == 1 and panel.code_button.isEnabled()
    panel.query.setText("(收入")
    panel.mode.setCurrentIndex(panel.mode.findData("regex"))
    with qtbot.waitSignal(panel.searchFailed, timeout=20_000):
        panel.run_search()
    assert panel.table.rowCount() == 0
    assert not panel.code_button.isEnabled()
    panel.code_all()
    assert rows(astral_project, "SELECT count(*) FROM codings") == [(0,)]

