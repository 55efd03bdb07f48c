"""Home-made tables: a date column and value columns, in text files or spreadsheets.

The columns come from a GenericMapping, or are guessed when exactly one column
holds dates and value columns are named after KPIs.  This is the path big files
take, so the loop is kept lean: one date parser chosen up front, float() first.
"""

from __future__ import annotations

import sys
from array import array
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path

from planner.domain import catalog
from planner.domain.catalog import Unit
from planner.exchange.importers.common import (
    GENERIC_MAX_COLUMNS, Cell, DateParser, Figure, GenericMapping, Head, ImportFileError, ImportSource, Rejected,
    Watch, body_start, find, norm, parse_number, sheet_head, sheet_reader,
)

Rows = Callable[[], AbstractContextManager[tuple[Iterator[list[Cell]], int, Callable[[], float]]]]

DATE_NAMES = {"date", "day", "datum", "fecha", "data", "jour", "tarih", "تاريخ", "التاريخ", "تاریخ", "روز", "يوم",
              "giorno", "dia", "день", "дата"}
PLATFORM_NAMES = {"platform", "network", "channel", "منصة", "المنصة", "پلتفرم", "plataforma", "plattform"}
_PLATFORM_ALIASES = {"twitter": "x", "x/twitter": "x", "fb": "facebook", "ig": "instagram", "yt": "youtube",
                     "web": "website", "site": "website"}
_PLATFORM_IDS = tuple(p.id for p in catalog.PLATFORMS)


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

    def __init__(self, path: Path, layout: str, rows: Rows, header: list[Cell], date_col: int,
                 values: dict[str, int], platform: str | None, platform_col: int | None, dates: DateParser,
                 decimal: str, sheet: str | None = None, note: str = "") -> None:
        super().__init__(path, layout, platform, values, [str(h) for h in header], note)
        self.open_rows = rows
        self.header = header
        self.date_col = date_col
        self.values = values
        self.platform_col = platform_col
        self.dates = dates
        self.decimal = decimal
        self.sheet = sheet

    def _figures(self, kpi: str, watch: Watch) -> Iterator[Figure | Rejected]:
        di, vi, pi = self.date_col, self.values[kpi], self.platform_col
        vname = str(self.header[vi]).strip() or f"column {vi + 1}"
        top = 100.0 if catalog.kpi(kpi).unit is Unit.PERCENT else sys.float_info.max  # inf falls through
        sheet, dec, fixed = self.sheet, self.decimal, self.platform
        fast, parse_date = self.dates.fast, self.dates.parse
        width = max(di, vi, pi if pi is not None else 0) + 1
        has_platform = pi is not None
        pi = di if pi is None else pi
        # Duplicates: while each platform's dates only increase (sorted files) keys are just noted
        # in an array; the first step back turns them into a set, checked from then on.
        lasts = [-1] * (len(_PLATFORM_IDS) + 1)
        keys = array("q")
        note = keys.append
        seen: set[int] | None = None
        codes: dict[Cell, tuple[int, str | None]] = {}
        code, plat = 0, fixed
        number = float if dec == "." else _not_here
        watch(0.0)
        with self.open_rows() as (reader, offset, fraction):
            before = 0
            for row in reader:
                line = offset + before + 1
                before = reader.line_num
                if not before & 4095:
                    watch(fraction())
                try:
                    cell, vcell, pcell = row[di], row[vi], row[pi]
                except IndexError:
                    if any(str(c).strip() for c in row):
                        yield Rejected(line, f"has {len(row)} fields, {width} needed", sheet)
                    continue
                try:
                    day = fast(cell)
                except (ValueError, TypeError):
                    try:
                        day = parse_date(cell)
                    except ValueError as exc:
                        if any(str(c).strip() for c in row):
                            yield Rejected(line, str(exc), sheet)
                        continue
                try:
                    value = number(vcell)
                    if not 0.0 <= value <= top:
                        raise ValueError
                except (ValueError, TypeError):
                    try:
                        value = parse_number(vcell, dec)
                    except ValueError as exc:
                        yield Rejected(line, f"{vname} {exc}", sheet)
                        continue
                    if value < 0:
                        yield Rejected(line, f"{vname} {vcell!r} is negative, which {kpi} cannot be", sheet)
                        continue
                    if value > top:
                        yield Rejected(line, f"{vname} {vcell!r} is over 100%, which {kpi} cannot be", sheet)
                        continue
                if has_platform:
                    hit = codes.get(pcell)
                    if hit is None:
                        found = platform_id(pcell)
                        hit = codes[pcell] = (-1, None) if found is None else (_PLATFORM_IDS.index(found) + 1, found)
                    code, plat = hit
                    if code < 0:
                        yield Rejected(line, f"platform {pcell!r} is not a known platform", sheet)
                        continue
                ordinal = day.toordinal()
                if seen is None and ordinal > lasts[code]:
                    lasts[code] = ordinal
                    note(ordinal * 64 + code)
                else:
                    if seen is None:
                        seen = set(keys)
                        del keys[:]
                    key = ordinal * 64 + code
                    if key in seen:
                        yield Rejected(line, f"{day.isoformat()}{' on ' + plat if plat else ''} appears again; "
                                             "skipped", sheet)
                        continue
                    seen.add(key)
                yield Figure(line, day, plat, value)
        watch.done()


def _not_here(cell: Cell) -> float:
    """Stands in for float() when the file's decimal mark is a comma: parse_number does the work."""
    raise ValueError(cell)


def detect_text(head: Head, mapping: GenericMapping | None, platform: str | None) -> ImportSource:
    header = head.rows[0][1]
    body_start(head)
    skip = head.rows[1][0] - 1
    rows: Rows = lambda: head.file.reader(skip)  # noqa: E731
    return _build(head.path, "Generic table", header, [r for _, r in head.rows[1:]], rows, head.file.decimal,
                  mapping, platform, None)


def detect_sheet(path: Path, sheet: str, mapping: GenericMapping | None, platform: str | None) -> ImportSource:
    head = [(n, r) for n, r in sheet_head(path, sheet, 40) if sum(1 for c in r if str(c).strip()) >= 1]
    if not head:
        raise ImportFileError(path, f"the sheet {sheet!r} is empty")
    number, header = head[0]
    if len(head) < 2:
        raise ImportFileError(path, "has a header but no rows of figures")
    return _build(path, f"Generic table (sheet {sheet})", header, [r for _, r in head[1:]],
                  lambda: sheet_reader(path, sheet, number), ".", mapping, platform, sheet)


def _build(path: Path, layout: str, header: list[Cell], sample: list[list[Cell]], rows: Rows, decimal: str,
           mapping: GenericMapping | None, platform: str | None, sheet: str | None) -> ImportSource:
    if len(header) >= GENERIC_MAX_COLUMNS:
        raise ImportFileError(path, f"unknown format: the header has {len(header)} columns, which is not a table "
                                    "of figures")
    names = [str(h).strip() for h in header]

    def column(name: str, what: str) -> int:
        i = find(names, name)
        if i is None:
            raise ImportFileError(path, f"has no column {name!r} for the {what}; its columns are {', '.join(names)}")
        return i

    if mapping is not None:
        date_col = column(mapping.date_column, "date")
        value_col = column(mapping.value_column, "value")
        values = {k.id: value_col for k in catalog.KPIS}
        platform = mapping.platform or platform
        platform_col = column(mapping.platform_column, "platform") if mapping.platform_column else None
        dates = DateParser(fmt=mapping.date_format)
    else:
        date_col = _guess_date_column(path, names, sample)
        values = _kpi_columns(names)
        platform_col = next((i for i, n in enumerate(names) if norm(n) in PLATFORM_NAMES), None)
        dates = DateParser()
    if platform_col is None and platform is not None and platform_id(platform) is None:
        raise ImportFileError(path, f"unknown platform {platform!r}")
    if not dates.learn(r[date_col] for r in sample if len(r) > date_col) and \
            dates.ambiguous(r[date_col] for r in sample if len(r) > date_col):
        with rows() as (reader, _, _):
            dates.learn(r[date_col] for r in reader if len(r) > date_col)
    note = "" if values else "no column is named after a KPI: choose the date and value columns"
    return GenericSource(path, layout, rows, header, date_col, values, platform, platform_col, dates, decimal,
                         sheet, note)


def _guess_date_column(path: Path, names: list[str], sample: list[list[Cell]]) -> int:
    named = [i for i, n in enumerate(names) if norm(n) in DATE_NAMES]
    if len(named) == 1:
        return named[0]
    probe = DateParser()
    probe.order = "DM"  # either order will do to tell a date column from a number column
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
    why = "no column holds dates" if not looks else "several columns hold dates"
    raise ImportFileError(path, f"unknown format: no platform layout recognised, and {why} "
                                f"(columns: {', '.join(names[:12])}{'...' if len(names) > 12 else ''})")
