"""Facebook Page Insights classic exports: page level (one row per day) and post level (one row per post).

Both have two header rows (names, then long descriptions) and M/D/YYYY dates;
a file re-saved by a spreadsheet may have DD.MM.YYYY, which the dates show.
"""

from __future__ import annotations

from planner.domain.i18n import QT_TRANSLATE_NOOP
from planner.exchange.importers.columns import body_start, head_column, header_map, norm, table_rows
from planner.exchange.importers.dates import DateParser, day_boundary
from planner.exchange.importers.model import ImportSource, Note
from planner.exchange.importers.rollup import Table, TableSource, available, learn_dates, level, ratio, total
from planner.exchange.importers.text import Head
from planner.exchange.messages import Msg

_PAGE_COLS = {
    "date": ("date",), "total likes": ("lifetime total likes",), "new likes": ("daily new likes",),
    "unlikes": ("daily unlikes",), "reach": ("daily total reach",), "weekly reach": ("weekly total reach",),
    "impressions": ("daily total impressions",), "engaged": ("daily page engaged users",),
}
_PAGE = {
    "followers": level("total likes"),
    "new_followers": total("new likes", minus=("unlikes",)),
    "reach": total("reach"),
    "impressions": total("impressions", at_least="reach"),
    "engagements": total("engaged"),
    "engagement_rate_reach": ratio(("engaged",), ("reach",)),
}
_POST_COLS = {
    "posted": ("posted",), "reach": ("lifetime post total reach",),
    "impressions": ("lifetime post total impressions",), "engaged": ("lifetime engaged users",),
    "link clicks": ("lifetime post consumptions by type - link clicks",),
}
_POST = {
    "impressions": total("impressions", at_least="reach"),
    "engagements": total("engaged"),
    "engagement_rate_reach": ratio(("engaged",), ("reach",)),
    "link_clicks": total("link clicks"),
    "ctr": ratio(("link clicks",), ("impressions",)),
}
_POST_DATA = QT_TRANSLATE_NOOP("import", "Facebook's post-level export (Page Insights, Export data, Post data) has "
                                         "them.")
_PAGE_DATA = QT_TRANSLATE_NOOP("import", "Facebook's page-level export (Page Insights, Export data, Page data) has "
                                         "them, one row per day.")
_TWICE = QT_TRANSLATE_NOOP("import", "the reach of single posts cannot be added up, since people reached by two "
                                     "posts are counted twice. The page-level export has the reach of each week "
                                     "(Weekly Total Reach).")
#: Facebook counts the people reached over 1, 7 and 28 days itself; "Weekly Total Reach" on a day is the
#: reach of the 7 days up to it (Facebook's Page Insights definitions of page_impressions_unique).
WEEK_DAYS = 7
_WEEKLY_REACH = QT_TRANSLATE_NOOP("import", "Facebook's page-level export has the reach of each week in its Weekly "
                                            "Total Reach column: export the page data with that column.")


def detect(head: Head) -> ImportSource | None:
    header = head.rows[0][1]
    names = [norm(h) for h in header]
    if names and names[0] == "date" and any(n.startswith(("lifetime total likes", "daily page engaged users",
                                                              "daily total reach")) for n in names):
        return _page(head, header)
    if "posted" in names and any(n.startswith("lifetime post total") for n in names):
        return _posts(head, header)
    return None


def _page(head: Head, header: list) -> ImportSource | None:
    cols, shown = header_map(header, _PAGE_COLS)
    header_rows = _header_rows(head, cols["date"])
    measures = available(_PAGE, cols)
    windows: dict[str, int] = {}
    if "weekly reach" in cols:  # reach per week is Facebook's own weekly count, never a sum of days
        measures["reach"] = level("weekly reach")
        windows["reach"] = WEEK_DAYS
    table = Table(table_rows(head.file, body_start(head, header_rows)), cols, cols["date"], DateParser(native="MD"),
                  measures, "facebook", decimal=head.file.decimal, sheet=head.file.sheet, headers=shown)
    learn_dates(table, head_column(head, cols["date"], header_rows))
    hints = {k: Msg(_POST_DATA) for k in ("link_clicks", "ctr")}
    return TableSource(head.path, Msg(QT_TRANSLATE_NOOP("import", "Facebook Page Insights, page level (one row per "
                                                                  "day)")), table, header, hints=hints,
                       windows=windows, period_hints={"reach": Msg(_WEEKLY_REACH)})


def _posts(head: Head, header: list) -> ImportSource | None:
    cols, shown = header_map(header, _POST_COLS)
    header_rows = _header_rows(head, cols["posted"])
    table = Table(table_rows(head.file, body_start(head, header_rows)), cols, cols["posted"], DateParser(native="MD"),
                  available(_POST, cols), "facebook", summed=True, per_post=True, decimal=head.file.decimal,
                  empty_is_zero=True, sheet=head.file.sheet, headers=shown)
    sample = head_column(head, cols["posted"], header_rows)
    learn_dates(table, sample)
    boundary = day_boundary(sample)
    notes = [Note(Msg(QT_TRANSLATE_NOOP("import", "Empty cells count as 0 (Facebook leaves a breakdown empty when a "
                                                  "post has none of it).")))]
    hints = {"reach": Msg(_TWICE), "followers": Msg(_PAGE_DATA), "new_followers": Msg(_PAGE_DATA)}
    return TableSource(head.path, Msg(QT_TRANSLATE_NOOP("import", "Facebook Page Insights, post level (one row per "
                                                                  "post)")), table, header,
                       notes=notes + ([Note(boundary)] if boundary else []), hints=hints)


def _header_rows(head: Head, date_col: int) -> int:
    """Two header rows when row 2 is the classic export's descriptions: an empty or wordy cell under Date."""
    if len(head.rows) < 2:
        return 1
    cells = head.rows[1][1]
    cell = str(cells[date_col]).strip() if len(cells) > date_col else ""
    return 2 if not cell or not any(ch.isdigit() for ch in cell) or len(cell) > 40 else 1
