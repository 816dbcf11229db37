"""Every item model passes pytest-qt's model tester, with real data and after changes."""

from __future__ import annotations


def test_document_list_model(qtmodeltester, demo_project):
    from desktop_app.gui.panels.documents import DocumentListModel

    model = DocumentListModel()
    model.load(demo_project.documents(), demo_project.attribute_names())
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.index(0, 0).data() == "以红船精神全力推动共同富裕示范先行"
    assert model.index(0, 1).data() == 3
    assert model.index(1, 2 + model.attr_names.index("region")).data() == "湖州"


def test_codebook_model_tree(qtmodeltester, demo_project):
    from desktop_app.gui.models.codebook import CodebookModel

    child = demo_project.add_code("收入差距", parent="居民增收")
    demo_project.add_code("工资", parent=child)
    model = CodebookModel()
    model.load(demo_project.codes())
    qtmodeltester.check(model)
    income = model.index_of(demo_project.resolve_code("居民增收"))
    assert model.rowCount(income) == 1
    kid = model.index(0, 0, income)
    assert kid.data() == "收入差距" and model.parent(kid) == income
    assert model.rowCount(model.index(0, 0, kid)) == 0
    assert model.index(0, 1).data() == "1" and model.index(0, 2).data() == 2
    assert "Passages on raising" in model.index(0, 0).data(3)  # ToolTipRole: the description
    model.load(demo_project.codes())  # reload keeps the model valid
    qtmodeltester.check(model)


def test_segments_model_is_lazy_and_follows_change_records(qtmodeltester, demo_project):
    from desktop_app.gui.models.segments import Key, Names, Scope, SegmentsModel

    p = demo_project
    names = Names(p.document_titles, p.code_names, p.coder_names, p.document_text)
    income = p.resolve_code("居民增收")
    model = SegmentsModel()
    model.reset([Key(*k) for k in p.coding_keys([income])], Scope(frozenset([income])), names)
    qtmodeltester.check(model)
    segs = p.segments(code="居民增收")
    assert model.rowCount() == 2
    assert model.index(0, 1).data() == segs[0]["text"]
    assert model.index(0, 2).data() == "居民增收"
    doc = segs[0]["document_id"]
    new = p.add_coding(doc, income, 0, 2)
    model.apply(p.last_changes)
    assert [model.key(i).id for i in range(model.rowCount())][0] == new
    p.add_coding(doc, "社会保障", 0, 2)  # out of scope: not listed
    model.apply(p.last_changes)
    assert model.rowCount() == 3
    model.apply(p.undo())
    model.apply(p.undo())
    assert model.rowCount() == 2
    qtmodeltester.check(model)

    old_page = SegmentsModel.page_size
    SegmentsModel.page_size = 2  # a page at a time: rows past the fetched ones are not shown yet
    try:
        lazy = SegmentsModel()  # (the tester above stays attached to `model` and fetches)
        lazy.reset([Key(*k) for k in p.coding_keys()], Scope(), names)
        assert lazy.rowCount() == 2 and lazy.canFetchMore()
        lazy.fetchMore()
        assert lazy.rowCount() == 4
        lazy.fetch_all()
        assert lazy.rowCount() == lazy.total() == len(p.segments())
        assert [lazy.key(i).id for i in range(lazy.rowCount())] == [s["id"] for s in p.segments()]
    finally:
        SegmentsModel.page_size = old_page


def test_rows_model_inserts_removes_and_replaces_rows(qtmodeltester):
    from PySide6.QtCore import Qt

    from desktop_app.gui.models.rows import RIGHT, Column, RowsModel

    model = RowsModel((Column("Word", lambda r: r[0]), Column("Count", lambda r: r[1], align=RIGHT,
                                                              tooltip=lambda r: f"{r[1]} times")))
    qtmodeltester.check(model)
    model.set_rows([("收入", 3), ("保障", 2)])
    model.insert_rows(1, [("城乡", 5)])
    assert [model.index(i, 0).data() for i in range(3)] == ["收入", "城乡", "保障"]
    model.replace_row(2, ("保障", 9))
    assert model.index(2, 1).data() == 9
    assert model.index(2, 1).data(Qt.ItemDataRole.ToolTipRole) == "9 times"
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) == int(RIGHT)
    model.remove_rows(0, 2)
    assert model.rowCount() == 1 and model.headerData(1, Qt.Orientation.Horizontal) == "Count"
    qtmodeltester.check(model)


def test_segments_read_page_by_page_and_follow_changes_before_and_after_the_pages(
        qtmodeltester, demo_project, monkeypatch):
    """With more codings than a page, the model reads the first page and the count; a coding
    added or removed after the pages read counts at once and shows when its page is read."""
    from desktop_app.gui.models.segments import Key, Names, Scope, SegmentsModel

    monkeypatch.setattr(SegmentsModel, "page_size", 3)
    p = demo_project
    doc = p.documents()[0]["id"]
    income = p.resolve_code("居民增收")
    for i in range(12):
        p.add_coding(doc, income, 40 + 7 * i, 44 + 7 * i)
    names = Names(p.document_titles, p.code_names, p.coder_names, p.document_text)
    reads = []

    def page(after):
        reads.append(after)
        return list(map(Key._make, p.coding_keys(after=after, limit=3)))

    model = SegmentsModel()
    model.reset(page(None), Scope(), names, more=page, total=p.count_coding_keys())
    every = [k[3] for k in p.coding_keys()]
    assert model.rowCount() == 3 and model.total() == len(every) == 19
    last = p.coding_keys()[-1]
    late = p.add_coding(last[0], income, last[1] + 1, last[2] + 1)  # after the pages read
    model.apply(p.last_changes)
    assert model.rowCount() == 3 and model.total() == 20
    early = p.add_coding(doc, income, 0, 1)  # before: shown at once
    model.apply(p.last_changes)
    assert model.rowCount() == 4 and model.key(0).id == early and model.total() == 21
    gone = [k[3] for k in p.coding_keys()][-3]
    p.remove_coding(gone)  # not read yet: counted off
    model.apply(p.last_changes)
    assert model.total() == 20
    qtmodeltester.check(model)
    model.fetch_all()
    ids = [model.key(i).id for i in range(model.rowCount())]
    assert ids == [k[3] for k in p.coding_keys()] and late in ids and gone not in ids
    assert model.total() == model.rowCount() == 20 and len(reads) > 3
