"""Fixtures of the reliability tests."""

from __future__ import annotations

import os
import subprocess

import pytest

from tests.reliability.helpers import make_project


@pytest.fixture
def readonly_copy(tmp_path):
    """(path of a project in a folder that cannot be written, its document id)."""
    src = tmp_path / "src"
    src.mkdir()
    doc = make_project(src / "p.biaozhu", codings=3)
    if os.geteuid() == 0:  # root writes anywhere: a read-only bind mount instead
        ro = tmp_path / "ro"
        ro.mkdir()
        if subprocess.run(["mount", "--bind", "-o", "ro", src, ro],
                          capture_output=True).returncode:
            pytest.skip("cannot make a read-only folder here")
        try:
            yield ro / "p.biaozhu", doc
        finally:
            subprocess.run(["umount", "-l", ro])  # lazy: even while a file is still open
    else:
        src.chmod(0o555)
        try:
            yield src / "p.biaozhu", doc
        finally:
            src.chmod(0o755)
