"""Nothing a user did is lost by a kill after the action returned."""

import os
import signal
import sqlite3
import subprocess
import sys
import time

from desktop_app.core.project import open_project

WRITER = r"""
import sys
from desktop_app.core.project import open_project
p = open_project(sys.argv[1], coder="writer")
doc = int(sys.argv[2])
n = p.document_length(doc)
i = 0
while True:
    cid = p.add_coding(doc, "居民增收", i % (n - 1), i % (n - 1) + 1 + i // (n - 1))
    print(cid, flush=True)   # printed only after add_coding returned (committed)
    i += 1
"""


def test_sigkill_loses_no_returned_coding(project, tmp_path):
    doc = project.add_document("d", "收入" * 200 + "𠮷")
    project.close()
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(project.path), str(doc)],
        stdout=subprocess.PIPE, text=True,
    )
    returned = []
    deadline = time.monotonic() + 30
    while len(returned) < 300 and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        returned.append(int(line))
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    returned += [int(x) for x in proc.stdout.read().split()]  # lines already flushed
    assert len(returned) >= 300

    conn = sqlite3.connect(project.path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    with open_project(project.path) as p:
        ids = {r["id"] for r in p.codings()}
        assert set(returned) <= ids
        text = p.document_text(doc)
        for s in p.segments():
            assert s["text"] == text[s["start"]:s["end"]]
