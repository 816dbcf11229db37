"""Languages: the shipped catalogues load, and switching retitles the menus live."""

from __future__ import annotations

from desktop_app.core.paths import resource


def test_catalogues_are_shipped():
    for lang in ("zh_CN", "en"):
        assert resource("translations", f"biaozhu_{lang}.ts").exists()
        assert resource("translations", f"biaozhu_{lang}.qm").stat().st_size > 0


def test_language_switch_changes_menu_titles(qtbot, window):
    from desktop_app.gui import settings

    assert window.file_menu.title() == "&File"
    window.set_language("zh_CN")
    assert "文件" in window.file_menu.title()
    assert "撤销" in window.act_undo.text()
    assert settings.get("language") == "zh_CN"
    window.set_language("en")
    assert window.file_menu.title() == "&File"


def test_qt_standard_buttons_follow_the_language(qtbot, window):
    """OK/Cancel in Qt's own dialogs come from Qt's catalogue (qtbase_zh_CN)."""
    from PySide6.QtWidgets import QDialogButtonBox

    window.set_language("zh_CN")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
    window.set_language("en")
    box2 = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box2)
    assert box2.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"
