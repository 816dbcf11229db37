"""After any sequence of actions (codings, undo, redo, codebook edits, merges), the lists the
window keeps up to date from change records equal lists rebuilt from scratch."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.messages import Message
from tests.gui.conftest import make_window

ACTIONS = st.lists(st.tuples(
    st.sampled_from(["code", "code", "code", "uncode", "recode", "memo", "undo", "redo",
                     "newcode", "merge", "coder"]),
    st.integers(0, 40), st.integers(1, 6), st.integers(0, 3)), min_size=1, max_size=15)


def _state(window) -> dict:
    """What the window's lists show now."""
    seg = window.segments.model_
    seg.fetch_all()
    tree = window.tree.model_
    docs = window.doc_list.model_
    return {
        "segments": [tuple(seg.key(i)) for i in range(seg.rowCount())],
        "segment_text": [seg.index(i, 1).data() for i in range(seg.rowCount())],
        "code_counts": {cid: r["codings"] for cid, r in tree.rows.items()},
        "doc_counts": {d["id"]: d["codings"] for d in docs.docs},
    }


def _rebuilt(window) -> dict:
    """The same lists read from the project file."""
    from PySide6.QtWidgets import QApplication

    window._pending_changes = None
    window.tree.reload()
    p = window.session.project
    window.doc_list.load(p.documents(), p.attribute_names())
    window._load_segments()
    QApplication.processEvents()
    return _state(window)


def _act(session, docs: list[int], kind: str, a: int, length: int, pick: int) -> None:
    """One action as the window makes it: through the session, which emits its changes."""
    p = session.project
    # the documents there now: an undo at the start takes back the fixture's import
    docs = [d["id"] for d in p.documents()] or docs
    if not p.documents() and kind in ("code", "coder"):
        return
    codes = [c["id"] for c in p.codes()]
    segs = p.segments()
    seg = segs[a % len(segs)]["id"] if segs else None
    code = codes[pick % len(codes)]
    if kind == "code":
        doc = docs[pick % len(docs)]
        n = p.document_length(doc)
        s = a % max(1, n - length)
        session.perform(None, lambda q: q.add_coding(doc, code, s, min(n, s + length)))
    elif kind == "uncode" and seg is not None:
        session.perform(None, lambda q: q.remove_coding(seg))
    elif kind == "recode" and seg is not None:
        session.perform(None, lambda q: q.recode(seg, code))
    elif kind == "memo" and seg is not None:
        session.perform(None, lambda q: q.set_memo(seg, f"m{a}"))
    elif kind == "undo":
        session.undo()
    elif kind == "redo":
        session.redo()
    elif kind == "newcode":
        session.perform(None, lambda q: q.add_code(f"新代码{a}"))
    elif kind == "merge" and len(codes) > 2:
        session.perform(None, lambda q: q.merge_codes(codes[-1], codes[pick % (len(codes) - 1)]))
    elif kind == "coder":  # another coder's coding (a new coders row in the same action)
        p.coder = f"coder{pick}"
        try:
            session.perform(Message("Code passage"),
                            lambda q: q.add_coding(docs[0], codes[0], a % 10, a % 10 + 2))
        finally:
            p.coder = "alice"


@pytest.mark.parametrize("page", [1000, 2])  # 2: the segments are read page by page
@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(actions=ACTIONS)
def test_lists_after_actions_equal_lists_rebuilt(qtbot, astral_project, tmp_path_factory,
                                                 page, actions):
    import shutil

    from PySide6.QtWidgets import QApplication

    from desktop_app.gui.models.segments import SegmentsModel

    SegmentsModel.page_size = page
    path = tmp_path_factory.mktemp("example") / "p.biaozhu"  # each example on a fresh copy
    shutil.copyfile(astral_project, path)
    window = make_window(qtbot, path)
    try:
        session = window.session
        p = session.project
        docs = [d["id"] for d in p.documents()]
        for kind, a, length, pick in actions:
            _act(session, docs, kind, a, length, pick)
            QApplication.processEvents()  # the lists update after the repaint
        assert not window._refresh_timer.isActive() and window._pending_changes is None
        for pane in window.panes.panes:  # the memo marks followed the changes one by one
            view = pane.view
            kept = (list(view.spans), list(view.highlighter.memo_marks))
            pane.show_document(pane.document_id)  # read again from the file
            assert (view.spans, view.highlighter.memo_marks) == kept
        total = window.segments.model_.total()
        assert _state(window) == _rebuilt(window)
        assert total == window.segments.model_.total() == window.segments.model_.rowCount()
    finally:
        window.close()
        SegmentsModel.page_size = 1000
