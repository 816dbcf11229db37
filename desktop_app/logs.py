"""Logging to a rotated file in the platform's log folder (``paths.log_dir()``).

That is ``%LOCALAPPDATA%\\Biaozhu\\logs`` on Windows, ``~/Library/Logs/Biaozhu`` on macOS,
``~/.local/share/biaozhu/logs`` on Linux, and ``<BIAOZHU_DATA_DIR>/logs`` when that is set.
:func:`setup` is called once at start by the command line (and so by the bundle). In the
windowed bundle there is no console: uncaught exceptions, from the main thread and from
other threads, go to the log file; so does anything written to a missing stderr.
Rotation gives way when another program holds the file (Windows refuses to rename an open
file): the file then grows a little past its limit instead of a record being lost.
No Qt here: the GUI may route Qt's own messages with :func:`log_qt_message`.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import threading
import time
from pathlib import Path
from types import TracebackType

LOG_NAME = "biaozhu.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"

log = logging.getLogger("biaozhu")
_handler: logging.Handler | None = None
_previous_hooks: tuple | None = None


RETRY_ROTATION_AFTER = 60.0  # seconds: a refused rotation is not tried on every record


def log_dir() -> Path:
    from desktop_app.core import paths

    return paths.log_dir()


class _RotatingFile(logging.handlers.RotatingFileHandler):
    """A RotatingFileHandler whose rotation may fail without losing the record or raising.

    On Windows a second Biaozhu process (the self-test's command line, a second window) or a
    virus scanner keeps the log open, and renaming an open file raises PermissionError.
    """

    _refused_at: float | None = None

    def shouldRollover(self, record: logging.LogRecord) -> int:
        if self._refused_at is not None:
            if time.monotonic() - self._refused_at < RETRY_ROTATION_AFTER:
                return 0
            self._refused_at = None
        return super().shouldRollover(record)

    def doRollover(self) -> None:
        try:
            super().doRollover()
        except OSError:
            self._refused_at = time.monotonic()  # emit() reopens the file (delay=True)


def log_file() -> Path | None:
    """The file this process logs to (None before :func:`setup` or when it failed)."""
    name = getattr(_handler, "baseFilename", None)
    return Path(name) if name else None


def setup(level: int | None = None) -> Path | None:
    """Log to ``<data>/logs/biaozhu.log`` (1 MB, 3 backups); returns the file, or None.

    Safe to call again: the handler is replaced when the data folder has changed (tests
    point ``BIAOZHU_DATA_DIR`` elsewhere). ``BIAOZHU_LOG_LEVEL`` (e.g. DEBUG) sets the level.
    """
    global _handler
    if level is None:
        level = getattr(logging, os.environ.get("BIAOZHU_LOG_LEVEL", "INFO").upper(), logging.INFO)
    try:
        path = log_dir() / LOG_NAME
        if _handler is not None and log_file() == path:
            log.setLevel(level)
            return path
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = _RotatingFile(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True,
            errors="backslashreplace")  # a file name that is not UTF-8 is logged, not a crash
    except OSError:
        return None  # a read-only home folder must not stop the app
    handler.setFormatter(logging.Formatter(FORMAT))
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    root.addHandler(handler)
    _handler = handler
    log.setLevel(level)
    _install_hooks()
    _replace_missing_streams()
    from desktop_app import __version__

    kind = "bundle" if getattr(sys, "frozen", False) else "source"
    log.info("Biaozhu %s (%s, Python %s) pid %d: %s", __version__, kind,
             sys.version.split()[0], os.getpid(),
             " ".join(a.encode("utf-8", "backslashreplace").decode("utf-8") for a in sys.argv[1:])
             or "(no arguments)")
    return path


def _install_hooks() -> None:
    global _previous_hooks
    if _previous_hooks is not None:
        return
    _previous_hooks = (sys.excepthook, threading.excepthook)
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook


def _excepthook(kind: type[BaseException], value: BaseException,
                tb: TracebackType | None) -> None:
    if not issubclass(kind, KeyboardInterrupt):
        log.critical("uncaught exception", exc_info=(kind, value, tb))
    previous = _previous_hooks[0] if _previous_hooks else sys.__excepthook__
    if _has_console():
        previous(kind, value, tb)


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is not SystemExit:
        name = args.thread.name if args.thread else "?"
        log.critical("uncaught exception in thread %s", name,
                     exc_info=(args.exc_type, args.exc_value, args.exc_traceback))
    previous = _previous_hooks[1] if _previous_hooks else threading.__excepthook__
    if _has_console():
        previous(args)


def _has_console() -> bool:
    return sys.stderr is not None and not isinstance(sys.stderr, _LogStream)


class _LogStream:
    """Stands in for a missing sys.stdout/stderr (windowed bundle on Windows/macOS)."""

    _busy = threading.local()  # logging's own error report must not log itself again

    def __init__(self, level: int) -> None:
        self.level = level
        self.encoding = "utf-8"
        self.errors = "replace"

    def write(self, text: str) -> int:
        if text.strip() and not getattr(self._busy, "on", False):
            self._busy.on = True
            try:
                logging.getLogger("biaozhu.stream").log(self.level, text.rstrip())
            finally:
                self._busy.on = False
        return len(text)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False


def _replace_missing_streams() -> None:
    if sys.stdout is None:
        sys.stdout = _LogStream(logging.INFO)
    if sys.stderr is None:
        sys.stderr = _LogStream(logging.WARNING)


def log_qt_message(kind: str, context_file: str | None, message: str) -> None:
    """For ``qInstallMessageHandler``: the GUI passes Qt's message type name and text."""
    level = {"QtDebugMsg": logging.DEBUG, "QtInfoMsg": logging.INFO,
             "QtWarningMsg": logging.WARNING}.get(kind, logging.ERROR)
    where = f" ({context_file})" if context_file else ""
    logging.getLogger("biaozhu.qt").log(level, "%s%s", message, where)
