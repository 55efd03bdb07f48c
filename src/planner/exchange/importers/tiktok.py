"""TikTok Studio exports: Overview.csv and FollowerHistory.csv (and Content.csv, recognised and refused).

Dates have no year and follow the UI language ("March 26", "8 de marzo",
"18 января", "7月14日"): the year is inferred backwards from the last row,
assuming rows are chronological and the export ends no later than the file
was saved (and today); the preview says what was assumed.  Headers stay in
English whatever the UI language.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from planner.domain.i18n import QT_TRANSLATE_NOOP
from planner.exchange.importers.columns import body_start, header_map, norm, table_rows
from planner.exchange.importers.dates import DateParser, month_day
from planner.exchange.importers.model import Cell, ImportSource, Note
from planner.exchange.importers.rollup import Table, TableSource, available, level, total
from planner.exchange.importers.text import Head
from planner.exchange.messages import Day, Msg

_COLS = {
    "date": ("date", "fecha", "data", "datum"),
    "video views": ("video views",), "profile views": ("profile views",), "likes": ("likes",),
    "comments": ("comments",), "shares": ("shares",), "followers": ("followers",),
    "difference": ("difference in followers from previous day",),
}
_MEASURES = {
    "video_views": total("video views"),
    "page_views": total("profile views"),
    "likes": total("likes"),
    "shares": total("shares"),
    "engagements": total("likes", "comments", "shares", signed=("comments",), floor=True),
    "followers": level("followers"),
    "new_followers": total("difference", signed=("difference",)),
}
_CONTENT = {"video title", "video link", "post time"}
_FOLLOWER_FILE = QT_TRANSLATE_NOOP("import", "TikTok's FollowerHistory file (TikTok Studio, Analytics, Followers, "
                                             "Download data) has them.")
_OVERVIEW_FILE = QT_TRANSLATE_NOOP("import", "TikTok's Overview file (TikTok Studio, Analytics, Overview, Download "
                                             "data) has them.")


def detect(head: Head) -> ImportSource | None:
    header = head.rows[0][1]
    names = {norm(h) for h in header}
    if _CONTENT <= names and any(n.startswith("total ") for n in names):
        return ImportSource(head.path, Msg(QT_TRANSLATE_NOOP("import", "TikTok Studio content (one row per video)")),
                            "tiktok", (), [str(h) for h in header], refusal=Msg(QT_TRANSLATE_NOOP(
                                "import", "This is TikTok's per-video Content file: each row is one video's figures "
                                          "since it was posted, so it has no daily figures. Export Overview or "
                                          "FollowerHistory instead (TikTok Studio, Analytics, Download data).")))
    if {"video views", "profile views"} <= names:
        layout = Msg(QT_TRANSLATE_NOOP("import", "TikTok Studio overview (one row per day)"))
        hints = {"followers": Msg(_FOLLOWER_FILE), "new_followers": Msg(_FOLLOWER_FILE)}
    elif "followers" in names and any(n.startswith("difference in followers") for n in names):
        layout = Msg(QT_TRANSLATE_NOOP("import", "TikTok Studio follower history (one row per day)"))
        hints = {k: Msg(_OVERVIEW_FILE) for k in ("video_views", "page_views", "likes", "shares", "engagements")}
    else:
        return None
    cols, shown = header_map(header, _COLS)
    if "date" not in cols:
        return None
    rows = table_rows(head.file, body_start(head))
    table = Table(rows, cols, cols["date"], DateParser(expected="a month and a day, like March 26"),
                  available(_MEASURES, cols), "tiktok", decimal=head.file.decimal, sheet=head.file.sheet,
                  headers=shown)
    col = cols["date"]
    table.year_of, note = _years(head.path, [(row, cells[col]) for row, cells in rows(None) if len(cells) > col])
    return TableSource(head.path, layout, table, header, notes=[note] if note else [], hints=hints)


def export_end(path: Path) -> date:
    """The latest day the export can end on: the file's modification day, or today if earlier."""
    saved = date.fromtimestamp(path.stat().st_mtime)
    return min(saved, date.today())


def _years(path: Path, dates: list[tuple[int, Cell]]) -> tuple[dict[int, int], Note | None]:
    """row -> inferred year, walking back from the last row: a month-day later than the next row's is in the
    year before; and the note that says what was assumed."""
    found: list[tuple[int, tuple[int, int]]] = []
    for row, cell in dates:
        md = month_day(cell)
        if md is not None:
            found.append((row, md))
    if not found:
        return {}, None
    end = export_end(path)
    years: dict[int, int] = {}
    year = end.year
    following: tuple[int, int] | None = (end.month, end.day)
    for row, md in reversed(found):
        if following is not None and md > following:
            year -= 1
        years[row] = year
        following = md
    last_row, (month, day) = found[-1]
    try:
        last = date(years[last_row], month, day)
    except ValueError:  # February 29 in a year without one: the row is refused when read
        return years, None
    return years, Note(Msg(QT_TRANSLATE_NOOP("import", "TikTok writes dates without a year: the last row is taken as "
                                                       "{last}, the latest such day up to {saved} (the day the file "
                                                       "was saved), and earlier rows are counted back from it."),
                           last=Day(last, long=True), saved=Day(end, long=True)), warning=True)
