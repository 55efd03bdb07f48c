"""The goal's words read for the wizard: platforms and a deadline, in the user's language and calendar.

``planner.domain.statement`` reads the words; this module gives it the names
the user sees (translated platform names, month names of their calendar) and
turns what it found into dates of that calendar.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale

from planner.domain import catalog
from planner.domain.statement import ClueKind, DeadlineClue, deadline_clue, duration_agrees, mentioned_platforms
from planner.ui.formatting import calendar, to_qdate, translated


def platform_names() -> dict[str, list[str]]:
    """Each platform's name as the user reads it (translated), besides its English one."""
    return {p.id: [translated("catalog", p.name)] for p in catalog.PLATFORMS}


def month_names() -> dict[str, int]:
    """The months of the user's calendar by name, long and short, in their language (and, for the Gregorian
    calendar in Arabic, the Levantine names too: كانون الثاني for January)."""
    cal = calendar()
    locales = [QLocale()]
    if cal.isGregorian() and QLocale().language() == QLocale.Language.Arabic:
        locales.append(QLocale(QLocale.Language.Arabic, QLocale.Country.Jordan))
    year = cal.partsFromDate(QDate.currentDate()).year
    names: dict[str, int] = {}
    for locale in locales:
        for month in range(1, cal.maximumMonthsInYear() + 1):
            for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
                for name in (cal.monthName(locale, month, year, form), cal.standaloneMonthName(locale, month, year, form)):
                    if name and not name.isdigit():
                        names.setdefault(name, month)
    return names


def platforms_in(*texts: str) -> tuple[str, ...]:
    return mentioned_platforms(" \n ".join(texts), platform_names())


def clue_in(text: str) -> DeadlineClue | None:
    return deadline_clue(text, month_names())


def _py(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def month_span(clue: DeadlineClue, start: date) -> tuple[date, date]:
    """First and last day of the month a MONTH clue names: its year if written, else the first such month
    that ends after *start* (in the user's calendar)."""
    cal = calendar()
    parts = cal.partsFromDate(to_qdate(start))
    year = clue.year if clue.year is not None else parts.year
    first = cal.dateFromParts(year, clue.month, 1)
    last = cal.dateFromParts(year, clue.month, cal.daysInMonth(clue.month, year))
    if clue.year is None and last.isValid() and _py(last) <= start:
        year += 1
        first = cal.dateFromParts(year, clue.month, 1)
        last = cal.dateFromParts(year, clue.month, cal.daysInMonth(clue.month, year))
    return _py(first), _py(last)


def quarter_end(clue: DeadlineClue, start: date) -> date:
    """The last day of *start*'s quarter (three months of the user's calendar), or of the next one."""
    cal = calendar()
    parts = cal.partsFromDate(to_qdate(start))
    month = (parts.month - 1) // 3 * 3 + 3 + (3 if clue.next_quarter else 0)
    year = parts.year
    months = cal.monthsInYear(year)
    if month > months:
        year, month = year + 1, month - months
    return _py(cal.dateFromParts(year, month, cal.daysInMonth(month, year)))


def clue_deadline(clue: DeadlineClue, start: date) -> date:
    """The deadline the words give, for a goal starting on *start*."""
    if clue.kind is ClueKind.DURATION:
        return start + timedelta(days=round(clue.days))
    if clue.kind is ClueKind.QUARTER:
        return quarter_end(clue, start)
    return month_span(clue, start)[1]


def clue_agrees(clue: DeadlineClue, start: date, deadline: date) -> bool:
    """Whether a deadline fits the words: the length named (give or take a week, or a tenth), the month
    named, or the quarter's end (give or take a week)."""
    if clue.kind is ClueKind.DURATION:
        return duration_agrees(clue, start, deadline)
    if clue.kind is ClueKind.QUARTER:
        return abs((deadline - quarter_end(clue, start)).days) <= 7
    first, last = month_span(clue, start)
    return first <= deadline <= last
