"""The roll-up engine: a layout says which columns mean what; rows are read, checked, summed per day.

It also holds the checks a platform export needs beyond reading: a figure that
cannot be below another column is 0 while that column is not (Meta's Views
left at 0), a running total left at 0 before its first real count (Facebook's
lifetime likes), a day whose parts are net changes below 0 (TikTok's deleted
comments).
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from planner.domain import catalog
from planner.domain.catalog import KpiKind, Unit
from planner.domain.i18n import QT_TRANSLATE_NOOP
from planner.exchange.importers.columns import Rows
from planner.exchange.importers.dates import DateError, DateParser
from planner.exchange.importers.model import (
    Cell, Figure, ImportSource, Item, Note, Rejected, Skipped, Watch,
)
from planner.exchange.importers.numbers import NoValue, NumberError, cell_text, has_percent, parse_number
from planner.exchange.messages import Count, Counted, Day, KpiName, Msg, Number, PlatformName, listing


@dataclass(frozen=True)
class Measure:
    """How a KPI comes out of columns, per day.

    ``sum``: the sum of ``parts`` minus the sum of ``minus``.  ``ratio``:
    100 * sum(parts) / sum(per) (``complement``: 100 minus that).  ``weighted``:
    the mean of the percent column ``parts[0]`` weighted by ``per[0]``.
    ``level``: the value of ``parts[0]`` on the day (a running total or a rate
    the platform computed), times 100 when ``fraction``.

    ``signed`` columns may be below 0 (a net change: subscribers lost, comments
    deleted); with ``floor`` the day's sum is never below 0.  ``at_least`` names
    a column the figure cannot be below: a figure of 0 where that column is
    positive was not counted, and is refused.
    """

    kind: str
    parts: tuple[str, ...]
    per: tuple[str, ...] = ()
    minus: tuple[str, ...] = ()
    fraction: bool = False
    complement: bool = False
    signed: tuple[str, ...] = ()
    floor: bool = False
    at_least: str | None = None

    @property
    def columns(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(self.parts + self.minus + self.per + ((self.at_least,) if self.at_least else ())))

    def formula(self, label: Callable[[str], str]) -> Msg | str:
        """The columns and operations as the owner reads them: "Likes + Comments + Shares"."""
        parts = " + ".join(label(p) for p in self.parts)
        if self.minus:
            parts += " − " + " − ".join(label(p) for p in self.minus)
        if self.kind == "sum":
            return parts
        if self.kind == "level":
            return f"{parts} × 100" if self.fraction else parts
        if self.kind == "weighted":
            return Msg(QT_TRANSLATE_NOOP("import", "{rate}, weighted by {weight}"), rate=parts,
                       weight=label(self.per[0]))
        per = " + ".join(label(p) for p in self.per)
        if len(self.parts) > 1:
            parts = f"({parts})"
        if len(self.per) > 1:
            per = f"({per})"
        shown = f"100 × {parts} / {per}"
        return f"100 − {shown}" if self.complement else shown


def total(*cols: str, minus: tuple[str, ...] = (), signed: tuple[str, ...] = (), floor: bool = False,
          at_least: str | None = None) -> Measure:
    return Measure("sum", cols, minus=minus, signed=signed, floor=floor, at_least=at_least)


def ratio(parts: tuple[str, ...], per: tuple[str, ...], complement: bool = False) -> Measure:
    return Measure("ratio", parts, per, complement=complement)


def weighted(rate: str, weight: str) -> Measure:
    return Measure("weighted", (rate,), (weight,))


def level(col: str, fraction: bool = False) -> Measure:
    return Measure("level", (col,), fraction=fraction)


#: A row check: None to use the row, or the Skipped or Rejected item it becomes.
RowCheck = Callable[[int, list[Cell]], "Skipped | Rejected | None"]


@dataclass
class Table:
    """What a layout module says about a table; the engine does the reading and the arithmetic.

    ``summed``: many rows per day (per post, per video and day), added up.
    ``per_post``: those rows are posts, each with its lifetime figures on its
    publish day.  ``mixed``: rows name their own platform (``platform_of``).
    """

    rows: Rows
    cols: dict[str, int]  # logical name -> column index
    date_col: int
    dates: DateParser
    measures: dict[str, Measure]
    platform: str | None
    summed: bool = False
    per_post: bool = False
    decimal: str = "."
    check: RowCheck | None = None
    platform_of: Callable[[list[Cell]], str | None] | None = None
    empty_is_zero: bool = False
    sheet: str | None = None
    year_of: dict[int, int] | None = None  # row -> year, for dates written without one
    headers: dict[str, str] = field(default_factory=dict)  # logical name -> header as written

    def label(self, name: str) -> str:
        return self.headers.get(name, name)


def available(measures: dict[str, Measure], cols: dict[str, int]) -> dict[str, Measure]:
    """Measures whose columns are all present, narrowing plain sums to the columns that exist."""
    out: dict[str, Measure] = {}
    for kpi, m in measures.items():
        if m.kind == "sum" and len(m.parts) > 1 and not m.minus:
            present = tuple(p for p in m.parts if p in cols)
            if present and (m.at_least is None or m.at_least in cols):
                out[kpi] = Measure("sum", present, signed=m.signed, floor=m.floor, at_least=m.at_least)
            continue
        if all(c in cols for c in m.columns):
            out[kpi] = m
    return out


def learn_dates(table: Table, head_values: list[Cell]) -> None:
    """Settle the day/month order from the head, and if still unknown from the whole date column, then from
    the layout's native order."""
    if not table.dates.learn(head_values) and table.dates.ambiguous(head_values):
        table.dates.learn(cells[table.date_col] for _, cells in table.rows(None) if len(cells) > table.date_col)
    table.dates.settle()


def _blank(cells: list[Cell]) -> bool:
    return not any(isinstance(c, str) and c.strip() or (c is not None and not isinstance(c, str)) for c in cells)


def rollup(table: Table, kpi: str, platforms: tuple[str, ...], watch: Watch) -> Iterator[Item]:
    """Per-day figures for *kpi*: rows are read, checked, summed per (date, platform), then computed.

    *platforms* are the goal's: rows of a mixed table from other platforms are skipped and counted.
    """
    m = table.measures[kpi]
    names = list(m.columns)
    idx = [table.cols[n] for n in names]
    width = max(idx + [table.date_col]) + 1
    spec = catalog.kpi(kpi)
    sheet = table.sheet
    watch(0.0)
    groups: dict[tuple[date, str | None], list[Any]] = {}
    spoilt: set[tuple[date, str | None]] = set()
    negatives: dict[str, list[date]] = {}
    dec = table.decimal
    signed = set(m.signed)
    rows = zeroed = 0
    for row, cells in table.rows(watch):
        if _blank(cells):
            continue
        if table.check is not None:
            verdict = table.check(row, cells)
            if verdict is not None:
                yield verdict
                continue
        if len(cells) < width:
            filled = [str(c).strip() for c in cells if str(c).strip()]
            if len(filled) <= 1:
                yield Skipped(row, Msg(QT_TRANSLATE_NOOP("import", "a line of text below or between the figures")))
            else:
                yield Rejected(row, Msg(QT_TRANSLATE_NOOP("import", "not a row of figures ({found}, {needed} "
                                                                    "needed): {text}"),
                                        found=Counted("cells", len(cells)), needed=Count(width),
                                        text=" | ".join(filled)[:60]),
                               sheet)
            continue
        try:
            year = table.year_of.get(row) if table.year_of is not None else None
            day = table.dates.parse(cells[table.date_col], year)
        except DateError as exc:
            yield Rejected(row, exc.message, sheet)
            continue
        if table.platform_of is None:
            plat = table.platform
        else:  # rows of several platforms: those the goal is not on are skipped and counted
            plat = table.platform_of(cells)
            if platforms and plat is not None and plat not in platforms:
                yield Skipped(row, Msg(QT_TRANSLATE_NOOP("import", "from {platform}, which the goal is not on"),
                                       platform=PlatformName(plat)))
                continue
        key = (day, plat)
        values = []
        bad: Msg | None = None
        for name, i in zip(names, idx):
            cell = cells[i]
            try:
                v = parse_number(cell, dec)
            except NoValue as exc:
                if table.empty_is_zero and (cell is None or (isinstance(cell, str) and not cell.strip())):
                    v = 0.0
                else:
                    bad = exc.describe(table.label(name))
                    break
            except NumberError as exc:
                bad = exc.describe(table.label(name))
                break
            if v < 0:
                if name not in signed:
                    bad = Msg(QT_TRANSLATE_NOOP("import", "{column} '{cell}' is negative, which this figure cannot be"),
                              column=table.label(name), cell=cell_text(cell))
                    break
                negatives.setdefault(name, []).append(day)
            if m.fraction and not has_percent(cell):
                v *= 100.0
            values.append(v)
        if bad is None and m.at_least is not None:
            sums = dict(zip(names, values))
            if sum(sums[p] for p in m.parts) == 0 < sums[m.at_least]:
                zeroed += 1
                bad = Msg(QT_TRANSLATE_NOOP("import", "{column} is 0 while {other} is {value}, which cannot be: the "
                                                      "platform did not count it"),
                          column=" + ".join(table.label(p) for p in m.parts), other=table.label(m.at_least),
                          value=Number(sums[m.at_least]))
        if bad is not None:
            if table.summed:
                spoilt.add(key)
                bad = Msg(QT_TRANSLATE_NOOP("import", "{problem} ({day} left out: its total would be incomplete)"),
                          problem=bad, day=Day(day))
            yield Rejected(row, bad, sheet, day)
            continue
        rows += 1
        if m.kind == "weighted":
            values[0] *= values[1]  # rate x weight, so a sum over posts gives the weighted mean
        acc = groups.get(key)
        if acc is None:
            groups[key] = [row, values, 1]
        elif table.summed:
            acc[1] = [a + b for a, b in zip(acc[1], values)]
            acc[2] += 1
        else:
            yield Rejected(row, Msg(QT_TRANSLATE_NOOP("import", "{day} appears again (first in row {first}); left out"),
                                    day=Day(day), first=str(acc[0])), sheet, day)
    yield from _computed(table, kpi, spec, m, names, groups, spoilt)
    if zeroed and not rows:
        column, other = " + ".join(table.label(p) for p in m.parts), table.label(m.at_least or "")
        yield Note(Msg(QT_TRANSLATE_NOOP("import", "{column} is 0 on every post while {other} is not: the platform "
                                                   "left {column} out of this file. Export it again later, or import "
                                                   "{other} instead.") if table.per_post else
                       QT_TRANSLATE_NOOP("import", "{column} is 0 on every day while {other} is not: the platform "
                                                   "left {column} out of this file. Export it again later, or import "
                                                   "{other} instead."), column=column, other=other), warning=True)
    for name, days in negatives.items():
        yield Note(Msg(QT_TRANSLATE_NOOP("import", "{column} is below 0 on {days} (more deleted than added that "
                                                   "day): counted net, and a day's total is never below 0."),
                       column=table.label(name), days=_days(days)))
    if table.per_post and groups:
        posts = sum(acc[2] for key, acc in groups.items() if key not in spoilt)
        days = len([k for k in groups if k not in spoilt])
        yield Note(Msg(QT_TRANSLATE_NOOP("import", "{posts} rolled into {days}: each post's lifetime figures "
                                                   "count on its publish day, and the posts of a day are added up."),
                       posts=Counted("posts", posts), days=Counted("days", days)), warning=True)


def _days(days: list[date]) -> Msg | object:
    """Days for a sentence: all of them up to five, else the first three and how many more."""
    unique = sorted(set(days))
    if len(unique) <= 5:
        return listing(Day(d) for d in unique)
    return listing([Day(d) for d in unique[:3]] + [Counted("more_days", len(unique) - 3)])


def _computed(table: Table, kpi: str, spec: catalog.Kpi, m: Measure, names: list[str],
              groups: dict[tuple[date, str | None], list[Any]], spoilt: set) -> Iterator[Item]:
    sheet = table.sheet
    out: list[tuple[int, date, str | None, float]] = []
    floored: list[date] = []
    for key in sorted(groups, key=lambda k: (k[0], k[1] or "")):
        if key in spoilt:
            continue
        row, values, _ = groups[key]
        sums = dict(zip(names, values))
        num = sum(sums[p] for p in m.parts) - sum(sums[p] for p in m.minus)
        if m.kind in ("sum", "level"):
            value = num
            if m.floor and value < 0:
                value = 0.0
                floored.append(key[0])
        else:
            den = sum(sums[p] for p in m.per)
            if den == 0:
                what = " + ".join(table.label(p) for p in m.per)
                yield Rejected(row, Msg(QT_TRANSLATE_NOOP("import", "{kpi} cannot be worked out for {day}: {columns} "
                                                                    "is 0"),
                                        kpi=KpiName(kpi), day=Day(key[0]), columns=what), sheet, key[0])
                continue
            value = num / den if m.kind == "weighted" else 100.0 * num / den
            if m.complement:
                value = 100.0 - value
        if spec.unit is Unit.PERCENT and value > 100:
            yield Rejected(row, Msg(QT_TRANSLATE_NOOP("import", "{kpi} is {value}% on {day}, over 100%; left out"),
                                    kpi=KpiName(kpi), value=Number(round(value, 2)), day=Day(key[0])), sheet, key[0])
            continue
        out.append((row, key[0], key[1], value))
    if m.kind == "level" and spec.kind is KpiKind.TOTAL and not table.summed:
        out = yield from _unfilled_totals(table, m, out)
    for row, day, plat, value in out:
        yield Figure(row, day, plat, value)
    if floored:
        yield Note(Msg(QT_TRANSLATE_NOOP("import", "On {days} the parts add up to less than 0: counted as 0."),
                       days=_days(floored)), warning=True)


def _unfilled_totals(table: Table, m: Measure, out: list[tuple[int, date, str | None, float]]
                     ) -> Generator[Item, None, list[tuple[int, date, str | None, float]]]:
    """A running total at 0 on some days and above 0 on others was not filled in on those days: a count of
    people never drops to 0 and comes back.  Those days are refused, and the leading run is explained."""
    kept: list[tuple[int, date, str | None, float]] = []
    by_platform: dict[str | None, list[tuple[int, date, str | None, float]]] = {}
    for item in out:
        by_platform.setdefault(item[2], []).append(item)
    column = table.label(m.parts[0])
    for series in by_platform.values():
        first = next((item for item in series if item[3] != 0), None)
        if first is None:
            kept.extend(series)
            continue
        leading = [item for item in series if item[1] < first[1]]
        for row, day, _, value in series:
            if value == 0:
                yield Rejected(row, Msg(QT_TRANSLATE_NOOP("import", "{column} is 0 while it is above 0 on other "
                                                                    "days: not a real count; left out"),
                                        column=column), table.sheet, day)
        kept.extend(item for item in series if item[3] != 0)
        if leading:
            yield Note(Msg(QT_TRANSLATE_NOOP("import", "{column} is 0 for {days} before {day}, then {value}: the "
                                                       "platform had not counted yet, so they are left out."),
                           column=column, days=Counted("days", len(leading)), day=Day(first[1]),
                           value=Number(first[3])), warning=True)
    kept.sort(key=lambda item: (item[1], item[2] or ""))
    return kept


class TableSource(ImportSource):
    """A platform layout read through the roll-up engine."""

    def __init__(self, path: Path, layout: Msg, table: Table, columns: Iterable[Cell] = (), **extra: Any) -> None:
        super().__init__(path, layout, table.platform, table.measures, [str(c) for c in columns], **extra)
        self.table = table
        self.mixed = table.platform_of is not None
        self.zero_days = table.per_post  # a day without a post had none: its figures are 0

    def recipe(self, kpi: str) -> Msg | None:
        m = self.table.measures.get(kpi)
        if m is None:
            return None
        return Msg(QT_TRANSLATE_NOOP("import", "{kpi} = {formula}"), kpi=KpiName(kpi),
                   formula=m.formula(self.table.label))

    def _figures(self, kpi: str, platforms: tuple[str, ...], watch: Watch) -> Iterator[Item]:
        return rollup(self.table, kpi, platforms, watch)
