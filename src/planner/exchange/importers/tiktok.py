"""TikTok Studio exports: Overview.csv and FollowerHistory.csv.

Dates have no year and follow the UI language ("March 26", "8 de marzo"): the
year is inferred backwards from the last row, assuming rows are chronological
and the export ends no later than the file was saved (and today).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from planner.exchange.importers.dates import DateParser, month_day
from planner.exchange.importers.model import Cell, ImportSource
from planner.exchange.importers.rollup import (
    Table, TableSource, available, body_start, header_map, level, norm, text_rows, total,
)
from planner.exchange.importers.text import Head

_COLS = {
    "date": ("date", "fecha", "data", "datum"),
    "video views": ("video views",), "profile views": ("profile views",), "likes": ("likes",),
    "comments": ("comments",), "shares": ("shares",), "followers": ("followers",),
}
_MEASURES = {
    "video_views": total("video views"),
    "page_views": total("profile views"),
    "likes": total("likes"),
    "shares": total("shares"),
    "engagements": total("likes", "comments", "shares"),
    "followers": level("followers"),
}


def detect(head: Head) -> ImportSource | None:
    header = head.rows[0][1]
    names = {norm(h) for h in header}
    if {"video views", "profile views"} <= names:
        layout = "TikTok Studio overview (one row per day)"
    elif "followers" in names and any(n.startswith("difference in followers") for n in names):
        layout = "TikTok Studio follower history (one row per day)"
    else:
        return None
    cols, shown = header_map(header, _COLS)
    if "date" not in cols:
        return None
    skip = body_start(head)
    rows = text_rows(head.file, skip)
    table = Table(rows, cols, cols["date"], DateParser(expected="a month and a day, like March 26"),
                  available(_MEASURES, cols), "tiktok", False, head.file.decimal, headers=shown)
    col = cols["date"]
    table.year_of = _years(head.path, [(line, cells[col]) for line, cells in rows(None) if len(cells) > col])
    return TableSource(head.path, layout, table, header, "'undefined' values are rejected")


def export_end(path: Path) -> date:
    """The latest day the export can end on: the file's modification day, or today if earlier."""
    saved = date.fromtimestamp(path.stat().st_mtime)
    return min(saved, date.today())


def _years(path: Path, dates: list[tuple[int, Cell]]) -> dict[int, int]:
    """line -> inferred year, walking back from the last row: a month-day later than the next row's is
    in the year before."""
    found: list[tuple[int, tuple[int, int]]] = []
    for line, cell in dates:
        md = month_day(cell)
        if md is not None:
            found.append((line, md))
    end = export_end(path)
    years: dict[int, int] = {}
    year = end.year
    following: tuple[int, int] | None = (end.month, end.day)
    for line, md in reversed(found):
        if following is not None and md > following:
            year -= 1
        years[line] = year
        following = md
    return years

