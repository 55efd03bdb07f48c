"""What an import says to the owner, in any language: a sentence template and its values.

A ``Msg`` holds an English template marked for translation under the context
``import`` and the values it names.  Values are plain text shown as written (a
column header, a cell, a file name) or typed values that each reader renders
in its own language: a KPI or platform by name (never its id), a count, a
number, a day, a list, or another message.  ``str(msg)`` is the English the
CLI prints; the window renders the same message through Qt's translations.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from planner.domain import catalog
from planner.domain.i18n import QT_TRANSLATE_NOOP

CONTEXT = "import"


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
class Number:
    value: float


@dataclass(frozen=True)
class Day:
    day: date
    long: bool = False  # "2 January 2025" in a sentence, rather than 2025-01-02 in a list


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

    @classmethod
    def plural(cls, n: int, one: str, many: str, **values: object) -> Msg:
        """*one* for a count of 1, else *many*; the count is the value ``n``."""
        return cls(one if n == 1 else many, n=Count(n), **values)

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


def kpi_list(kpis: Iterable[str]) -> Listing | Msg:
    """The KPIs a file offers, by name, or a phrase saying it offers none."""
    names = tuple(KpiName(k) for k in kpis)
    return Listing(names) if names else Msg(QT_TRANSLATE_NOOP("import", "nothing the planner tracks"))
