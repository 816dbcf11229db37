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
