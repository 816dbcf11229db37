"""What the spec keeps out of the bundle, and the icon file writers (fast, no build)."""

from __future__ import annotations

import struct
from pathlib import Path

import bundle_rules as rules
import make_icons
import pytest

ROOT = Path(__file__).resolve().parents[2]
PNG = b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/Qt/plugins/platforms/qwindows.dll", True),
    ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
    ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
    ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
    ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
    ("PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so", False),
    ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", True),  # Windows wheel layout
    ("PySide6\\plugins\\platforms\\qwindows.dll", True),
    ("PySide6\\plugins\\platforms\\qdirect2d.dll", False),
    ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
    ("resources/plugins/x/readme.txt", True),  # not Qt's
])
def test_qt_plugins(dest: str, kept: bool) -> None:
    assert rules.keep(dest, "BINARY") is kept


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/Qt/translations/qtbase_zh_CN.qm", True),
    ("PySide6/Qt/translations/qtbase_en.qm", True),
    ("PySide6/Qt/translations/qtbase_zh_TW.qm", False),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("PySide6/Qt/translations/qt_help_zh_CN.qm", False),
    ("PySide6/Qt/translations/designer_zh_CN.qm", False),
    ("PySide6\\translations\\qtbase_ja.qm", False),  # Windows wheel layout
    ("PySide6\\translations\\qtbase_zh_CN.qm", True),
    ("resources/translations/biaozhu_zh_CN.qm", True),  # the app's own
    ("resources/translations/qtbase_de.qm", True),
])
def test_translations(dest: str, kept: bool) -> None:
    assert rules.keep(dest) is kept


@pytest.mark.parametrize(("dest", "modules", "kept"), [
    ("jieba/dict.txt", frozenset(), True),
    ("jieba/lac_small/model_baseline/crfw", frozenset({"jieba.lac_small"}), False),
    ("jieba/finalseg/prob_emit.p", frozenset(), False),
    ("jieba/analyse/idf.txt", frozenset(), False),
    ("jieba/analyse/idf.txt", frozenset({"jieba.analyse"}), True),
    ("resources/jieba_userdict.txt", frozenset(), True),
])
def test_jieba_data(dest: str, modules: frozenset[str], kept: bool) -> None:
    assert rules.keep(dest, "DATA", modules) is kept


@pytest.mark.parametrize(("dest", "kind", "kept"), [
    ("PySide6/Qt/lib/libQt6Widgets.so.6", "BINARY", True),
    ("PySide6/Qt/lib/libQt6DBus.so.6", "BINARY", True),  # libQt6Gui links it
    ("PySide6/Qt/lib/libQt6Svg.so.6", "BINARY", True),  # SVG icons
    ("PySide6/Qt/lib/libQt6Quick.so.6", "BINARY", False),
    ("libQt6Network.so.6", "SYMLINK", False),
    ("PySide6/Qt6Pdf.dll", "BINARY", False),
    ("PySide6/QtNetwork.abi3.so", "EXTENSION", False),
    ("PySide6/opengl32sw.dll", "BINARY", False),
    ("PySide6/Qt6Widgets.dll", "BINARY", True),
    ("PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick", "BINARY", False),
    ("PySide6/Qt/lib/QtWidgets.framework/Versions/A/QtWidgets", "BINARY", True),
])
def test_qt_libraries(dest: str, kind: str, kept: bool) -> None:
    assert rules.keep(dest, kind) is kept


def test_excluded_modules_spare_what_the_app_imports() -> None:
    for needed in ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtSvg",
                   "jieba", "jieba.finalseg", "openpyxl", "lxml", "lxml.etree", "sqlite3",
                   "docx", "sqlite_utils"):
        assert needed not in rules.EXCLUDED_MODULES


def fake_pngs(sizes) -> dict[int, bytes]:
    return {s: PNG + struct.pack(">I", s) * 3 for s in sizes}


def test_ico_round_trip() -> None:
    pngs = fake_pngs(make_icons.ICO_SIZES)
    entries = make_icons.read_ico(make_icons.ico_bytes(pngs))
    assert entries == sorted(pngs.items())


def test_icns_round_trip() -> None:
    sizes = {size for _, size in make_icons.ICNS_TYPES}
    data = make_icons.icns_bytes(fake_pngs(sizes))
    elements = make_icons.read_icns(data)
    assert [k for k, _ in elements] == [k for k, _ in make_icons.ICNS_TYPES]
    assert dict(elements)["ic10"] == fake_pngs([1024])[1024]


def test_committed_icons_are_valid() -> None:
    ico = make_icons.read_ico((ROOT / "resources/icons/biaozhu.ico").read_bytes())
    assert [s for s, _ in ico] == list(make_icons.ICO_SIZES)
    assert all(data.startswith(PNG) for _, data in ico)
    icns = dict(make_icons.read_icns((ROOT / "resources/icons/biaozhu.icns").read_bytes()))
    assert {"ic07", "ic08", "ic09", "ic10", "icp4", "icp5"} <= set(icns)
    assert all(data.startswith(PNG) for data in icns.values())


def test_scaled_pngs_have_the_asked_sizes(tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    src = tmp_path / "icon.png"
    make_icons.draw_icon(src, size=128)
    pngs = make_icons.scaled_pngs(src, {16, 48, 256})
    for size, data in pngs.items():
        img = QImage.fromData(data, "PNG")
        assert (img.width(), img.height()) == (size, size)
        assert img.hasAlphaChannel()


@pytest.mark.parametrize("dest", ["pypdfium2_raw/libpdfium.so", "pypdfium2_raw/pdfium.dll",
                                  "pypdfium2_raw/libpdfium.dylib",
                                  "selectolax/lexbor.cpython-311-x86_64-linux-gnu.so",
                                  "selectolax/lexbor.cp312-win_amd64.pyd"])
def test_pdf_and_html_readers_are_kept(dest):
    """The import readers' native parts (PDFium, lexbor) stay in (the self-test reads both)."""
    assert rules.keep(dest, "BINARY")
    assert not {"pypdfium2", "pypdfium2_raw", "selectolax", "ctypes"} & set(rules.EXCLUDED_MODULES)
