"""The text panels share one status/progress/Cancel row (TaskBar.with_row), translated."""

import pytest

from desktop_app.gui import i18n


@pytest.mark.parametrize(("language", "cancel"), [("zh_CN", "取消"), ("en", "Cancel")])
def test_each_panel_has_one_taskbar_row(qtbot, demo_project, language, cancel):
    from desktop_app.gui.panels.search import SearchPanel
    from desktop_app.gui.panels.suggestions import SuggestionsPanel
    from desktop_app.gui.panels.wordfreq import WordFreqPanel

    path = str(demo_project.path)
    i18n.install(language)
    try:
        for cls, name in ((SearchPanel, "searchStatus"), (SuggestionsPanel, "suggestStatus"),
                          (WordFreqPanel, "wordFreqStatus")):
            panel = cls(path)
            qtbot.addWidget(panel)
            bar = panel.taskbar
            assert (bar.progress, bar.cancel_button, bar.status) == (
                panel.progress, panel.cancel_button, panel.status)
            assert panel.status.objectName() == name
            assert panel.cancel_button.text() == cancel
            assert panel.progress.isHidden() and panel.cancel_button.isHidden()  # idle
    finally:
        i18n.install("en")
