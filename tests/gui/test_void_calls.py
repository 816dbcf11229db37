"""DESIGN pitfall 1: PySide6 6.12.0 on Python 3.11 aborts after a few thousand void calls."""

from __future__ import annotations

import os
import subprocess
import sys

CODE = """
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
w = QWidget()
for i in range(20000):
    w.setEnabled(i % 2 == 0)
    w.setObjectName("w")
print("ok")
"""


def test_twenty_thousand_void_calls_do_not_crash():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", CODE], env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "ok"
