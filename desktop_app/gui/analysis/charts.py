"""Charts of the current matrix, drawn with QPainter in the codes' colours: bars of one code
across the columns (documents or attribute values), or a heat map of the whole matrix (the
co-occurrence matrix as a heat map). Saved as PNG or SVG (QtSvg's QSvgGenerator)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPaintDevice, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.analysis.matrix import Matrix
from desktop_app.gui.i18n import tr

ROW = 22


class Chart(QWidget):
    """objectName ``chart``: bars (`code` set) or a heat map (`code` None)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chart")
        self.matrix: Matrix | None = None
        self.colours: dict[int, str] = {}
        self.code: int | None = 0  # row index; None = heat map

    def set_data(self, matrix: Matrix | None, colours: dict[int, str], code: int | None) -> None:
        self.matrix, self.colours, self.code = matrix, colours, code
        self.setMinimumSize(self.sizeHint())
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        m = self.matrix
        if m is None:
            return QSize(300, 100)
        if self.code is None:
            return QSize(160 + 40 * len(m.columns), 80 + ROW * len(m.rows))
        return QSize(520, 40 + ROW * len(m.columns))

    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        self.draw(p, self.width(), self.height())
        p.end()

    def draw(self, p: QPainter, width: int, height: int) -> None:
        p.fillRect(QRectF(0, 0, width, height), QColor("white"))
        m = self.matrix
        if m is None or not m.rows:
            return
        fm = QFontMetrics(p.font())
        p.setPen(QColor("black"))
        if self.code is None:
            left = min(200, max(fm.horizontalAdvance(x) for x in m.row_labels) + 10)
            top = 10
            cw = max(24, (width - left - 10) // max(1, len(m.columns)))
            peak = m.maximum() or 1
            for i, label in enumerate(m.row_labels):
                p.drawText(QRectF(0, top + i * ROW, left - 6, ROW),
                           int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), label)
                for j, v in enumerate(m.cells[i]):
                    level = int(255 - 200 * min(1.0, v / peak))
                    rect = QRectF(left + j * cw, top + i * ROW, cw - 1, ROW - 1)
                    p.fillRect(rect, QColor(255, level, level))
                    if v:
                        p.drawText(rect, int(Qt.AlignmentFlag.AlignCenter),
                                   f"{v:.1f}" if m.measure == "percent" else f"{int(v)}")
            for j, label in enumerate(m.column_labels):
                p.save()
                p.translate(left + j * cw + cw / 2, top + len(m.rows) * ROW + 4)
                p.rotate(30)
                p.drawText(0, fm.ascent(), fm.elidedText(label, Qt.TextElideMode.ElideRight, 140))
                p.restore()
            return
        i = min(self.code, len(m.rows) - 1)
        colour = QColor(self.colours.get(m.rows[i], "#4E79A7"))
        values = m.cells[i]
        left = min(220, max([fm.horizontalAdvance(x) for x in m.column_labels] + [40]) + 10)
        peak = max(values, default=0) or 1
        p.drawText(QRectF(0, 2, width, ROW), int(Qt.AlignmentFlag.AlignLeft), m.row_labels[i])
        for j, (label, v) in enumerate(zip(m.column_labels, values, strict=True)):
            y = 28 + j * ROW
            p.drawText(QRectF(0, y, left - 6, ROW - 2),
                       int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                       fm.elidedText(label, Qt.TextElideMode.ElideRight, left - 8))
            w = (width - left - 60) * v / peak
            p.fillRect(QRectF(left, y + 3, w, ROW - 6), colour)
            p.drawText(QRectF(left + w + 4, y, 56, ROW - 2), int(Qt.AlignmentFlag.AlignVCenter),
                       f"{v:.2f}" if m.measure == "percent" else f"{int(v)}")

    def render_to(self, device: QPaintDevice, size: QSize) -> None:
        p = QPainter(device)
        self.draw(p, size.width(), size.height())
        p.end()

    def save_png(self, path: str) -> bool:
        size = self.sizeHint().expandedTo(self.size())
        img = QImage(size, QImage.Format.Format_ARGB32)
        self.render_to(img, size)
        return img.save(path, "PNG")

    def save_svg(self, path: str) -> None:
        from PySide6.QtSvg import QSvgGenerator

        size = self.sizeHint().expandedTo(self.size())
        gen = QSvgGenerator()
        gen.setFileName(path)
        gen.setSize(size)
        gen.setViewBox(QRectF(0, 0, size.width(), size.height()))
        gen.setTitle("Biaozhu")
        self.render_to(gen, size)


class ChartView(QWidget):
    """objectName ``chartView``: which code (or the heat map), the chart, save buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartView")
        self.which = QComboBox(self)
        self.which.setObjectName("chartWhich")
        self.which.activated.connect(lambda _: self._redraw())
        self.chart = Chart(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.chart)
        self.png, self.svg = QPushButton(self), QPushButton(self)
        self.png.setObjectName("chartSavePng")
        self.svg.setObjectName("chartSaveSvg")
        self.png.clicked.connect(lambda: self._save("png"))
        self.svg.clicked.connect(lambda: self._save("svg"))
        top = QHBoxLayout()
        top.addWidget(self.which, 1)
        top.addWidget(self.png)
        top.addWidget(self.svg)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(2, 2, 2, 2)
        lay.addLayout(top)
        lay.addWidget(scroll, 1)
        self.matrix: Matrix | None = None
        self.colours: dict[int, str] = {}
        self.retranslate()

    def retranslate(self) -> None:
        self.png.setText(tr("Save PNG…"))
        self.svg.setText(tr("Save SVG…"))
        self.set_matrix(self.matrix, self.colours)

    def set_matrix(self, matrix: Matrix | None, colours: dict[int, str]) -> None:
        self.matrix, self.colours = matrix, colours
        current = self.which.currentData()
        self.which.clear()
        self.which.addItem(tr("Heat map"), -1)
        for i, label in enumerate(matrix.row_labels if matrix else []):
            self.which.addItem(tr("Bars: {0}").format(label), i)
        self.which.setCurrentIndex(max(0, self.which.findData(current)))
        self._redraw()

    def _redraw(self) -> None:
        i = self.which.currentData()
        self.chart.set_data(self.matrix, self.colours, None if i in (None, -1) else int(i))

    def _save(self, kind: str) -> None:
        from desktop_app.gui.dialogs import prompts

        path = prompts.save_file(self, tr("Save the chart"), f"chart.{kind}", f"*.{kind}")
        if not path:
            return
        if not path.lower().endswith(f".{kind}"):
            path += f".{kind}"
        self.chart.save_png(path) if kind == "png" else self.chart.save_svg(path)
