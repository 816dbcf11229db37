"""Exports over a file another program holds (Windows' replace semantics, simulated).

On Windows ``os.replace`` onto a file that Excel, WPS or a sync tool has open raises
PermissionError (WinError 5 or 32). The export is written to a temporary file first and only
then renamed over the target: the rename is tried again for a moment (a virus scanner or a
sync tool lets go quickly), and then the user is told which file to close. The file that
was there stays as it was and no temporary file is left.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop_app.cli.main import main
from desktop_app.core.interchange import common
from desktop_app.core.interchange.common import ExportError, TargetInUse
from desktop_app.core.interchange.csv_export import export_csv
from desktop_app.core.interchange.xlsx_export import export_workbook
from tests.conftest import table_dump
from tests.core.export_helpers import build_two_coder_project
from tests.platform.conftest import USER

OLD = b"the workbook the user has open in Excel"


@pytest.fixture
def proj(tmp_path: Path) -> Path:
    path = tmp_path / "p.biaozhu"
    with build_two_coder_project(path):
        pass
    return path


class Holder:
    """os.replace that refuses `target` (PermissionError, as Windows does) `times` times."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, target: Path, times: int) -> None:
        self.target, self.left, self.refused = target, times, 0
        self.sleeps: list[float] = []
        self._replace = os.replace
        monkeypatch.setattr(common.os, "replace", self.replace)
        monkeypatch.setattr(common.time, "sleep", self.sleeps.append)

    def replace(self, src, dst) -> None:
        if Path(dst) == self.target and self.left > 0:
            self.left -= 1
            self.refused += 1
            raise PermissionError(13, "The process cannot access the file because it is being "
                                      "used by another process", str(src), None, str(dst))
        self._replace(src, dst)


def _left_over(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".part")]


@pytest.mark.parametrize(("export", "suffix"), [(export_workbook, ".xlsx"), (export_csv, ".csv")])
def test_a_brief_hold_is_waited_out(proj: Path, tmp_path: Path, monkeypatch, export, suffix):
    monkeypatch.setattr("sys.platform", "win32")
    out = tmp_path / f"结果 {USER}{suffix}"
    out.write_bytes(OLD)
    holder = Holder(monkeypatch, out, times=2)
    export(proj, out)
    assert holder.refused == 2
    assert holder.sleeps == list(common.REPLACE_RETRY_DELAYS[:2])
    assert out.read_bytes() != OLD and out.stat().st_size > 0
    assert not _left_over(tmp_path)


@pytest.mark.parametrize(("export", "suffix"), [(export_workbook, ".xlsx"), (export_csv, ".csv")])
def test_a_file_open_in_excel_is_named_and_kept(proj: Path, tmp_path: Path, monkeypatch,
                                                export, suffix):
    monkeypatch.setattr("sys.platform", "win32")
    out = tmp_path / f"结果 {USER}{suffix}"
    out.write_bytes(OLD)
    before = table_dump(proj)
    holder = Holder(monkeypatch, out, times=10**6)
    with pytest.raises(TargetInUse) as info:
        export(proj, out)
    text = str(info.value)
    assert text.startswith(f"{out}: is open in another program")
    assert "close it there and export again" in text
    assert holder.refused == len(common.REPLACE_RETRY_DELAYS) + 1  # tried, then given up
    assert sum(holder.sleeps) < 2.0  # about a second and a half of patience, no more
    assert out.read_bytes() == OLD
    assert not _left_over(tmp_path)
    assert table_dump(proj) == before


def test_the_command_line_says_which_file_to_close(proj: Path, tmp_path: Path, monkeypatch,
                                                   capsys) -> None:
    monkeypatch.setattr("sys.platform", "win32")
    out = tmp_path / "codings.xlsx"
    out.write_bytes(OLD)
    Holder(monkeypatch, out, times=10**6)
    assert main(["export", str(proj), str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"biaozhu: error: {out}: is open in another program")
    assert "Traceback" not in err


def test_elsewhere_a_refused_replace_is_not_retried(proj: Path, tmp_path: Path,
                                                    monkeypatch) -> None:
    """On Linux/macOS a PermissionError here is about permissions, which waiting does not
    change, and nothing holds files open that way."""
    monkeypatch.setattr("sys.platform", "linux")
    out = tmp_path / "codings.csv"
    out.write_bytes(OLD)
    holder = Holder(monkeypatch, out, times=10**6)
    with pytest.raises(ExportError) as info:
        export_csv(proj, out)
    assert not isinstance(info.value, TargetInUse)
    assert str(info.value).startswith(f"{out}: cannot be replaced")
    assert holder.refused == 1 and holder.sleeps == []
    assert out.read_bytes() == OLD


def test_the_message_is_translated(qapp) -> None:
    from desktop_app.core.messages import Message
    from desktop_app.gui import i18n

    assert i18n.install("zh_CN")
    try:
        text = i18n.render(TargetInUse(Message(
            "{file}: is open in another program (Excel, WPS?) and cannot be replaced; close it "
            "there and export again", file=rf"C:\Users\{USER}\文档\结果.xlsx")))
    finally:
        i18n.install("en")
    assert text.startswith(rf"C:\Users\{USER}\文档\结果.xlsx：") and "关闭" in text
