"""Policy comparison: two or more documents or attribute values side by side; for each code a
row, each column holding that code's passages there (what 嘉兴 and 湖州 say about 社会保障
reads across one row). Passages are links: clicking one shows it in a pane."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.analysis.data import Corpus
from desktop_app.core.interchange.retrieval import Passage, retrieve
from desktop_app.gui.analysis.retrieval import light
from desktop_app.gui.i18n import tr

if TYPE_CHECKING:
    from desktop_app.gui.session import ProjectSession


class ComparisonView(QWidget):
    """objectName ``comparisonView``: a column chooser (documents or an attribute's values,
    checkable) and the side-by-side table (``comparisonBrowser``)."""

    jumpRequested = Signal(int, int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparisonView")
        self.session: ProjectSession | None = None
        self.corpus: Callable[[], Corpus] | None = None
        self.by = QComboBox(self)
        self.by.setObjectName("comparisonBy")
        self.by.activated.connect(lambda _: self._fill_choices())
        self.choices = QListWidget(self)
        self.choices.setObjectName("comparisonChoices")
        self.choices.itemChanged.connect(lambda _: self.refresh())
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("comparisonBrowser")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._clicked)
        self.hint = QLabel(self)
        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.by)
        ll.addWidget(self.choices, 1)
        ll.addWidget(self.hint)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(self.browser)
        split.setSizes([200, 800])
        lay = QHBoxLayout(self)
        lay.setContentsMargins(2, 2, 2, 2)
        lay.addWidget(split)
        self._passages: dict[int, Passage] = {}
        self._stale = False
        self.retranslate()

    def retranslate(self) -> None:
        self.hint.setText(tr("Tick two or more to compare."))
        if self.session is not None:
            if self.isVisible():
                self._fill_by()
            else:  # a hidden comparison reads nothing (100,000 codings cost seconds)
                self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale and self.session is not None:
            self._stale = False
            self._fill_by()

    def set_session(self, session: ProjectSession | None,
                    corpus: Callable[[], Corpus] | None = None, load: bool = True) -> None:
        self.session = session
        self.corpus = corpus
        self.browser.clear()
        self.choices.clear()
        if session is not None and load:
            self._fill_by()

    def reload(self) -> None:
        if self.session is not None:
            self._fill_by()

    def _fill_by(self) -> None:
        assert self.session is not None
        current = self.by.currentData()
        self.by.clear()
        self.by.addItem(tr("Documents"), "document")
        for n in self.session.project.attribute_names():
            self.by.addItem(tr("Attribute: {0}").format(n), f"attr:{n}")
        self.by.setCurrentIndex(max(0, self.by.findData(current)))
        self._fill_choices()

    def _fill_choices(self) -> None:
        if self.corpus is None:
            return
        corpus = self.corpus()
        by = self.by.currentData() or "document"
        self.choices.blockSignals(True)
        self.choices.clear()
        if by == "document":
            items = [(title, d) for d, title in corpus.doc_titles.items()]
        else:
            items = [(v, v) for v in corpus.attribute_values(by[5:])]
        for i, (label, key) in enumerate(items):
            item = QListWidgetItem(label, self.choices)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if i < 2 else Qt.CheckState.Unchecked)
        self.choices.blockSignals(False)
        self.refresh()

    def chosen(self) -> list:
        return [self.choices.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.choices.count())
                if self.choices.item(i).checkState() == Qt.CheckState.Checked]

    def choose(self, by: str, keys: list) -> None:
        self.by.setCurrentIndex(max(0, self.by.findData(by)))
        self._fill_choices()
        self.choices.blockSignals(True)
        for i in range(self.choices.count()):
            item = self.choices.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in keys
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.choices.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        if self.session is None or self.corpus is None:
            return
        corpus = self.corpus()
        by = self.by.currentData() or "document"
        keys = self.chosen()
        columns = []  # (label, retrieval)
        for key in keys:
            if by == "document":
                r = retrieve(self.session.project, documents=[key], corpus=corpus)
                label = corpus.doc_titles.get(key, "")
            else:
                r = retrieve(self.session.project, attributes={by[5:]: [key]}, corpus=corpus)
                label = key
            columns.append((label, {g.code_id: g for g in r.groups}))
        self._passages = {}
        width = 85 // max(1, len(columns))
        html = ['<table border="1" cellspacing="0" cellpadding="4" width="100%"><tr>'
                '<th width="15%"></th>']
        html += [f'<th width="{width}%">{escape(label)}</th>' for label, _ in columns]
        html.append("</tr>")
        for code_id, name in corpus.code_names.items():
            if not any(code_id in groups for _, groups in columns):
                continue
            colour = corpus.code_colours.get(code_id, "#999999")
            html.append(f'<tr><td valign="top"><b><span style="color:{escape(colour)}">■</span> '
                        f"{escape(name)}</b></td>")
            for _, groups in columns:
                g = groups.get(code_id)
                cell = []
                for d in g.documents if g else []:
                    for p in d.passages:
                        self._passages[p.coding_id] = p
                        cell.append(f'<p><a href="coding:{p.coding_id}" style="color:#000000;'
                                    f'text-decoration:none;background-color:{light(colour)}">'
                                    f"{escape(p.text)}</a><br/><span style=\"color:#707070\">"
                                    f"{escape(d.title)}, {p.start}–{p.end}</span></p>")
                html.append(f'<td valign="top">{"".join(cell) or "—"}</td>')
            html.append("</tr>")
        html.append("</table>")
        self.browser.setHtml("".join(html) if len(columns) >= 1 else "")

    def _clicked(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("coding:"):
            p = self._passages.get(int(text.split(":", 1)[1]))
            if p is not None:
                self.jumpRequested.emit(p.document_id, p.start, p.end)
