"""The benchmarks' QApplication: the app's own (its font and scroll bars), quiet about what
the offscreen platform cannot do."""

from __future__ import annotations

import sys

# the offscreen platform has no window manager to give size hints to: said once per window
_OFFSCREEN_NOISE = ("This plugin does not support propagateSizeHints()",)


def bench_application():
    """``make_application()``, with Qt's messages on stderr except the offscreen noise."""
    from PySide6.QtCore import qInstallMessageHandler

    from desktop_app.gui.app import make_application

    app = make_application()

    def handler(mode, context, message: str) -> None:
        if message not in _OFFSCREEN_NOISE:
            print(f"Qt {mode.name}: {message}", file=sys.stderr)

    qInstallMessageHandler(handler)
    return app
