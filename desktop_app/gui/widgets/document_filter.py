"""The document filter above the document list: choose attribute values (region = 湖州, year
= 2021 ...) and the lists, segments, search, word counts and exports cover only the documents
that have all of them.

The button's menu holds one submenu per attribute, each listing its values with the number
of documents that have it; the line beside the button says what is chosen and how many
documents it leaves. The widget only chooses: the window applies the filter through
``ProjectSession.set_document_filter``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QToolButton, QWidget

from desktop_app.gui.i18n import tr

Values = dict[str, list[tuple[str, int]]]  # attribute -> (value, documents with it)


def describe(attributes: dict[str, str], label: Callable[[str], str]) -> str:
    """``地区 = 湖州 · 年份 = 2021`` (attribute names as shown)."""
    return " · ".join(f"{label(k)} = {v}" for k, v in attributes.items())


class DocumentFilterBar(QWidget):
    """objectName ``documentFilter``; the button ``documentFilterButton`` (its menu
    ``documentFilterMenu``), the summary ``documentFilterSummary``, the clear button
    ``documentFilterClear``. ``changed`` carries the whole new filter."""

    changed = Signal(dict)

    def __init__(self, parent: QWidget | None = None,
                 label: Callable[[str], str] = lambda name: name) -> None:
        super().__init__(parent)
        self.setObjectName("documentFilter")
        self.label = label
        self.values: Values = {}
        self.current: dict[str, str] = {}
        self.counts: tuple[int, int] = (0, 0)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(2, 2, 2, 2)
        lay.setSpacing(4)
        self.button = QToolButton(self, objectName="documentFilterButton")
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.menu = QMenu(self.button, objectName="documentFilterMenu")
        self.menu.aboutToShow.connect(self._fill_menu)
        self.button.setMenu(self.menu)
        self.summary = QLabel(self, objectName="documentFilterSummary")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setWordWrap(True)  # a long filter wraps: it never widens the dock
        self.clear_button = QToolButton(self, objectName="documentFilterClear", text="✕",
                                        autoRaise=True)
        self.clear_button.clicked.connect(lambda: self.changed.emit({}))
        lay.addWidget(self.button)
        lay.addWidget(self.summary, 1)
        lay.addWidget(self.clear_button)
        self.retranslate()

    def set_values(self, values: Values) -> None:
        """The attributes and values the project's documents have."""
        self.values = values
        self._update()

    def show_filter(self, current: dict[str, str], shown: int, total: int) -> None:
        """What the window applies, and how many of all documents it leaves."""
        self.current, self.counts = dict(current), (shown, total)
        self._update()

    def retranslate(self) -> None:
        self.button.setText(tr("Filter"))
        self.clear_button.setToolTip(tr("Show every document (clear the filter)"))
        self.clear_button.setAccessibleName(tr("Clear the document filter"))
        self._update()

    def _update(self) -> None:
        has_values = any(self.values.values())
        self.button.setEnabled(has_values or bool(self.current))
        self.button.setToolTip(
            tr("Show only the documents with these attribute values: the list, the coded "
               "segments, search, word frequencies and exports follow") if has_values else
            tr("No document has attributes yet (Document ▸ Attributes…)"))
        self.clear_button.setVisible(bool(self.current))
        shown, total = self.counts
        if self.current:
            self.summary.setText(tr("{0} — {1} of {2} documents").format(
                describe(self.current, self.label), shown, total))
            self.summary.setStyleSheet("color: #8a4b00; font-weight: bold;")
            self.summary.setToolTip(self.summary.text())
        else:
            self.summary.setText(tr("All {0} documents").format(total))
            self.summary.setStyleSheet("")
            self.summary.setToolTip("")

    def _fill_menu(self) -> None:
        """One submenu per attribute: "any value", then each value with its count."""
        self.menu.clear()
        for name, values in self.values.items():
            if not values:
                continue
            sub = self.menu.addMenu(self.label(name))
            sub.setObjectName(f"documentFilter:{name}")
            group = QActionGroup(sub)
            group.setExclusive(True)
            chosen = self.current.get(name)
            anything = QAction(tr("(any value)"), sub, checkable=True, checked=chosen is None)
            anything.triggered.connect(lambda _=False, n=name: self.choose(n, None))
            group.addAction(anything)
            sub.addAction(anything)
            sub.addSeparator()
            for value, n in values:
                act = QAction(f"{value}  ({n})", sub, checkable=True, checked=value == chosen)
                act.setData(value)
                act.triggered.connect(lambda _=False, k=name, v=value: self.choose(k, v))
                group.addAction(act)
                sub.addAction(act)
        if self.current:
            self.menu.addSeparator()
            clear = self.menu.addAction(tr("Show every document"))
            clear.triggered.connect(lambda: self.changed.emit({}))

    def choose(self, name: str, value: str | None) -> None:
        """Set one attribute's value (None: any), keeping the others."""
        new = dict(self.current)
        if value is None:
            new.pop(name, None)
        else:
            new[name] = value
        self.changed.emit(new)


__all__ = ["DocumentFilterBar", "describe"]
