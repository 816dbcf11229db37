"""Shared fixtures. Qt runs offscreen; user folders go to a temporary place."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Logs, caches and the demo project never touch the real home folder."""
    base = tmp_path_factory.getbasetemp() / "userdirs"
    monkeypatch.setenv("BIAOZHU_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("BIAOZHU_CACHE_DIR", str(base / "cache"))


@pytest.fixture
def project(tmp_path: Path):
    """A new, empty project (default codebook) coded by 'alice'."""
    from desktop_app.core.project import create_project

    p = create_project(tmp_path / "test.biaozhu", coder="alice")
    yield p
    p.close()


@pytest.fixture
def demo_project(tmp_path: Path):
    """The demo project built from the seeds, open."""
    from desktop_app.core.ingest.demo import build_demo

    p = build_demo(tmp_path / "demo.biaozhu")
    yield p
    p.close()


def table_dump(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, to show that a failed command changed nothing."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
    finally:
        conn.close()


# a process that codes a document as fast as it can, printing each coding's id once
# add_coding has returned (the action is committed)
_WRITER = r"""
import sys
from desktop_app.core.project import open_project
p = open_project(sys.argv[1], coder="writer")
doc = int(sys.argv[2])
n = p.document_length(doc)
i = 0
while True:
    cid = p.add_coding(doc, "居民增收", i % (n - 1), i % (n - 1) + 1 + i // (n - 1))
    print(cid, flush=True)
    i += 1
"""


def codings_before_sigkill(path: Path, doc: int, at_least: int) -> list[int]:
    """Start a writer on the closed project `path`, SIGKILL it once it has returned
    `at_least` codings (or after 30 s), and give every id it printed."""
    import signal
    import subprocess
    import sys
    import time

    proc = subprocess.Popen([sys.executable, "-c", _WRITER, str(path), str(doc)],
                            stdout=subprocess.PIPE, text=True)
    returned: list[int] = []
    deadline = time.monotonic() + 30
    while len(returned) < at_least and time.monotonic() < deadline:
        line = proc.stdout.readline()  # type: ignore[union-attr]
        if not line:
            break
        returned.append(int(line))
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    returned += [int(x) for x in proc.stdout.read().split()]  # type: ignore[union-attr]
    return returned
