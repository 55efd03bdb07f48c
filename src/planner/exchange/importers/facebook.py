"""Facebook Page Insights classic exports: page level (one row per day) and post level (one row per post).

Both have two header rows (names, then long descriptions) and M/D/YYYY dates.
"""

from __future__ import annotations

from planner.exchange.importers.dates import DateParser
from planner.exchange.importers.model import ImportSource
from planner.exchange.importers.rollup import (
    Table, TableSource, available, body_start, head_column, header_map, learn_dates, level, norm, ratio, text_rows, total,
)
from planner.exchange.importers.text import Head

_PAGE_COLS = {
    "date": ("date",), "total likes": ("lifetime total likes",), "reach": ("daily total reach",),
    "impressions": ("daily total impressions",), "engaged": ("daily page engaged users",),
}
_PAGE = {
    "followers": level("total likes"),
    "reach": total("reach"),
    "impressions": total("impressions"),
    "engagements": total("engaged"),
    "engagement_rate_reach": ratio(("engaged",), ("reach",)),
}
_POST_COLS = {
    "posted": ("posted",), "reach": ("lifetime post total reach",),
    "impressions": ("lifetime post total impressions",), "engaged": ("lifetime engaged users",),
    "link clicks": ("lifetime post consumptions by type - link clicks",),
}
_POST = {
    "reach": total("reach"),
    "impressions": total("impressions"),
    "engagements": total("engaged"),
    "engagement_rate_reach": ratio(("engaged",), ("reach",)),
    "link_clicks": total("link clicks"),
    "ctr": ratio(("link clicks",), ("impressions",)),
}


def detect(head: Head) -> ImportSource | None:
    header = head.rows[0][1]
    names = [norm(h) for h in header]
    if names and names[0] == "date" and any(n.startswith(("lifetime total likes", "daily page engaged users",
                                                              "daily total reach")) for n in names):
        spec = _PAGE_COLS, _PAGE, "date", False, "Facebook Page Insights, page level (one row per day)"
    elif "posted" in names and any(n.startswith("lifetime post total") for n in names):
        spec = _POST_COLS, _POST, "posted", True, "Facebook Page Insights, post level (one row per post)"
    else:
        return None
    names_map, measures, date_key, per_post, layout = spec
    cols, shown = header_map(header, names_map)
    if date_key not in cols:
        return None
    header_rows = 2 if len(head.rows) > 1 and _is_description_row(head.rows[1][1], cols[date_key]) else 1
    table = Table(text_rows(head.file, body_start(head, header_rows)), cols, cols[date_key],
                  DateParser("MD", expected="M/D/YYYY"), available(measures, cols), "facebook", per_post,
                  head.file.decimal, headers=shown)
    learn_dates(table, head_column(head, cols[date_key], header_rows))
    return TableSource(head.path, layout, table, header)


def _is_description_row(cells: list[str], date_col: int) -> bool:
    """Row 2 of a classic export: an empty or wordy cell where the date goes."""
    cell = cells[date_col].strip() if len(cells) > date_col else ""
    return not cell or not any(ch.isdigit() for ch in cell) or len(cell) > 40
