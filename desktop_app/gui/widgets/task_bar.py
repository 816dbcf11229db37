"""A panel's status label, progress bar and Cancel button, showing one :class:`Op` at a time.

The op has no Qt parent: a panel destroyed mid-task never destroys a running thread; its
slots are disconnected with it and the op ends on its own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from desktop_app.gui.i18n import tr
from desktop_app.gui.ops import Op, Task, describe


class TaskBar(QObject):
    def __init__(self, parent: QObject, progress: QProgressBar, cancel_button: QPushButton,
                 status: QLabel) -> None:
        super().__init__(parent)
        self.progress, self.cancel_button, self.status = progress, cancel_button, status
        self.stale = ""  # why the results shown are out of date (mark_stale), or empty
        self.op: Op | None = None
        self.on_failure: Callable[[str], None] | None = None  # the message shown, "" if cancelled
        cancel_button.clicked.connect(self.cancel)
        self._idle()

    @classmethod
    def with_row(cls, panel: QWidget, status_name: str) -> tuple[TaskBar, QHBoxLayout]:
        """A panel's status label, progress bar and Cancel button in one row, and their TaskBar."""
        progress, cancel = QProgressBar(), QPushButton()
        status = QLabel(objectName=status_name)
        status.setWordWrap(True)
        bar = cls(panel, progress, cancel, status)
        cancel.setText(QCoreApplication.translate("TaskBar", "Cancel"))
        row = QHBoxLayout()
        row.addWidget(status, 1)
        row.addWidget(progress)
        row.addWidget(cancel)
        return bar, row

    def _idle(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()

    def busy(self) -> bool:
        return self.op is not None

    def mark_stale(self, source: str) -> None:
        """The results shown no longer match the project: say so (`source` is the English
        text, translated here and again after a language switch), in a colour that shows."""
        self.stale = source
        self.status.setText("⚠ " + tr(source))
        self.status.setStyleSheet("color: #A04000; font-weight: bold;")

    def _fresh(self) -> None:
        self.stale = ""
        self.status.setStyleSheet("")

    def cancel(self) -> None:
        if self.op is not None:
            self.op.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def start(self, work: Callable[[Task], Any], on_success: Callable[[Any], None],
              label: str) -> Op:
        def succeeded(result: Any) -> None:
            if shiboken6.isValid(self.status):  # the panel may have closed meanwhile
                on_success(result)

        op = Op(work).success(succeeded).failure(self._failed)
        self.op = op
        self._fresh()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.status.setText(label)
        op.progressed.connect(self._progressed)
        op.finished.connect(self._finished)
        return op.run()

    def _progressed(self, done: int, total: int, _text: str) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self.status):
            return
        message = describe(error)
        self.status.setText(message)
        if self.on_failure is not None:
            self.on_failure(message)

    def _finished(self) -> None:
        op, self.op = self.op, None
        if not shiboken6.isValid(self.status):
            return
        if op is not None and op.cancelled and op.error is not None:
            self.status.setText(self.tr("Cancelled"))
            if self.on_failure is not None:
                self.on_failure("")
        self._idle()

    def wait(self, ms: int = 30_000) -> None:
        """Cancel the running op and block until it ends (before closing a panel)."""
        if self.op is not None:
            self.op.cancel()
            self.op.wait(ms)

