"""The core's messages shown in the UI language: each group is produced by the real core,
then rendered through the Qt catalogue; values (file names, numbers, names, offsets) come
through unchanged."""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.core.errors import BiaozhuError
from desktop_app.core.messages import Message
from desktop_app.core.project import create_project, open_project
from tests.gui.conftest import ASTRAL_TEXT, make_window, rows


@pytest.fixture
def zh(qapp):
    from desktop_app.gui import i18n

    assert i18n.install("zh_CN")
    yield
    i18n.install("en")


@pytest.fixture
def project(tmp_path: Path):
    with create_project(tmp_path / "p.biaozhu", coder="alice") as p:
        p.add_document("第一篇", "城乡居民收入增加。社会保障体系健全。")
        yield p


def error(fn: Callable[[], object]) -> Message:
    """The message of the BiaozhuError that fn raises."""
    with pytest.raises(BiaozhuError) as info:
        fn()
    assert isinstance(info.value.message, Message)
    return info.value.message


def check(message: Message | None, *chinese: str, keep: tuple[str, ...] = ()) -> str:
    """Render a core message in the Chinese UI: every value kept, the expected words there,
    nothing of the English text left."""
    from desktop_app.gui.i18n import render

    assert isinstance(message, Message)
    out = render(message)
    assert out != str(message)
    for value in keep:
        assert value in out, (value, out)
    for word in chinese:
        assert word in out, (word, out)
    return out


# -- the catalogue ---------------------------------------------------------------------------------

def core_messages() -> list[str]:
    """Every message text the core marks (the first argument of each Message(...) call)."""
    import ast

    import desktop_app.core

    found = []
    for path in Path(desktop_app.core.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "Message" and node.args
                    and isinstance(node.args[0], ast.Constant)):
                found.append(node.args[0].value)
    return found


def test_every_core_message_is_translated_with_the_same_values(zh):
    from desktop_app.gui.i18n import tr

    fields = re.compile(r"\{(\w+)\}")
    texts = set(core_messages())
    assert len(texts) > 150
    for text in texts:
        chinese = tr(text)
        assert chinese != text, f"untranslated: {text}"
        assert set(fields.findall(chinese)) == set(fields.findall(text)), text
        assert re.search(r"[\u4e00-\u9fff]", chinese), chinese
        if text.startswith("{file}: "):
            assert chinese.startswith("{file}："), chinese  # full-width colon after a file


def test_english_ui_and_unknown_messages_pass_through(qapp, tmp_path):
    from desktop_app.core.ingest.importer import import_files
    from desktop_app.gui import i18n
    from desktop_app.gui.i18n import render

    (tmp_path / "empty.txt").write_bytes(b"")
    with create_project(tmp_path / "p.biaozhu") as p:
        message = import_files(p, [tmp_path / "empty.txt"])[0].message
    assert isinstance(message, Message)
    i18n.install("en")
    assert render(message) == str(message) == "empty.txt: the file is empty"
    try:
        i18n.install("zh_CN")
        for unknown in ("TypeError: something broke", "", "已是中文的消息"):
            assert render(unknown) == unknown
            assert render(Message.verbatim(unknown)) == unknown
        assert render(Message("not in any catalogue {x}", x=3)) == "not in any catalogue 3"
        assert render(message) == "empty.txt：文件为空"
    finally:
        i18n.install("en")
    assert render(message) == str(message)


def test_plurals_in_english_and_chinese(qapp):
    from desktop_app.gui import i18n
    from desktop_app.gui.i18n import render

    one, three = Message("Remove %n coding(s)", n=1), Message("Remove %n coding(s)", n=3)
    assert (str(one), str(three)) == ("Remove 1 coding", "Remove 3 codings")
    try:
        i18n.install("zh_CN")
        assert render(three) == "删除 3 个编码"
    finally:
        i18n.install("en")
    assert render(three) == "Remove 3 codings"


# -- groups, from the real core ----------------------------------------------------------------------

def test_import_refusals_duplicates_and_warnings(zh, project, tmp_path):
    from desktop_app.core.ingest.importer import import_files

    files = {
        "empty.txt": b"  \n",
        "binary.txt": bytes(range(256)) * 8,
        "报告.pdf.txt": b"%PDF-1.4 stuff",
        "office.txt": b"PK\x03\x04rest",
        "old.doc": b"x",
        "data.xls": b"x",
        "broken.docx": b"not a zip",
        "same1.txt": "相同的内容。".encode(),
        "same2.txt": "相同的内容。".encode(),
        "again.txt": "城乡居民收入增加。社会保障体系健全。".encode(),
        "controls.txt": "有控制\x01字符".encode(),
        "bom.txt": b"\xef\xbb\xbf\xff\xfe bad",
    }
    paths = []
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        paths.append(tmp_path / name)
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    paths += [tmp_path / "missing.txt", folder]
    results = {Path(r.path).name: r for r in import_files(project, paths)}

    def msg(name: str) -> Message | None:
        return results[name].message

    assert check(msg("empty.txt"), keep=("empty.txt",)) == "empty.txt：文件为空"
    check(msg("binary.txt"), "二进制", keep=("binary.txt：",))
    check(msg("报告.pdf.txt"), "PDF", "另存为", keep=("报告.pdf.txt：",))
    check(msg("office.txt"), "不是纯文本", keep=("office.txt：",))
    check(msg("old.doc"), "不支持", keep=("old.doc：",))
    check(msg("data.xls"), "不支持的文件类型", keep=("data.xls：", "“.xls”"))
    check(msg("broken.docx"), ".docx", keep=("broken.docx：",))
    check(msg("same2.txt"), "本次导入", keep=("same2.txt：", "same1.txt"))
    doc = results["again.txt"].document_id
    check(msg("again.txt"), "已是文档", "不再重复导入", keep=("again.txt：", f"文档 {doc}"))
    check(msg("bom.txt"), "字节顺序标记", keep=("bom.txt：", "UTF-8 (BOM)", "第 0 字节"))
    check(msg("missing.txt"), "文件不存在", keep=(str(tmp_path / "missing.txt") + "：",))
    check(msg("folder.txt"), "文件夹", keep=(str(folder) + "：",))
    warning = results["controls.txt"].warnings[0]
    assert check(warning) == "删除了 1 个控制字符"


def test_project_open_and_create_errors(zh, project, tmp_path, monkeypatch):
    from desktop_app.core.project import store as project_module

    text = tmp_path / "notes.txt"
    text.write_text("hello", encoding="utf-8")
    check(error(lambda: open_project(text)), "不是标注项目", "不是 SQLite 数据库",
          keep=(f"{text}：",))
    empty = tmp_path / "empty.biaozhu"
    empty.write_bytes(b"")
    check(error(lambda: open_project(empty)), "不是标注项目", "空文件", keep=(f"{empty}：",))
    damaged = tmp_path / "damaged.biaozhu"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x07" * 500)
    check(error(lambda: open_project(damaged)), "已损坏", keep=(f"{damaged}：",))
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    check(error(lambda: open_project(other)), "SQLite 数据库", "不是标注项目", keep=(f"{other}：",))
    missing = tmp_path / "missing.biaozhu"
    check(error(lambda: open_project(missing)), "项目文件不存在", keep=(f"{missing}：",))
    check(error(lambda: open_project(tmp_path)), "文件夹", keep=(f"{tmp_path}：",))
    check(error(lambda: create_project(project.path)), "已存在", keep=(f"{project.path}：",))
    nowhere = tmp_path / "nowhere" / "x.biaozhu"
    check(error(lambda: create_project(nowhere)), "文件夹", "不存在",
          keep=(f"{nowhere}：", str(nowhere.parent)))

    path = project.path
    project.close()
    real_access = os.access
    with monkeypatch.context() as m:  # as root the mode bits do not bite
        m.setattr(project_module.os, "access",
                  lambda p, mode: False if mode == os.W_OK else real_access(p, mode))
        check(error(lambda: open_project(path)), "只读", keep=(f"{path}：",))
    with open_project(path, readonly=True) as ro:
        check(error(lambda: ro.add_code("新代码")), "只读", keep=(f"{path}：",))

    conn = sqlite3.connect(path)
    conn.execute("BEGIN EXCLUSIVE")
    try:
        monkeypatch.setattr(project_module, "BUSY_TIMEOUT", 0.05)
        check(error(lambda: open_project(path)), "被其他程序锁定", keep=(f"{path}：",))
    finally:
        conn.rollback()
    last = conn.execute("SELECT MAX(rowid) FROM _sqlite_migrations").fetchone()[0]
    conn.execute("UPDATE _sqlite_migrations SET name='9999_future' WHERE rowid=?", (last,))
    conn.commit()
    check(error(lambda: open_project(path)), "更新版本", "9999_future", "未被改动",
          keep=(f"{path}：",))
    conn.execute("DELETE FROM _sqlite_migrations WHERE rowid=?", (last,))
    conn.commit()
    conn.close()
    check(error(lambda: open_project(path, readonly=True)), "需要升级", "只读",
          keep=(f"{path}：",))


def test_coding_errors(zh, project):
    doc = project.documents()[0]["id"]
    code = project.codes()[0]["id"]
    n = project.document_length(doc)
    out = check(error(lambda: project.add_coding(doc, code, 5, 999)), "不在文档", "个字符",
                keep=("5-999", f"文档 {doc}", f"有 {n} 个字符", f"≤ {n}"))
    assert out.startswith("片段 5-999")
    first = project.add_coding(doc, code, 0, 4)
    check(error(lambda: project.add_coding(doc, code, 0, 4)), "已由该编码员标上这个代码",
          keep=("0-4", f"编码 {first}"))
    second = project.add_coding(doc, code, 4, 8)
    check(error(lambda: project.set_span(second, 0, 4)), "重复", keep=(f"编码 {first}",))
    check(error(lambda: project.add_coding(doc, "没有这个代码", 0, 4)), "没有代码",
          keep=("“没有这个代码”",))
    check(error(lambda: project.add_coding(doc + 99, code, 0, 4)), "没有文档",
          keep=(str(doc + 99),))
    check(error(lambda: project.add_coding(doc, code, "a", 4)), "起点", "整数", keep=("“a”",))
    check(error(lambda: project.add_coding(doc, code, 0, "4.5")), "终点", "整数", keep=("“4.5”",))
    check(error(lambda: project.coding(12345)), "没有编码", keep=("12345",))
    check(error(lambda: project.segments(coder="bob")), "没有编码员", keep=("“bob”",))


def test_codebook_errors(zh, project):
    codes = project.codes()
    a, b = codes[0], codes[1]
    check(error(lambda: project.add_code(a["name"])), "已有名为", keep=(f"“{a['name']}”",))
    check(error(lambda: project.add_code("   ")), "代码需要一个名称")
    check(error(lambda: project.add_code("新", colour="red")), "不是颜色", keep=("“red”", "#RRGGBB"))
    check(error(lambda: project.set_code_shortcut(a["id"], "0")), "不是快捷键",
          keep=("“0”", "1 到 9"))
    child = project.add_code("子代码", parent=a["id"])
    check(error(lambda: project.move_code(a["id"], child)), "不能移到")
    check(error(lambda: project.merge_codes(a["id"], a["id"])), "不能合并到它自身")
    check(error(lambda: project.merge_codes(a["id"], child)), "子代码")
    project.rename_code(a["id"], a["name"], name_en="Twin")
    project.rename_code(b["id"], b["name"], name_en="twin")
    check(error(lambda: project.resolve_code("TWIN")), "英文名称", "请使用中文名称或编号",
          keep=("“TWIN”", a["name"], b["name"]))


def test_undo_conflicts(zh, project):
    project.add_code("临时代码")
    action = project.last_action()["id"]
    project.rename_code("临时代码", "改过的名字")
    out = check(error(lambda: project.undo(action)), "无法撤销", "之后它已被修改")
    assert "“添加代码 临时代码”" in out  # the label, in the UI language too
    check(error(lambda: project.undo(99999)), "操作", "不存在", keep=("99999",))


def test_export_target_errors(zh, project, tmp_path):
    from desktop_app.core.interchange.common import check_lang, check_target

    out = tmp_path / "out.csv"
    check(error(lambda: check_target(out, ".xlsx", project.path)), "必须以 .xlsx 结尾",
          keep=(f"{out}：",))
    folder = tmp_path / "box.xlsx"
    folder.mkdir()
    check(error(lambda: check_target(folder, ".xlsx", project.path)), "文件夹", keep=(f"{folder}：",))
    missing = tmp_path / "no" / "out.xlsx"
    check(error(lambda: check_target(missing, ".xlsx", None)), "无法写入", "不存在",
          keep=(f"{missing}：", str(missing.parent)))
    check(error(lambda: check_target(project.path, ".biaozhu", project.path)), "项目文件本身",
          keep=(f"{project.path}：",))
    check(error(lambda: check_lang("fr")), "未知的语言", keep=("“fr”",))


def test_search_dictionary_and_keyword_errors(zh, project):
    from desktop_app.core.text import segmentation, suggest
    from desktop_app.core.text.search import search

    check(error(lambda: search(project, "(unclosed", mode="regex")), "无效的正则表达式",
          keep=("“(unclosed”", "missing ), unterminated subpattern"))
    check(error(lambda: search(project, "  ", mode="substring")), "没有要搜索的内容")
    check(error(lambda: segmentation.add_term(project, "")), "词典词条不能为空")
    check(error(lambda: segmentation.add_term(project, "镇")), "至少需要两个字", keep=("“镇”",))
    check(error(lambda: segmentation.add_term(project, "八里 店")), "空格", keep=("“八里 店”",))
    segmentation.add_term(project, "八里店镇")
    check(error(lambda: segmentation.add_term(project, "八里店镇")), "已在项目词典中",
          keep=("“八里店镇”",))
    check(error(lambda: segmentation.remove_term(project, "共富十改")), "不在项目词典中",
          keep=("“共富十改”",))
    code = project.codes()[0]["id"]
    check(error(lambda: suggest.add_keyword(project, code, "  ")), "关键词不能为空")
    suggest.set_keywords(project, code, ["收入"])
    check(error(lambda: suggest.add_keyword(project, code, "收入")), "已是该代码的关键词",
          keep=("“收入”",))
    check(error(lambda: suggest.remove_keyword(project, code, "增收")), "不是该代码的关键词",
          keep=("“增收”",))


# -- the GUI shows them localised ---------------------------------------------------------------------

def test_chinese_window_shows_import_open_and_perform_errors_in_chinese(
        qtbot, astral_project, tmp_path, monkeypatch):
    from desktop_app.gui.dialogs import prompts

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(prompts, "info", lambda parent, title, text: shown.append((title, text)))
    monkeypatch.setattr(prompts, "error", lambda parent, title, text: shown.append((title, text)))
    window = make_window(qtbot, astral_project)
    try:
        window.set_language("zh_CN")
        empty = tmp_path / "empty.txt"
        empty.write_bytes(b"")
        good = tmp_path / "控制.txt"
        good.write_text("新的\x02文本。", encoding="utf-8")
        window.files.import_documents([str(empty), str(good)])
        qtbot.waitUntil(lambda: bool(shown), timeout=5000)
        title, text = shown.pop()
        assert title == "导入文档"
        assert "• empty.txt：文件为空" in text
        assert "• 控制.txt：删除了 1 个控制字符" in text
        assert "the file is empty" not in text

        notes = tmp_path / "notes.txt"
        notes.write_text("hello", encoding="utf-8")
        assert not window.files.open_project(str(notes))
        assert shown.pop() == ("打开项目", f"{notes}：不是标注项目（不是 SQLite 数据库）")

        name = window.session.project.codes()[0]["name"]
        assert window.tree.add_code(None, name=name) is None
        assert window.statusBar().currentMessage() == f"已有名为“{name}”的代码"

        window.set_language("en")
        assert window.tree.add_code(None, name=name) is None
        assert window.statusBar().currentMessage() == f"there is already a code named '{name}'"
    finally:
        window.set_language("en")
        window.close()


def test_search_panel_status_in_chinese(qtbot, window, zh):
    from desktop_app.gui.panels.search import SearchPanel

    panel = SearchPanel(window.session.path, window, write_project=lambda: window.session.project)
    qtbot.addWidget(panel)
    panel.mode.setCurrentIndex(panel.mode.findData("regex"))
    panel.query.setText("[")
    with qtbot.waitSignal(panel.searchFailed, timeout=5000) as blocker:
        panel.run_search()
    assert blocker.args[0].startswith("无效的正则表达式“[”：")
    assert panel.status.text() == blocker.args[0]


# -- new code from a selection gets a free shortcut key -----------------------------------------------

def test_new_code_from_selection_takes_the_first_free_key(qtbot, window, astral_project):
    p = window.session.project
    taken = {c["shortcut"] for c in p.codes() if c["shortcut"]}
    free = next(k for k in "123456789" if k not in taken)
    pane = window.panes.panes[0]
    s = ASTRAL_TEXT.index("社会保障体系")
    pane.view.select_span(s, s + 6)
    new_id = window.coding.new_code_from_selection(pane, name="社会保障体系")
    assert rows(astral_project, "SELECT shortcut FROM codes WHERE id=?", (new_id,)) == [(free,)]
    assert free in window.statusBar().currentMessage()
    pane.view.select_span(0, 1)  # the key codes the next selection at once
    qtbot.keyClick(pane.view, free)
    assert rows(astral_project, "SELECT start, \"end\" FROM codings WHERE code_id=? ORDER BY start",
                (new_id,)) == [(0, 1), (s, s + 6)]
    window.undo()
    window.undo()  # one step removes the code, its key and its first coding
    assert rows(astral_project, "SELECT COUNT(*) FROM codes WHERE id=?", (new_id,)) == [(0,)]
    assert rows(astral_project, "SELECT COUNT(*) FROM codings") == [(0,)]


def test_new_code_from_selection_without_a_free_key(qtbot, window, astral_project):
    p = window.session.project
    with p.action(Message("fill keys")):
        for k in "123456789":
            if p.code_by_shortcut(k) is None:
                p.add_code(f"占用{k}", shortcut=k)
    pane = window.panes.panes[0]
    pane.view.select_span(0, 2)
    new_id = window.coding.new_code_from_selection(pane, name="无键代码")
    assert rows(astral_project, "SELECT shortcut FROM codes WHERE id=?", (new_id,)) == [(None,)]
    assert {c["shortcut"] for c in p.codes()} >= set("123456789")


def test_find_bar_buttons_are_named_in_the_ui_language(window):
    bar = window.panes.panes[0].find_bar
    assert bar.next_btn.toolTip() == "Find next" == bar.next_btn.accessibleName()
    assert bar.prev_btn.accessibleName() == "Find previous"
    window.set_language("zh_CN")
    try:
        assert bar.prev_btn.toolTip() == "查找上一个" == bar.prev_btn.accessibleName()
        assert bar.close_btn.accessibleName().startswith("关闭查找栏")
    finally:
        window.set_language("en")



def test_passage_is_pianduan_not_duanluo():
    """A passage (a coded stretch of text) is 片段; 段落 is a paragraph, and only that."""
    import xml.etree.ElementTree as ET

    from desktop_app.core.paths import resource

    root = ET.parse(resource("translations", "biaozhu_zh_CN.ts")).getroot()
    for m in root.iter("message"):
        source, translation = m.findtext("source") or "", m.findtext("translation") or ""
        if "passage" in source.lower():
            assert "段落" not in translation and "片段" in translation, (source, translation)
        if "段落" in translation:
            assert "paragraph" in source.lower(), (source, translation)
