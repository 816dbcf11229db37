"""What goes into the bundle: the filters the spec applies to PyInstaller's analysis.

Plain Python (no PyInstaller import) so that tests can check the rules directly.
PyInstaller's hooks for PySide6 collect every plugin, translation and Qt library a
module *might* need; Biaozhu is a QtWidgets app without QML, networking, printing,
OpenGL widgets, SQL drivers or multimedia, so most of that is dropped here.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

# Python modules never imported by the app (some are pulled in by optional imports).
# Not PIL: reportlab (PDF reports) imports it at start-up.
EXCLUDED_MODULES = [
    "tkinter", "_tkinter", "numpy", "pandas", "matplotlib", "IPython", "pytest",
    "_pytest", "hypothesis", "pytestqt", "xmlschema", "elementpath", "pygments", "ruff",
    "setuptools", "pkg_resources", "distutils", "_distutils_hack", "pip", "unittest",
    "pydoc_data", "lib2to3", "jieba.lac_small", "paddle", "lxml.objectify", "lxml.html",
    "lxml.isoschematron",
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtNetwork",
    "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtPdf", "PySide6.QtPdfWidgets",
    "PySide6.QtSql", "PySide6.QtPrintSupport", "PySide6.QtMultimedia", "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets", "PySide6.Qt3DCore", "PySide6.QtDesigner", "PySide6.QtHelp",
    "PySide6.QtTest", "PySide6.QtXml", "PySide6.QtConcurrent", "PySide6.QtDBus",
    "PySide6.QtUiTools", "PySide6.QtSvgWidgets",
]

# Qt plugin folders kept (everything else under plugins/ is dropped).
KEPT_PLUGINS = {
    "platforms": {"qxcb", "qoffscreen", "qminimal", "qwayland", "qwayland-generic",
                  "qwindows", "qcocoa"},
    "platformthemes": {"qxdgdesktopportal"},  # not qgtk3: it drags in GTK, cairo, pango
    "platforminputcontexts": None,  # all: ibus/fcitx/compose, for typing Chinese
    "imageformats": {"qico", "qsvg", "qjpeg", "qgif", "qicns"},
    "iconengines": None,
    "styles": None,  # macOS / Windows native styles
    "wayland-shell-integration": {"xdg-shell", "qt-shell"},
    "wayland-decoration-client": {"bradient"},  # adwaita needs Qt Svg + DBus; fine either way
}
# Dropped on purpose: xcbglintegrations and wayland-graphics-integration-* (OpenGL; the app
# paints with the raster engine), tls/networkinformation (no network), sqldrivers, printsupport,
# qmltooling, egldeviceintegrations, generic (touch input devices), designer.

# Qt's own translations: only the languages the app offers, only qtbase (dialog buttons).
QT_LANGUAGES = ("zh_CN", "en")

# Qt shared libraries the kept plugins and modules do not need.
_DROPPED_QT_LIBS = re.compile(
    r"Qt6?(Qml|Quick|Pdf|Network|OpenGL|OpenGLWidgets|Sql|PrintSupport|Multimedia|WebEngine"
    r"|3D|Designer|Help|Test|VirtualKeyboard|Charts|DataVisualization|Graphs|ShaderTools"
    r"|SerialPort|Bluetooth|Nfc|Positioning|Location|Sensors|RemoteObjects|Scxml"
    r"|StateMachine|TextToSpeech|WebChannel|WebSockets|HttpServer|SpatialAudio|Concurrent"
    r"|Xml|UiTools|SvgWidgets|Labs|WlShell|EglF[sS]|WaylandCompositor)"
)

_LANG = re.compile(r"_([a-z]{2}(?:_[A-Z]{2})?)\.qm$")


def _parts(dest: str) -> tuple[str, ...]:
    return PurePosixPath(dest.replace("\\", "/")).parts


def _is_qt(parts: tuple[str, ...]) -> bool:
    """Under PySide6/ (Linux/macOS wheels: PySide6/Qt/..., Windows: PySide6/plugins/...)."""
    return bool(parts) and parts[0] == "PySide6"


def keep_plugin(dest: str) -> bool:
    """A file under .../Qt/plugins/<folder>/<file>: whether the bundle keeps it."""
    parts = _parts(dest)
    if not _is_qt(parts) or "plugins" not in parts:
        return True
    i = parts.index("plugins")
    if len(parts) < i + 3:
        return True
    folder, name = parts[i + 1], parts[-1]
    if folder not in KEPT_PLUGINS:
        return False
    wanted = KEPT_PLUGINS[folder]
    if wanted is None:
        return True
    stem = name.split(".")[0]
    stem = stem[3:] if stem.startswith("lib") else stem
    return stem in wanted


def keep_translation(dest: str) -> bool:
    parts = _parts(dest)
    if not _is_qt(parts) or "translations" not in parts or not dest.endswith(".qm"):
        return True
    name = parts[-1]
    m = _LANG.search(name)
    return name.startswith("qtbase_") and m is not None and m.group(1) in QT_LANGUAGES


def keep_jieba(dest: str, modules: frozenset[str] = frozenset()) -> bool:
    """jieba: dict.txt always; the word lists of jieba.analyse only when the app imports it;
    never lac_small (the paddle model) nor the pickles that only Jython reads."""
    parts = _parts(dest)
    if not parts or parts[0] != "jieba":
        return True
    if "lac_small" in parts:
        return False
    if len(parts) > 1 and parts[1] in ("analyse", "posseg") and f"jieba.{parts[1]}" not in modules:
        return False
    return not (parts[-1].endswith(".p") and len(parts) > 1 and parts[-2] in ("finalseg", "posseg"))


# Windows: the software OpenGL renderer and the Direct3D shader compiler (Qt Quick / RHI only).
_DROPPED_WINDOWS_DLLS = {"opengl32sw.dll", "d3dcompiler_47.dll"}


def keep_library(dest: str) -> bool:
    name = _parts(dest)[-1]
    if name.lower() in _DROPPED_WINDOWS_DLLS:
        return False
    if _DROPPED_QT_LIBS.search(name) and ("Qt" in name):
        return False
    # PySide6 module extensions that were excluded as modules but collected as binaries
    return not re.match(r"Qt(Qml|Quick|Network|OpenGL|Pdf|Sql|PrintSupport)\w*\.(abi3\.so|pyd)$", name)


def keep(dest: str, kind: str = "DATA", modules: frozenset[str] = frozenset()) -> bool:
    """The one filter over every entry of the analysis (destination path, kind); `modules`
    are the names of the Python modules the analysis found."""
    return keep_plugin(dest) and keep_translation(dest) and keep_jieba(dest, modules) and (
        kind not in ("BINARY", "EXTENSION", "SYMLINK") or keep_library(dest))
