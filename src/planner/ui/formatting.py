"""Figures and dates in the user's locale (digits, separators, calendar).

Numbers are written by the domain's one formatting module (``planner.domain.units``);
``style()`` gives it this locale's marks, digits, words, plural forms and dates.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCalendar, QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QGuiApplication

from planner.domain import units
from planner.domain.catalog import Kpi
from planner.domain.numbers import to_latin_digits
from planner.ui.plurals import plural


_CALENDARS = {
    "gregorian": QCalendar.System.Gregorian,
    "jalali": QCalendar.System.Jalali,
    "islamic_civil": QCalendar.System.IslamicCivil,
}
_calendar = QCalendar(QCalendar.System.Gregorian)
_latin_digits = False
_rtl: bool | None = None  # the text's direction while a report speaks another language; None: the window's


def configure(*, calendar: str, latin_digits: bool) -> None:
    """Set the calendar every date is shown and entered in, and whether digits stay Latin."""
    global _calendar, _latin_digits
    _calendar = QCalendar(_CALENDARS[calendar])
    _latin_digits = latin_digits


def calendar() -> QCalendar:
    return _calendar


def write_direction(rtl: bool | None) -> None:
    """Write right to left (or not) whatever the window's direction is; None: the window's again.

    A report in Arabic made from an English window (or the reverse) needs its
    own bidi isolates, arrows and chart direction, while the window stays as it is.
    """
    global _rtl
    _rtl = rtl


def right_to_left() -> bool:
    """Whether text is written right to left now: a report's language while it speaks, else the window's."""
    return _rtl if _rtl is not None else QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


_LATIN_MARKS = str.maketrans({"\u066b": ".", "\u066c": ","})  # Arabic decimal and thousands separators


def _digits(text: str) -> str:
    return to_latin_digits(text).translate(_LATIN_MARKS) if _latin_digits else text


def translated(context: str, text: str) -> str:
    """Translate text marked in the domain with QT_TRANSLATE_NOOP under *context*."""
    return QCoreApplication.translate(context, text)


def fill(template: str, *values: str) -> str:
    """Put *values* into a translated template's %1, %2 ... in one pass.

    Unlike chained ``str.replace`` (or QString.arg), a value that itself holds
    "%2" is never substituted again, and translators may reorder the markers.
    In a right-to-left interface each value is a bidi isolate (FSI ... PDI), so
    a Latin path or title inside an Arabic sentence keeps its own order and
    does not drag the sentence's punctuation along.
    """
    if right_to_left():
        values = tuple(f"\u2068{v}\u2069" for v in values)
    return units.fill(template, *values)


def arrow() -> str:
    """The arrow from one value to the next in reading order: → left to right, ← right to left
    (→ is not a mirrored character: it would point backwards in Arabic and Persian)."""
    return "←" if right_to_left() else "→"


_NUMBER_MARKS = re.compile(r"(?<=\d)([,.])(?=\d)")


def localize_digits(text: str) -> str:
    """*text* (English, from the domain) with the locale's own digits and number marks (Arabic-Indic,
    Persian): "1,234.5" becomes "١٬٢٣٤٫٥"; commas between words are left alone."""
    locale = QLocale()
    zero = locale.zeroDigit()
    if _latin_digits or zero == "0" or len(zero) != 1:
        return text
    marks = {",": locale.groupSeparator(), ".": locale.decimalPoint()}
    text = _NUMBER_MARKS.sub(lambda m: marks[m.group(1)], text)
    return text.translate({ord("0") + i: ord(zero) + i for i in range(10)})


def style() -> units.Style:
    """How this user writes numbers, words and dates: what every figure on screen and in the PDF uses."""
    locale = QLocale()
    latin = _latin_digits or len(locale.zeroDigit()) != 1
    rtl = right_to_left()
    return units.Style(
        decimal="." if latin else locale.decimalPoint(), group="," if latin else locale.groupSeparator(),
        zero="0" if latin else locale.zeroDigit(), minus=locale.negativeSign(), plus=locale.positiveSign(),
        lookup=QCoreApplication.translate, plural=lambda key, n: _digits(plural(key, n)), date=format_date_words,
        isolate=rtl)


def counted(key: str, n: int) -> str:
    """*n* things in the user's language and digits: "1 figure", "5 figures" (keys: units.ENGLISH_PLURALS)."""
    return _digits(plural(key, n))


def format_number(value: float, places: int = 0) -> str:
    return _digits(QLocale().toString(float(value), "f", places))


def percent(value: float) -> str:
    """A share of something ("59%", "۵۹٪"), rounded as everywhere else (units.share)."""
    return units.write(units.share(value), style())


def format_value(kpi: Kpi, value: float, currency: str = "") -> str:
    """A figure of *kpi* in the user's digits and marks, rounded as everywhere else (units.value)."""
    return units.write(units.value(kpi, value, currency), style())


def format_money(value: float, currency: str = "") -> str:
    return units.write(units.money(value, currency), style())


def format_hours(value: float) -> str:
    return units.write(units.hours(value), style())


def text(message: units.Message) -> str:
    """A sentence of the domain (a verdict, a finding) in the user's language, digits and dates."""
    return message.text(style())


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def short_date_format() -> str:
    """The locale's short date format with a four-digit year: "9/23/26" is ambiguous, "9/23/2026" is not."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


_TOKEN = re.compile(r"'[^']*'|d{1,4}|M{1,4}|y{4}|y{2}")


def format_qdate(day: QDate, fmt: str) -> str:
    """*day* in a QLocale date format ("d MMM yyyy"), in the user's language and calendar.

    PySide6 has no binding for QLocale::toString(QDate, format, QCalendar), so
    the format's fields are filled here from the calendar's parts and names.
    """
    locale = QLocale()
    if _calendar.isGregorian():
        return _digits(locale.toString(day, fmt))
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)  # year 1405, not 1,405
    parts = _calendar.partsFromDate(day)
    long_, short = QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat

    def number(n: int, width: int) -> str:
        return locale.toString(n).rjust(width, locale.zeroDigit())

    def field(m: re.Match[str]) -> str:
        token = m.group(0)
        if token.startswith("'"):
            return token[1:-1] or "'"
        kind, n = token[0], len(token)
        if kind == "d":
            if n <= 2:
                return number(parts.day, n)
            return locale.dayName(day.dayOfWeek(), long_ if n == 4 else short)
        if kind == "M":
            if n <= 2:
                return number(parts.month, n)
            return _calendar.monthName(locale, parts.month, parts.year, long_ if n == 4 else short)
        return number(parts.year, 4) if n == 4 else number(parts.year % 100, 2)

    return _digits(_TOKEN.sub(field, fmt))


def format_date(day: date, long: bool = False) -> str:
    fmt = QLocale().dateFormat(QLocale.FormatType.LongFormat) if long else short_date_format()
    return format_qdate(to_qdate(day), fmt)


def plain_tip(text: str) -> str:
    """A tooltip that shows *text* as written: Qt reads a tooltip that looks like HTML as HTML."""
    from PySide6.QtGui import Qt as QtGui

    return QtGui.convertFromPlainText(text) if text else ""
def format_date_words(day: date) -> str:
    """"24 March 2027" (in the user's calendar and language): the dates of sentences."""
    return format_qdate(to_qdate(day), "d MMMM yyyy")
