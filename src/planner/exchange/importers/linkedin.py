"""LinkedIn Page analytics spreadsheets (old .xls, also .xlsx and .ods): the followers and the content files,
recognised by their columns on any sheet.

Late-2025 files put a description sentence above the header, so the header is
the first row, among the first few, that has a Date column.
"""

from __future__ import annotations

from pathlib import Path

from planner.domain.i18n import QT_TRANSLATE_NOOP
from planner.exchange.importers.archives import SheetFile, sheet_head
from planner.exchange.importers.columns import Rows, header_map, norm, table_rows
from planner.exchange.importers.dates import DateParser
from planner.exchange.importers.model import Cell, ImportFileError, ImportSource, Note
from planner.exchange.importers.numbers import parse_number
from planner.exchange.importers.rollup import Table, TableSource, available, level, ratio, total
from planner.exchange.messages import Msg

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
_FOLLOWERS_FILE = QT_TRANSLATE_NOOP("import", "LinkedIn's followers export (Page analytics, Followers, Export) has "
                                               "them.")
_CONTENT_FILE = QT_TRANSLATE_NOOP("import", "LinkedIn's content export (Page analytics, Content, Export) has them.")
_CONTENT = {
    "impressions": total("impressions"),
    "likes": total("reactions"),
    "shares": total("reposts"),
    "engagements": total("reactions", "comments", "reposts"),
    "engagement_rate_impressions": level("rate", fraction=True),
    "ctr": ratio(("clicks",), ("impressions",)),
}


def detect(path: Path, sheets: list[str]) -> ImportSource | None:
    """The followers or the content file, by the columns of one of its sheets (whatever the sheets are named:
    an owner may rename them, or save one sheet alone)."""
    for sheet in sheets:
        found = _find_header(path, sheet)
        if found is None:
            continue
        names = {norm(c) for c in found[1]}
        if names & {"sponsored followers", "organic followers"}:
            return _followers(path, sheet)
        if names & {"impressions (total)", "impressions (organic)"}:
            return _content(path, sheet)
    return None


def _find_header(path: Path, sheet: str) -> tuple[int, list[Cell]] | None:
    """The first row with a Date column (late-2025 files put a description sentence above it)."""
    try:
        head = sheet_head(path, sheet, 8)
    except ImportFileError:  # an empty sheet
        return None
    for number, row in head.rows:
        if any(norm(c) == "date" for c in row):
            return number, row
    return None


def _content(path: Path, sheet: str) -> ImportSource | None:
    found = _find_header(path, sheet)
    if found is None:
        return None
    number, header = found
    cols, shown = header_map(header, _CONTENT_COLS)
    table = Table(table_rows(SheetFile(path, sheet), number), cols, cols["date"], DateParser("MD"),
                  available(_CONTENT, cols), "linkedin", sheet=sheet, headers=shown)
    hints = {k: Msg(_FOLLOWERS_FILE) for k in ("followers", "new_followers")}
    return TableSource(path, Msg(QT_TRANSLATE_NOOP("import", "LinkedIn Page content metrics (sheet {sheet}, one row "
                                                             "per day)"), sheet=sheet), table, header, hints=hints)


class _Followers(TableSource):
    gross_follows = True


def _followers(path: Path, sheet: str) -> ImportSource | None:
    found = _find_header(path, sheet)
    if found is None:
        return None
    number, header = found
    cols, shown = header_map(header, _FOLLOWER_COLS)
    rows = table_rows(SheetFile(path, sheet), number)
    running = "total" in cols and _is_running_total(rows, cols)
    measures = {"new_followers": total("sponsored", "organic", "auto")}
    hints: dict[str, Msg] = {}
    if running:
        measures["followers"] = level("total")
    else:
        hints["followers"] = Msg(QT_TRANSLATE_NOOP(
            "import", "its Total followers column is each day's new followers (the sum of the sources), not the "
                      "number of followers, and LinkedIn gives no unfollows to rebuild that number from. Use a New "
                      "followers goal, or type the figures."))
    table = Table(rows, cols, cols["date"], DateParser("MD"), available(measures, cols), "linkedin", sheet=sheet,
                  headers=shown)
    gross = [Note(Msg(QT_TRANSLATE_NOOP("import", "LinkedIn counts new followers, not unfollows: net new followers are "
                                                  "lower by the unfollows.")), warning=True)]
    hints |= {k: Msg(_CONTENT_FILE) for k in _CONTENT}
    layout = Msg(QT_TRANSLATE_NOOP("import", "LinkedIn Page followers (sheet {sheet}, one row per day)"), sheet=sheet)
    return _Followers(path, layout, table, header, kpi_notes={"new_followers": gross}, hints=hints)


def _is_running_total(rows: Rows, cols: dict[str, int]) -> bool:
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
