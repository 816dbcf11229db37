"""Every dialog that asks the user something, in one replaceable place.

Tests replace these functions (monkeypatch) so that nothing ever waits on a modal dialog.
"""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QInputDialog, QMessageBox, QWidget

from desktop_app.gui import settings


def get_text(parent: QWidget | None, title: str, label: str, text: str = "",
             multiline: bool = False) -> str | None:
    if multiline:
        value, ok = QInputDialog.getMultiLineText(parent, title, label, text)
    else:
        value, ok = QInputDialog.getText(parent, title, label, text=text)
    return value if ok else None


def get_item(parent: QWidget | None, title: str, label: str, items: list[str]) -> str | None:
    value, ok = QInputDialog.getItem(parent, title, label, items, 0, False)
    return value if ok else None


def get_coder(parent: QWidget | None, title: str, label: str, names: list[str],
              current: str) -> str | None:
    """A coder's name: one of `names` or a new one typed in (editable list, `current` first)."""
    items = [current, *[n for n in names if n != current]]
    value, ok = QInputDialog.getItem(parent, title, label, items, 0, True)
    return value if ok else None


def get_colour(parent: QWidget | None, title: str, current: str) -> str | None:
    colour = QColorDialog.getColor(QColor(current), parent, title)
    return colour.name().upper() if colour.isValid() else None


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def open_file(parent: QWidget | None, title: str, filters: str) -> str | None:
    """File dialogs start in the last folder used, at first the user's documents folder."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(parent, title, settings.last_folder(), filters)
    settings.remember_folder(path)
    return path or None


def open_files(parent: QWidget | None, title: str, filters: str) -> list[str]:
    from PySide6.QtWidgets import QFileDialog

    paths, _ = QFileDialog.getOpenFileNames(parent, title, settings.last_folder(), filters)
    if paths:
        settings.remember_folder(paths[0])
    return list(paths)


def save_file(parent: QWidget | None, title: str, suggested: str, filters: str) -> str | None:
    """`suggested` is a file name (put in the last folder used) or a full path."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getSaveFileName(parent, title, settings.suggested_path(suggested), filters)
    settings.remember_folder(path)
    return path or None


def export_options(parent: QWidget | None, codes: list[dict], coders: list[str], path: str,
                   lang: str, document_filter: dict[str, str] | None = None,
                   filter_text: str = ""):
    """The export's choices (dialogs/export_options.ExportChoice), or None when cancelled."""
    from desktop_app.gui.dialogs.export_options import ExportOptionsDialog

    dialog = ExportOptionsDialog(parent, codes, coders, path, lang, choose_file=save_file,
                                 document_filter=document_filter, filter_text=filter_text)
    try:
        return dialog.choice() if dialog.exec() else None
    finally:
        dialog.deleteLater()


def open_folder(path: str) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    QDesktopServices.openUrl(QUrl.fromLocalFile(path))
