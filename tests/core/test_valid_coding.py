"""VALID_CODING splits the codings exactly: every row is either readable or named as bad,
never neither (a NULL in the condition would hide a crafted row from both)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop_app.core.project import create_project
from desktop_app.core.project.validation import VALID_CODING, bad_rows

CRAFTED = [  # document_id, code_id, coder_id, start, end
    (999, 1, 1, 0, 2),  # a document that does not exist
    (1, 999, 1, 0, 2),  # a code that does not exist
    (1, 1, 999, 0, 2),  # a coder that does not exist
    (1, 1, 1, -1, 2),  # before the text
    (1, 1, 1, 3, 3),  # empty
    (1, 1, 1, 5, 2),  # reversed
    (1, 1, 1, 0, 10_000),  # past the end of the text
    (1, 1, 1, "x", 2),  # a text offset ("0" would be stored as the integer 0)
    (1, 1, 1, 0.5, 2),  # a fraction
    (3, 1, 1, 0, 2),  # a document whose text is a BLOB
]


def test_every_coding_is_either_valid_or_reported(tmp_path: Path):
    path = tmp_path / "p.biaozhu"
    with create_project(path, coder="alice") as p:
        doc = p.add_document("一", "城乡居民收入稳步增长。")
        p.add_document("二", "社会保障体系更加健全。")
        p.add_code("收入")
        good = [p.add_coding(doc, "收入", 0, 2), p.add_coding(doc, "收入", 4, 11)]
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("PRAGMA ignore_check_constraints=ON")  # what a crafted file can hold
    conn.execute("INSERT INTO documents (id, title, text, chars, sha256, imported_at, position) "
                 "VALUES (3, '三', x'00ff', 2, 'x', '2026', 3)")
    for i, (d, c, k, s, e) in enumerate(CRAFTED):
        conn.execute('INSERT INTO codings (document_id, code_id, coder_id, start, "end", '
                     "created_at, updated_at, guid) VALUES (?, ?, ?, ?, ?, '2026', '2026', ?)",
                     (d, c, k, s, e, f"crafted-{i}"))
    conn.commit()
    valid = {r[0] for r in conn.execute(f"SELECT id FROM codings g WHERE {VALID_CODING}")}
    bad = {r[0] for r in conn.execute(f"SELECT id FROM codings g WHERE NOT {VALID_CODING}")}
    every = {r[0] for r in conn.execute("SELECT id FROM codings")}
    assert valid == set(good)
    assert bad == every - set(good) and len(bad) == len(CRAFTED)
    named = " ".join(m.render() for m in bad_rows(conn))
    assert all(f"coding {n}:" in named for n in bad)
    conn.close()


def test_damaged_documents_are_named_alike_with_and_without_the_full_check(tmp_path: Path):
    """Without `full` the count comes from the index (no walk over the texts): the same
    documents are named, but for a count that does not match its text (only `full` reads it)."""
    path = tmp_path / "p.biaozhu"
    with create_project(path, coder="alice") as p:
        p.add_document("一", "城乡居民收入稳步增长。")
        short = p.add_document("二", "社会保障体系更加健全。")
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA ignore_check_constraints=ON")  # what a crafted file can hold
    for i, (title, text, chars) in enumerate([("blob", b"\xe4\xb8\x80", 3), ("chars", "文本", "two"),
                                                  (b"title", "文本", 2)]):
        conn.execute("INSERT INTO documents (title, text, chars, sha256, imported_at) "
                     "VALUES (?, ?, ?, ?, 'x')", (title, text, chars, f"s{i}"))
    conn.execute("UPDATE documents SET chars=99 WHERE id=?", (short,))
    conn.commit()
    quick = [m.render() for m in bad_rows(conn)]
    full = [m.render() for m in bad_rows(conn, full=True)]
    conn.close()
    assert quick == ["document 3: its text is not text (BLOB)",
                     "document 4: its title or character count is of the wrong type",
                     "document 5: its title or character count is of the wrong type"]
    assert full == [f"document {short}: its character count (99) does not match its text (11)",
                    "document 3: its text is not text (BLOB)",
                    "document 4: its character count ('two') does not match its text (2)",
                    "document 5: its title or character count is of the wrong type"]


def _one_crafted(tmp_path: Path, row: tuple | None) -> sqlite3.Connection:
    path = tmp_path / "p.biaozhu"
    with create_project(path, coder="alice") as p:
        doc = p.add_document("一", "城乡居民收入稳步增长。")
        p.add_document("二", "社会保障体系更加健全。")
        p.add_code("收入")
        p.add_coding(doc, "收入", 0, 2)
        p.add_coding(doc, "收入", 4, 11)  # to the last character
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("PRAGMA ignore_check_constraints=ON")
    conn.execute("INSERT INTO documents (id, title, text, chars, sha256, imported_at, position) "
                 "VALUES (3, '三', x'00ff', 2, 'x', '2026', 3)")
    if row is not None:
        conn.execute('INSERT INTO codings (document_id, code_id, coder_id, start, "end", '
                     "created_at, updated_at, guid) VALUES (?, ?, ?, ?, ?, '2026', '2026', 'c')", row)
    conn.commit()
    return conn


def test_the_quick_check_passes_a_clean_project(tmp_path: Path):
    from desktop_app.core.project.validation import _codings_look_valid

    conn = _one_crafted(tmp_path, None)
    assert _codings_look_valid(conn)
    assert not [m for m in bad_rows(conn) if "coding" in m.render()]
    conn.close()


def test_the_quick_check_never_passes_a_crafted_coding(tmp_path: Path):
    """The aggregate that spares the row-by-row condition at each open fails on every kind of
    crafted coding, each alone: then each is named as before."""
    from desktop_app.core.project.validation import _codings_look_valid

    for i, row in enumerate(CRAFTED):
        folder = tmp_path / str(i)
        folder.mkdir()
        conn = _one_crafted(folder, row)
        assert not _codings_look_valid(conn), row
        [bad] = [r[0] for r in conn.execute(f"SELECT id FROM codings g WHERE NOT {VALID_CODING}")]
        assert any(m.render().startswith(f"coding {bad}:") for m in bad_rows(conn)), row
        conn.close()
