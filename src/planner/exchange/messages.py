"""What an import says to the owner, in any language: a sentence template and its values.

A ``Msg`` holds an English template marked for translation under the context
``import`` and the values it names.  Values are plain text shown as written (a
column header, a cell, a file name) or typed values that each reader renders
in its own language: a KPI or platform by name (never its id), a count, a
number of things (``Counted``: "5 rows", with the language's plural forms), a
number, a day, a stretch of days, a list, or another message.  ``str(msg)`` is
the English the CLI prints; the window renders the same message through Qt's
translations.

Counted things share the domain's plural words (``units.ENGLISH_PLURALS``, the
keys of the window's Qt ``%n`` forms): a sentence never chooses between a
singular and a plural template itself, since Arabic has six forms and Persian
one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from planner.domain import catalog, units
from planner.domain.i18n import QT_TRANSLATE_NOOP

CONTEXT = "import"
#: Two days that bound a stretch (a week, a month), in the window's language.
SPAN_TEMPLATE = QT_TRANSLATE_NOOP("import", "{first} – {last}")


@dataclass(frozen=True)
class KpiName:
    id: str


@dataclass(frozen=True)
class PlatformName:
    id: str | None  # None: figures for all of a goal's platforms


@dataclass(frozen=True)
class Count:
    n: int


@dataclass(frozen=True)
class Counted:
    """*n* things named by *key* (a key of ``units.ENGLISH_PLURALS``): "1 row", "5 rows", "٥ صفوف"."""

    key: str
    n: int

    def __post_init__(self) -> None:
        if self.key not in units.ENGLISH_PLURALS:
            raise KeyError(f"no plural word {self.key!r}")


@dataclass(frozen=True)
class Number:
    value: float


@dataclass(frozen=True)
class Day:
    day: date
    long: bool = False  # "2 January 2025" in a sentence, rather than 2025-01-02 in a list


@dataclass(frozen=True)
class Span:
    """The days from *first* to *last*: "23–29 November 2025"."""

    first: date
    last: date


@dataclass(frozen=True)
class Phrase:
    """Words marked for translation elsewhere (``QT_TRANSLATE_NOOP(context, text)``), such as a domain problem."""

    context: str
    text: str


@dataclass(frozen=True)
class Listing:
    items: tuple[object, ...]  # values of any of the kinds above, plain text, or messages


class Msg:
    """A sentence for the owner: an English template (context "import") and its named values."""

    __slots__ = ("template", "values")

    def __init__(self, template: str, **values: object) -> None:
        self.template = template
        self.values = values

    def _key(self) -> tuple:
        return self.template, tuple(sorted(self.values.items(), key=lambda kv: kv[0]))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Msg) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __str__(self) -> str:
        return ENGLISH.render(self)

    def __repr__(self) -> str:
        return f"Msg({str(self)!r})"


def listing(items: Iterable[object]) -> Listing:
    return Listing(tuple(items))


class Renderer:
    """Renders messages in English; the window's subclass renders them in the user's language."""

    def translate(self, template: str) -> str:
        return template

    def kpi(self, kpi_id: str) -> str:
        return catalog.kpi(kpi_id).name if catalog.is_kpi(kpi_id) else kpi_id

    def platform(self, platform_id: str | None) -> str:
        if platform_id is None:
            return "all platforms"
        return catalog.platform(platform_id).name if catalog.is_platform(platform_id) else platform_id

    def count(self, n: int) -> str:
        return f"{n:,}"

    def counted(self, key: str, n: int) -> str:
        return units.english_plural(key, n)

    def span(self, first: date, last: date) -> str:
        """"23–29 November 2025", "26 February – 4 March 2025", "29 December 2025 – 4 January 2026"."""
        end = units.english_date(last)
        if first.year != last.year:
            return f"{units.english_date(first)} – {end}"
        if first.month != last.month:
            return f"{units.english_date(first).rsplit(' ', 1)[0]} – {end}"
        return f"{first.day}–{end}"

    def number(self, value: float) -> str:
        return f"{value:,.2f}".rstrip("0").rstrip(".") if value != int(value) else f"{int(value):,}"

    def day(self, day: date, long: bool) -> str:
        return f"{day.day} {day:%B %Y}" if long else day.isoformat()

    def phrase(self, context: str, text: str) -> str:
        return text

    def join(self, items: list[str]) -> str:
        if len(items) <= 2:
            return " and ".join(items)
        return ", ".join(items[:-1]) + " and " + items[-1]

    def value(self, value: object) -> str:
        if isinstance(value, Msg):
            return self.render(value)
        if isinstance(value, KpiName):
            return self.kpi(value.id)
        if isinstance(value, PlatformName):
            return self.platform(value.id)
        if isinstance(value, Count):
            return self.count(value.n)
        if isinstance(value, Counted):
            return self.counted(value.key, value.n)
        if isinstance(value, Span):
            return self.span(value.first, value.last)
        if isinstance(value, Number):
            return self.number(value.value)
        if isinstance(value, Day):
            return self.day(value.day, value.long)
        if isinstance(value, Phrase):
            return self.phrase(value.context, value.text)
        if isinstance(value, Listing):
            return self.join([self.value(v) for v in value.items])
        return str(value)

    def render(self, msg: Msg) -> str:
        values = {k: self.value(v) for k, v in msg.values.items()}
        try:
            return self.translate(msg.template).format(**values)
        except (KeyError, IndexError, ValueError):  # a broken translation must not hide the message
            return msg.template.format(**values)


ENGLISH = Renderer()


#: A period a flow counts in, as a sentence names it ("one figure per {period}").
PERIOD_WORDS = {catalog.Period.DAY: Msg(QT_TRANSLATE_NOOP("import", "day")),
                catalog.Period.WEEK: Msg(QT_TRANSLATE_NOOP("import", "week")),
                catalog.Period.MONTH: Msg(QT_TRANSLATE_NOOP("import", "month"))}


def kpi_list(kpis: Iterable[str]) -> Listing | Msg:
    """The KPIs a file offers, by name, or a phrase saying it offers none."""
    names = tuple(KpiName(k) for k in kpis)
    return Listing(names) if names else Msg(QT_TRANSLATE_NOOP("import", "nothing the planner tracks"))
