"""REFI-QDA export -> schema validation -> merge into a new project: every coding equal."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import pytest
import xmlschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from desktop_app.core.interchange.merge import merge
from desktop_app.core.interchange.refi_export import export_qdc, export_qdpx
from desktop_app.core.project import create_project, open_project
from desktop_app.core.project.codings import NewCoding
from desktop_app.core.project.schema import GUID_TABLES, migrations
from tests.core.export_helpers import build_two_coder_project

REFI = Path(__file__).resolve().parents[2] / "docs" / "refi-qda"  # copies of the standard's
PROJECT_XSD = xmlschema.XMLSchema(REFI / "Project.xsd")
CODEBOOK_XSD = xmlschema.XMLSchema(REFI / "Codebook.xsd")


def qde(path: Path) -> bytes:
    with zipfile.ZipFile(path) as z:
        return z.read("project.qde")


def codings_of(path: Path) -> list[tuple]:
    """(document text, code path, coder, start, end, passage, memo) of every coding."""
    with open_project(path, readonly=True) as p:
        paths = {c["id"]: c["path"] for c in p.codes()}
        return sorted(
            (p.document_text(s["document_id"]), paths[s["code_id"]], s["coder"], s["start"],
             s["end"], s["text"], s["memo"])
            for s in p.segments()
        )


def test_every_object_has_a_guid_and_export_twice_gives_the_same_file(tmp_path: Path):
    path = tmp_path / "p.biaozhu"
    with build_two_coder_project(path) as p:
        for table in GUID_TABLES:
            missing = p.conn.execute(f"SELECT COUNT(*) FROM {table} WHERE guid IS NULL").fetchone()[0]
            assert missing == 0, table
    first = qde(export_qdpx(path, tmp_path / "a.qdpx").path)
    second = qde(export_qdpx(path, tmp_path / "b.qdpx").path)
    assert first == second
    PROJECT_XSD.validate(first)


def test_guids_survive_undo_and_redo(project):
    doc = project.add_document("t", "文本𠮷文本")
    cid = project.add_coding(doc, "居民增收", 1, 3)
    guid = project.coding(cid)["guid"]
    project.undo()
    project.redo()
    assert project.coding(cid)["guid"] == guid


def test_migration_gives_existing_rows_guids(tmp_path: Path):
    path = tmp_path / "old.biaozhu"
    conn = sqlite3.connect(path)
    db = Database(conn)
    migrations.apply(db, stop_before="0004_guids")
    conn.executescript(
        """INSERT INTO project_info VALUES ('app', 'biaozhu'), ('name', 'old');
        INSERT INTO coders (name, created_at) VALUES ('a', 'x'), ('b', 'x');
        INSERT INTO codes (name, colour, created_at) VALUES ('c1', '#112233', 'x');
        INSERT INTO documents (title, text, chars, sha256, imported_at) VALUES ('d', 'abc', 3, 'h', 'x');
        INSERT INTO codings (document_id, code_id, coder_id, start, "end", created_at, updated_at)
            VALUES (1, 1, 1, 0, 2, 'x', 'x');""")
    conn.commit()
    conn.close()
    with open_project(path) as p:
        for table in ("coders", "codes", "documents", "codings"):
            guids = [r[0] for r in p.conn.execute(f"SELECT guid FROM {table}")]
            assert guids and all(len(g) == 36 for g in guids) and len(set(guids)) == len(guids)
        assert p.info("guid")
    assert list(tmp_path.glob("old.biaozhu.before-0004_guids.*.bak"))


def test_export_validates_and_merges_back_exactly(tmp_path: Path):
    path = tmp_path / "p.biaozhu"
    with build_two_coder_project(path) as p:
        doc = p.documents()[0]["id"]
        code = p.resolve_code("社会保障")
        p.add_memo("document", doc, "文档备忘 𠮷")
        p.add_memo("code", code, "编码备忘")
        p.add_memo("project", None, "项目备忘")
        p.set_code_description("子编码", "说明 😀")
    out = export_qdpx(path, tmp_path / "p.qdpx").path
    PROJECT_XSD.validate(qde(out))
    with zipfile.ZipFile(out) as z:
        sources = [n for n in z.namelist() if n.startswith("sources/")]
        assert len(sources) == 3
        for n in sources:
            raw = z.read(n)
            assert not raw.startswith(b"\xef\xbb\xbf") and b"\r" not in raw
    target = tmp_path / "new.biaozhu"
    with create_project(target, coder="carol") as q:
        report = merge(q, out)
        assert report.counts["codings"]["added"] == 13
        assert report.counts["documents"]["added"] == 3
        assert q.code(q.resolve_code("子编码"))["description"] == "说明 😀"
        assert q.code(q.resolve_code("子编码"))["colour"] == "#123456"
        memos = {(m["target"], m["text"]) for m in q.memos()}
        assert {("document", "文档备忘 𠮷"), ("code", "编码备忘"), ("project", "项目备忘")} <= memos
        doc = next(d for d in q.documents() if d["title"] == "湖州 𠮷")
        assert doc["attributes"] == {"region": "湖州"}
        again = merge(q, out)
        assert again.action_id is None
        assert all(again.counts[k]["added"] == 0 for k in again.counts)
        assert again.counts["codings"]["matched"] == 13
    assert codings_of(target) == codings_of(path)


def test_codebook_export_validates_and_merges(tmp_path: Path):
    path = tmp_path / "p.biaozhu"
    with build_two_coder_project(path):
        pass
    out = export_qdc(path, tmp_path / "book.qdc").path
    CODEBOOK_XSD.validate(out)
    with create_project(tmp_path / "new.biaozhu") as q:
        q.delete_code("社会保障")
        report = merge(q, out)
        assert report.counts["codes"]["added"] == 2
        assert q.code(q.resolve_code("子编码"))["parent_id"] == q.resolve_code("社会保障")
        assert merge(q, out).counts["codes"]["added"] == 0


TEXT = st.text(alphabet=st.sampled_from("共同富裕城乡𠮷😀𠀀ab \n。，"), min_size=1, max_size=80)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(TEXT, min_size=1, max_size=3, unique=True), data=st.data())
def test_roundtrip_any_text(tmp_path_factory, texts: list[str], data):
    tmp = tmp_path_factory.mktemp("rt")
    src = tmp / "a.biaozhu"
    with create_project(src, coder="alice") as p:
        items = []
        for t in texts:
            doc = p.add_document(t[:10] or "x", t)
            for _ in range(data.draw(st.integers(0, 4))):
                s = data.draw(st.integers(0, len(t) - 1))
                e = data.draw(st.integers(s + 1, len(t)))
                items.append(NewCoding(doc, data.draw(st.sampled_from(["居民增收", "社会保障"])), s, e,
                                       memo=data.draw(st.sampled_from(["", "备忘𠮷"]))))
        p.add_codings(items)
    out = export_qdpx(src, tmp / "a.qdpx").path
    PROJECT_XSD.validate(qde(out))
    dst = tmp / "b.biaozhu"
    with create_project(dst, coder="bob") as q:
        merge(q, out)
        assert merge(q, out).counts["codings"]["added"] == 0
    assert codings_of(dst) == codings_of(src)


def test_merge_of_a_biaozhu_project_is_one_undoable_action(tmp_path: Path):
    other = tmp_path / "other.biaozhu"
    with build_two_coder_project(other):
        pass
    with create_project(tmp_path / "mine.biaozhu", coder="me") as q:
        before = q.conn.execute("SELECT COUNT(*) FROM codings").fetchone()[0]
        report = merge(q, other)
        assert report.counts["codings"]["added"] == 13
        assert list(tmp_path.glob("mine.biaozhu.before-merge.*.bak"))
        q.undo()
        assert q.conn.execute("SELECT COUNT(*) FROM codings").fetchone()[0] == before
        assert q.conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 0
        q.redo()
        assert q.conn.execute("SELECT COUNT(*) FROM codings").fetchone()[0] == 13
    assert codings_of(tmp_path / "mine.biaozhu") == codings_of(other)


def test_dry_run_changes_nothing(tmp_path: Path):
    from tests.conftest import table_dump

    other = tmp_path / "other.biaozhu"
    with build_two_coder_project(other):
        pass
    mine = tmp_path / "mine.biaozhu"
    create_project(mine).close()
    before = table_dump(mine)
    with open_project(mine, readonly=True) as q:
        report = merge(q, other, dry_run=True)
    assert report.counts["codings"]["added"] == 13
    assert table_dump(mine) == before


def test_same_named_code_with_another_colour_is_kept_as_ours(tmp_path: Path):
    other = tmp_path / "other.biaozhu"
    with create_project(other, coder="bob") as o:
        o.set_code_colour("居民增收", "#000000")
        o.add_code("新编码", parent="居民增收")
    with create_project(tmp_path / "mine.biaozhu") as q:
        colour = q.code(q.resolve_code("居民增收"))["colour"]
        report = merge(q, other)
        assert q.code(q.resolve_code("居民增收"))["colour"] == colour
        assert any("differs; kept ours" in str(m) for m in report.notes)
        assert q.code(q.resolve_code("新编码"))["parent_id"] == q.resolve_code("居民增收")


@pytest.mark.parametrize("suffix", [".txt", ".docx"])
def test_merge_refuses_other_kinds_of_file(tmp_path: Path, project, suffix):
    from desktop_app.core.interchange.merge import MergeRefused

    f = tmp_path / f"x{suffix}"
    f.write_text("x")
    with pytest.raises(MergeRefused):
        merge(project, f)
