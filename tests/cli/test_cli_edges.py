"""Command line edges: no display, a closed pipe, aligned tables, the locale's language."""

import os
import subprocess
import sys

import pytest

from desktop_app.cli.common import locale_lang, one_line, text_width
from desktop_app.cli.main import main
from desktop_app.cli.project_cmds import no_display_reason


def _env(**changes):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(changes)
    return env


def test_gui_without_a_display_says_so_in_one_line_and_exits_1(tmp_path):
    r = subprocess.run([sys.executable, "-m", "desktop_app", "gui"], capture_output=True,
                       text=True, env=_env(HOME=str(tmp_path)), timeout=60)
    assert r.returncode == 1, r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("biaozhu: error: no display could be opened")
    assert "xvfb" in lines[0] and "qt.qpa" not in r.stderr


def test_no_display_reason_reads_the_environment():
    assert no_display_reason({}, "linux")
    assert no_display_reason({"DISPLAY": ":0"}, "linux") is None
    assert no_display_reason({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert no_display_reason({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert no_display_reason({}, "win32") is None and no_display_reason({}, "darwin") is None


def test_segments_into_a_closed_pipe_ends_quietly(tmp_path):
    path = tmp_path / "demo.biaozhu"
    assert subprocess.run([sys.executable, "-m", "desktop_app", "demo", str(path)],
                          capture_output=True).returncode == 0
    for extra in (["--json"], []):
        # a reader that takes one line and closes the pipe, like `| head -1`
        writer = subprocess.Popen([sys.executable, "-m", "desktop_app", "segments", str(path),
                                   *extra], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        writer.stdout.readline()
        writer.stdout.close()
        err = writer.stderr.read().decode()
        code = writer.wait(timeout=60)
        assert code in (0, 141) and err == "", (code, err)


def test_broken_pipe_inside_a_command_exits_141_without_a_message(demo_project, monkeypatch,
                                                                  capsys):
    def broken(data):
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr("desktop_app.cli.project_cmds.print_json", broken)
    monkeypatch.setattr("desktop_app.cli.main._quiet_stdout", lambda: None)
    assert main(["docs", str(demo_project.path), "--json"]) == 141
    assert capsys.readouterr().err == ""


def test_segments_table_has_a_header_and_aligned_columns(demo_project, capsys):
    path = demo_project.path
    assert main(["code", str(path), "1", "0", "5", "Income", "--coder", "王小明"]) == 0
    capsys.readouterr()
    assert main(["segments", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["id", "doc", "code", "coder", "offsets", "passage"]
    assert lines[-1] == "8 segments"
    rows = lines[:-1]
    # the passage column starts at the same terminal column on every line (CJK counts 2)
    starts = set()
    for line in rows[1:]:
        passage = line.split("  ")[-1]
        starts.add(text_width(line) - text_width(passage))
    assert len(starts) == 1, rows
    assert any("王小明" in r for r in rows)


def test_one_line_cuts_by_terminal_columns():
    assert one_line("收入" * 40, 10) == "收入收入…"
    assert text_width(one_line("收入" * 40, 10)) <= 10
    assert one_line("abc", 10) == "abc" and one_line("a\nb") == "a⏎b"


@pytest.mark.parametrize(("env", "lang"), [
    ({"LANG": "zh_CN.UTF-8"}, "zh"), ({"LANG": "en_GB.UTF-8"}, "en"),
    ({"LC_ALL": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"}, "en"),
    ({"LC_MESSAGES": "zh_TW.UTF-8", "LANG": "C"}, "zh"), ({"LANG": "C.UTF-8"}, "en"),
])
def test_locale_lang(env, lang):
    assert locale_lang(env) == lang


@pytest.mark.parametrize(("locale", "sheet"), [("zh_CN.UTF-8", "编码片段"), ("en_US.UTF-8", "Segments")])
def test_export_headers_follow_the_locale(demo_project, tmp_path, monkeypatch, capsys, locale, sheet):
    from openpyxl import load_workbook

    for var in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", locale)
    out = tmp_path / "o.xlsx"
    assert main(["export", str(demo_project.path), str(out)]) == 0
    assert sheet in load_workbook(out, read_only=True).sheetnames


def test_suggest_learn_lists_proposals_and_changes_nothing(demo_project, capsys):
    import json

    from tests.conftest import table_dump

    path = str(demo_project.path)
    text = demo_project.document_text(2)
    for sentence in ("合理确定缴费标准", "降低缴费门槛", "提高参保合规率和缴费遵从率"):
        start = text.index(sentence)
        demo_project.add_coding(2, "社会保障", start, start + len(sentence))
    before = table_dump(demo_project.path)
    assert main(["suggest", path, "--learn", "--code", "社会保障", "--json"]) == 0
    proposals = json.loads(capsys.readouterr().out)
    assert proposals and {p["code"] for p in proposals} == {"社会保障"}
    assert all(set(p) >= {"word", "score", "coded", "other", "new"} for p in proposals)
    assert main(["suggest", path, "--learn"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split() == ["code", "keyword", "score", "coded", "other", "new"]
    assert "nothing changed" in out.splitlines()[-1]
    assert table_dump(demo_project.path) == before

    word = proposals[0]["word"]
    assert main(["suggest", path, "--code", "社会保障", "--add-keyword", word]) == 0
    assert f"added keyword {word}" in capsys.readouterr().out
    from desktop_app.core.text.suggest import keywords

    assert word in keywords(demo_project, "社会保障")
    assert main(["suggest", path, "--add-keyword", word]) == 1
    assert "needs --code" in capsys.readouterr().err
