"""Nothing a user did is lost by a kill after the action returned."""

import sqlite3

from desktop_app.core.project import open_project
from tests.conftest import codings_before_sigkill


def test_sigkill_loses_no_returned_coding(project, tmp_path):
    doc = project.add_document("d", "收入" * 200 + "𠮷")
    project.close()
    returned = codings_before_sigkill(project.path, doc, 300)
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
