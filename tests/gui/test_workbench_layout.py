"""Issue 13: the workbench as a researcher finds it — shortcuts, panels, panes, margin
brackets, selection, new codes' keys and the reading position."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtTest import QTest

from desktop_app.core.project.codebook import PALETTE
from desktop_app.gui.dialogs import prompts
from desktop_app.gui.document.spans import Span
from desktop_app.gui.document.view import SELECTION_COLOUR, bracket_lanes
from desktop_app.gui.window.coding_actions import suggested_name
from tests.gui.conftest import ASTRAL_TEXT, rows


def _shortcut_actions(window) -> dict[str, list[QAction]]:
    by_key: dict[str, list[QAction]] = defaultdict(list)
    for act in window.findChildren(QAction):
        for seq in act.shortcuts():
            if not seq.isEmpty() and act.shortcutContext() != Qt.ShortcutContext.WidgetShortcut:
                by_key[seq.toString(QKeySequence.SequenceFormat.PortableText)].append(act)
    return by_key


def test_every_shortcut_is_bound_once_and_fires_its_action(qtbot, window):
    by_key = _shortcut_actions(window)
    assert "Ctrl+N" in by_key and "Ctrl+O" in by_key
    dupes = {k: [a.objectName() for a in acts] for k, acts in by_key.items() if len(acts) > 1}
    assert dupes == {}
    fired: list[str] = []
    for acts in by_key.values():
        act = acts[0]
        act.triggered.disconnect()  # no side effects: only record that the key reached it
        act.setEnabled(True)
        act.triggered.connect(lambda _=False, a=act: fired.append(a.objectName()))
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    window.setFocus()
    for key, acts in by_key.items():
        before = len(fired)
        QTest.keySequence(window, QKeySequence(key))
        assert fired[before:] == [acts[0].objectName()], f"{key} did not fire {acts[0].objectName()}"


def test_panels_can_be_hidden_shown_floated_and_reset(qtbot, window):
    for dock in (window.doc_dock, window.code_dock, window.seg_dock):
        toggle = dock.toggleViewAction()
        assert toggle.isEnabled() and toggle in window.docks_menu.actions()
        toggle.trigger()
        assert not dock.isVisible()
        toggle.trigger()
        assert dock.isVisible()
    window.code_dock.setFloating(True)
    window.doc_dock.hide()
    window.act_reset_layout.trigger()
    assert window.doc_dock.isVisible() and not window.code_dock.isFloating()
    assert window.docks_menu.actions()[-1] is window.act_reset_layout


def test_text_panes_get_the_width_and_survive_shrinking(qtbot, window):
    window.resize(1600, 1000)
    window.reset_layout()
    qtbot.wait(50)
    panes = window.panes
    assert panes.width() > 0.55 * window.width()
    assert window.seg_dock.height() <= 0.26 * window.height()
    tree = window.tree
    name_key = tree.header().sectionSize(0) + tree.header().sectionSize(1)
    assert window.code_dock.width() >= tree.minimumWidth() >= 150
    docs_before = window.doc_dock.width()
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.doc_dock.width() <= max(docs_before, 0.18 * 1024), timeout=2000)
    assert window.code_dock.width() >= tree.minimumWidth()
    assert window.doc_dock.width() <= max(docs_before, 0.18 * 1024)  # gave width back too
    assert panes.width() > 0.5 * window.width()
    qtbot.waitUntil(lambda: window.seg_dock.height() <= 0.3 * window.height(), timeout=2000)
    assert tree.header().sectionSize(0) + tree.header().sectionSize(1) >= 0.6 * name_key
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: window.doc_dock.width() >= min(docs_before, 0.17 * 1600) - 2,
                    timeout=2000)  # got its width back
    assert window.code_dock.width() >= tree.minimumWidth()
    assert panes.width() > 0.55 * window.width()


def test_ctrl_t_opens_the_next_document_not_shown(qtbot, window):
    panes = window.panes
    panes.close_pane(panes.panes[1])
    assert [p.document_id for p in panes.panes] == [1]
    window.new_pane()
    assert [p.document_id for p in panes.panes] == [1, 2]
    window.new_pane()  # every document is shown: the same one again, and the status bar says so
    assert len(panes.panes) == 3
    assert window.statusBar().currentMessage()


def test_a_jump_never_replaces_the_document_a_pane_shows(qtbot, window, astral_project):
    from desktop_app.core.project import open_project

    with open_project(astral_project, coder="alice") as p:
        third = p.add_document("第三篇", "第三篇的内容。社会保障。")
    window.session.notify(window.session.last_changes)  # reload lists
    window._refresh_lists()
    panes = window.panes
    shown = [p.document_id for p in panes.panes]
    window.jump_to(third, 2, 4)
    assert [p.document_id for p in panes.panes][:2] == shown
    assert panes.panes[-1].document_id == third
    assert panes.panes[-1].view.selection_span() == (2, 4)
    window.jump_to(shown[0], 0, 2)  # shown already: no new pane
    assert len(panes.panes) == 3


def test_codings_get_their_own_brackets():
    outer = Span(0, 20, 1, 7, "#F28E2B")
    inner = Span(5, 10, 2, 7, "#F28E2B")
    after = Span(20, 30, 3, 7, "#F28E2B")  # adjacent to outer: may share its column
    other = Span(25, 40, 4, 8, "#4E79A7")
    lanes, used = bracket_lanes(sorted([outer, inner, after, other]))
    assert lanes[outer] != lanes[inner]  # nested: one bracket each
    assert lanes[other] != lanes[after]  # overlapping: side by side
    assert lanes[after] != lanes[outer]  # touching: two brackets, not one long one
    assert used == 2


def test_margin_and_text_tooltips_name_code_coder_and_memo(qtbot, window):
    pane = window.panes.panes[0]
    s = ASTRAL_TEXT.index("城乡居民收入")
    pane.view.select_span(s, s + 6)
    qtbot.keyClicks(pane.view, "1")
    pane.view.select_span(s + 2, s + 4)
    qtbot.keyClicks(pane.view, "1")  # nested, same code
    coding = rows(window.session.path, "SELECT id FROM codings ORDER BY id")[0][0]
    window.session.perform(None, lambda p: p.set_memo(coding, "收入的说法"))
    view = pane.view
    u16 = view.omap.to_utf16(s + 3)
    spans = view.spans_at(u16)
    assert len(spans) == 2
    text = view.describe(spans)
    assert text.count("居民增收") == 2 and "alice" in text and "收入的说法" in text
    lanes = {lane for sp, lane, _, _ in view.visible_stripes()}
    assert len(lanes) == 2  # two brackets, not one block


def test_selection_colour_is_none_of_the_codes_and_goes_after_coding(qtbot, window):
    sel = QColor(SELECTION_COLOUR)
    for c in PALETTE:
        q = QColor(c)
        distance = sum(abs(a - b) for a, b in zip(sel.getRgb()[:3], q.getRgb()[:3], strict=True))
        assert distance > 150, c
    view = window.panes.panes[0].view
    assert view.palette().color(view.palette().ColorRole.Highlight) == sel
    view.select_span(0, 3)
    qtbot.keyClicks(view, "2")
    assert view.selection_span() is None
    assert "社会保障" in window.statusBar().currentMessage()


def test_every_new_code_takes_the_next_free_key(qtbot, window, monkeypatch):
    keys = {r["name"]: r["shortcut"] for r in window.session.project.codes()}
    used = {k for k in keys.values() if k}
    monkeypatch.setattr(prompts, "get_text", lambda *a, **k: "新的代码")
    cid = window.tree.add_code(None)
    key = window.session.project.code(cid)["shortcut"]
    assert key and key not in used
    child = window.tree.add_code(cid, name="子代码")
    assert window.session.project.code(child)["shortcut"] not in used | {key}


def test_new_code_from_selection_proposes_only_a_short_name():
    assert suggested_name(" 社会 保障 ") == "社会 保障"
    assert suggested_name("城乡居民收入分别达到6.4万元和3.98万元，农村居民收入连续17年") == ""
    assert suggested_name("增收。") == ""


def test_reading_position_stays_on_rewrap_resize_and_filter(qtbot, window, astral_project):
    from desktop_app.core.project import open_project

    # long paragraphs, as in the seeds: a re-wrap moves text between the lines of one block
    long_text = "".join(f"第{i}段，城乡居民收入增加，社会保障体系健全。" * 40 + "\n" for i in range(12))
    with open_project(astral_project, coder="alice") as p:
        doc = p.add_document("长文", long_text)
    window._refresh_lists()
    pane = window.panes.panes[0]
    pane.show_document(doc)
    view = pane.view
    qtbot.wait(20)
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // 2)
    first = view.first_visible()
    assert first > 0
    value = view.verticalScrollBar().value()
    view.scroll_to_anchor(first)  # the reading place it reports is where the view is
    assert view.verticalScrollBar().value() == value and view.first_visible() == first
    line_len = 2 * view.viewport().width() // view.fontMetrics().horizontalAdvance("中")

    def near(pos: int) -> bool:  # the same line (the first character of a line may move)
        return abs(view.first_visible() - pos) <= line_len

    # a new code in a new bracket column widens the margin and re-wraps the text
    at = view.omap.to_code_point(first) + 5
    for key, length in (("1", 30), ("2", 10)):
        view.select_span(at, at + length, centre=False)
        qtbot.keyClicks(view, key)
    view.select_span(at + 3, at + 8, centre=False)
    qtbot.keyClicks(view, "1")
    assert view.margin_width() > 20
    assert near(first)
    pane.resize(pane.size() - QSize(120, 0))
    qtbot.wait(20)
    assert near(first)
    coder = window.session.project.coders()[0]["id"]
    window.session.set_filters(None, coder)
    qtbot.wait(20)
    assert near(first)
    window.session.set_filters(None, None)
    qtbot.wait(20)
    assert near(first)


def test_word_frequencies_one_number_format_and_double_click_searches(qtbot, window):
    from desktop_app.gui.panels.wordfreq import number

    assert (number(1234), number(12.0), number(3.14159)) == ("1,234", "12", "3.14")
    freq = window.text.show_dock(window.text.freq_dock)
    freq.run_count()
    qtbot.waitUntil(lambda: freq.model_.rowCount() > 0, timeout=20000)
    word = freq.model_.rows[0]["word"]
    freq.table.doubleClicked.emit(freq.model_.index(0, 0))
    search = window.text.search
    assert search is not None and search.query.text() == word
    assert search.mode.currentData() == "word"
    qtbot.waitUntil(lambda: not search.taskbar.busy(), timeout=20000)
    assert search.hits


def test_results_survive_a_language_switch_and_go_stale_after_an_import(qtbot, window, tmp_path,
                                                                        monkeypatch):
    search = window.text.show_search()
    search.query.setText("社会保障")
    search.mode.setCurrentIndex(search.mode.findData("substring"))
    search.run_search()
    qtbot.waitUntil(lambda: not search.taskbar.busy() and bool(search.hits), timeout=20000)
    hits = list(search.hits)
    freq = window.text.show_dock(window.text.freq_dock)
    freq.run_count()
    qtbot.waitUntil(lambda: freq.current is not None, timeout=20000)
    window.set_language("zh_CN")
    assert window.text.search is not search  # built again in Chinese ...
    assert window.text.search.hits == hits  # ... with its results
    assert window.text.search.model_.rowCount() == len(hits)
    assert window.text.wordfreq.model_.rowCount() > 0
    window.set_language("en")
    search = window.text.search
    new_file = tmp_path / "新文件.txt"
    new_file.write_text("社会保障体系进一步健全。", encoding="utf-8")
    monkeypatch.setattr(prompts, "info", lambda *a, **k: None)
    window.files.import_documents([str(new_file)])
    qtbot.waitUntil(lambda: bool(search.taskbar.stale), timeout=20000)
    assert "search again" in search.status.text()
    assert window.text.wordfreq.taskbar.stale
    window.set_language("zh_CN")  # the mark survives the switch, in the new language
    assert window.text.search.taskbar.stale
    window.set_language("en")
    window.text.search.run_search()
    assert not window.text.search.taskbar.stale


def test_our_attribute_names_are_translated(qtbot, window):
    from desktop_app.gui.panels.documents import attribute_label

    assert attribute_label("source_kind") == "Kind of source"
    assert attribute_label("我的属性") == "我的属性"
    window.set_language("zh_CN")
    assert attribute_label("region") == "地区"
    window.set_language("en")


def test_help_lists_the_shortcuts_and_has_a_guide(qtbot, window, monkeypatch):
    shown = []
    monkeypatch.setattr(prompts, "info", lambda parent, title, text: shown.append((title, text)))
    assert {window.act_shortcuts, window.act_guide, window.act_about} <= set(window.help_menu.actions())
    window.act_shortcuts.trigger()
    window.act_guide.trigger()
    (t1, keys), (t2, guide) = shown
    assert "Ctrl+T" in keys and "Ctrl+Shift+F" in keys and "1 … 9" in keys
    assert "&amp;" not in keys  # no mnemonics left in the texts
    assert "Import" in guide and "Ctrl+Z" in guide


def test_file_dialogs_start_in_documents_then_the_last_folder(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QFileDialog

    from desktop_app.gui import settings

    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    import os
    first = settings.last_folder()
    assert first in (docs, os.path.expanduser("~"))
    assert first != os.getcwd() or first == docs
    seen = []
    chosen = tmp_path / "mine" / "a.txt"
    chosen.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda parent, title, folder, filters: (seen.append(folder), ([str(chosen)], ""))[1])
    import importlib

    real = importlib.reload(prompts)  # the real functions, not the fixture's refusals
    assert real.open_files(None, "t", "*") == [str(chosen)]
    assert seen == [first]
    assert settings.last_folder() == str(chosen.parent)
    from desktop_app.core.paths import data_dir
    demo = str(data_dir() / "demo.xlsx")
    assert settings.suggested_path(demo) == str(chosen.parent / "demo.xlsx")  # not the hidden folder


def test_export_dialog_offers_codes_coders_and_language(qtbot, window, tmp_path, monkeypatch):
    from desktop_app.gui.dialogs.export_options import ExportOptionsDialog

    p = window.session.project
    codes = p.codes()
    dialog = ExportOptionsDialog(window, codes, ["alice", "bob"], str(tmp_path / "out"), "en")
    qtbot.addWidget(dialog)
    choice = dialog.choice()
    assert (choice.codes, choice.coders, choice.lang) == (None, None, "en")
    assert choice.path.endswith("out.xlsx")
    dialog.codes.item(0).setCheckState(Qt.CheckState.Unchecked)
    dialog.coders.item(1).setCheckState(Qt.CheckState.Unchecked)
    dialog.zh.setChecked(True)
    choice = dialog.choice()
    assert choice.codes == [c["id"] for c in codes[1:]]
    assert (choice.coders, choice.lang) == (["alice"], "zh")

    seen = {}

    def fake(parent, codes, coders, path, lang, *filter_args):
        from desktop_app.gui.dialogs.export_options import ExportChoice
        seen["path"] = path
        return ExportChoice(str(tmp_path / "x.xlsx"), [codes[0]["id"]], None, "en")

    monkeypatch.setattr(prompts, "export_options", fake)
    monkeypatch.setattr(prompts, "confirm", lambda *a: False)
    op = window.files.export_excel()
    qtbot.waitUntil(lambda: (tmp_path / "x.xlsx").exists(), timeout=20000)
    assert op is not None


def test_the_demo_project_says_it_is_the_demo(qtbot, tmp_path):
    from desktop_app.core.ingest.demo import ensure_demo
    from tests.gui.conftest import make_window

    w = make_window(qtbot, ensure_demo())
    assert "Demo project" in w.windowTitle()
    assert "demo project" in w.statusBar().currentMessage()
    w.close()


def test_search_before_column_is_one_line_elided_on_the_left(qtbot, window):
    from PySide6.QtWidgets import QStyleOptionViewItem

    search = window.text.show_search()
    search.query.setText("社会保障")
    search.mode.setCurrentIndex(search.mode.findData("substring"))
    search.run_search()
    qtbot.waitUntil(lambda: bool(search.hits), timeout=20000)
    table = search.table
    assert table.wordWrap()  # the table wraps ... but the Before cell must not
    delegate = table.itemDelegateForColumn(1)
    opt = delegate.cell_option(QStyleOptionViewItem(), search.model_.index(0, 1))
    assert opt.textElideMode == Qt.TextElideMode.ElideLeft
    assert not opt.features & QStyleOptionViewItem.ViewItemFeature.WrapText


def test_bracket_depth_matches_the_lanes_and_is_fast():
    import random
    import time

    from desktop_app.gui.document.view import MAX_LANES, bracket_depth

    rnd = random.Random(7)
    for _ in range(200):
        spans = sorted(Span(s, s + rnd.randint(1, 30), i, 1, "#F28E2B")
                       for i, s in enumerate(rnd.sample(range(200), rnd.randint(0, 12))))
        assert bracket_depth(spans) == bracket_lanes(spans)[1]
    many = sorted(Span(s, s + rnd.randint(5, 200), i, i % 9, "#F28E2B")
                  for i, s in enumerate(rnd.sample(range(5_000_000), 100_000)))
    t = time.perf_counter()
    assert bracket_depth(many) <= MAX_LANES
    assert time.perf_counter() - t < 0.2


def test_no_tab_bar_of_blank_tabs_is_left_by_the_hidden_panels(qtbot):
    """The analysis panels start hidden and tabbed in groups: no tab bar of blank tabs is left
    on screen (one was, over the segments table), and two panels shown share one tab bar."""
    from PySide6.QtWidgets import QTabBar

    from desktop_app.gui.window.main_window import MainWindow

    window = MainWindow(language="en")
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    window.show()
    qtbot.waitExposed(window)

    def bars():
        return [b for b in window.findChildren(QTabBar) if b.parent() is window
                and b.isVisible() and b.count()]

    assert [b for b in bars() if not any(b.tabText(i) for i in range(b.count()))] == []
    window.analysis._show(window.analysis.matrix_dock)
    window.analysis._show(window.analysis.comparison_dock)
    qtbot.waitUntil(lambda: any(
        {"Matrix", "Policy comparison"} <= {b.tabText(i) for i in range(b.count())} for b in bars()))
    window.close()
