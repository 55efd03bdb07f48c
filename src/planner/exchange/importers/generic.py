"""Home-made tables: a date column and value columns, in text files or spreadsheets.

The columns come from a GenericMapping, or are guessed when exactly one column
holds dates and value columns are named after KPIs.  This is the path big files
take, so the loop is kept lean: one date parser chosen up front, float() first.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from datetime import date
from itertools import islice
from pathlib import Path

import numpy as np

from planner.domain import catalog
from planner.domain.catalog import Unit
from planner.domain.i18n import QT_TRANSLATE_NOOP
from planner.exchange.importers.columns import body_start, find, norm
from planner.exchange.importers.dates import DateError, DateParser
from planner.exchange.importers.model import (
    Batch, Cancelled, Cell, Figure, GenericMapping, ImportFileError, ImportSource, Item, Note, Progress, Rejected,
    Watch,
)
from planner.exchange.importers.numbers import NumberError, cell_text, parse_number
from planner.exchange.importers.text import Head
from planner.exchange.messages import Count, Counted, KpiName, Msg, listing

Rows = Callable[[], AbstractContextManager[tuple[Iterator[list[Cell]], int, Callable[[], float]]]]

DATE_NAMES = {"date", "day", "datum", "fecha", "data", "jour", "tarih", "تاريخ", "التاريخ", "تاریخ", "روز", "يوم",
              "giorno", "dia", "день", "дата"}
PLATFORM_NAMES = {"platform", "network", "channel", "منصة", "المنصة", "پلتفرم", "plataforma", "plattform"}
_PLATFORM_ALIASES = {"twitter": "x", "x/twitter": "x", "fb": "facebook", "ig": "instagram", "yt": "youtube",
                     "web": "website", "site": "website"}
_PLATFORM_IDS = tuple(p.id for p in catalog.PLATFORMS)
GENERIC_MAX_COLUMNS = 1000


def platform_id(text: Cell) -> str | None:
    """A catalog platform id from an id or a name written in a cell, or None."""
    key = norm(text)
    if key in _PLATFORM_IDS:
        return key
    for p in catalog.PLATFORMS:
        if norm(p.name) == key:
            return p.id
    return _PLATFORM_ALIASES.get(key)


def _kpi_columns(header: list[Cell]) -> dict[str, int]:
    """KPIs whose id or English name is a column header."""
    normed = [norm(h) for h in header]
    out: dict[str, int] = {}
    for k in catalog.KPIS:
        for name in (k.id, k.id.replace("_", " "), norm(k.name)):
            if name in normed:
                out[k.id] = normed.index(name)
                break
    return out


class GenericSource(ImportSource):
    """A table of one row per date (and platform): figures stream straight from the rows."""

    generic = True
    daily = None  # a day's amount or a week's: its dates tell (planner.exchange.per_period)

    def __init__(self, path: Path, layout: Msg, rows: Rows, header: list[Cell], date_col: int,
                 values: dict[str, int], platform: str | None, platform_col: int | None, dates: DateParser,
                 decimal: str, sheet: str | None = None, hints: dict[str, Msg] | None = None) -> None:
        super().__init__(path, layout, platform, values, [str(h) for h in header], hints=hints)
        self.open_rows = rows
        self.header = header
        self.date_col = date_col
        self.values = values
        self.platform_col = platform_col
        self.dates = dates
        self.decimal = decimal
        self.sheet = sheet

    def missing(self, kpi: str) -> Msg:
        if kpi in self.hints:
            return super().missing(kpi)
        return Msg(QT_TRANSLATE_NOOP("import", "No column of this table is named after {kpi}: choose the date column "
                                               "and the column that holds the figures."), kpi=KpiName(kpi))

    def recipe(self, kpi: str) -> Msg | None:
        if kpi not in self.values:
            return None
        return Msg(QT_TRANSLATE_NOOP("import", "{kpi} = {formula}"), kpi=KpiName(kpi),
                   formula=str(self.header[self.values[kpi]]).strip())

    def _figures(self, kpi: str, platforms: tuple[str, ...], watch: Watch) -> Iterator[Item]:
        for item in self._batches(kpi, watch):
            if isinstance(item, Batch):
                for row, ordinal, plat, value in zip(item.rows.tolist(), item.ordinals.tolist(), item.platforms,
                                                     item.values.tolist(), strict=True):
                    yield Figure(row, date.fromordinal(ordinal), plat, value)
            else:
                yield item

    def batches(self, kpi: str, *, platforms: tuple[str, ...] = (), progress: Progress | None = None,
                cancelled: Cancelled | None = None) -> Iterator[Batch | Item]:
        if kpi not in self.metrics:
            yield from self.figures(kpi)  # raises the file's "has no figures of" error
        yield from self._batches(kpi, Watch(progress, cancelled))

    def _batches(self, kpi: str, watch: Watch) -> Iterator[Batch | Item]:
        """Rows a batch at a time: numpy reads a clean batch's columns at C speed; a batch with
        anything unusual in it (another date shape, a decimal comma, a bad value) goes row by row.

        Repeated dates are not checked here: the import checks them for every layout.
        """
        di, vi, pi = self.date_col, self.values[kpi], self.platform_col
        spec = catalog.kpi(kpi)
        top = 100.0 if spec.unit is Unit.PERCENT else sys.float_info.max
        # a spreadsheet cell shown as 2.25% holds 0.0225: say so when a percentage that small is read
        fractions = self.sheet is not None and spec.unit is Unit.PERCENT
        small = False
        low = -sys.float_info.max if spec.signed else 0.0
        one = _RowReader(self, kpi, low, top)
        iso = self.dates.fast == date.fromisoformat and self.decimal == "."  # bound methods: == not is
        codes: dict[Cell, str | None] = {}
        watch(0.0)
        with self.open_rows() as (reader, offset, fraction):
            number = offset
            while True:
                rows = list(islice(reader, BATCH))
                if not rows:
                    break
                first, number = number + 1, number + len(rows)
                watch(fraction())
                batch = _columns(rows, first, di, vi, pi, low, top, codes, self.platform) if iso else None
                if batch is not None:
                    small = small or (fractions and bool((batch.values < 1).any()))
                    yield batch
                    continue
                for row, cells in enumerate(rows, start=first):
                    item = one(cells, row)
                    if item is not None:
                        small = small or (fractions and type(item) is Figure and 0 < item.value < 1)
                        yield item
        watch.done()
        if small:
            yield Note(Msg(QT_TRANSLATE_NOOP("import", "Some percentages in {column} are below 1. A spreadsheet cell "
                                                       "shown as 2.25% holds 0.0225, which is read as 0.0225%: if the "
                                                       "figures below are 100 times too small, type them as 2.25 in "
                                                       "the spreadsheet, or save it as CSV and import that."),
                           column=str(self.header[vi]).strip()), warning=True)


BATCH = 8192  # rows read at once: small enough that the GUI thread waits for the GIL only briefly
_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()


def _columns(rows: list[list[Cell]], first: int, di: int, vi: int, pi: int | None, low: float, top: float,
             codes: dict[Cell, str | None], fixed: str | None) -> Batch | None:
    """The batch as columns (rows numbered from *first*), or None when any row needs a closer look."""
    try:
        dates = [r[di] for r in rows]
        values = np.array([r[vi] for r in rows], dtype=np.float64)
        platforms = [r[pi] for r in rows] if pi is not None else None
    except (IndexError, ValueError, TypeError):
        return None
    try:  # ten characters each, as numpy also reads "2025-03" and "NaT"; a date cell has no len()
        if set(map(len, dates)) != {10}:
            return None
    except TypeError:
        return None
    try:
        days = np.array(dates, dtype="datetime64[D]")
    except ValueError:
        return None
    if not (np.isfinite(values).all() and (values >= low).all() and (values <= top).all()):
        return None
    if platforms is None:
        names: list[str | None] = [fixed] * len(rows)
    else:
        for cell in set(platforms) - codes.keys():
            codes[cell] = platform_id(cell)
        names = [codes[c] for c in platforms]
        if None in names:
            return None
    return Batch(np.arange(first, first + len(rows), dtype=np.int64), days.astype(np.int64) + _EPOCH_ORDINAL, names,
                 values)


class _RowReader:
    """One row to a Figure, a Rejected with the reason, or None for a blank row."""

    def __init__(self, source: GenericSource, kpi: str, low: float, top: float) -> None:
        self.kpi, self.low, self.top = kpi, low, top
        self.di, self.vi, self.pi = source.date_col, source.values[kpi], source.platform_col
        self.vname = str(source.header[self.vi]).strip() or str(self.vi + 1)
        self.width = max(self.di, self.vi, self.pi if self.pi is not None else 0) + 1
        self.sheet, self.dec, self.fixed = source.sheet, source.decimal, source.platform
        self.fast, self.parse_date = source.dates.fast, source.dates.parse
        self.number = float if self.dec == "." else _not_here
        self.codes: dict[Cell, str | None] = {}

    def __call__(self, row: list[Cell], number: int) -> Figure | Rejected | None:
        sheet, vname = self.sheet, self.vname
        try:
            cell, vcell = row[self.di], row[self.vi]
            pcell = row[self.pi] if self.pi is not None else None
        except IndexError:
            if any(str(c).strip() for c in row):
                return Rejected(number, Msg(QT_TRANSLATE_NOOP("import", "the row has {found}, {needed} needed"),
                                            found=Counted("cells", len(row)), needed=Count(self.width)), sheet)
            return None
        try:
            day = self.fast(cell)
        except (ValueError, TypeError):
            try:
                day = self.parse_date(cell)
            except DateError as exc:
                return Rejected(number, exc.message, sheet) if any(str(c).strip() for c in row) else None
        try:
            value = self.number(vcell)
            if not self.low <= value <= self.top:
                raise ValueError
        except (ValueError, TypeError):
            try:
                value = parse_number(vcell, self.dec)
            except NumberError as exc:
                return Rejected(number, exc.describe(vname), sheet, day)
            if value < self.low:
                return Rejected(number, Msg(QT_TRANSLATE_NOOP("import", "{column} '{cell}' is negative, which {kpi} "
                                                                        "cannot be"),
                                            column=vname, cell=cell_text(vcell), kpi=KpiName(self.kpi)), sheet, day)
            if value > self.top:
                return Rejected(number, Msg(QT_TRANSLATE_NOOP("import", "{column} '{cell}' is over 100%, which {kpi} "
                                                                        "cannot be"),
                                            column=vname, cell=cell_text(vcell), kpi=KpiName(self.kpi)), sheet, day)
        plat = self.fixed
        if pcell is not None:
            if pcell not in self.codes:
                self.codes[pcell] = platform_id(pcell)
            plat = self.codes[pcell]
            if plat is None:
                return Rejected(number, Msg(QT_TRANSLATE_NOOP("import", "'{cell}' is not a platform the planner "
                                                                        "knows"), cell=cell_text(pcell)), sheet, day)
        return Figure(number, day, plat, value)


def _not_here(cell: Cell) -> float:
    """Stands in for float() when the file's decimal mark is a comma: parse_number does the work."""
    raise ValueError(cell)


def detect(head: Head, mapping: GenericMapping | None, platform: str | None) -> ImportSource:
    """A table of the owner's own, in a text file or a sheet: its header is the first row."""
    header = head.rows[0][1]
    skip = body_start(head)
    sheet = head.file.sheet
    layout = (Msg(QT_TRANSLATE_NOOP("import", "Table of your own (sheet {sheet})"), sheet=sheet) if sheet
              else Msg(QT_TRANSLATE_NOOP("import", "Table of your own")))
    return _build(head.path, layout, header, [r for _, r in head.rows[1:]], lambda: head.file.reader(skip),
                  head.file.decimal, mapping, platform, sheet)


def _build(path: Path, layout: Msg, header: list[Cell], sample: list[list[Cell]], rows: Rows, decimal: str,
           mapping: GenericMapping | None, platform: str | None, sheet: str | None) -> ImportSource:
    if len(header) >= GENERIC_MAX_COLUMNS:
        raise ImportFileError(path, Msg(QT_TRANSLATE_NOOP(
            "import", "no layout is recognised, and its header has {columns}: this is not a table of figures"),
            columns=Counted("columns", len(header))))
    names = [str(h).strip() for h in header]

    def column(name: str, what: Msg) -> int:
        i = find(names, name)
        if i is None:
            raise ImportFileError(path, Msg(QT_TRANSLATE_NOOP("import", "it has no column “{name}” for the {what}; its "
                                                                        "columns are {columns}"),
                                            name=name, what=what, columns=listing(names)))
        return i

    if mapping is not None:
        date_col = column(mapping.date_column, Msg(QT_TRANSLATE_NOOP("import", "dates")))
        value_col = column(mapping.value_column, Msg(QT_TRANSLATE_NOOP("import", "figures")))
        values = {k.id: value_col for k in catalog.KPIS}
        platform = mapping.platform or platform
        platform_col = (column(mapping.platform_column, Msg(QT_TRANSLATE_NOOP("import", "platforms")))
                        if mapping.platform_column else None)
        dates = DateParser(fmt=mapping.date_format)
    else:
        date_col = _guess_date_column(path, names, sample)
        values = _kpi_columns(names)
        platform_col = next((i for i, n in enumerate(names) if norm(n) in PLATFORM_NAMES), None)
        dates = DateParser()
    if platform_col is None and platform is not None and platform_id(platform) is None:
        raise ImportFileError(path, Msg(QT_TRANSLATE_NOOP("import", "'{platform}' is not a platform the planner knows"),
                                        platform=platform))
    if not dates.learn(r[date_col] for r in sample if len(r) > date_col) and \
            dates.ambiguous(r[date_col] for r in sample if len(r) > date_col):
        with rows() as (reader, _, _):
            dates.learn(r[date_col] for r in reader if len(r) > date_col)
    return GenericSource(path, layout, rows, header, date_col, values, platform, platform_col, dates, decimal,
                         sheet)


def _guess_date_column(path: Path, names: list[str], sample: list[list[Cell]]) -> int:
    named = [i for i, n in enumerate(names) if norm(n) in DATE_NAMES]
    if len(named) == 1:
        return named[0]
    probe = DateParser("DM")  # either order will do to tell a date column from a number column
    looks = []
    for i in range(len(names)):
        cells = [r[i] for r in sample if len(r) > i and str(r[i]).strip()]
        good = 0
        for c in cells:
            try:
                probe.parse(c)
                good += not isinstance(c, (int, float))
            except ValueError:
                pass
        if cells and good >= 0.8 * len(cells):
            looks.append(i)
    if len(looks) == 1:
        return looks[0]
    shown = listing(names[:12] + (["…"] if len(names) > 12 else []))
    if not looks:
        raise ImportFileError(path, Msg(QT_TRANSLATE_NOOP("import", "no platform's layout is recognised, and no column "
                                                                    "holds dates (columns: {columns})"),
                                        columns=shown))
    raise ImportFileError(path, Msg(QT_TRANSLATE_NOOP("import", "no platform's layout is recognised, and several "
                                                                "columns hold dates (columns: {columns})"),
                                    columns=shown))
