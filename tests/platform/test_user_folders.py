"""Settings, data, cache and log folders per platform (desktop_app/core/paths.py).

The pure function is checked with real Windows paths (drive letters, UNC, a Chinese user
name); the folder functions with sys.platform patched and the folders under tmp_path.
"""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from desktop_app import logs
from desktop_app.core import paths
from tests.platform.conftest import USER

W = PureWindowsPath
WIN_HOME = W(rf"C:\Users\{USER}")
WIN_ENV = {"APPDATA": rf"C:\Users\{USER}\AppData\Roaming",
           "LOCALAPPDATA": rf"C:\Users\{USER}\AppData\Local"}


def test_windows_settings_roam_and_data_stays_on_this_machine() -> None:
    f = paths.user_folders("win32", WIN_ENV, WIN_HOME)
    assert f.config == W(rf"C:\Users\{USER}\AppData\Roaming\Biaozhu")
    assert f.data == W(rf"C:\Users\{USER}\AppData\Local\Biaozhu")
    assert f.cache == W(rf"C:\Users\{USER}\AppData\Local\Biaozhu\cache")
    assert f.logs == W(rf"C:\Users\{USER}\AppData\Local\Biaozhu\logs")
    assert all(isinstance(p, PureWindowsPath) and p.drive == "C:" for p in f)


def test_windows_without_the_variables_uses_the_profile() -> None:
    for env in ({}, {"APPDATA": "", "LOCALAPPDATA": "  "}):
        f = paths.user_folders("win32", env, W(rf"D:\Profiles\{USER}"))
        assert f.config == W(rf"D:\Profiles\{USER}\AppData\Roaming\Biaozhu")
        assert f.data == W(rf"D:\Profiles\{USER}\AppData\Local\Biaozhu")


def test_windows_roaming_profile_on_a_share_keeps_projects_local() -> None:
    """Universities redirect %APPDATA% to a file server; the demo project (an SQLite file in
    WAL mode, which does not work over a network share) stays in %LOCALAPPDATA%."""
    env = {**WIN_ENV, "APPDATA": rf"\\fs01\profiles$\{USER}\AppData\Roaming"}
    f = paths.user_folders("win32", env, WIN_HOME)
    assert f.config == W(rf"\\fs01\profiles$\{USER}\AppData\Roaming\Biaozhu")
    assert f.config.drive == r"\\fs01\profiles$"
    assert f.data.drive == f.cache.drive == f.logs.drive == "C:"


def test_macos_library_folders_ignore_xdg() -> None:
    home = PurePosixPath(f"/Users/{USER}")
    f = paths.user_folders("darwin", {"XDG_DATA_HOME": "/elsewhere"}, home)
    assert f.config == f.data == home / "Library" / "Application Support" / "Biaozhu"
    assert f.cache == home / "Library" / "Caches" / "Biaozhu"
    assert f.logs == home / "Library" / "Logs" / "Biaozhu"


def test_linux_follows_xdg_and_ignores_relative_values() -> None:
    home = PurePosixPath(f"/home/{USER}")
    f = paths.user_folders("linux", {}, home)
    assert f == (home / ".config/biaozhu", home / ".local/share/biaozhu", home / ".cache/biaozhu",
                 home / ".local/share/biaozhu/logs")
    env = {"XDG_CONFIG_HOME": "/cfg", "XDG_DATA_HOME": "/data", "XDG_CACHE_HOME": "relative/cache"}
    f = paths.user_folders("linux", env, home)
    assert f.config == PurePosixPath("/cfg/biaozhu")
    assert f.data == PurePosixPath("/data/biaozhu")
    assert f.cache == home / ".cache/biaozhu"  # the XDG spec: a relative path is ignored


def test_simulated_windows_creates_the_folders_in_the_profile(windows_user: Path) -> None:
    local = windows_user / "AppData" / "Local" / "Biaozhu"
    assert paths.data_dir() == local and local.is_dir()
    assert paths.cache_dir() == local / "cache" and (local / "cache").is_dir()
    assert paths.config_dir() == windows_user / "AppData" / "Roaming" / "Biaozhu"
    assert paths.settings_file() == windows_user / "AppData" / "Roaming" / "Biaozhu" / "settings.ini"
    assert paths.log_dir() == local / "logs"


def test_simulated_macos_folders(mac_user: Path) -> None:
    support = mac_user / "Library" / "Application Support" / "Biaozhu"
    assert paths.data_dir() == support == paths.config_dir()
    assert paths.cache_dir() == mac_user / "Library" / "Caches" / "Biaozhu"
    assert paths.log_dir() == mac_user / "Library" / "Logs" / "Biaozhu"


def test_one_variable_isolates_a_run(windows_user: Path, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """BIAOZHU_DATA_DIR alone moves settings and logs too (tests, the self-test, portable use);
    BIAOZHU_CONFIG_DIR moves the settings on their own."""
    monkeypatch.setenv("BIAOZHU_DATA_DIR", str(tmp_path / "portable"))
    assert paths.config_dir() == paths.data_dir() == tmp_path / "portable"
    assert paths.log_dir() == tmp_path / "portable" / "logs"
    monkeypatch.setenv("BIAOZHU_CONFIG_DIR", str(tmp_path / "cfg"))
    assert paths.settings_file() == tmp_path / "cfg" / "settings.ini"


def test_settings_of_an_earlier_version_are_carried_over(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch,
                                                         no_overrides) -> None:
    monkeypatch.setattr("sys.platform", "linux")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    legacy = tmp_path / "share" / "biaozhu" / "settings.ini"
    legacy.parent.mkdir(parents=True)
    legacy.write_text("[General]\ncoder=张伟\n", encoding="utf-8")
    new = paths.settings_file()
    assert new == tmp_path / "config" / "biaozhu" / "settings.ini"
    assert new.read_text(encoding="utf-8") == "[General]\ncoder=张伟\n"
    new.write_text("[General]\ncoder=李娜\n", encoding="utf-8")
    assert "李娜" in paths.settings_file().read_text(encoding="utf-8")  # copied once only


def test_gui_settings_land_in_the_roaming_profile(windows_user: Path, qapp) -> None:
    from desktop_app.gui import settings

    settings.put("coder", USER)
    ini = windows_user / "AppData" / "Roaming" / "Biaozhu" / "settings.ini"
    assert ini.is_file()
    assert settings.get("coder") == USER


@pytest.fixture
def fresh_logging(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(logs, "_previous_hooks", None)
    monkeypatch.setattr(logs, "_handler", None)
    yield
    if logs._handler is not None:
        logging.getLogger().removeHandler(logs._handler)
        logs._handler.close()


def test_simulated_windows_logs_in_local_appdata(windows_user: Path, fresh_logging) -> None:
    path = logs.setup()
    assert path == windows_user / "AppData" / "Local" / "Biaozhu" / "logs" / "biaozhu.log"
    logging.getLogger("biaozhu.test").warning("导出 %s", USER)
    logs._handler.flush()
    assert f"导出 {USER}" in path.read_text(encoding="utf-8")
