"""`biaozhu undo`, `redo`, `history`: the library's undo pointer from the command line."""

import json

from tests.cli.test_cli import run
from tests.conftest import table_dump


def _project(tmp_path, capsys):
    path = tmp_path / "p.biaozhu"
    f = tmp_path / "政策.txt"
    f.write_text("城乡居民收入增加𠮷。社会保障", encoding="utf-8")
    assert run(capsys, "new", path, "--coder", "alice")[0] == 0
    assert run(capsys, "import", path, f)[0] == 0
    return path


def test_undo_redo_history(tmp_path, capsys):
    path = _project(tmp_path, capsys)
    code, out, _ = run(capsys, "code", path, 1, 0, 4, "居民增收", "--coder", "bob")
    assert code == 0
    code, out, err = run(capsys, "undo", path)
    assert (code, err) == (0, "")
    assert out.strip() == "undone: Code passage (coders: 1, codings: 1)"
    code, out, _ = run(capsys, "segments", path, "--json")
    assert json.loads(out) == []
    code, out, _ = run(capsys, "redo", path)
    assert (code, out.strip()) == (0, "redone: Code passage (coders: 1, codings: 1)")
    code, out, _ = run(capsys, "segments", path, "--json")
    assert [s["text"] for s in json.loads(out)] == ["城乡居民"]

    code, out, _ = run(capsys, "history", path, "--json", "--limit", "3")
    entries = json.loads(out)
    assert [(e["label"], e["kind"], e["undone"]) for e in entries] == [
        ("Redo Code passage", "redo", False), ("Undo Code passage", "undo", False),
        ("Code passage", "do", False)]
    assert entries[2]["coder"] == "bob"
    code, out, _ = run(capsys, "history", path)
    assert code == 0 and "Import 1 document" in out


def test_nothing_to_undo_is_a_user_error_and_changes_nothing(tmp_path, capsys):
    path = tmp_path / "empty.biaozhu"
    assert run(capsys, "new", path)[0] == 0
    before = table_dump(path)
    code, out, err = run(capsys, "undo", path)
    assert (code, out) == (1, "")
    assert err.strip() == "biaozhu: error: nothing to undo"
    code, _, err = run(capsys, "redo", path)
    assert code == 1 and err.strip() == "biaozhu: error: nothing to redo"
    assert table_dump(path) == before
    code, _, err = run(capsys, "history", path, "--limit", "0")
    assert code == 2
