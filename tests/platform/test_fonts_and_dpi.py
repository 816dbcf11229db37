"""The CJK UI font per platform (gui/fonts.py) and high-DPI scaling (gui/app.py)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase

from desktop_app.gui import fonts

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("platform", "installed", "chosen"), [
    ("win32", ["Segoe UI", "Microsoft YaHei UI", "Microsoft YaHei", "SimSun"], "Microsoft YaHei UI"),
    ("win32", ["Segoe UI", "microsoft yahei", "SimSun"], "microsoft yahei"),  # installed spelling
    ("win32", ["Segoe UI", "SimSun"], "SimSun"),  # an old Windows: the fallback
    ("darwin", [".AppleSystemUIFont", "Hiragino Sans GB", "PingFang SC"], "PingFang SC"),
    ("darwin", ["Helvetica", "Heiti SC"], "Heiti SC"),
    ("linux", ["DejaVu Sans", "Noto Sans CJK JP", "Noto Sans CJK SC"], "Noto Sans CJK SC"),
    ("linux", ["DejaVu Sans", "WenQuanYi Micro Hei"], "WenQuanYi Micro Hei"),
    ("freebsd14", ["Noto Sans CJK SC"], "Noto Sans CJK SC"),
    ("linux", ["DejaVu Sans", "Noto Sans CJK JP"], None),  # Japanese glyph shapes: not chosen
    ("win32", [], None),
])
def test_choose_family(platform: str, installed: list[str], chosen: str | None) -> None:
    assert fonts.choose_family(installed, platform) == chosen


def test_each_platform_prefers_its_system_face() -> None:
    assert fonts.preferred_families("win32")[0] == "Microsoft YaHei UI"
    assert fonts.preferred_families("darwin")[0] == "PingFang SC"
    assert fonts.preferred_families("linux")[0] == "Noto Sans CJK SC"


@pytest.fixture
def app_font(qapp):
    before = qapp.font()
    yield qapp
    qapp.setFont(before)


@pytest.mark.parametrize(("platform", "installed", "family"), [
    ("win32", ["Segoe UI", "Microsoft YaHei UI", "SimSun"], "Microsoft YaHei UI"),
    ("darwin", ["Helvetica Neue", "PingFang SC"], "PingFang SC"),
])
def test_simulated_platform_font_goes_first(app_font, monkeypatch, platform, installed, family):
    monkeypatch.setattr(QFontDatabase, "families", staticmethod(lambda *a: installed))
    size = app_font.font().pointSizeF()
    assert fonts.apply_ui_font(app_font, platform) == family
    font = app_font.font()
    assert font.families()[0] == family
    assert len(font.families()) >= 2  # the system face stays behind it for what it lacks
    assert font.pointSizeF() == size


def test_real_font_database_offscreen(app_font, monkeypatch) -> None:
    """With Qt's real font database: an installed family is put first; with none of the
    preferred families installed the font is left alone (Qt's own fallback applies)."""
    installed = QFontDatabase.families()
    assert installed  # the offscreen platform sees the system's fonts
    monkeypatch.setitem(fonts.CJK_FAMILIES, "linux", ("No Such Font 无此字体", installed[-1]))
    assert fonts.apply_ui_font(app_font, "linux") == installed[-1]
    assert app_font.font().families()[0] == installed[-1]
    before = app_font.font()
    monkeypatch.setitem(fonts.CJK_FAMILIES, "linux", ("No Such Font 无此字体",))
    assert fonts.apply_ui_font(app_font, "linux") is None
    assert app_font.font() == before
    real_cjk = fonts.choose_family(installed, "linux")
    if real_cjk:  # fonts-noto-cjk installed: the app's font is Chinese
        assert real_cjk in installed


SHOW = """
import sys
from desktop_app.gui.app import make_application
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget
app = make_application(["biaozhu"])
w = QWidget(); w.resize(200, 100); w.show(); app.processEvents()
print(QGuiApplication.highDpiScaleFactorRoundingPolicy().name, w.devicePixelRatioF(),
      app.font().families()[0], sep="|")
"""


def _show(**env: str) -> tuple[list[str], str]:
    done = subprocess.run([sys.executable, "-c", SHOW], capture_output=True, text=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env}, cwd=ROOT,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().split("|"), done.stderr


def test_a_150_percent_screen_is_scaled_by_exactly_one_and_a_half() -> None:
    """Windows at 150 %, simulated by the screen factor Qt reads: PassThrough keeps 1.5 (Qt's
    Round would make it 2, and text would be a third too large)."""
    (policy, ratio, _family), err = _show(QT_SCREEN_SCALE_FACTORS="1.5")
    assert policy == "PassThrough"
    assert float(ratio) == 1.5
    assert "must be called before" not in err


def test_an_ordinary_screen_is_not_scaled() -> None:
    (policy, ratio, _family), _ = _show()
    assert (policy, float(ratio)) == ("PassThrough", 1.0)


DISABLING = re.compile(r"AA_DisableHighDpiScaling|AA_EnableHighDpiScaling|AA_Use96Dpi"
                       r"|QT_ENABLE_HIGHDPI_SCALING|QT_AUTO_SCREEN_SCALE_FACTOR|QT_SCALE_FACTOR\b"
                       r"|QT_DEVICE_PIXEL_RATIO|setHighDpiScaleFactorRoundingPolicy")


def test_nothing_turns_high_dpi_scaling_off() -> None:
    """Qt 6 scales by default; no module, spec or script of the app may disable it, and the
    rounding policy is set in exactly one place (gui/app.py configure_qt)."""
    found = []
    for folder in ("desktop_app", "packaging"):
        for path in (ROOT / folder).rglob("*"):
            if path.suffix in (".py", ".spec") and path.is_file():
                for m in DISABLING.finditer(path.read_text(encoding="utf-8")):
                    found.append((path.relative_to(ROOT).as_posix(), m.group(0)))
    assert found == [("desktop_app/gui/app.py", "setHighDpiScaleFactorRoundingPolicy")]
