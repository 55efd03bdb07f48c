"""Google Analytics 4 report downloads: website traffic and conversions from social sources.

With a ``Session source / medium`` column only rows from social sources count,
per platform; a table with only a Date dimension covers all traffic, which the
layout name says.
"""

from __future__ import annotations

from planner.exchange.importers.dates import DateParser
from planner.exchange.importers.model import Cell, ImportSource
from planner.exchange.importers.rollup import (
    Table, TableSource, available, body_start, head_column, header_map, learn_dates, norm, ratio, text_rows, total,
)
from planner.exchange.importers.text import Head

_COLS = {
    "date": ("date",),
    "source": ("session source / medium", "session source/medium", "source / medium",
               "first user source / medium", "session source", "source"),
    "sessions": ("sessions",), "engaged": ("engaged sessions",), "key events": ("key events", "conversions"),
}
_MEASURES = {
    "website_visits": total("sessions"),
    "conversions": total("key events"),
    "conversion_rate": ratio(("key events",), ("sessions",)),
    "bounce_rate": ratio(("engaged",), ("sessions",), complement=True),
}
_SOURCES = {
    "facebook": "facebook", "fb": "facebook", "facebook.com": "facebook", "m.facebook.com": "facebook",
    "l.facebook.com": "facebook", "lm.facebook.com": "facebook", "web.facebook.com": "facebook",
    "instagram": "instagram", "ig": "instagram", "instagram.com": "instagram", "l.instagram.com": "instagram",
    "twitter": "x", "x": "x", "t.co": "x", "twitter.com": "x", "x.com": "x",
    "linkedin": "linkedin", "linkedin.com": "linkedin", "lnkd.in": "linkedin",
    "youtube": "youtube", "youtube.com": "youtube", "m.youtube.com": "youtube",
    "tiktok": "tiktok", "tiktok.com": "tiktok", "pinterest": "pinterest", "pinterest.com": "pinterest",
    "snapchat": "snapchat", "snapchat.com": "snapchat",
}
_SOCIAL_MEDIUMS = {"social", "social-network", "social-media", "social media", "sm", "paid_social",
                   "paidsocial", "paid-social", "organic_social", "social_organic", "organic-social"}
_NOT_SOCIAL = object()


def social_platform(source_medium: str) -> object:
    """The catalog platform of a social 'source / medium' (None: social, platform unknown), else _NOT_SOCIAL."""
    source, _, medium = source_medium.strip().rpartition(" / ")
    if not _:
        source, medium = source_medium.strip(), ""
    for token in source.casefold().split("|"):
        platform = _SOURCES.get(token.strip())
        if platform is not None:
            return platform
    return None if norm(medium) in _SOCIAL_MEDIUMS else _NOT_SOCIAL


def detect(head: Head) -> ImportSource | None:
    header = head.rows[0][1]
    cols, shown = header_map(header, _COLS)
    ga_like = any(p.startswith("#") for p in head.preamble) or "engaged" in cols or "source" in cols
    if "sessions" not in cols or not ga_like:
        return None
    measures = available(_MEASURES, cols)
    skip = body_start(head)
    if "date" not in cols:
        return ImportSource(head.path, "Google Analytics 4 report without a Date column", "website", (), header,
                            "the report sums a whole period: export it with Date as a dimension")
    source = cols.get("source")

    def social_only(cells: list[Cell]) -> str | None:
        if source is None or len(cells) <= source:
            return None
        return "" if social_platform(str(cells[source])) is _NOT_SOCIAL else None

    def platform_of(cells: list[Cell]) -> str | None:
        return social_platform(str(cells[source])) if source is not None else None  # type: ignore[return-value]

    layout = ("Google Analytics 4 report by date and session source / medium (social sources only)"
              if source is not None else "Google Analytics 4 report by date (all traffic sources in the file)")
    table = Table(text_rows(head.file, skip), cols, cols["date"], DateParser(expected="YYYYMMDD"), measures,
                  "website", source is not None, head.file.decimal, check=social_only, platform_of=platform_of,
                  headers=shown)
    learn_dates(table, head_column(head, cols["date"]))
    return TableSource(head.path, layout, table, header)
