"""Start-up: QApplication, the project to open, the main window."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def run(project: str | None = None, argv: Sequence[str] | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QLabel

    from desktop_app.core.demo import ensure_demo
    from desktop_app.core.project import open_project

    app = QApplication(list(argv or sys.argv[:1]))
    path = project or str(ensure_demo())
    with open_project(path, readonly=True) as p:
        docs = p.documents()
    label = QLabel(f"{path}: {len(docs)} documents")
    label.setObjectName("summary")
    label.show()
    return app.exec()
