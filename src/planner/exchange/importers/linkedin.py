"""LinkedIn Page analytics spreadsheets (old .xls, also .xlsx): the followers and the content files.

Late-2025 files put a description sentence above the header, so the header is
the first row, among the first few, that has a Date column.
"""

from __future__ import annotations

from pathlib import Path

from planner.exchange.importers.archives import sheet_head, sheet_rows
from planner.exchange.importers.dates import DateParser
from planner.exchange.importers.model import Cell, ImportSource
from planner.exchange.importers.numbers import parse_number
from planner.exchange.importers.rollup import Table, TableSource, available, header_map, level, norm, ratio, total

_FOLLOWER_COLS = {
    "date": ("date",), "sponsored": ("sponsored followers",), "organic": ("organic followers",),
    "auto": ("auto-invited followers",), "total": ("total followers",),
}
_CONTENT_COLS = {
    "date": ("date",),
    "impressions": ("impressions (total)",), "clicks": ("clicks (total)",),
    "reactions": ("reactions (total)",), "comments": ("comments (total)",),
    "reposts": ("reposts (total)", "shares (total)"),
    "rate": ("engagement rate (total)",),
}
_CONTENT = {
    "impressions": total("impressions"),
    "likes": total("reactions"),
    "shares": total("reposts"),
    "engagements": total("reactions", "comments", "reposts"),
    "engagement_rate_impressions": level("rate", fraction=True),
    "ctr": ratio(("clicks",), ("impressions",)),
}


def detect(path: Path, sheets: list[str]) -> ImportSource | None:
    by_name = {norm(s): s for s in sheets}
    if "new followers" in by_name:
        return _followers(path, by_name["new followers"])
    if "metrics" in by_name:
        return _content(path, by_name["metrics"])
    return None


def _find_header(path: Path, sheet: str) -> tuple[int, list[Cell]] | None:
    for number, row in sheet_head(path, sheet):
        if any(norm(c) == "date" for c in row):
            return number, row
    return None


def _content(path: Path, sheet: str) -> ImportSource | None:
    found = _find_header(path, sheet)
    if found is None:
        return None
    number, header = found
    cols, shown = header_map(header, _CONTENT_COLS)
    table = Table(sheet_rows(path, sheet, number), cols, cols["date"], DateParser("MD", expected="MM/DD/YYYY"),
                  available(_CONTENT, cols), "linkedin", False, sheet=sheet, headers=shown)
    return TableSource(path, "LinkedIn Page content metrics (sheet Metrics, one row per day)", table,
                       [str(h) for h in header])


def _followers(path: Path, sheet: str) -> ImportSource | None:
    found = _find_header(path, sheet)
    if found is None:
        return None
    number, header = found
    cols, shown = header_map(header, _FOLLOWER_COLS)
    rows = sheet_rows(path, sheet, number)
    measures = {"followers": level("total")} if "total" in cols and _is_running_total(rows, cols) else {}
    note = "" if measures else "its Total followers column is each day's new followers (the sum of the " \
                               "sources), not the follower count"
    table = Table(rows, cols, cols["date"], DateParser("MD", expected="MM/DD/YYYY"), available(measures, cols),
                  "linkedin", False, sheet=sheet, headers=shown)
    return TableSource(path, "LinkedIn Page followers (sheet New followers, one row per day)", table,
                       [str(h) for h in header], note)


def _is_running_total(rows, cols: dict[str, int]) -> bool:
    """True unless every row's Total followers equals the sum of its source columns (then it is daily new)."""
    parts = [cols[k] for k in ("sponsored", "organic", "auto") if k in cols]
    if not parts:
        return True
    for _, cells in rows(None):
        try:
            values = [parse_number(cells[i]) for i in parts + [cols["total"]]]
        except (ValueError, IndexError):
            continue
        if abs(sum(values[:-1]) - values[-1]) > 1e-9:
            return True
    return False
