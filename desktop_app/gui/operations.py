"""Long work off the GUI thread: a worker, a progress dialog with Cancel, callbacks.

``run_operation(parent, work, ...)`` calls ``work(progress)`` on a QThread. ``progress(done,
total, text="")`` updates the dialog and returns False once the user pressed Cancel, which is
what the core's progress callbacks expect. Work that needs the project opens its own
connection inside ``work`` (a sqlite3 connection never crosses threads).
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop_app.core.errors import BiaozhuError
from desktop_app.gui.i18n import render, tr

Work = Callable[[Callable[..., bool]], Any]


class _Worker(QThread):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self.cancelled = False

    def progress(self, done: int, total: int, text: str = "", *_: Any) -> bool:
        self.progressed.emit(int(done), int(total), str(text))
        return not self.cancelled

    def run(self) -> None:
        try:
            result = self.work(self.progress)
        except BiaozhuError as e:
            self.failed.emit(str(e))
        except Exception as e:  # an unexpected bug: say what, never crash the window
            traceback.print_exc()
            self.failed.emit(f"{type(e).__name__}: {e}")
        else:
            self.succeeded.emit(result)


class Operation(QObject):
    """A running operation; ``finished`` fires after the success or error callback."""

    finished = Signal()

    def __init__(self, parent: QWidget, work: Work, label: str,
                 on_success: Callable[[Any], None] | None,
                 on_error: Callable[[str], None] | None) -> None:
        super().__init__(parent)
        self.cancelled = False
        self.error: str | None = None
        self.result: Any = None
        self.dialog = QProgressDialog(label, tr("Cancel"), 0, 0, parent)
        self.dialog.setObjectName("operationProgress")
        self.dialog.setWindowTitle("Biaozhu")
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoReset(False)
        self.dialog.setAutoClose(False)
        self.dialog.canceled.connect(self.cancel)
        self.worker = _Worker(work, self)
        self.worker.progressed.connect(self._progressed)
        self.worker.succeeded.connect(self._succeeded)
        self.worker.failed.connect(self._failed)
        self.worker.finished.connect(self._done)
        self._on_success, self._on_error = on_success, on_error

    def start(self) -> None:
        self.worker.start()

    def cancel(self) -> None:
        self.cancelled = self.worker.cancelled = True
        self.dialog.setLabelText(tr("Cancelling…"))

    def _progressed(self, done: int, total: int, text: str) -> None:
        if total and self.dialog.maximum() != total:
            self.dialog.setMaximum(total)
        self.dialog.setValue(min(done, total) if total else 0)
        if text and not self.cancelled:
            self.dialog.setLabelText(text)

    def _succeeded(self, result: Any) -> None:
        self.result = result

    def _failed(self, message: str) -> None:
        self.error = message

    def _done(self) -> None:
        self.dialog.canceled.disconnect(self.cancel)  # closing the dialog emits canceled
        self.dialog.close()
        if self.error is not None:
            if self._on_error and not self.cancelled:  # a cancel is not an error
                self._on_error(render(self.error))
        elif self._on_success:
            self._on_success(self.result)
        self.finished.emit()
        self.deleteLater()


def run_operation(parent: QWidget, work: Work, label: str,
                  on_success: Callable[[Any], None] | None = None,
                  on_error: Callable[[str], None] | None = None) -> Operation:
    op = Operation(parent, work, label, on_success, on_error)
    op.start()
    return op
