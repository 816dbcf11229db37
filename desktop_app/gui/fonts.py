"""The default UI font: a Simplified Chinese face per platform, with fallbacks.

Without a choice Qt takes the system UI font (Segoe UI, SF Pro, DejaVu/Noto Sans) and finds
Han characters by font fallback, which on a Windows or macOS set to another language often
lands on a Japanese or Traditional Chinese face (different glyph shapes for the same code
point) or on a bitmap font. The first installed family of the platform's list below goes
first in the application font; the system font stays behind it for anything it lacks. When
none is installed the application font is left as it was and Qt's own fallback applies.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable

CJK_FAMILIES: dict[str, tuple[str, ...]] = {
    "win32": ("Microsoft YaHei UI", "Microsoft YaHei", "DengXian", "SimHei", "SimSun"),
    "darwin": ("PingFang SC", "Hiragino Sans GB", "Heiti SC", "STHeiti", "Songti SC"),
    "linux": ("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN",
              "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Droid Sans Fallback"),
}


def preferred_families(platform: str | None = None) -> tuple[str, ...]:
    """The CJK UI families to try on `platform` (a ``sys.platform`` value), best first."""
    platform = sys.platform if platform is None else platform
    key = "linux" if platform not in CJK_FAMILIES else platform  # the BSDs: like Linux
    return CJK_FAMILIES[key]


def choose_family(installed: Iterable[str], platform: str | None = None) -> str | None:
    """The first of the platform's preferred families that is installed (case-insensitive
    match; the installed spelling is returned), else None."""
    by_name = {name.casefold(): name for name in installed}
    for family in preferred_families(platform):
        found = by_name.get(family.casefold())
        if found is not None:
            return found
    return None


def apply_ui_font(app, platform: str | None = None) -> str | None:
    """Put the platform's CJK family first in `app`'s font (size and style kept); returns the
    family used, or None when none of them is installed (the font is then unchanged)."""
    from PySide6.QtGui import QFontDatabase

    family = choose_family(QFontDatabase.families(), platform)
    if family is None:
        return None
    font = app.font()
    rest = [f for f in font.families() if f.casefold() != family.casefold()]
    font.setFamilies([family, *rest])
    app.setFont(font)
    return family
