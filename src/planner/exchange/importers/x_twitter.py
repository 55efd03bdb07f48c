"""X/Twitter exports: legacy tweet activity (per tweet), account overview and account content (2024+)."""

from __future__ import annotations

from planner.domain.i18n import QT_TRANSLATE_NOOP
from planner.exchange.importers.columns import body_start, head_column, header_map, norm, table_rows
from planner.exchange.importers.dates import DateParser, day_boundary
from planner.exchange.importers.model import Cell, ImportSource, Note, Skipped
from planner.exchange.importers.rollup import (
    Measure, RowCheck, Table, TableSource, available, learn_dates, ratio, total,
)
from planner.exchange.importers.text import Head
from planner.exchange.messages import Msg

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
    "new follows": ("new follows",), "unfollows": ("unfollows",),
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
_NO_FOLLOWERS = QT_TRANSLATE_NOOP("import", "X's exports have no follower count, only New follows and Unfollows. The "
                                            "account overview gives the day's change (New followers); type how many "
                                            "followers you have on one day, and the planner rebuilds the totals from "
                                            "the changes.")
_OVERVIEW = QT_TRANSLATE_NOOP("import", "X's account overview (Analytics, Overview, Export data) has them, one row "
                                        "per day.")
_CONTENT = QT_TRANSLATE_NOOP("import", "X's account content export (Analytics, Content, Export data) has them.")


def detect(head: Head) -> ImportSource | None:
    header = head.rows[0][1]
    names = {norm(h) for h in header}
    if {"tweet id", "time", "impressions", "engagements"} <= names:
        cols, shown = header_map(header, _LEGACY_COLS)
        layout = Msg(QT_TRANSLATE_NOOP("import", "X/Twitter tweet activity (legacy, one row per tweet)"))
        hints = {k: Msg(_NO_FOLLOWERS) for k in ("followers", "new_followers")}
        return _source(head, layout, cols, shown, _LEGACY, "time", per_post=True, hints=hints)
    if not ({"date", "impressions", "engagements"} <= names and names & {"new follows", "profile visits"}):
        return None
    cols, shown = header_map(header, _NEW_COLS)
    if "link" in cols or names & {"post id", "post text"}:
        link = cols.get("link")
        junk = Msg(QT_TRANSLATE_NOOP("import", "a link ending in status/undefined is not a post"))

        def check(row: int, cells: list[Cell]) -> Skipped | None:
            if link is not None and len(cells) > link and str(cells[link]).rstrip().endswith("status/undefined"):
                return Skipped(row, junk)
            return None
        layout = Msg(QT_TRANSLATE_NOOP("import", "X/Twitter account content (2024+, one row per post)"))
        hints = {k: Msg(_NO_FOLLOWERS) for k in ("followers", "new_followers")} | {"video_views": Msg(_OVERVIEW)}
        return _source(head, layout, cols, shown, {k: m for k, m in _NEW.items() if k != "video_views"}, "date",
                       per_post=True, check=check, hints=hints)
    layout = Msg(QT_TRANSLATE_NOOP("import", "X/Twitter account overview (2024+, one row per day)"))
    measures = {k: m for k, m in _NEW.items() if k not in ("link_clicks", "ctr")}
    measures["new_followers"] = total("new follows", minus=("unfollows",))
    hints = {"followers": Msg(_NO_FOLLOWERS), "link_clicks": Msg(_CONTENT), "ctr": Msg(_CONTENT)}
    return _source(head, layout, cols, shown, measures, "date", per_post=False, hints=hints)


def _source(head: Head, layout: Msg, cols: dict[str, int], shown: dict[str, str], measures: dict[str, Measure],
            date_key: str, per_post: bool, check: RowCheck | None = None,
            hints: dict[str, Msg] | None = None) -> ImportSource:
    table = Table(table_rows(head.file, body_start(head)), cols, cols[date_key], DateParser(native="MD"),
                  available(measures, cols), "x", summed=per_post, per_post=per_post, decimal=head.file.decimal,
                  check=check, sheet=head.file.sheet, headers=shown)
    sample = head_column(head, cols[date_key])
    learn_dates(table, sample)
    boundary = day_boundary(sample)
    return TableSource(head.path, layout, table, head.rows[0][1], notes=[Note(boundary)] if boundary else [],
                       hints=hints)
