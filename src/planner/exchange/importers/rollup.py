"""The roll-up engine: a layout says which columns mean what; rows are read, checked, summed per day."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from planner.domain import catalog
from planner.domain.catalog import Unit
from planner.exchange.importers.dates import DateParser
from planner.exchange.importers.model import Cell, Figure, ImportFileError, ImportSource, Rejected, Watch
from planner.exchange.importers.numbers import NoValue, has_percent, parse_number
from planner.exchange.importers.text import Head, TextFile

def norm(header: Cell) -> str:
    """A header as compared: no soft hyphens, BOMs or zero-width marks, case-folded, single spaces."""
    text = str(header).replace("\u00ad", "").replace("\ufeff", "").replace("\u200b", "")
    return " ".join(text.split()).casefold()


def find(header: list[str], *names: str) -> int | None:
    """Index of the first column whose normalised name is one of *names*."""
    wanted = [norm(n) for n in names]
    normed = [norm(h) for h in header]
    for w in wanted:
        if w in normed:
            return normed.index(w)
    return None


@dataclass(frozen=True)
class Measure:
    """How a KPI comes out of columns, per day.

    ``sum``: the sum of ``parts``.  ``ratio``: 100 * sum(parts) / sum(per)
    (``complement``: 100 minus that).  ``weighted``: the mean of the percent
    column ``parts[0]`` weighted by ``per[0]``.  ``level``: the value of
    ``parts[0]`` on the day (a running total or a rate the platform computed),
    times 100 when ``fraction``.
    """

    kind: str
    parts: tuple[str, ...]
    per: tuple[str, ...] = ()
    fraction: bool = False
    complement: bool = False


def total(*cols: str) -> Measure:
    return Measure("sum", cols)


def ratio(parts: tuple[str, ...], per: tuple[str, ...], complement: bool = False) -> Measure:
    return Measure("ratio", parts, per, complement=complement)


def weighted(rate: str, weight: str) -> Measure:
    return Measure("weighted", (rate,), (weight,))


def level(col: str, fraction: bool = False) -> Measure:
    return Measure("level", (col,), fraction=fraction)


RowCheck = Callable[[list[Cell]], str | None]  # None: use the row; "": skip silently; text: reject


@dataclass
class Table:
    """What a layout module says about a table; the engine does the reading and the arithmetic."""

    rows: Callable[[Watch | None], Iterator[tuple[int, list[Cell]]]]
    cols: dict[str, int]  # logical name -> column index
    date_col: int
    dates: DateParser
    measures: dict[str, Measure]
    platform: str | None
    per_post: bool  # True: many rows per day, summed; False: one row per day
    decimal: str = "."
    check: RowCheck | None = None
    platform_of: Callable[[list[Cell]], str | None] | None = None
    empty_is_zero: bool = False
    sheet: str | None = None
    year_of: dict[int, int] | None = None  # line -> year, for dates written without one
    headers: dict[str, str] = field(default_factory=dict)  # logical name -> header as written

    def label(self, name: str) -> str:
        return self.headers.get(name, name)


def available(measures: dict[str, Measure], cols: dict[str, int]) -> dict[str, Measure]:
    """Measures whose columns are all present, narrowing sums to the columns that exist."""
    out: dict[str, Measure] = {}
    for kpi, m in measures.items():
        if m.kind == "sum" and len(m.parts) > 1:
            present = tuple(p for p in m.parts if p in cols)
            if present:
                out[kpi] = Measure("sum", present)
            continue
        if all(c in cols for c in m.parts + m.per):
            out[kpi] = m
    return out


def learn_dates(table: Table, head_values: list[Cell]) -> None:
    """Settle the day/month order from the head, and if still unknown from the whole date column."""
    if table.dates.learn(head_values) or not table.dates.ambiguous(head_values):
        return
    table.dates.learn(cells[table.date_col] for _, cells in table.rows(None) if len(cells) > table.date_col)


def rollup(table: Table, kpi: str, watch: Watch) -> Iterator[Figure | Rejected]:
    """Per-day figures for *kpi*: rows are read, checked, summed per (date, platform), then computed."""
    m = table.measures[kpi]
    names = list(dict.fromkeys(m.parts + m.per))
    idx = [table.cols[n] for n in names]
    width = max(idx + [table.date_col]) + 1
    unit = catalog.kpi(kpi).unit
    sheet = table.sheet
    watch(0.0)
    groups: dict[tuple[date, str | None], list[Any]] = {}
    spoilt: set[tuple[date, str | None]] = set()
    dec = table.decimal
    weighted = m.kind == "weighted"
    for line, cells in table.rows(watch):
        if not any(isinstance(c, str) and c.strip() or (c is not None and not isinstance(c, str)) for c in cells):
            continue
        if table.check is not None:
            why = table.check(cells)
            if why is not None:
                if why:
                    yield Rejected(line, why, sheet)
                continue
        if len(cells) < width:
            shown = " | ".join(str(c) for c in cells if str(c).strip())[:60]
            yield Rejected(line, f"not a data row ({len(cells)} fields, {width} needed): {shown!r}; skipped", sheet)
            continue
        try:
            year = table.year_of.get(line) if table.year_of is not None else None
            day = table.dates.parse(cells[table.date_col], year)
        except ValueError as exc:
            yield Rejected(line, str(exc), sheet)
            continue
        plat = table.platform_of(cells) if table.platform_of is not None else table.platform
        key = (day, plat)
        values = []
        bad = None
        for name, i in zip(names, idx):
            cell = cells[i]
            try:
                v = parse_number(cell, dec)
            except NoValue as exc:
                if table.empty_is_zero and (cell is None or (isinstance(cell, str) and not cell.strip())):
                    v = 0.0
                else:
                    bad = f"{table.label(name)} {exc}"
                    break
            except ValueError as exc:
                bad = f"{table.label(name)} {exc}"
                break
            if v < 0:
                bad = f"{table.label(name)} {cell!r} is negative, which this figure cannot be"
                break
            if m.fraction and not has_percent(cell):
                v *= 100.0
            values.append(v)
        if bad is not None:
            if table.per_post:
                spoilt.add(key)
                bad += f" ({day.isoformat()} left out: its total would be incomplete)"
            yield Rejected(line, bad, sheet)
            continue
        if weighted:
            values[0] *= values[1]  # rate x weight, so a sum over posts gives the weighted mean
        acc = groups.get(key)
        if acc is None:
            groups[key] = [line, values]
        elif table.per_post:
            acc[1] = [a + b for a, b in zip(acc[1], values)]
        else:
            yield Rejected(line, f"{day.isoformat()} appears again (first on line {acc[0]}); skipped", sheet)
    for key in sorted(groups, key=lambda k: (k[0], k[1] or "")):
        if key in spoilt:
            continue
        line, values = groups[key]
        sums = dict(zip(names, values))
        num = sum(sums[p] for p in m.parts)
        if m.kind in ("sum", "level"):
            value = num
        else:
            den = sum(sums[p] for p in m.per)
            if den == 0:
                what = " + ".join(table.label(p) for p in m.per)
                yield Rejected(line, f"{kpi} cannot be computed for {key[0].isoformat()}: {what} is 0", sheet)
                continue
            value = num / den if weighted else 100.0 * num / den
            if m.complement:
                value = 100.0 - value
        if unit is Unit.PERCENT and value > 100:
            yield Rejected(line, f"{kpi} {value:.4g}% on {key[0].isoformat()} is over 100%; skipped", sheet)
            continue
        yield Figure(line, key[0], key[1], value)


def text_rows(file: TextFile, skip: int) -> Callable[[Watch | None], Iterator[tuple[int, list[Cell]]]]:
    """Rows of *file* after the first *skip* physical lines (the header rows)."""
    def rows(watch: Watch | None) -> Iterator[tuple[int, list[Cell]]]:
        return file.rows(watch, skip)  # type: ignore[return-value]
    return rows


class TableSource(ImportSource):
    """A platform layout read through the roll-up engine."""

    def __init__(self, path: Path, layout: str, table: Table, columns: Iterable[str] = (), note: str = "") -> None:
        super().__init__(path, layout, table.platform, table.measures, columns, note)
        self.table = table

    def _figures(self, kpi: str, watch: Watch) -> Iterator[Figure | Rejected]:
        return rollup(self.table, kpi, watch)


def header_map(header: list[Cell], names: dict[str, tuple[str, ...]]) -> tuple[dict[str, int], dict[str, str]]:
    """Logical column names -> index (first match), and -> the header as written."""
    cols: dict[str, int] = {}
    shown: dict[str, str] = {}
    for key, candidates in names.items():
        i = find([str(h) for h in header], *candidates)
        if i is not None:
            cols[key] = i
            shown[key] = " ".join(str(header[i]).replace("\u00ad", "").split())
    return cols, shown


def body_start(head: Head, header_rows: int = 1) -> int:
    """Physical lines to skip to reach the data (the header rows and anything above them).

    Raises ImportFileError when the file has its header and nothing else.
    """
    if len(head.rows) <= header_rows:
        raise ImportFileError(head.path, "has a header but no rows of figures")
    return head.rows[header_rows][0] - 1


def head_column(head: Head, col: int, header_rows: int = 1) -> list[Cell]:
    return [r[col] for _, r in head.rows[header_rows:] if len(r) > col]
