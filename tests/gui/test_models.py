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


def test_segments_model(qtmodeltester, demo_project):
    from desktop_app.gui.panels.segments import SegmentsModel

    model = SegmentsModel()
    segs = demo_project.segments(code="居民增收")
    model.load(segs)
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.index(0, 1).data() == segs[0]["text"]
    assert model.index(0, 2).data() == "居民增收"
    model.load([])
    qtmodeltester.check(model)
