import pytest

from desktop_app.core.errors import BiaozhuError


def test_add_rename_recolour_describe(project):
    cid = project.add_code("工资收入", parent="居民增收", description="工资", name_en="Wages")
    code = project.code(cid)
    assert code["parent_id"] == project.resolve_code("居民增收")
    assert code["colour"] not in {c["colour"] for c in project.codes() if c["id"] != cid}
    project.rename_code(cid, "工资性收入", name_en="Wage income")
    project.set_code_colour(cid, "#aabbcc")
    project.set_code_description(cid, "工资、薪金")
    code = project.code(cid)
    assert (code["name"], code["name_en"], code["colour"], code["description"]) == (
        "工资性收入", "Wage income", "#AABBCC", "工资、薪金")
    assert [c["path"] for c in project.codes()][1] == "居民增收 > 工资性收入"


def test_names_are_unique_and_valid(project):
    with pytest.raises(BiaozhuError, match="already a code named"):
        project.add_code("社会保障")
    with pytest.raises(BiaozhuError, match="needs a name"):
        project.add_code("   ")
    with pytest.raises(BiaozhuError, match="not a colour"):
        project.add_code("新", colour="red")


def test_resolve_by_chinese_english_or_id(project):
    cid = project.resolve_code("社会保障")
    assert project.resolve_code("social security") == cid
    assert project.resolve_code(str(cid)) == cid
    with pytest.raises(BiaozhuError, match="no code 'nope'"):
        project.resolve_code("nope")


def test_shortcut_moves_from_the_code_that_had_it(project):
    new = project.add_code("新主题")
    project.set_code_shortcut(new, "1")
    assert project.code_by_shortcut("1") == new
    assert project.code(project.resolve_code("居民增收"))["shortcut"] is None
    with pytest.raises(BiaozhuError, match="1 to 9"):
        project.set_code_shortcut(new, "x")


def test_move_refuses_cycles(project):
    a = project.add_code("A")
    b = project.add_code("B", parent=a)
    c = project.add_code("C", parent=b)
    with pytest.raises(BiaozhuError, match="under itself"):
        project.move_code(a, c)
    project.move_code(c, None)
    assert project.code(c)["parent_id"] is None


def test_merge_moves_codings_and_children_and_drops_exact_duplicates(project):
    doc = project.add_document("d", "收入和社会保障𠮷")
    src, dst = project.add_code("来源"), project.resolve_code("居民增收")
    child = project.add_code("子代码", parent=src)
    g1 = project.add_coding(doc, src, 0, 2)
    project.add_coding(doc, src, 3, 7)
    project.add_coding(doc, dst, 3, 7)  # dst already has 3-7
    moved = project.merge_codes(src, dst)
    assert moved == 1
    spans = sorted((r["start"], r["end"]) for r in project.codings(codes=[dst]))
    assert spans == [(0, 2), (3, 7)]
    assert project.coding(g1)["code_id"] == dst
    assert project.code(child)["parent_id"] == dst
    with pytest.raises(BiaozhuError):
        project.code(src)


def test_delete_states_and_removes_subtree_with_codings(project):
    doc = project.add_document("d", "收入和社会保障")
    parent = project.resolve_code("居民增收")
    child = project.add_code("子", parent=parent)
    project.add_coding(doc, parent, 0, 2)
    project.add_coding(doc, child, 0, 1)
    project.add_coding(doc, "社会保障", 3, 7)
    assert project.delete_impact(parent) == (2, 2)
    assert project.delete_code(parent) == (2, 2)
    assert [s["code"] for s in project.segments()] == ["社会保障"]
    assert [c["name"] for c in project.codes()] == ["社会保障", "数字化改革", "城乡融合"]


@pytest.mark.parametrize(
    "operation",
    [
        lambda p, cid: p.rename_code(cid, "改名"),
        lambda p, cid: p.set_code_colour(cid, "#000000"),
        lambda p, cid: p.set_code_shortcut(cid, "2"),
        lambda p, cid: p.move_code(cid, "社会保障"),
        lambda p, cid: p.merge_codes(cid, "社会保障"),
        lambda p, cid: p.delete_code(cid),
        lambda p, cid: p.add_code("新", parent=cid),
    ],
)
def test_every_codebook_edit_undoes_and_redoes(project, operation):
    from tests.conftest import table_dump

    doc = project.add_document("d", "收入𠮷和社会保障")
    cid = project.resolve_code("居民增收")
    project.add_coding(doc, cid, 0, 3)
    user_tables = ("codes", "codings", "coders", "documents")
    before = {t: rows for t, rows in table_dump(project.path).items() if t in user_tables}
    operation(project, cid)
    action = project.last_action()["id"]
    after = {t: rows for t, rows in table_dump(project.path).items() if t in user_tables}
    assert after != before
    project.undo(action)
    assert {t: r for t, r in table_dump(project.path).items() if t in user_tables} == before
    project.redo(action)
    assert {t: r for t, r in table_dump(project.path).items() if t in user_tables} == after


def test_an_english_name_two_codes_share_is_refused_not_guessed(project):
    project.add_code("工资", name_en="Income")  # the default 居民增收 is "Income" too
    with pytest.raises(BiaozhuError, match="several codes are called 'income' in English"):
        project.resolve_code("income")
    assert project.resolve_code("工资") != project.resolve_code("居民增收")


def test_codes_without_counts_are_the_same_codes_in_the_same_order(project):
    """The lists and menus of the window read the codebook without the two counts per code."""
    doc = project.add_document("文", "城乡居民收入持续增长，社会保障体系更加健全。")
    parent = project.add_code("主题")
    child = project.add_code("子题", parent=parent)
    project.add_coding(doc, child, 0, 4)
    project.add_coding(doc, child, 5, 9)
    full = project.codes()
    bare = project.codes(counts=False)
    assert [c["id"] for c in bare] == [c["id"] for c in full]
    assert {c["id"]: c["codings"] for c in full}[child] == 2  # the full list still counts
    for a, b in zip(bare, full, strict=True):
        assert "codings" not in a and "documents" not in a
        assert a == {k: v for k, v in b.items() if k not in ("codings", "documents")}
        assert a["path"] == b["path"] and a["depth"] == b["depth"]

