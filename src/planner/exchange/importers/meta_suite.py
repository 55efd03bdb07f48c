"""Meta Business Suite exports (2023+): daily metric files and Instagram/Facebook post files."""

from __future__ import annotations

from planner.exchange.importers.dates import DateParser
from planner.exchange.importers.model import ImportSource
from planner.exchange.importers.rollup import (
    Table, TableSource, available, body_start, find, head_column, header_map, learn_dates, norm, ratio, text_rows, total,
)
from planner.exchange.importers.text import Head

# The title line names the metric; what it becomes in the catalog (None: no catalog KPI fits).
_TITLES: dict[str, str | None] = {
    "reach": "reach", "views": "impressions", "impressions": "impressions", "visits": "page_views",
    "profile visits": "page_views", "page visits": "page_views", "interactions": "engagements",
    "content interactions": "engagements", "link clicks": "link_clicks", "follows": None, "new follows": None,
    "unfollows": None, "followers": None,
}
_CHANGE_NOTE = "daily new follows are a change, not a follower total; without a known starting count they " \
               "cannot give followers"

_IG_COLS = {
    "publish": ("publish time",), "views": ("views",), "reach": ("reach",), "likes": ("likes",),
    "shares": ("shares",), "comments": ("comments",), "saves": ("saves",),
}
_IG = {
    "impressions": total("views"),
    "reach": total("reach"),
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
    "impressions": total("views"),
    "reach": total("reach"),
    "likes": total("reactions"),
    "shares": total("shares"),
    "engagements": total("reactions", "comments", "shares"),
    "engagement_rate_reach": ratio(("reactions", "comments", "shares"), ("reach",)),
    "link_clicks": total("link clicks"),
    "ctr": ratio(("link clicks",), ("views",)),
}


def detect(head: Head) -> ImportSource | None:
    rows = head.rows
    if len(rows) >= 2 and len(rows[0][1]) == 1 and [norm(c) for c in rows[1][1][:2]] == ["date", "primary"]:
        return _daily(head)
    header = rows[0][1]
    names = {norm(h) for h in header}
    if not {"post id", "publish time"} <= names:
        return None
    if "account username" in names:
        platform, cols_spec, measures = "instagram", _IG_COLS, _IG
    elif names & {"page id", "page name"}:
        platform, cols_spec, measures = "facebook", _FB_COLS, _FB
    else:
        return None
    cols, shown = header_map(header, cols_spec)  # the first of Facebook's two "Views" columns
    table = Table(text_rows(head.file, body_start(head)), cols, cols["publish"], DateParser("MD"),
                  available(measures, cols), platform, True, head.file.decimal, empty_is_zero=True, headers=shown)
    learn_dates(table, head_column(head, cols["publish"]))
    name = "Instagram" if platform == "instagram" else "Facebook"
    return TableSource(head.path, f"Meta Business Suite {name} posts (one row per post, by publish time)",
                       table, header, "empty metric cells count as 0")


def _daily(head: Head) -> ImportSource:
    title = head.rows[0][1][0].strip()
    words = norm(title).split(" ", 1)
    platform = words[0] if words[0] in ("facebook", "instagram") else None
    metric = words[1] if platform and len(words) > 1 else norm(title)
    kpi = _TITLES.get(metric)
    note = "" if kpi else (_CHANGE_NOTE if metric in ("follows", "new follows", "unfollows")
                           else f"the metric {title!r} has no matching KPI in the planner")
    header = head.rows[1][1]
    cols = {"date": 0, "value": find(header, "primary") or 1}
    table = Table(text_rows(head.file, body_start(head, 2)), cols, 0, DateParser(),
                  available({kpi: total("value")} if kpi else {}, cols), platform, False, head.file.decimal,
                  headers={"value": title})
    learn_dates(table, head_column(head, 0, 2))
    return TableSource(head.path, f"Meta Business Suite daily metric ({title})", table, header, note)
