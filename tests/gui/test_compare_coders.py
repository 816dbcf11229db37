"""Compare coders in the app: figures equal to `biaozhu agreement`, disagreements that jump to
their passage, Adopt (undoable) and switching the current coder (File ▸ Coder…)."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from desktop_app.cli.main import main
from desktop_app.core.project import open_project
from desktop_app.gui.dialogs import prompts
from tests.gui.conftest import ASTRAL_TEXT, make_window

# ASTRAL_TEXT = "𠮷野家的政策。城乡居民收入😀增加。\n第二段：𠀀社会保障体系健全。\n第三段没有特殊字符。"


def two_coders(path):
    """alice and bob code the first document; they disagree on 𠮷野家 and on 𠀀社会."""
    with open_project(path, coder="alice") as p:
        doc = p.documents()[0]["id"]
        x, y = p.codes()[0]["id"], p.codes()[1]["id"]
        p.add_coding(doc, x, 0, 7)          # 𠮷野家的政策。
        p.add_coding(doc, y, 7, 14)         # 城乡居民收入😀
        p.coder = "bob"
        p.add_coding(doc, x, 3, 7)          # 的政策。 only
        p.add_coding(doc, y, 7, 14)
        p.add_coding(doc, y, 22, 26)        # 𠀀社会保 (alice left it)
        return doc, x, y, p.code(x)["name"], p.code(y)["name"]


def open_panel(qtbot, window):
    window.compare.action.trigger()
    panel = window.compare.panel
    assert panel is not None and window.compare.dock.isVisible()
    qtbot.waitUntil(lambda: not panel.taskbar.busy() and panel.model_.rowCount() > 0, timeout=10_000)
    return panel


def cli_agreement(capsys, path, *codes):
    capsys.readouterr()
    args = ["agreement", str(path), "--coders", "alice", "bob", "--json"]
    for c in codes:
        args += ["--code", str(c)]
    assert main(args) == 0
    return json.loads(capsys.readouterr().out)


def test_panel_figures_equal_the_cli_and_a_click_selects_the_passage(qtbot, astral_project, capsys):
    doc, x, y, xname, yname = two_coders(astral_project)
    window = make_window(qtbot, astral_project)
    panel = open_panel(qtbot, window)
    assert (panel.coder_a.currentText(), panel.coder_b.currentText()) == ("alice", "bob")

    ref = cli_agreement(capsys, astral_project, x, y)
    shown = panel.figures_model.rows
    assert [r["code_id"] for r in shown] == [x, y, None]
    for got, want in zip(shown, [*ref["codes"], ref["overall"]], strict=True):
        for key in ("units", "percent_agreement", "cohen_kappa", "krippendorff_alpha"):
            assert got[key] == want[key]
    # the table shows those numbers
    assert panel.figures.text_at(0, 1) == str(ref["codes"][0]["units"])
    assert panel.figures.text_at(0, 3) == f"{ref['codes'][0]['cohen_kappa']:.3f}"
    # per-code figures do not depend on which other codes are compared
    full = cli_agreement(capsys, astral_project)
    assert [c for c in full["codes"] if c["code_id"] in (x, y)] == ref["codes"]

    m = panel.model_
    rows = [(r["start"], r["end"], r["text"], r["codes_a"], r["codes_b"]) for r in m.rows]
    assert rows == [(0, 3, "𠮷野家", [xname], []), (22, 26, "𠀀社会保", [], [yname])]
    assert m.headerData(3, Qt.Orientation.Horizontal) == "alice"
    assert m.headerData(4, Qt.Orientation.Horizontal) == "bob"
    assert panel.table.text_at(1, 4) == yname and panel.table.text_at(1, 3) == "—"

    rect = panel.table.visualRect(m.index(1, 2))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    pane = window.panes.pane_showing(doc)
    assert pane is not None
    assert pane.view.selection_span() == (22, 26)
    s, e = pane.view.selection_span()
    assert ASTRAL_TEXT[s:e] == "𠀀社会保"
    window.close()


def test_adopt_creates_the_current_coders_coding_and_ctrl_z_removes_it(qtbot, astral_project):
    doc, _x, y, _xname, _yname = two_coders(astral_project)
    window = make_window(qtbot, astral_project)
    panel = open_panel(qtbot, window)
    p = window.session.project
    alice = p.coder_id("alice")

    def alices():
        return [(c["start"], c["end"], c["code_id"]) for c in p.codings(doc) if c["coder_id"] == alice]

    before = alices()
    panel.table.selectRow(0)  # alice's own coding: nothing to adopt
    assert not panel.adopt_button.isEnabled()
    panel.table.selectRow(1)  # bob's 𠀀社会保
    assert panel.adopt_button.isEnabled()
    assert "alice" in panel.adopt_button.text()
    qtbot.mouseClick(panel.adopt_button, Qt.MouseButton.LeftButton)
    assert alices() == sorted([*before, (22, 26, y)])
    assert "Adopt coding" in window.act_undo.text()
    qtbot.waitUntil(lambda: not panel.taskbar.busy() and panel.model_.rowCount() == 1, timeout=10_000)
    assert panel.model_.rows[0]["text"] == "𠮷野家"

    # adopting again says it is adopted already and changes nothing
    rows_before = p.codings()
    assert panel.session.perform(None, lambda pr: pr.adopt_codings(
        [c["id"] for c in rows_before if c["coder"] == "bob" and c["start"] == 22])) is None
    assert "already adopted" in window.statusBar().currentMessage()
    assert p.codings() == rows_before

    window.activateWindow()
    window.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert alices() == before
    qtbot.waitUntil(lambda: not panel.taskbar.busy() and panel.model_.rowCount() == 2, timeout=10_000)
    window.close()


def test_file_coder_switches_who_codes(qtbot, astral_project, monkeypatch):
    doc, x, _y, _xn, _yn = two_coders(astral_project)
    window = make_window(qtbot, astral_project)
    panel = open_panel(qtbot, window)
    assert window.act_coder in window.file_menu.actions()
    asked = {}

    def answer(parent, title, label, names, current):
        asked["names"], asked["current"] = names, current
        return "carol"

    monkeypatch.setattr(prompts, "get_coder", answer)
    window.act_coder.trigger()
    assert asked == {"names": ["alice", "bob"], "current": "alice"}
    p = window.session.project
    assert p.coder == "carol" and window.coder == "carol"
    filters = [window.coder_filter.itemText(i) for i in range(window.coder_filter.count())]
    qtbot.waitUntil(lambda: "carol" in [window.coder_filter.itemText(i)
                                         for i in range(window.coder_filter.count())], timeout=3000)
    assert "carol" in window.coder_label.text()
    assert "carol" in panel.adopt_button.text()
    assert "carol" in [panel.coder_a.itemText(i) for i in range(panel.coder_a.count())]
    del filters
    # the next coding is carol's
    new = window.session.perform(None, lambda pr: pr.add_coding(doc, x, 30, 33))
    assert p.coding(new)["coder_id"] == p.coder_id("carol")
    # switching back to a known coder adds nothing
    monkeypatch.setattr(prompts, "get_coder", lambda *a: "alice")
    last = p.last_action_id()
    window.act_coder.trigger()
    assert p.coder == "alice" and p.last_action_id() == last
    window.close()


def test_panel_in_chinese(qtbot, astral_project):
    two_coders(astral_project)
    window = make_window(qtbot, astral_project, language="zh_CN")
    panel = open_panel(qtbot, window)
    assert window.compare.dock.windowTitle() == "比较编码员"
    assert panel.label_a.text() == "编码员 A："
    assert panel.figures_model.headerData(2, Qt.Orientation.Horizontal) == "一致率 %"
    window.close()


def test_closing_the_project_while_the_panel_reads(qtbot, astral_project, monkeypatch):
    import time

    from desktop_app.gui.panels import compare

    two_coders(astral_project)
    window = make_window(qtbot, astral_project)
    panel = open_panel(qtbot, window)
    real = compare.compare
    monkeypatch.setattr(compare, "compare", lambda *a: (time.sleep(0.3), real(*a))[1])
    panel.refresh()
    op = panel.taskbar.op
    assert op is not None
    window.set_project(None)
    assert window.compare.panel is None and not window.compare.action.isEnabled()
    op.wait()
    qtbot.wait(100)  # the op's end is delivered; the deleted panel is not touched
    monkeypatch.setattr(compare, "compare", real)
    assert window.files.open_project(str(astral_project))
    assert window.compare.dock.isVisible()
    qtbot.waitUntil(lambda: window.compare.panel is not None
                    and window.compare.panel.model_.rowCount() == 2, timeout=10_000)
    window.set_language("zh_CN")
    assert window.compare.panel.label_a.text() == "编码员 A："
    assert window.compare.action.text() == "比较编码员(&C)…"
    window.set_language("en")
    assert window.compare.panel.label_a.text() == "Coder A:"
    window.close()


def test_a_closed_project_with_the_panel_open_leaves_no_session_alive(qtbot, astral_project):
    import gc
    import weakref

    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    two_coders(astral_project)
    window = make_window(qtbot, astral_project)
    panel = open_panel(qtbot, window)
    session = weakref.ref(window.session)
    panel_ref = weakref.ref(panel)
    del panel
    window.set_project(None)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    gc.collect()
    assert session() is None and panel_ref() is None
    window.close()
