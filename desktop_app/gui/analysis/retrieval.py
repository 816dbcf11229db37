"""The retrieval view: passages in full, grouped by code then document, the rest of their
sentence greyed; clicking a passage asks the window to show it in a pane (jumpRequested).

Lazy: the first CHUNK entries are laid out at once, the next ones as the user scrolls near
the end, so 10,000 passages paint as fast as 100.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from desktop_app.core.interchange.retrieval import Passage, Retrieval
from desktop_app.gui.i18n import tr

FIRST = 40  # entries (headings and passages) laid out at once
CHUNK = 120  # then per step as the user scrolls near the end


def light(colour: str, keep: int = 35) -> str:
    """`colour` (#RRGGBB) mixed with white: `keep` percent of the colour."""
    try:
        rgb = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
    except (ValueError, IndexError):
        rgb = [200, 200, 200]
    return "#" + "".join(f"{255 - (255 - v) * keep // 100:02X}" for v in rgb)


def _text(s: str) -> str:
    return escape(s).replace("\n", "<br/>")


class RetrievalView(QWidget):
    """objectName ``retrievalView``; the browser is ``retrievalBrowser``."""

    jumpRequested = Signal(int, int, int)  # document id, start, end (code points)
    exportRequested = Signal(str)  # ".docx", ".html" or ".pdf"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retrievalView")
        self.report: Retrieval | None = None
        self.caption = QLabel(self)
        self.caption.setObjectName("retrievalCaption")
        self.caption.setWordWrap(True)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("retrievalBrowser")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._clicked)
        self.browser.verticalScrollBar().valueChanged.connect(self._maybe_more)
        self.buttons = {}
        top = QHBoxLayout()
        top.addStretch(1)
        for suffix in (".docx", ".html", ".pdf"):
            b = QPushButton(self)
            b.setObjectName(f"retrievalExport{suffix[1:].title()}")
            b.clicked.connect(lambda _=False, s=suffix: self.exportRequested.emit(s))
            top.addWidget(b)
            self.buttons[suffix] = b
        lay = QVBoxLayout(self)
        lay.setContentsMargins(2, 2, 2, 2)
        lay.addWidget(self.caption)
        lay.addLayout(top)
        lay.addWidget(self.browser, 1)
        self._entries: list[tuple] = []
        self._shown = 0
        self._by_id: dict[int, Passage] = {}
        self._what = ""
        self.retranslate()

    def retranslate(self) -> None:
        for suffix, b in self.buttons.items():
            b.setText(tr("Save as {0}").format(suffix))
        self._show_caption()

    def _show_caption(self) -> None:
        if self.report is None:
            self.caption.setText(tr("Choose codes in the codebook, or click a matrix cell, to see their passages."))
            return
        text = tr("Passages: {0}").format(self.report.count)
        self.caption.setText(f"{self._what} — {text}" if self._what else text)

    def show_retrieval(self, report: Retrieval, what: str = "") -> None:
        """Show `report` (from interchange.retrieval.retrieve); `what` says what was asked."""
        self.report = report
        self._what = what
        self._entries = []
        self._by_id = {}
        for g in report.groups:
            self._entries.append(("code", g))
            for d in g.documents:
                self._entries.append(("doc", d))
                for p in d.passages:
                    self._entries.append(("passage", p, g.colour, d.title))
                    self._by_id[p.coding_id] = p
        self._shown = 0
        self.browser.clear()
        self._more()
        self._show_caption()

    def passages_shown(self) -> list[int]:
        """Coding ids of the passages laid out so far, in order."""
        return [e[1].coding_id for e in self._entries[:self._shown] if e[0] == "passage"]

    def all_passages(self) -> list[int]:
        return [e[1].coding_id for e in self._entries if e[0] == "passage"]

    def _more(self) -> None:
        if self._shown >= len(self._entries):
            return
        size = FIRST if self._shown == 0 else CHUNK
        chunk = self._entries[self._shown:self._shown + size]
        self._shown += len(chunk)
        html = []
        for e in chunk:
            if e[0] == "code":
                g = e[1]
                html.append(f'<h2><span style="color:{escape(g.colour)}">■</span> '
                            f"{escape(g.name)} ({g.count})</h2>")
            elif e[0] == "doc":
                html.append(f"<h3>{escape(e[1].title)}</h3>")
            else:
                p, colour, title = e[1], e[2], e[3]
                memo = f" · {tr('memo')}: {_text(p.memo)}" if p.memo else ""
                html.append(
                    f'<p style="margin-left:12px"><span style="color:#909090">{_text(p.before)}</span>'
                    f'<a href="coding:{p.coding_id}" style="color:#000000;text-decoration:none;'
                    f'background-color:{light(colour)}">{_text(p.text)}</a>'
                    f'<span style="color:#909090">{_text(p.after)}</span><br/>'
                    f'<span style="color:#606060;font-size:small">{escape(title)}, {p.start}–{p.end}'
                    f", {escape(p.coder)}{memo}</span></p>")
        cursor = self.browser.textCursor()
        bar = self.browser.verticalScrollBar()
        keep = bar.value()
        cursor.movePosition(cursor.MoveOperation.End)
        cursor.insertHtml("".join(html))
        bar.setValue(keep)
        if self.browser.isVisible() and bar.maximum() <= bar.pageStep() // 2:
            self._more()  # not enough to fill the view yet

    def _maybe_more(self, value: int) -> None:
        bar = self.browser.verticalScrollBar()
        if value >= bar.maximum() - bar.pageStep() and self._shown < len(self._entries):
            self._more()

    def _clicked(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("coding:"):
            p = self._by_id.get(int(text.split(":", 1)[1]))
            if p is not None:
                self.jumpRequested.emit(p.document_id, p.start, p.end)
