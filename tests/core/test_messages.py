"""Messages carry their meaning: every core raise site passes a marked Message, str() is the
English text, arguments survive storage, plurals follow %n."""

from __future__ import annotations

import ast
import builtins
from pathlib import Path

import pytest

import desktop_app.core
from desktop_app.core.errors import BiaozhuError, DuplicateCoding
from desktop_app.core.messages import Message

CORE = Path(desktop_app.core.__file__).parent
ERROR_NAMES = ("Error", "Refused", "Conflict", "Cancelled", "Upgrade", "Undo", "Coding")


def _is_marked(node: ast.AST) -> bool:
    """Message("literal", ...): what pyside6-lupdate extracts."""
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id == "Message" and bool(node.args)
            and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str))


def _message_helpers(tree: ast.Module) -> set[str]:
    """Module functions whose every return is a marked Message."""
    found = set()
    for fn in tree.body:
        if isinstance(fn, ast.FunctionDef):
            returns = [n for n in ast.walk(fn) if isinstance(n, ast.Return)]
            if returns and all(r.value is not None and _is_marked(r.value) for r in returns):
                found.add(fn.name)
    return found


def _raise_sites() -> list[tuple[str, int, ast.Call]]:
    sites = []
    for path in sorted(CORE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
                func = node.exc.func
                name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
                if name.endswith(ERROR_NAMES) and not hasattr(builtins, name):  # ours, not Python's
                    sites.append((f"{path.relative_to(CORE)}:{node.lineno}", node.lineno, node.exc))
    return sites


def test_every_core_raise_site_passes_a_marked_message():
    sites = _raise_sites()
    assert len(sites) > 100
    bad = []
    helpers_by_file: dict[str, set[str]] = {}
    for where, _, call in sites:
        file = where.split(":")[0]
        if file not in helpers_by_file:
            helpers_by_file[file] = _message_helpers(ast.parse((CORE / file).read_text("utf-8")))
        arg = call.args[0] if call.args else None
        ok = arg is not None and (
            _is_marked(arg)
            or (isinstance(arg, ast.Call) and isinstance(arg.func, ast.Name)
                and arg.func.id in helpers_by_file[file])
            or (isinstance(arg, ast.Attribute) and arg.attr == "message"))  # passed on as it is
        if not ok:
            bad.append(where)
    assert bad == []


def test_every_message_in_the_core_has_a_literal_text():
    bad = []
    for path in sorted(CORE.rglob("*.py")):
        if path.name == "messages.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "Message" and not _is_marked(node)):
                bad.append(f"{path.relative_to(CORE)}:{node.lineno}")
    assert bad == []


def test_str_is_the_english_text_and_arguments_are_kept():
    m = Message("{file}: too large ({size} MB; at most {max} MB)", file="大.txt", size=201, max=200)
    assert str(m) == "大.txt: too large (201 MB; at most 200 MB)"
    e = BiaozhuError(m)
    assert str(e) == str(m) and e.message is m
    assert Message.from_json(m.to_json()) == m
    nested = Message("Undo {label}", label=Message("Add code {name}", name="{odd} 名"))
    assert str(nested) == "Undo Add code {odd} 名"  # a value is never read as a template
    assert Message.from_json(nested.to_json()) == nested


def test_plurals_in_english():
    assert str(Message("Remove %n coding(s)", n=1)) == "Remove 1 coding"
    assert str(Message("Remove %n coding(s)", n=0)) == "Remove 0 codings"
    assert str(Message("removed {n} control character(s)", n=2)) == "removed 2 control characters"


def test_old_labels_and_garbage_come_back_verbatim():
    assert str(Message.from_json(None, fallback="Code passage")) == "Code passage"
    assert str(Message.from_json("{not json", fallback="x")) == "x"
    assert str(Message.from_json('{"text": 3}', fallback="y")) == "y"


def test_a_duplicate_coding_is_a_typed_error_with_the_existing_id(tmp_path):
    from desktop_app.core.project import create_project

    with create_project(tmp_path / "p.biaozhu", coder="alice") as p:
        doc = p.add_document("一", "城乡居民收入增加。")
        first = p.add_coding(doc, "居民增收", 0, 4)
        with pytest.raises(DuplicateCoding) as info:
            p.add_coding(doc, "居民增收", 0, 4)
        assert info.value.existing_id == first
