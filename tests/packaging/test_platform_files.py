"""What the Windows and macOS builds declare, checked here without building them: the spec's
options, the macOS Info.plist, the Windows file-type template, the budget checker and the
GitHub Actions workflow (fast; no build)."""

from __future__ import annotations

import ast
import plistlib
import re
import shutil
import struct
import subprocess
import sysconfig
from pathlib import Path

import check_bundle
import macos_plist
import pytest

from desktop_app.core.project import PROJECT_SUFFIX

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "biaozhu.spec"
WORKFLOW = ROOT / ".github" / "workflows" / "build.yml"
REG = ROOT / "packaging" / "windows" / "biaozhu.reg"


def spec_calls() -> dict[str, ast.Call]:
    calls = {}
    for node in ast.walk(ast.parse(SPEC.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            calls.setdefault(node.func.id, node)
    return calls


def keyword(call: ast.Call, name: str) -> ast.expr:
    return next(k.value for k in call.keywords if k.arg == name)


def test_spec_builds_a_windowed_program() -> None:
    """console=False: no console window on Windows (check_bundle.py reads the built .exe's
    PE subsystem on the runner); no argv emulation, so macOS open events reach Qt."""
    exe = spec_calls()["EXE"]
    assert ast.literal_eval(keyword(exe, "console")) is False
    assert ast.literal_eval(keyword(exe, "argv_emulation")) is False
    assert ast.literal_eval(keyword(exe, "upx")) is False


def test_spec_bundle_takes_the_info_plist_from_macos_plist() -> None:
    bundle = spec_calls()["BUNDLE"]
    assert ast.unparse(keyword(bundle, "info_plist")) == "macos_plist.info_plist(__version__)"
    assert ast.unparse(keyword(bundle, "bundle_identifier")) == "macos_plist.BUNDLE_ID"
    assert "biaozhu.icns" in SPEC.read_text(encoding="utf-8")
    assert macos_plist.ICON_FILE == "biaozhu.icns"


def test_info_plist_declares_the_project_file_type() -> None:
    info = macos_plist.info_plist("1.2.3")
    info = plistlib.loads(plistlib.dumps(info))  # a valid property list
    assert check_bundle.plist_problems(info) == []
    [uti] = info["UTExportedTypeDeclarations"]
    assert uti["UTTypeTagSpecification"]["public.filename-extension"] == [PROJECT_SUFFIX[1:]]
    assert "public.data" in uti["UTTypeConformsTo"]
    [doc] = info["CFBundleDocumentTypes"]
    assert doc["LSItemContentTypes"] == [uti["UTTypeIdentifier"]]
    assert (doc["CFBundleTypeRole"], doc["LSHandlerRank"]) == ("Editor", "Owner")
    assert info["NSHighResolutionCapable"] is True
    assert info["CFBundleShortVersionString"] == "1.2.3"


def test_plist_check_finds_what_is_missing() -> None:
    problems = check_bundle.plist_problems({"CFBundleName": "Biaozhu"})
    assert len(problems) == 3 and all(p.startswith("CHECK FAILED") for p in problems)


REG_LINE = re.compile(r'^(?:@|"[^"\\]*")="(?:[^"\\]|\\.)*"$')


def reg_text() -> str:
    raw = REG.read_bytes()
    assert raw[:2] == b"\xff\xfe"  # UTF-16 LE with BOM: Notepad keeps it, Chinese paths survive
    text = raw[2:].decode("utf-16-le")
    assert "\r\n" in text and "\n" not in text.replace("\r\n", "")
    return text.replace("\r\n", "\n")


def test_windows_reg_template_is_well_formed() -> None:
    lines = reg_text().split("\n")
    assert lines[0] == "Windows Registry Editor Version 5.00"
    keys, values = [], {}
    key = None
    for line in lines[1:]:
        if not line or line.startswith(";"):
            continue
        if line.startswith("["):
            assert line.endswith("]"), line
            key = line[1:-1]
            keys.append(key)
            continue
        assert REG_LINE.match(line), line
        name, value = line.split("=", 1)
        values[(key, name)] = value
    classes = "HKEY_CURRENT_USER\\Software\\Classes\\"  # per user: no administrator needed
    assert keys and all(k.startswith(classes) for k in keys)
    ext = classes + PROJECT_SUFFIX
    assert values[(ext, "@")] == '"Biaozhu.Project"'
    command = values[(classes + r"Biaozhu.Project\shell\open\command", "@")]
    assert command == r'"\"C:\\Users\\YOU\\Biaozhu\\Biaozhu.exe\" \"%1\""'  # the file, quoted


def test_windows_reg_template_keeps_a_chinese_path() -> None:
    text = reg_text().replace(r"C:\\Users\\YOU\\Biaozhu\\Biaozhu.exe", r"D:\\张伟\\软件\\Biaozhu.exe")
    assert "YOU" not in text
    again = ("\ufeff" + text.replace("\n", "\r\n")).encode("utf-16-le")
    assert again.decode("utf-16-le").lstrip("\ufeff").count("张伟") == 3


REPORT = """Biaozhu 0.1.0 self-test (bundle, Python 3.12.8)
ok   main window: MainWindow on the offscreen platform, 2 documents, font PingFang SC, scale 2 (412 ms)
ok   start to window: median 812 ms of 3 starts (990, 812, 790 ms) on the offscreen platform (2700 ms)
ok   bundle size: 151.3 MB in /Users/runner/work/biaozhu/dist/Biaozhu.app (12 ms)
all steps ok (6.1 s)
"""


def test_read_figures_of_a_report() -> None:
    fig = check_bundle.read_figures(REPORT)
    assert (fig.start_ms, fig.size_mb, fig.all_ok) == (812, 151.3, True)
    assert check_bundle.budget_problems(fig, 151.3, 180, 1.5) == []


@pytest.mark.parametrize(("report", "folder_mb", "expected"), [
    (REPORT.replace("median 812", "median 1620"), 151.3,
     ["BUDGET EXCEEDED: start to window 1.62 s > 1.5 s"]),
    (REPORT.replace("151.3 MB", "181.0 MB"), 151.3, ["BUDGET EXCEEDED: bundle 181.0 MB > 180 MB"]),
    (REPORT, 180.5, ["BUDGET EXCEEDED: bundle 180.5 MB > 180 MB"]),
    (REPORT.replace("all steps ok", "1 of 9 steps FAILED"), 151.3,
     ["CHECK FAILED: the self-test did not pass (see its FAIL lines above)"]),
    ("Biaozhu crashed\n", 100.0, ["CHECK FAILED: the self-test did not pass (see its FAIL lines above)",
                                  "CHECK FAILED: the self-test printed no start-to-window time",
                                  "CHECK FAILED: the self-test printed no bundle size"]),
])
def test_budgets(report: str, folder_mb: float, expected: list[str]) -> None:
    fig = check_bundle.read_figures(report)
    assert check_bundle.budget_problems(fig, folder_mb, 180, 1.5) == expected


def fake_exe(tmp_path: Path, subsystem: int) -> Path:
    """The few bytes of a PE file the checker reads: MZ, e_lfanew, PE signature, headers."""
    pe = 0x80
    data = bytearray(512)
    data[:2] = b"MZ"
    struct.pack_into("<I", data, 0x3C, pe)
    data[pe:pe + 4] = b"PE\0\0"
    struct.pack_into("<H", data, pe + 24, 0x20B)  # PE32+ magic
    struct.pack_into("<H", data, pe + 24 + 68, subsystem)
    path = tmp_path / "Biaozhu.exe"
    path.write_bytes(bytes(data))
    return path


def test_pe_subsystem(tmp_path: Path) -> None:
    assert check_bundle.pe_subsystem(fake_exe(tmp_path, 2)) == check_bundle.PE_GUI
    assert check_bundle.pe_subsystem(fake_exe(tmp_path, 3)) == check_bundle.PE_CONSOLE
    (tmp_path / "elf").write_bytes(b"\x7fELF" + bytes(100))
    with pytest.raises(ValueError, match="not a Windows executable"):
        check_bundle.pe_subsystem(tmp_path / "elf")


def test_shipped_folder_per_platform(tmp_path: Path) -> None:
    assert check_bundle.shipped(tmp_path, "win32") == (tmp_path / "Biaozhu",
                                                       tmp_path / "Biaozhu" / "Biaozhu.exe")
    assert check_bundle.shipped(tmp_path, "darwin") == (
        tmp_path / "Biaozhu.app", tmp_path / "Biaozhu.app" / "Contents" / "MacOS" / "Biaozhu")
    assert check_bundle.shipped(tmp_path, "linux")[1] == tmp_path / "Biaozhu" / "Biaozhu"


# -- the workflow ------------------------------------------------------------------------------


def test_workflow_covers_the_three_platforms() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    for runner in ("windows-latest", "macos-latest", "ubuntu-latest"):
        assert f"os: {runner}" in text
    assert 'PYTHON_VERSION: "3.12"' in text and "pitfall 1" in text
    assert "QT_QPA_PLATFORM: offscreen" in text
    assert "pip install -e '.[test,package]'" in text
    assert "python packaging/build.py" in text
    assert "python packaging/check_bundle.py --max-mb 180 --max-start 1.5" in text
    assert "ditto -c -k --sequesterRsrc --keepParent dist/Biaozhu.app" in text
    assert "zip -qry" in text  # Linux: symlinks kept
    assert "Compress-Archive" in text
    assert "Biaozhu-${{ matrix.name }}.zip" in text
    # the packages the Linux job installs are the ones .ci/run installs
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    ci_packages = set(re.search(r"for pkg in (.*?); do", ci, re.S).group(1).replace("\\", "").split())
    assert ci_packages <= set(text.split())


def actionlint() -> list[str]:
    scripts = sysconfig.get_path("scripts")  # .venv/bin, or Scripts\ on Windows
    binary, shellcheck = shutil.which("actionlint", path=scripts), shutil.which("shellcheck", path=scripts)
    assert binary and shellcheck, "pip install -e '.[test]' brings actionlint and shellcheck"
    return [binary, f"-shellcheck={shellcheck}"]


def test_actionlint_passes_on_the_workflow() -> None:
    done = subprocess.run([*actionlint(), str(WORKFLOW)], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


def test_actionlint_runs_shellcheck_on_run_steps(tmp_path: Path) -> None:
    """The check can fail: an unquoted variable in a run: step is reported (SC2086)."""
    bad = tmp_path / "bad.yml"
    bad.write_text("on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n"
                   "      - run: cp $SRC dist\n", encoding="utf-8")
    done = subprocess.run([*actionlint(), str(bad)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and "SC2086" in done.stdout


@pytest.mark.skipif(shutil.which("make") is None, reason="no make (Windows runner)")
def test_make_test_runs_the_linters() -> None:
    done = subprocess.run(["make", "-n", "test", "VENV=.venv"], capture_output=True, text=True,
                          cwd=ROOT, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "ruff check ." in done.stdout and "actionlint -shellcheck=" in done.stdout
