"""Figures and dates in the user's locale (digits, separators, calendar)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from planner.domain.catalog import Kpi, Unit
from planner.domain.units import decimals


def tr(context: str, text: str) -> str:
    """Translate text marked in the domain with QT_TRANSLATE_NOOP under *context*."""
    return QCoreApplication.translate(context, text)


def fill(template: str, *values: str) -> str:
    """Put *values* into a translated template's %1, %2 ... in one pass.

    Unlike chained ``str.replace`` (or QString.arg), a value that itself holds
    "%2" is never substituted again, and translators may reorder the markers.
    """
    out, i = [], 0
    while i < len(template):
        if template[i] == "%" and i + 1 < len(template) and template[i + 1].isdigit():
            out.append(values[int(template[i + 1]) - 1])
            i += 2
        else:
            out.append(template[i])
            i += 1
    return "".join(out)


def localize_digits(text: str) -> str:
    """*text* with Latin digits written in the locale's own (Arabic-Indic, Persian), if it has them."""
    zero = QLocale().zeroDigit()
    if zero == "0" or len(zero) != 1:
        return text
    return text.translate({ord("0") + i: ord(zero) + i for i in range(10)})


def format_number(value: float, places: int = 0) -> str:
    return QLocale().toString(float(value), "f", places)


def format_value(kpi: Kpi, value: float, currency: str = "") -> str:
    text = format_number(value, decimals(kpi, value))
    if kpi.unit is Unit.PERCENT:
        return fill(QCoreApplication.translate("units", "%1%"), text)
    if kpi.unit is Unit.HOURS:
        return fill(QCoreApplication.translate("units", "%1 h"), text)
    if kpi.unit is Unit.CURRENCY and currency:
        return f"{text} {currency}"
    return text


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def short_date_format() -> str:
    """The locale's short date format with a four-digit year: "9/23/26" is ambiguous, "9/23/2026" is not."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def format_qdate(day: QDate, fmt: str) -> str:
    """*day* in a QLocale date format ("d MMM yyyy"), in the user's language."""
    return QLocale().toString(day, fmt)


def format_date(day: date, long: bool = False) -> str:
    if long:
        return QLocale().toString(to_qdate(day), QLocale.FormatType.LongFormat)
    return QLocale().toString(to_qdate(day), short_date_format())
