"""Issue 14.1, 2, 3, 5 in the window: a bad project never ends the app; a replaced file
offers to save the state as a new project; File ▸ Back up project…; read-only folders."""

from __future__ import annotations

import os
import shutil

import pytest

from desktop_app.core.messages import Message
from tests.reliability.helpers import coding_ids, integrity, make_project
from tests.reliability.test_hostile_project import crafted

pytest.importorskip("pytestqt")


@pytest.fixture
def dialogs(monkeypatch, tmp_path):
    """Every dialog answered by the test: what was shown is recorded."""
    monkeypatch.setenv("BIAOZHU_CODER", "alice")
    from desktop_app.gui.dialogs import prompts

    shown: list[tuple[str, str]] = []
    answers: dict[str, object] = {"confirm": True, "save_file": None}

    def record(kind):
        def f(parent, title, text="", *args, **kwargs):
            shown.append((kind, f"{title}: {text}"))
            return answers.get(kind)
        return f

    for name in ("confirm", "error", "info", "save_file"):
        monkeypatch.setattr(prompts, name, record(name))
    for name in ("get_text", "get_item", "get_colour", "open_file", "open_files", "open_folder"):
        monkeypatch.setattr(prompts, name, lambda *a, **k: pytest.fail(f"dialog {a[1:3]}"))
    return shown, answers


def test_a_crafted_last_project_gives_a_message_and_the_window_comes_up(qtbot, tmp_path, dialogs):
    from desktop_app.gui import settings
    from desktop_app.gui.app import create_window

    shown, _ = dialogs
    path, doc, text, ids = crafted(tmp_path)
    settings.put("last_project", str(path))
    window = create_window(None)  # reopens the last project, as at every start
    qtbot.addWidget(window)
    window.show()
    assert window.session is not None and window.session.path == str(path)
    report = " ".join(t for _, t in shown)
    assert f"document {ids['null_text']}:" in report and f"coding {ids['negative']}:" in report
    for bad in ("null_text", "blob_text", "int_text"):
        window.open_document(ids[bad])  # shows a message in the pane, never raises
        pane = window.panes.panes[-1]
        assert f"document {ids[bad]}:" in pane.info.text()
        assert pane.view.toPlainText() == ""
    window.open_document(doc)
    assert window.panes.panes[-1].view.toPlainText()
    window.close()


def test_an_unopenable_last_project_falls_back_and_the_window_comes_up(qtbot, tmp_path, dialogs):
    from desktop_app.gui import settings
    from desktop_app.gui.app import create_window

    shown, _ = dialogs
    bad = tmp_path / "bad.biaozhu"
    make_project(bad)
    from tests.reliability.helpers import raw
    raw(bad, "CREATE TRIGGER t AFTER INSERT ON codings BEGIN DELETE FROM codings; END")
    settings.put("last_project", str(bad))
    window = create_window(None)
    qtbot.addWidget(window)
    window.show()
    assert any(kind == "error" and "did not make" in text for kind, text in shown)
    assert window.session is None or window.session.path != str(bad)  # the demo, or nothing
    window.close()


def test_a_write_refused_because_the_file_was_replaced_offers_a_new_project(qtbot, tmp_path,
                                                                            dialogs):
    from tests.gui.conftest import make_window

    shown, answers = dialogs
    path = tmp_path / "p.biaozhu"
    doc = make_project(path, codings=2)
    older = tmp_path / "older.biaozhu"
    shutil.copy(path, older)
    window = make_window(qtbot, path)
    session = window.session
    kept = session.perform(Message("Code passage"),
                           lambda p: p.add_coding(doc, "居民增收", 10, 20))
    assert kept
    os.replace(older, path)  # restored from a backup while the window is open
    rescued = tmp_path / "rescued.biaozhu"
    answers["save_file"] = str(rescued)
    assert session.perform(Message("Code passage"),
                           lambda p: p.add_coding(doc, "居民增收", 30, 40)) is None
    qtbot.waitUntil(lambda: window.session is not None and window.session.path == str(rescued))
    assert any(kind == "confirm" and "replaced" in text for kind, text in shown)
    assert integrity(rescued) == "ok" and kept in coding_ids(rescued)
    assert kept not in coding_ids(path)  # nothing written into the other file
    assert window.session.perform(Message("Code passage"),
                                  lambda p: p.add_coding(doc, "居民增收", 30, 40))
    window.close()


def test_back_up_project_from_the_file_menu(qtbot, tmp_path, dialogs):
    from tests.gui.conftest import make_window

    shown, _ = dialogs
    path = tmp_path / "p.biaozhu"
    make_project(path, codings=5)
    window = make_window(qtbot, path)
    names = [a.objectName() for a in window.file_menu.actions()]
    assert "actionBackup" in names
    out = tmp_path / "copy.biaozhu"
    op = window.files.backup_project(str(out))
    with qtbot.waitSignal(op.finished, timeout=20000):
        pass
    qtbot.waitUntil(lambda: any(kind == "info" for kind, _ in shown))
    assert coding_ids(out) == coding_ids(path) and len(coding_ids(out)) == 5
    window.close()


def test_a_project_in_a_readonly_folder_opens_readonly_in_the_window(qtbot, readonly_copy,
                                                                    dialogs):
    from tests.gui.conftest import make_window

    shown, _ = dialogs
    path, doc = readonly_copy
    window = make_window(qtbot, path)
    assert window.session.project.readonly
    assert any("read-only" in text for _, text in shown)
    window.set_project(None)  # closes the file before the folder goes
    window.close()

