"""Google Analytics 4 report downloads: website traffic and conversions, from social sources or in all.

With a ``Session source / medium`` dimension only rows from social media count,
each for its platform, recognised by the patterns GA4 really records: domains
(``l.facebook.com``, ``t.co``), UTM sources (``fb``, ``ig``), Meta ads
placements as mediums (``Instagram_Stories``, ``Facebook_Mobile_Feed``,
``FB-Paid_…``) and social mediums (``social``, ``paid_social``).  Social rows of
no known platform are skipped and counted, never given a platform.  A report
with only a Date dimension covers all traffic, which its layout says; one
without a Date dimension gives one total for its period, dated by the
preamble's range, when the range is the period the goal counts.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from collections.abc import Callable, Iterator
from datetime import date

from planner.domain import catalog
from planner.domain.catalog import KpiKind, Period
from planner.domain.i18n import QT_TRANSLATE_NOOP
from planner.exchange.importers.columns import body_start, head_column, header_map, table_rows
from planner.exchange.importers.dates import DateParser
from planner.exchange.importers.model import Cell, ImportSource, Item, Note, Skipped, Watch
from planner.exchange.importers.rollup import Measure, Table, TableSource, available, learn_dates, ratio, rollup, total
from planner.exchange.importers.text import Head
from planner.exchange.messages import PERIOD_WORDS, Counted, Day, KpiName, Msg

_COLS = {
    "date": ("date",),
    "source": ("session source / medium", "session source/medium", "source / medium",
               "first user source / medium", "session source", "source"),
    "sessions": ("sessions",), "engaged": ("engaged sessions",), "key events": ("key events", "conversions"),
    "users": ("active users", "total users", "users"), "events": ("event count",),
}
_SESSIONS = {
    "website_visits": total("sessions"),
    "conversions": total("key events"),
    "conversion_rate": ratio(("key events",), ("sessions",)),
    "bounce_rate": ratio(("engaged",), ("sessions",), complement=True),
}
_USERS = {"website_visits": total("users"), "conversions": total("key events")}

# Sources by name (exact, after "www." and a port are dropped) and by the domains they end with.
_EXACT = {
    "facebook": "facebook", "fb": "facebook", "fb.me": "facebook", "facebook_ads": "facebook", "fbads": "facebook",
    "instagram": "instagram", "ig": "instagram", "instagram_ads": "instagram",
    "twitter": "x", "x": "x", "t.co": "x", "tweetdeck": "x",
    "linkedin": "linkedin", "lnkd.in": "linkedin",
    "youtube": "youtube", "youtu.be": "youtube",
    "tiktok": "tiktok", "pinterest": "pinterest", "pin.it": "pinterest", "snapchat": "snapchat",
}
_DOMAINS = {"facebook.com": "facebook", "instagram.com": "instagram", "twitter.com": "x", "x.com": "x",
            "linkedin.com": "linkedin", "youtube.com": "youtube", "tiktok.com": "tiktok",
            "pinterest.com": "pinterest", "snapchat.com": "snapchat"}
# Meta ads placements and paid mediums: the platform the ad was shown on.
_PLACEMENT = re.compile(r"^(?:(instagram|ig)[_\-]|(facebook|fb)[_\-])", re.I)
#: Sources that are social media whose platform cannot be told: Meta's Audience Network and Messenger,
#: "meta" itself (Facebook or Instagram).
_META_OTHER = {"an", "msg", "messenger", "meta", "audience_network"}
_SOCIAL_MEDIUMS = {"social", "social-network", "social-media", "social media", "social network", "sm",
                   "paid_social", "paidsocial", "paid-social", "paid social", "organic_social", "social_organic",
                   "organic-social", "social_paid", "social-paid"}
_PAID = re.compile(r"^(.*cp.*|ppc|retargeting|paid.*)$")  # GA4's own rule for a paid medium
NOT_SOCIAL = "not social"
UNKNOWN = "unknown"


def _source_platform(source: str) -> str | None:
    for token in source.split("|"):
        name = token.strip().casefold().split(":")[0]
        name = name.removeprefix("www.").removeprefix("m.").removeprefix("l.").removeprefix("lm.")
        if name in _EXACT:
            return _EXACT[name]
        for domain, platform in _DOMAINS.items():
            if name == domain or name.endswith("." + domain):
                return platform
        for word in ("facebook", "instagram", "linkedin", "pinterest", "tiktok", "youtube", "snapchat", "twitter"):
            if word in name:
                return _EXACT[word]
    return None


def social_platform(source_medium: str) -> str:
    """The catalog platform of a 'source / medium', UNKNOWN for social media of no known platform, or
    NOT_SOCIAL."""
    source, sep, medium = source_medium.strip().rpartition(" / ")
    if not sep:
        source, medium = source_medium.strip(), ""
    medium = medium.strip()
    placement = _PLACEMENT.match(medium)
    if placement:
        return "instagram" if placement.group(1) else "facebook"
    platform = _source_platform(source)
    if platform is not None:
        return platform
    first = source.split("|")[0].strip().casefold()
    folded = medium.casefold()
    if first in _META_OTHER or folded in _META_OTHER or folded in _SOCIAL_MEDIUMS:
        return UNKNOWN
    if "social" in folded and _PAID.match(folded.replace("social", "").strip("_- ")) is not None:
        return UNKNOWN
    return NOT_SOCIAL


def _preamble_day(head: Head, name: str) -> date | None:
    value = head.preamble_value(name)
    if value is None or not value.isdigit() or len(value) != 8:
        return None
    try:
        return date(int(value[:4]), int(value[4:6]), int(value[6:]))
    except ValueError:
        return None


class GA4Source(TableSource):
    """Rows by session source / medium, each for its platform; a goal on Website takes every social row.

    GA4 writes no row for a day (and source) without sessions: a day of the report's range without a row had
    none.  A report without a Date dimension gives one total per source for its whole range.
    """

    zero_days = True

    def __init__(self, *args, source_col: int | None = None, daily: bool = True, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.source_col = source_col
        self.daily = daily
        self.zero_days = daily
        self.platform = "website"  # the site's analytics; each row's platform is where its visits came from

    def _figures(self, kpi: str, platforms: tuple[str, ...], watch: Watch) -> Iterator[Item]:
        table, col = self.table, self.source_col
        if col is not None and "website" in platforms:
            table = replace(table, check=_social_only(col, keep_unknown=True), platform_of=lambda cells: "website")
        return rollup(table, kpi, platforms, watch)


def detect(head: Head) -> ImportSource | None:
    header = head.rows[0][1]
    cols, shown = header_map(header, _COLS)
    hashed = any(p.startswith("#") for p in head.preamble)
    if not (hashed or "engaged" in cols or "source" in cols):
        return None
    if not cols.keys() & {"sessions", "users", "events", "key events"}:
        return None
    skip = body_start(head)
    source_col = cols.get("source")
    users = "sessions" not in cols and "users" in cols
    measures = available(_USERS if users else _SESSIONS, cols)
    name = "Google Analytics 4"
    if "sessions" not in cols and "users" not in cols:
        return ImportSource(head.path, Msg(QT_TRANSLATE_NOOP("import", "Google Analytics 4 report without sessions or "
                                                                       "users")), "website", (), header,
                            refusal=Msg(QT_TRANSLATE_NOOP(
                                "import", "This Google Analytics 4 report has neither sessions nor users. In "
                                          "Analytics, open Reports, Acquisition, Traffic acquisition, add the Sessions "
                                          "metric (with Date and Session source / medium as dimensions), then "
                                          "download the file again.")))
    notes: list[Note] = []
    if users:
        notes.append(Note(Msg(QT_TRANSLATE_NOOP("import", "This report has no Sessions: {column} is taken as the "
                                                          "visits, counting people rather than visits (lower when "
                                                          "people come back)."), column=shown["users"]), warning=True))
    rows = table_rows(head.file, skip)
    date_col = cols.get("date")
    period: tuple[date, date] | None = None
    start, end = _preamble_day(head, "Start date"), _preamble_day(head, "End date")
    covers = (start, end) if start is not None and end is not None and start <= end else None
    if date_col is None:
        if covers is None:
            return ImportSource(head.path, Msg(QT_TRANSLATE_NOOP("import", "Google Analytics 4 report without a Date "
                                                                           "dimension")), "website", (), header,
                                refusal=Msg(QT_TRANSLATE_NOOP(
                                    "import", "This report has no Date dimension and no date range: add Date as a "
                                              "dimension in Analytics and download it again.")))
        period = covers
        date_col = len(header)
        rows = _dated(rows, covers[1].isoformat(), date_col)
        measures, hints = _period_measures(measures, *covers)
    else:
        hints = {}
    check = _social_only(source_col) if source_col is not None else None

    def platform_of(cells: list[Cell]) -> str | None:
        return social_platform(str(cells[source_col]))

    if source_col is not None:
        layout = (Msg(QT_TRANSLATE_NOOP("import", "{name} report by date and session source / medium (social media "
                                                  "only)"), name=name) if period is None else
                  Msg(QT_TRANSLATE_NOOP("import", "{name} report by session source / medium for {start} to {end} "
                                                  "(social media only, one total)"),
                      name=name, start=Day(period[0]), end=Day(period[1])))
    else:
        layout = (Msg(QT_TRANSLATE_NOOP("import", "{name} report by date (all traffic, not only social media)"),
                      name=name) if period is None else
                  Msg(QT_TRANSLATE_NOOP("import", "{name} report for {start} to {end} (all traffic, one total)"),
                      name=name, start=Day(period[0]), end=Day(period[1])))
    if period is not None:
        notes.append(Note(Msg(QT_TRANSLATE_NOOP("import", "The report has no Date dimension: it gives one total for "
                                                          "{start} to {end}, dated {end}."),
                              start=Day(period[0]), end=Day(period[1]))))
    table = Table(rows, cols, date_col, DateParser(expected="YYYYMMDD"), measures,
                  None if source_col is not None else "website", summed=True, decimal=head.file.decimal,
                  check=check, platform_of=platform_of if source_col is not None else None, sheet=head.file.sheet,
                  headers=shown)
    if period is None:
        learn_dates(table, head_column(head, date_col))
    return GA4Source(head.path, layout, table, header, notes=notes, hints=hints, source_col=source_col,
                     daily=period is None, covers=covers)


def _dated(rows, day: str, col: int):
    """The rows with the period's last day added as a date column."""
    def dated(watch: Watch | None):
        for number, cells in rows(watch):
            yield number, list(cells) + [""] * (col - len(cells)) + [day]
    return dated


def _period_measures(measures: dict[str, Measure], start: date, end: date) -> tuple[dict[str, Measure],
                                                                                    dict[str, Msg]]:
    """The KPIs one total over *start*..*end* can stand for: a rate always, a count only over its own period."""
    days = (end - start).days + 1
    whole_month = start.day == 1 and end == date(start.year, start.month,
                                                 calendar.monthrange(start.year, start.month)[1])
    keep: dict[str, Measure] = {}
    hints: dict[str, Msg] = {}
    for kpi, m in measures.items():
        spec = catalog.kpi(kpi)
        fits = (spec.kind is not KpiKind.FLOW or (spec.period is Period.WEEK and days == 7)
                or (spec.period is Period.MONTH and whole_month) or (spec.period is Period.DAY and days == 1))
        if fits:
            keep[kpi] = m
        else:
            hints[kpi] = Msg(QT_TRANSLATE_NOOP("import", "the report sums {days} ({start} to {end}) with no Date "
                                                         "dimension, and {kpi} counts per {period}. Download it for "
                                                         "one {period}, or add Date as a dimension."),
                             days=Counted("days", days), start=Day(start), end=Day(end), kpi=KpiName(kpi),
                             period=PERIOD_WORDS[spec.period or Period.WEEK])
    return keep, hints


def _social_only(col: int, keep_unknown: bool = False) -> Callable[[int, list[Cell]], Item | None]:
    """Skips rows not from social media, and (unless *keep_unknown*) social rows of no known platform."""
    not_social = Msg(QT_TRANSLATE_NOOP("import", "not from social media"))
    unknown = Msg(QT_TRANSLATE_NOOP("import", "from social media of no known platform (GA4 cannot tell which)"))

    def check(row: int, cells: list[Cell]) -> Item | None:
        if len(cells) <= col:
            return None
        platform = social_platform(str(cells[col]))
        if platform == NOT_SOCIAL:
            return Skipped(row, not_social)
        if platform == UNKNOWN and not keep_unknown:
            return Skipped(row, unknown)
        return None
    return check

