"""File ▸ Export to REFI-QDA and File ▸ Merge… with its preview (workers, one undo step)."""

from __future__ import annotations

import zipfile

from tests.core.export_helpers import build_two_coder_project
from tests.gui.conftest import rows


def test_export_refi_writes_a_qdpx_and_a_qdc(qtbot, window, tmp_path, monkeypatch):
    from desktop_app.gui.dialogs import prompts

    monkeypatch.setattr(prompts, "confirm", lambda *a: False)
    for name in ("项目.qdpx", "编码本.qdc"):
        op = window.files.export_refi(str(tmp_path / name))
        with qtbot.waitSignal(op.finished, timeout=30000):
            pass
        assert op.error is None
    with zipfile.ZipFile(tmp_path / "项目.qdpx") as z:
        assert "project.qde" in z.namelist()
    assert (tmp_path / "编码本.qdc").read_bytes().startswith(b"<?xml")


def test_merge_shows_a_preview_then_merges_as_one_undo_step(qtbot, window, astral_project,
                                                             tmp_path, monkeypatch):
    from desktop_app.gui.dialogs import merge_preview, prompts

    other = tmp_path / "colleague.biaozhu"
    with build_two_coder_project(other):
        pass
    seen, shown = [], []
    monkeypatch.setattr(merge_preview, "confirm_merge",
                        lambda parent, report: seen.append(report) or True)
    monkeypatch.setattr(prompts, "info", lambda parent, title, text: shown.append(text))
    before = rows(astral_project, "SELECT COUNT(*) FROM codings")[0][0]
    op = window.files.merge(str(other))
    with qtbot.waitSignal(op.finished, timeout=30000):
        pass
    qtbot.waitUntil(lambda: bool(seen))  # the preview opens once the progress dialog closed
    assert seen[0].dry_run and seen[0].counts["codings"]["added"] == 13
    qtbot.waitUntil(lambda: window.files.merge_op is not None)
    qtbot.waitUntil(lambda: bool(shown), timeout=30000)
    assert "codings: 13 added" in shown[-1]
    assert rows(astral_project, "SELECT COUNT(*) FROM codings")[0][0] == before + 13
    qtbot.waitUntil(lambda: window.doc_list.model_.rowCount() == 5)
    window.undo()
    assert rows(astral_project, "SELECT COUNT(*) FROM codings")[0][0] == before


def test_cancelled_preview_changes_nothing(qtbot, window, astral_project, tmp_path, monkeypatch):
    from desktop_app.gui.dialogs import merge_preview
    from tests.conftest import table_dump

    other = tmp_path / "colleague.biaozhu"
    with build_two_coder_project(other):
        pass
    seen = []
    monkeypatch.setattr(merge_preview, "confirm_merge",
                        lambda parent, report: seen.append(report) and False)
    before = table_dump(astral_project)
    op = window.files.merge(str(other))
    with qtbot.waitSignal(op.finished, timeout=30000):
        pass
    qtbot.waitUntil(lambda: bool(seen))
    assert window.files.merge_op is None
    assert table_dump(astral_project) == before


def test_preview_dialog_lists_counts_and_notes(qtbot, tmp_path):
    from desktop_app.core.interchange.merge import MergeReport
    from desktop_app.core.messages import Message
    from desktop_app.gui.dialogs.merge_preview import MergePreviewDialog

    report = MergeReport(source="x.qdpx", dry_run=True)
    report.count("codings", "added", 3)
    report.notes.append(Message("nothing new to merge; the project was not changed"))
    dlg = MergePreviewDialog(report)
    qtbot.addWidget(dlg)
    assert dlg.table.item(3, 0).text() == "3"
    assert dlg.merge_button.isEnabled()
    assert "nothing new" in dlg.notes.toPlainText()
    empty = MergePreviewDialog(MergeReport(source="y.qdc", dry_run=True))
    qtbot.addWidget(empty)
    assert not empty.merge_button.isEnabled()
