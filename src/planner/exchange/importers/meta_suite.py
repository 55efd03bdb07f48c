"""Meta Business Suite exports (2023+): daily metric files and Instagram/Facebook post files."""

from __future__ import annotations

from planner.domain.i18n import QT_TRANSLATE_NOOP
from planner.exchange.importers.columns import body_start, find, head_column, header_map, norm, table_rows
from planner.exchange.importers.dates import DateParser
from planner.exchange.importers.model import ImportSource, Note
from planner.exchange.importers.rollup import Table, TableSource, available, learn_dates, ratio, total
from planner.exchange.importers.text import Head
from planner.exchange.messages import Msg

# The title line names the metric; what it becomes in the catalog (None: no catalog KPI fits).
_TITLES: dict[str, str | None] = {
    "reach": "reach", "views": "impressions", "impressions": "impressions", "visits": "page_views",
    "profile visits": "page_views", "page visits": "page_views", "interactions": "engagements",
    "content interactions": "engagements", "link clicks": "link_clicks", "follows": "new_followers",
    "new follows": "new_followers", "unfollows": None, "followers": None,
}
_FOLLOWS = ("follows", "new follows")

_IG_COLS = {
    "publish": ("publish time",), "views": ("views",), "reach": ("reach",), "likes": ("likes",),
    "shares": ("shares",), "comments": ("comments",), "saves": ("saves",),
}
_IG = {
    "impressions": total("views", at_least="reach"),
    "likes": total("likes"),
    "shares": total("shares"),
    "engagements": total("likes", "comments", "shares", "saves"),
    "engagement_rate_reach": ratio(("likes", "comments", "shares", "saves"), ("reach",)),
}
_FB_COLS = {
    "publish": ("publish time",), "views": ("views",), "reach": ("reach",), "reactions": ("reactions",),
    "comments": ("comments",), "shares": ("shares",), "link clicks": ("link clicks",),
}
_FB = {
    "impressions": total("views", at_least="reach"),
    "likes": total("reactions"),
    "shares": total("shares"),
    "engagements": total("reactions", "comments", "shares"),
    "engagement_rate_reach": ratio(("reactions", "comments", "shares"), ("reach",)),
    "link_clicks": total("link clicks"),
    "ctr": ratio(("link clicks",), ("views",)),
}
_DAILY_FILES = QT_TRANSLATE_NOOP("import", "Meta Business Suite's daily files (Insights, Export data, one metric a "
                                           "day) have them.")
_TWICE = QT_TRANSLATE_NOOP("import", "the reach of single posts cannot be added up, since people reached by two "
                                     "posts are counted twice. Type each week's reach as Meta Business Suite shows "
                                     "it with that week as the date range.")
_WEEK_REACH = QT_TRANSLATE_NOOP("import", "This file has each day's reach. Facebook's page-level export has the "
                                          "reach of each week (Weekly Total Reach); for Instagram, type each week's "
                                          "reach as Meta Business Suite shows it with that week as the date range.")


def detect(head: Head) -> ImportSource | None:
    rows = head.rows
    if len(rows) >= 2 and len([c for c in rows[0][1] if str(c).strip()]) == 1 \
            and [norm(c) for c in rows[1][1][:2]] == ["date", "primary"]:
        return _daily(head)
    header = rows[0][1]
    names = {norm(h) for h in header}
    if not {"post id", "publish time"} <= names:
        return None
    if "account username" in names:
        platform, cols_spec, measures = "instagram", _IG_COLS, _IG
        layout = Msg(QT_TRANSLATE_NOOP("import", "Meta Business Suite Instagram posts (one row per post, by publish "
                                                 "time)"))
    elif names & {"page id", "page name"}:
        platform, cols_spec, measures = "facebook", _FB_COLS, _FB
        layout = Msg(QT_TRANSLATE_NOOP("import", "Meta Business Suite Facebook posts (one row per post, by publish "
                                                 "time)"))
    else:
        return None
    cols, shown = header_map(header, cols_spec)  # the first of Facebook's two "Views" columns
    table = Table(table_rows(head.file, body_start(head)), cols, cols["publish"], DateParser(native="MD"),
                  available(measures, cols), platform, summed=True, per_post=True, decimal=head.file.decimal,
                  empty_is_zero=True, sheet=head.file.sheet, headers=shown)
    learn_dates(table, head_column(head, cols["publish"]))
    notes = [Note(Msg(QT_TRANSLATE_NOOP("import", "Empty metric cells count as 0 (Meta leaves them empty when a post "
                                                  "has none)."))),
             Note(Msg(QT_TRANSLATE_NOOP("import", "Publish times have no time zone: each post counts on the day "
                                                  "written in the file.")))]
    hints = {"reach": Msg(_TWICE), "followers": Msg(_DAILY_FILES), "page_views": Msg(_DAILY_FILES)}
    return TableSource(head.path, layout, table, header, notes=notes, hints=hints)


class _Follows(TableSource):
    gross_follows = True


def _daily(head: Head) -> ImportSource:
    title = str(head.rows[0][1][0]).strip()
    words = norm(title).split(" ", 1)
    platform = words[0] if words[0] in ("facebook", "instagram") else None
    metric = words[1] if platform and len(words) > 1 else norm(title)
    kpi = _TITLES.get(metric)
    header = head.rows[1][1]
    cols = {"date": 0, "value": find([str(c) for c in header], "primary") or 1}
    table = Table(table_rows(head.file, body_start(head, 2)), cols, 0, DateParser(),
                  available({kpi: total("value")} if kpi else {}, cols), platform, decimal=head.file.decimal,
                  sheet=head.file.sheet, headers={"value": title})
    learn_dates(table, head_column(head, 0, 2))
    notes = [Note(Msg(QT_TRANSLATE_NOOP("import", "Meta writes each day with an hour (00:00 or 01:00, moving with "
                                                  "daylight saving time): each row counts on the day written.")))]
    hints: dict[str, Msg] = {}
    kpi_notes: dict[str, list[Note]] = {}
    if metric in _FOLLOWS:
        kpi_notes["new_followers"] = [Note(Msg(QT_TRANSLATE_NOOP(
            "import", "Meta counts new follows in this file, not unfollows: net new followers are lower by the day's "
                      "unfollows.")), warning=True)]
        hints["followers"] = Msg(QT_TRANSLATE_NOOP("import", "it has the day's new follows, not the number of "
                                                             "followers, and no unfollows to rebuild that number "
                                                             "from. Use a New followers goal, or type the figures."))
    elif kpi is None:
        hints = {k: Msg(QT_TRANSLATE_NOOP("import", "the metric “{title}” is not one the planner tracks."), title=title)
                 for k in ("followers", "reach", "impressions", "engagements", "new_followers")}
    cls = _Follows if metric in _FOLLOWS else TableSource
    return cls(head.path, Msg(QT_TRANSLATE_NOOP("import", "Meta Business Suite daily metric ({title})"), title=title),
               table, [str(c) for c in header], notes=notes, hints=hints, kpi_notes=kpi_notes,
               period_hints={"reach": Msg(_WEEK_REACH)})
