"""Every number the planner shows, written one way: one rule per kind of figure.

The window, the PDF and the command line format through this module only;
what differs between them is the *style* (``Style``): the decimal and group
marks, the digits, the signs, the words (translated by the window, English on
the command line) and how a date is written.  A message is a template plus
``Quantity`` values (``Message``), so the domain says *what* a number is and
each view writes it in its reader's language with the same rounding.

Rounding, by kind (trailing zeros are dropped, except for money):

- a KPI's value (``value``): under 1, two significant digits ("0.063");
  percentages with 2 decimals under 10 and 1 under 100 ("3.62%", "45.3%");
  counts and hours with 1 decimal under 100, whole from 100 ("9.4", "1,612",
  "4.5 h"); money with 2 decimals unless whole ("12.50 USD").
- a change of a KPI (``change``): the same, signed; a percentage changes in
  percentage points.
- a pace (``pace``): a change per week, or per month for rates and monthly
  KPIs (never per month for a goal shorter than a month, see ``pace_period``).
- a share of something (``share``: progress, growth): whole from 10 ("32%"),
  1 decimal under 10 ("5.2%").  A ratio (``ratio``, "3.2 times"): the same.
- days, weeks, durations (``days``, ``weeks``, ``duration``: days or months): whole,
  with the language's plural forms (Qt's ``%n`` forms in the window).
- beyond 1e12 (no real figure; only absurd targets get there): two
  significant digits in scientific notation ("1e+15").
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from planner.domain.catalog import Kpi, KpiKind, Period, Unit
from planner.domain.i18n import QT_TRANSLATE_NOOP

#: Days in a week and in an average month (365.25 / 12): the periods paces are given in.
PERIOD_DAYS = {Period.DAY: 1.0, Period.WEEK: 7.0, Period.MONTH: 365.25 / 12}
MONTH_DAYS = PERIOD_DAYS[Period.MONTH]
#: A duration shorter than this many days is said in days, a longer one in months.
DURATION_DAYS_LIMIT = 45
#: Beyond this, numbers are written in scientific notation (goals.MAX_VALUE: no real figure gets there).
HUGE = 1e12

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")

# Words the units are written with, translated in the window under the context "units".
PERCENT_TEMPLATE = QT_TRANSLATE_NOOP("units", "%1%")
HOURS_TEMPLATE = QT_TRANSLATE_NOOP("units", "%1 h")
MONEY_TEMPLATE = QT_TRANSLATE_NOOP("units", "%1 %2")
POINT_TEMPLATE = QT_TRANSLATE_NOOP("units", "%1 percentage point")
POINTS_TEMPLATE = QT_TRANSLATE_NOOP("units", "%1 percentage points")
PER_PERIOD = {Period.WEEK: QT_TRANSLATE_NOOP("units", "%1 a week"),
              Period.MONTH: QT_TRANSLATE_NOOP("units", "%1 a month")}
LIST_SEPARATOR = ", "  # translated under the context "describe", as the window's lists are


class Kind(StrEnum):
    VALUE = "value"  # a figure of a KPI, in its unit
    CHANGE = "change"  # a signed difference of a KPI's figures
    PACE = "pace"  # a signed change per week or per month
    SHARE = "share"  # a percentage of something (progress, growth)
    RATIO = "ratio"  # how many times
    COUNT = "count"  # a plain number of things
    DAYS = "days"
    WEEKS = "weeks"
    DURATION = "duration"  # a number of days, said in days or in months
    DATE = "date"
    WORD = "word"  # a word the app translates (a KPI's name: context "catalog")
    WORDS = "words"  # a list of such words
    TEXT = "text"  # shown as it is (a publisher's name, the owner's own words)


@dataclass(frozen=True)
class Quantity:
    """A value and what it is; ``text`` writes it in a style."""

    kind: Kind
    value: object
    unit: Unit | None = None
    currency: str = ""
    period: Period | None = None
    context: str = ""

    def text(self, style: Style | None = None) -> str:
        return write(self, style or PLAIN)


def english_plural(key: str, n: int) -> str:
    one, many = ENGLISH_PLURALS[key]
    return (one if n == 1 else many).replace("%n", f"{n:,}")


def english_date(day: date) -> str:
    """"24 March 2027": the command line's dates (and the window's, in English)."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


#: Plural forms the command line uses; the window takes them from its translations (Qt's %n forms).
ENGLISH_PLURALS = {
    "days": ("%n day", "%n days"),
    "weeks": ("%n week", "%n weeks"),
    "months": ("%n month", "%n months"),
    "figures": ("%n figure", "%n figures"),
    "findings": ("%n finding", "%n findings"),
    "goals": ("%n goal", "%n goals"),
    "pages": ("%n page", "%n pages"),
    "rows": ("%n row", "%n rows"),
    # the words of the import's messages (planner.exchange.messages.Counted)
    "posts": ("%n post", "%n posts"),
    "cells": ("%n cell", "%n cells"),
    "columns": ("%n column", "%n columns"),
    "characters": ("%n character", "%n characters"),
    "daily_figures": ("%n daily figure", "%n daily figures"),
    "more_days": ("%n more day", "%n more days"),
    "more_rows": ("%n more row", "%n more rows"),
}


@dataclass(frozen=True)
class Style:
    """How one reader writes numbers: marks, digits, signs, words, plurals and dates."""

    decimal: str = "."
    group: str = ","
    zero: str = "0"  # the locale's zero digit ("٠" Arabic-Indic, "۰" Persian); the others follow it
    minus: str = "-"
    plus: str = "+"
    #: (context, English text) -> the reader's text; identity on the command line
    lookup: Callable[[str, str], str] = field(default=lambda context, text: text)
    #: (key of ENGLISH_PLURALS, n) -> "5 days" in the reader's language and digits
    plural: Callable[[str, int], str] = english_plural
    date: Callable[[date], str] = english_date
    #: wrap each value put into a sentence in a bidi isolate (right-to-left interfaces)
    isolate: bool = False


PLAIN = Style()


# ---------------------------------------------------------------- constructors


def value(kpi: Kpi, x: float, currency: str = "") -> Quantity:
    return Quantity(Kind.VALUE, float(x), kpi.unit, currency)


def change(kpi: Kpi, x: float, currency: str = "") -> Quantity:
    return Quantity(Kind.CHANGE, float(x), kpi.unit, currency)


def money(x: float, currency: str = "") -> Quantity:
    """An amount of money (a budget): "300 USD", "12.50 USD"."""
    return Quantity(Kind.VALUE, float(x), Unit.CURRENCY, currency)


def hours(x: float) -> Quantity:
    """A number of hours (time a week): "4 h", "2.5 h"."""
    return Quantity(Kind.VALUE, float(x), Unit.HOURS)


def pace_period(kpi: Kpi, goal_days: int) -> Period:
    """Per month for rates and monthly KPIs (a rate measured over fewer days is mostly noise), per week
    otherwise, and always per week for a goal shorter than a month."""
    monthly = kpi.kind is KpiKind.RATE or kpi.period is Period.MONTH
    return Period.MONTH if monthly and goal_days >= MONTH_DAYS else Period.WEEK


def pace(kpi: Kpi, per_day: float, period: Period, currency: str = "") -> Quantity:
    """A change of *per_day* KPI units a day, said per *period*."""
    return Quantity(Kind.PACE, float(per_day) * PERIOD_DAYS[period], kpi.unit, currency, period)


def share(x: float) -> Quantity:
    return Quantity(Kind.SHARE, float(x))


def ratio(x: float) -> Quantity:
    return Quantity(Kind.RATIO, float(x))


def count(n: float) -> Quantity:
    return Quantity(Kind.COUNT, n)


def days(n: int) -> Quantity:
    return Quantity(Kind.DAYS, int(n))


def weeks(n: int) -> Quantity:
    return Quantity(Kind.WEEKS, int(n))


def duration(n_days: float) -> Quantity:
    return Quantity(Kind.DURATION, float(n_days))


def when(day: date) -> Quantity:
    return Quantity(Kind.DATE, day)


def word(text: str, context: str = "catalog") -> Quantity:
    return Quantity(Kind.WORD, text, context=context)


def words(items: Sequence[str], context: str = "catalog") -> Quantity:
    return Quantity(Kind.WORDS, tuple(items), context=context)


def plain(text: str) -> Quantity:
    return Quantity(Kind.TEXT, text)


# ---------------------------------------------------------------- writing


def places(x: float, unit: Unit | None = None, kind: Kind = Kind.VALUE) -> int:
    """Decimals to round *x* to, by the rules in the module's docstring."""
    a = abs(x)
    if kind in (Kind.VALUE, Kind.CHANGE, Kind.PACE) and unit is Unit.CURRENCY:
        return 0 if float(round(a, 2)).is_integer() else 2
    if a == 0 or not math.isfinite(a):
        return 0
    if a < 1:
        return min(4, 1 - math.floor(math.log10(a)))  # two significant digits
    if kind in (Kind.SHARE, Kind.RATIO):
        return 0 if a >= 10 else 1
    if unit is Unit.PERCENT:
        return 2 if a < 10 else 1 if a < 100 else 0
    return 1 if a < 100 else 0


def number(x: float, n_places: int, style: Style = PLAIN, *, signed: bool = False, trim: bool = True) -> str:
    """*x* rounded to *n_places* decimals in *style*'s digits and marks; "+" first when *signed*."""
    if not math.isfinite(x):
        return ("" if x > 0 else style.minus) + "∞"
    if abs(x) >= HUGE:
        text = f"{abs(x):.2g}"
    else:
        text = f"{abs(x):,.{n_places}f}"
        if trim and "." in text:
            text = text.rstrip("0").rstrip(".")
    zero = text.strip("0.,") == ""
    marks = {",": style.group, ".": style.decimal}
    if style.zero != "0":
        marks |= {str(d): chr(ord(style.zero) + d) for d in range(10)}
    text = "".join(marks.get(ch, ch) for ch in text)
    if zero:
        return text
    return (style.minus if x < 0 else style.plus if signed else "") + text


def fill(template: str, *values: str) -> str:
    """*values* put into %1, %2 ... in one pass (a value holding "%2" is never substituted again)."""
    out, i = [], 0
    while i < len(template):
        if template[i] == "%" and i + 1 < len(template) and template[i + 1].isdigit():
            out.append(values[int(template[i + 1]) - 1])
            i += 2
        else:
            out.append(template[i])
            i += 1
    return "".join(out)


def _unit(q: Quantity, text: str, style: Style, amount: float) -> str:
    words = style.lookup
    if q.unit is Unit.PERCENT:
        if q.kind is Kind.VALUE:
            return fill(words("units", PERCENT_TEMPLATE), text)
        return fill(words("units", POINT_TEMPLATE if abs(amount) == 1 else POINTS_TEMPLATE), text)
    if q.unit is Unit.HOURS:
        return fill(words("units", HOURS_TEMPLATE), text)
    if q.unit is Unit.CURRENCY and q.currency:
        return fill(words("units", MONEY_TEMPLATE), text, q.currency)
    return text


def write(q: Quantity, style: Style = PLAIN) -> str:
    """*q* as its reader reads it."""
    kind, v = q.kind, q.value
    if kind in (Kind.VALUE, Kind.CHANGE, Kind.PACE):
        x = float(v)
        n = places(x, q.unit, kind)
        rounded = round(abs(x), n)
        text = _unit(q, number(x, n, style, signed=kind is not Kind.VALUE, trim=q.unit is not Unit.CURRENCY),
                     style, rounded)
        return fill(style.lookup("units", PER_PERIOD[q.period]), text) if kind is Kind.PACE else text
    if kind is Kind.SHARE:
        return fill(style.lookup("units", PERCENT_TEMPLATE), number(float(v), places(float(v), kind=kind), style))
    if kind is Kind.RATIO:
        return number(float(v), places(float(v), kind=kind), style)
    if kind is Kind.COUNT:
        return number(float(v), 0 if float(v).is_integer() else places(float(v)), style)
    if kind is Kind.DAYS:
        return style.plural("days", int(v))
    if kind is Kind.WEEKS:
        return style.plural("weeks", int(v))
    if kind is Kind.DURATION:
        d = float(v)
        if d < DURATION_DAYS_LIMIT:
            return style.plural("days", round(d))
        return style.plural("months", round(d / MONTH_DAYS))
    if kind is Kind.DATE:
        return style.date(v)  # type: ignore[arg-type]
    if kind is Kind.WORD:
        return style.lookup(q.context, str(v))
    if kind is Kind.WORDS:
        return style.lookup("describe", LIST_SEPARATOR).join(style.lookup(q.context, w) for w in v)
    return str(v)


def format_value(kpi: Kpi, x: float, currency: str = "", style: Style = PLAIN) -> str:
    """A figure of *kpi*: "1,612", "3.62%", "4.5 h", "12.50 USD"."""
    return write(value(kpi, x, currency), style)


# ---------------------------------------------------------------- messages

def render(template: str, values: Mapping[str, object], style: Style = PLAIN, context: str = "") -> str:
    """*template* (English, marked for translation under *context*) in *style*, its {names} filled with
    *values* written in the same style (a value may itself be a Message: a clause of a sentence).
    A broken translation falls back to the English template."""
    if not template:
        return ""
    written: dict[str, str] = {}
    for k, v in values.items():
        if isinstance(v, Message):
            written[k] = v.text(style)
        else:
            text = write(v, style) if isinstance(v, Quantity) else str(v)
            written[k] = f"\u2068{text}\u2069" if style.isolate else text
    try:
        return style.lookup(context, template).format(**written)
    except (KeyError, IndexError, ValueError):
        return template.format(**written)


@dataclass(frozen=True)
class Message:
    """A sentence the domain says: an English template marked for translation, and its values."""

    template: str
    values: Mapping[str, Quantity | Message | str] = field(default_factory=dict)
    context: str = ""

    def text(self, style: Style | None = None) -> str:
        return render(self.template, self.values, style or PLAIN, self.context)
