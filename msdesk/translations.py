"""Loads msdesk's translations (``resources/i18n/*.qm``) into Qt and behind core's ``translate``.

The window and the command line both call :func:`apply` once at start. The
language is the one chosen in Settings → General, or the system's when that
says "system" (the ``LANGUAGE``/``LC_ALL``/``LC_MESSAGES``/``LANG`` variables
first, then Qt's idea of the system locale). English needs no file: the source
text is English. Qt's own strings (standard buttons, context menus) come from
the ``qtbase_*.qm`` that ships with Qt.
"""

from __future__ import annotations

import os
from pathlib import Path

from msdesk.core import i18n

#: The languages msdesk ships, with their names as their speakers write them.
LANGUAGE_NAMES = {"en": "English", "zh_CN": "简体中文", "ru": "Русский"}

_installed: list[object] = []  # keeps the QTranslator objects alive


def _remove_installed() -> None:
    """Take out the translators installed before (a switch back to English, or another language)."""
    if _installed:
        from PySide6.QtCore import QCoreApplication, QLocale

        app = QCoreApplication.instance()
        if app is not None:
            for old in _installed:
                app.removeTranslator(old)
        _installed.clear()
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def qm_dir() -> Path:
    from msdesk.core.bundled import resources_dir

    return resources_dir() / "i18n"


def match_language(name: str | None) -> str | None:
    """``zh_CN.UTF-8``, ``zh-Hans-CN``, ``ru_RU``, ``en_GB`` → a shipped language, else None."""
    if not name:
        return None
    tag = name.split(".")[0].split("@")[0].replace("-", "_").lower()
    if tag in ("c", "posix", ""):
        return None
    if tag.startswith("zh"):
        # Traditional Chinese readers get English rather than the wrong script.
        if any(part in tag for part in ("hant", "_tw", "_hk", "_mo")):
            return None
        return "zh_CN"
    if tag.startswith("ru"):
        return "ru"
    if tag.startswith("en"):
        return "en"
    return None


def system_language() -> str:
    """The OS's language if msdesk ships it, else English."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if not value:
            continue
        for name in value.split(":"):
            found = match_language(name)
            if found:
                return found
        # The first variable that is set decides (as the C library does), even for an
        # unshipped language.
        return "en"
    try:
        from PySide6.QtCore import QLocale

        for name in QLocale.system().uiLanguages():
            found = match_language(name)
            if found:
                return found
    except ImportError:
        pass
    return "en"


def resolve(choice: str) -> str:
    """The language to show for a Settings choice ("system", "en", "zh_CN", "ru")."""
    return choice if choice in LANGUAGE_NAMES else system_language()


def apply(choice: str = "system") -> str:
    """Install the translation for ``choice`` (in Qt and behind core); returns the language."""
    language = resolve(choice)
    if language == "en":
        _remove_installed()
        i18n.install(None)
        return language
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

    ours = QTranslator()
    if not ours.load(str(qm_dir() / f"msdesk_{language}.qm")):
        i18n.install(None)
        return "en"
    qt = QTranslator()
    qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    _remove_installed()
    QLocale.setDefault(QLocale(language))
    app = QCoreApplication.instance()
    if app is not None:
        app.installTranslator(qt)
        app.installTranslator(ours)
        _installed[:] = [qt, ours]

        def backend(context: str, text: str, disambiguation: str | None, n: int) -> str:
            return QCoreApplication.translate(context, text, disambiguation, n)
    else:
        # The command line has no application object: ask the translator directly.
        _installed[:] = [qt, ours]

        def backend(context: str, text: str, disambiguation: str | None, n: int) -> str:
            found = ours.translate(context, text, disambiguation, n) or text
            return found.replace("%n", str(n)) if n >= 0 else found

    i18n.install(backend, language)
    return language
