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
    assert panel.model_.rowCount() == 1 and panel.code_button.isEnabled()
    panel.query.setText("(收入")
    panel.mode.setCurrentIndex(panel.mode.findData("regex"))
    with qtbot.waitSignal(panel.searchFailed, timeout=20_000):
        panel.run_search()
    assert panel.model_.rowCount() == 0
    assert not panel.code_button.isEnabled()
    panel.code_all()
    assert rows(astral_project, "SELECT count(*) FROM codings") == [(0,)]



def test_keyboard_only_tab_leaves_the_tables_and_enter_acts(qtbot, window, astral_project):
    """Tab used to stay inside the document list for ever; Enter did nothing in the lists."""
    from PySide6.QtWidgets import QApplication

    window.doc_list.setFocus()
    window.doc_list.setCurrentIndex(window.doc_list.model_.index(0, 0))
    reached = set()
    for _ in range(20):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.add(QApplication.focusWidget().objectName())
    assert {"codebookTree", "segmentsTable", "documentPane"} <= reached

    # the document list: Enter opens the selected document in the active pane
    pane = window.panes.panes[0]
    window.panes._activate(pane)
    window.doc_list.setFocus()
    window.doc_list.setCurrentIndex(window.doc_list.model_.index(1, 0))
    qtbot.keyClick(window.doc_list, Qt.Key.Key_Return)
    assert pane.document_id == window.doc_list.model_.docs[1]["id"]

    # select with Shift+arrows, then Enter on a code in the codebook codes the selection
    doc = pane.document_id
    pane.view.select_span(2, 2)
    for _ in range(3):
        qtbot.keyClick(pane.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert pane.view.selection_span() == (2, 5)
    tree = window.tree
    tree.setFocus()
    social = next(c for c, r in tree.model_.rows.items() if r["name"] == "社会保障")
    tree.setCurrentIndex(tree.model_.index_of(social))
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert rows(astral_project, "SELECT document_id, code_id, start, end FROM codings") == [
        (doc, social, 2, 5)]

    # the segments table: Enter jumps to the passage and selects it in a pane
    qtbot.waitUntil(lambda: window.segments.model_.rowCount() == 1)
    pane.view.select_span(0, 0)
    window.segments.setFocus()
    window.segments.setCurrentIndex(window.segments.model_.index(0, 0))
    qtbot.keyClick(window.segments, Qt.Key.Key_Return)
    shown = window.panes.pane_showing(doc)
    assert shown.view.selection_span() == (2, 5)


def _mnemonic_clashes(menu, where: str) -> list[str]:
    import re

    seen: dict[str, str] = {}
    clashes: list[str] = []
    for act in menu.actions():
        text = act.text().replace("&&", "")
        m = re.search(r"&(\w)", text)
        if act.menu() is not None:
            clashes += _mnemonic_clashes(act.menu(), f"{where}/{text}")
            if m is None:
                clashes.append(f"{where}/{text}: no mnemonic")
        if m is None:
            continue
        key = m.group(1).lower()
        if key in seen:
            clashes.append(f"{where}: {seen[key]} and {text} share Alt+{key}")
        seen[key] = text
    return clashes


def test_menu_mnemonics_are_unique_in_both_languages(qtbot, window):
    """Alt+N in View only cycled between Close pane and Snap selection; Panels had none."""
    _deferred_deletes()
    for language in ("en", "zh_CN"):
        window.set_language(language)
        assert _mnemonic_clashes(window.menuBar(), language) == []
    window.set_language("en")
