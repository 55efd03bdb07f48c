"""X/Twitter exports: legacy tweet activity (per tweet), account overview and account content (2024+)."""

from __future__ import annotations

from planner.exchange.importers.dates import DateParser
from planner.exchange.importers.model import ImportSource
from planner.exchange.importers.rollup import (
    Measure, RowCheck, Table, TableSource, available, body_start, head_column, header_map, learn_dates, norm, ratio, text_rows, total,
)
from planner.exchange.importers.text import Head

_LEGACY_COLS = {
    "time": ("time",), "impressions": ("impressions",), "engagements": ("engagements",),
    "retweets": ("retweets",), "likes": ("likes",), "url clicks": ("url clicks",),
    "profile clicks": ("user profile clicks",),
}
_LEGACY = {
    "impressions": total("impressions"),
    "engagements": total("engagements"),
    "engagement_rate_impressions": ratio(("engagements",), ("impressions",)),
    "likes": total("likes"),
    "shares": total("retweets"),
    "link_clicks": total("url clicks"),
    "ctr": ratio(("url clicks",), ("impressions",)),
    "page_views": total("profile clicks"),
}
_NEW_COLS = {
    "date": ("date",), "impressions": ("impressions",), "likes": ("likes",), "engagements": ("engagements",),
    "shares": ("shares", "share"), "reposts": ("reposts",), "profile visits": ("profile visits",),
    "video views": ("video views",), "url clicks": ("url clicks",), "link": ("post link", "link"),
}
_NEW = {
    "impressions": total("impressions"),
    "engagements": total("engagements"),
    "engagement_rate_impressions": ratio(("engagements",), ("impressions",)),
    "likes": total("likes"),
    "shares": total("shares", "reposts"),
    "page_views": total("profile visits"),
    "video_views": total("video views"),
    "link_clicks": total("url clicks"),
    "ctr": ratio(("url clicks",), ("impressions",)),
}


def detect(head: Head) -> ImportSource | None:
    header = head.rows[0][1]
    names = {norm(h) for h in header}
    if {"tweet id", "time", "impressions", "engagements"} <= names:
        cols, shown = header_map(header, _LEGACY_COLS)
        return _source(head, "X/Twitter tweet activity (legacy, one row per tweet)", cols, shown,
                       _LEGACY, "time", per_post=True)
    if not ({"date", "impressions", "engagements"} <= names and names & {"new follows", "profile visits"}):
        return None
    cols, shown = header_map(header, _NEW_COLS)
    if "link" in cols or names & {"post id", "post text"}:
        link = cols.get("link")

        def junk(cells: list[str]) -> str | None:
            if link is not None and len(cells) > link and cells[link].rstrip().endswith("status/undefined"):
                return f"post link {cells[link].strip()!r} ends in status/undefined: not a post; skipped"
            return None
        return _source(head, "X/Twitter account content (2024+, one row per post)", cols, shown,
                       {k: m for k, m in _NEW.items() if k != "video_views"}, "date", per_post=True, check=junk)
    return _source(head, "X/Twitter account overview (2024+, one row per day)", cols, shown,
                   {k: m for k, m in _NEW.items() if k not in ("link_clicks", "ctr")}, "date", per_post=False,
                   note="followers are not in this file (only new follows and unfollows)")


def _source(head: Head, layout: str, cols: dict[str, int], shown: dict[str, str], measures: dict[str, Measure],
            date_key: str, per_post: bool, check: RowCheck | None = None, note: str = "") -> ImportSource:
    table = Table(text_rows(head.file, body_start(head)), cols, cols[date_key], DateParser(), available(measures, cols),
                  "x", per_post, head.file.decimal, check=check, headers=shown)
    learn_dates(table, head_column(head, cols[date_key]))
    return TableSource(head.path, layout, table, head.rows[0][1], note)
