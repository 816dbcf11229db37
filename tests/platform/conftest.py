"""Platform behaviour simulated on Linux: sys.platform, os.name and environment variables are
patched, user folders live under tmp_path, Windows paths are PureWindowsPath values."""

from __future__ import annotations

from pathlib import Path

import pytest

USER = "张伟"  # a Chinese user name: non-ASCII in every user folder


@pytest.fixture
def no_overrides(monkeypatch: pytest.MonkeyPatch) -> None:
    """The platform's own folders: the test suite's BIAOZHU_* folders are taken away."""
    for name in ("BIAOZHU_DATA_DIR", "BIAOZHU_CACHE_DIR", "BIAOZHU_CONFIG_DIR"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def windows_user(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_overrides) -> Path:
    """sys.platform is win32 and %APPDATA%/%LOCALAPPDATA% point into a Chinese user's
    profile under tmp_path; returns the profile folder."""
    profile = tmp_path / "Users" / USER
    monkeypatch.setattr("sys.platform", "win32")
    monkeypatch.setenv("APPDATA", str(profile / "AppData" / "Roaming"))
    monkeypatch.setenv("LOCALAPPDATA", str(profile / "AppData" / "Local"))
    monkeypatch.setenv("HOME", str(profile))
    monkeypatch.setenv("USERPROFILE", str(profile))  # Path.home() on a real Windows
    return profile


@pytest.fixture
def mac_user(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_overrides) -> Path:
    home = tmp_path / "Users" / USER
    monkeypatch.setattr("sys.platform", "darwin")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("USERPROFILE", str(home))
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / "xdg-not-for-macos"))
    return home


@pytest.fixture
def gui_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A coder name (no start-up question) and dialogs that fail instead of waiting."""
    monkeypatch.setenv("BIAOZHU_CODER", "alice")
    monkeypatch.setenv("BIAOZHU_DATA_DIR", str(tmp_path / "userdata"))
    from desktop_app.gui.dialogs import prompts

    def refuse(*args, **kwargs):
        raise AssertionError(f"unexpected dialog: {args[1:3]}")

    for name in ("get_text", "get_item", "get_colour", "confirm", "error", "info", "open_file",
                 "open_files", "save_file", "open_folder"):
        monkeypatch.setattr(prompts, name, refuse)
