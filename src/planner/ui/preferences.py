"""The user's preferences, declared once with their defaults, kept in QSettings.

Language, calendar and digits decide how every date and number is shown;
``apply`` installs them for the whole application (translators, layout
direction, locale, fonts) and must run before the first window is built.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from planner.paths import resource
from planner.ui import formatting

#: Languages the app is translated into: id -> (QLocale language, the language's own name)
LANGUAGES = {
    "en": (QLocale.Language.English, "English"),
    "ar": (QLocale.Language.Arabic, "العربية"),
    "fa": (QLocale.Language.Persian, "فارسی"),
}
RTL_LANGUAGES = frozenset({"ar", "fa"})
#: The font shipped for Arabic and Persian (OFL): Arabic script looks right on any laptop and in the PDF.
ARABIC_FONT_FILES = ("Vazirmatn-Regular.ttf", "Vazirmatn-Bold.ttf")


class Calendar(StrEnum):
    GREGORIAN = "gregorian"
    JALALI = "jalali"
    ISLAMIC_CIVIL = "islamic_civil"


@dataclass(frozen=True)
class Preferences:
    language: str = ""  # "" = the system's language when we have it, else English
    calendar: Calendar | None = None  # None = the language's usual one (Jalali for Persian)
    latin_digits: bool = False

    def effective_language(self) -> str:
        if self.language in LANGUAGES:
            return self.language
        system = QLocale.system().language()
        return next((code for code, (lang, _) in LANGUAGES.items() if lang == system), "en")

    def effective_calendar(self) -> Calendar:
        if self.calendar is not None:
            return self.calendar
        return Calendar.JALALI if self.effective_language() == "fa" else Calendar.GREGORIAN


def load(settings: QSettings) -> Preferences:
    calendar = str(settings.value("prefs/calendar", "") or "")
    return Preferences(
        language=str(settings.value("prefs/language", "") or ""),
        calendar=Calendar(calendar) if calendar in Calendar._value2member_map_ else None,
        latin_digits=str(settings.value("prefs/latinDigits", "false")).lower() in ("true", "1"),
    )


def save(settings: QSettings, prefs: Preferences) -> None:
    settings.setValue("prefs/language", prefs.language)
    settings.setValue("prefs/calendar", prefs.calendar.value if prefs.calendar else "")
    settings.setValue("prefs/latinDigits", "true" if prefs.latin_digits else "false")


_installed: list[QTranslator] = []
_current = Preferences(language="en")  # what ``apply`` installed last


def apply(app: QCoreApplication, prefs: Preferences) -> str:
    """Install the language, direction, locale, calendar, digits and font; returns the language used."""
    global _current
    _current = prefs
    language = _install(app, prefs)
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language in RTL_LANGUAGES
                               else Qt.LayoutDirection.LeftToRight)
        if language in RTL_LANGUAGES:
            families = load_fonts()
            if families:
                font = QFont(app.font())
                font.setFamilies([families[0], *font.families()])
                app.setFont(font)
    return language


def qt_translation_folders() -> list[Path]:
    """Where Qt's own translations (qtbase_ar.qm: the file dialog, standard buttons) are: Qt's translations
    folder, and the PySide6 package's own (where the packaged app keeps them, see packaging/planner.spec)."""
    import PySide6

    return [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
            Path(PySide6.__file__).resolve().parent / "Qt" / "translations"]


@contextmanager
def speaking(app: QCoreApplication, language: str) -> Iterator[None]:
    """Words, numbers and dates in *language* for a while (a report in the plan's language), then back.

    Translators, locale, calendar and digits change; the window's layout
    direction and font do not, so the window itself stays as it is.
    """
    current = _current
    if language == current.effective_language() or language not in LANGUAGES:
        yield
        return
    other = replace(current, language=language, calendar=None)
    _install(app, other)
    try:
        yield
    finally:
        _install(app, current)


def _install(app: QCoreApplication, prefs: Preferences) -> str:
    """Translators, locale, calendar and digits for *prefs*; the language used."""
    language = prefs.effective_language()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    # English has a translation too: the plural forms of counted words ("1 day", "2 days")
    sources = [([resource("translations")], f"planner_{language}")]
    if language != "en":
        sources.append((qt_translation_folders(), f"qtbase_{language}"))
    for folders, name in sources:
        translator = QTranslator(app)
        if any(translator.load(name, str(folder)) for folder in folders):
            app.installTranslator(translator)
            _installed.append(translator)
    qt_language = LANGUAGES[language][0]
    locale = QLocale(qt_language, QLocale.Country.UnitedStates) if language == "en" else QLocale(qt_language)
    QLocale.setDefault(locale)
    formatting.configure(calendar=prefs.effective_calendar().value, latin_digits=prefs.latin_digits)
    return language


def load_fonts() -> list[str]:
    """Register the shipped Arabic-script font; its family names (empty if the files are missing)."""
    families: list[str] = []
    for name in ARABIC_FONT_FILES:
        path = resource("fonts", name)
        if path.exists():
            font_id = QFontDatabase.addApplicationFont(str(path))
            families += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families]
    return families
