"""Translations: Simplified Chinese and English through Qt .qm files in resources/translations.

Strings are marked with :func:`tr` (``pyside6-lupdate`` files them under the empty context),
so every module shares one catalogue. Source strings are English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop_app.core.messages import Message
from desktop_app.core.paths import resource

LANGUAGES = {"zh_CN": "简体中文", "en": "English"}
_installed: list[QTranslator] = []
_current = "en"


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def _translate(text: str, n: int | None) -> str:
    return QCoreApplication.translate("", text, None, -1 if n is None else n)


def render(message: Message | str | BaseException) -> str:
    """A core message (or an error carrying one) in the UI language, its values kept exactly.

    A message the catalogue does not know is shown in English: nothing is ever lost."""
    if isinstance(message, BaseException):
        message = getattr(message, "message", None) or Message.verbatim(str(message))
    if isinstance(message, str):
        return message
    return message.render(_translate)


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark a string for translation where it is defined; translate it with tr() when shown."""
    return text


def current_language() -> str:
    """The language of the installed catalogue ("en" when none is)."""
    return _current


def system_language() -> str:
    name = QLocale.system().name()  # e.g. zh_CN, zh_TW, en_GB
    return "zh_CN" if name.startswith("zh") else "en"


def install(language: str) -> bool:
    """Replace the app's translator; True when a catalogue was loaded (or none is needed)."""
    global _current
    app = QCoreApplication.instance()
    _current = "en"
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    if language not in LANGUAGES:
        language = "en"
    if language != "en":  # Qt's own strings: standard buttons (OK, Cancel), file dialogs
        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{language}", qt_dir):
            app.installTranslator(qt)
            _installed.append(qt)
    translator = QTranslator(app)
    qm = resource("translations", f"biaozhu_{language}.qm")
    if qm.exists() and translator.load(str(qm)):
        app.installTranslator(translator)
        _installed.append(translator)
        _current = language
        return True
    return language == "en"
