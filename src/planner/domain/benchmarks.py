"""Published benchmark figures, and the thresholds we derive from them.

Every row keeps its publisher, report and year (../shared/BENCHMARKS.md), so a
warning can say where its number comes from.  A row's ``metric`` is the
catalog KPI it measures; two figures are comparable only when they measure
the same metric, which is also how the three engagement-rate denominators
(followers, reach, impressions) are kept apart: ``lookup`` and ``compare``
never mix them.  Figures whose definition no catalog KPI shares (engagement
per *view*, organic reach as a share of followers) carry their own metric id
from ``OWN_METRICS`` and are never compared with a goal.

Values are in the KPI's unit: percent as 0-100, hours for response time, and
percent per month for ``audience_growth_rate``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from planner.domain import catalog


class FigureKind(StrEnum):
    TYPICAL = "typical"  # an average or "typical" figure as the report words it
    MEDIAN = "median"
    INDUSTRY_RANGE = "industry_range"  # lowest to highest industry's figure
    STRONG = "strong"  # what the best performers reach (e.g. top 10%, a strong month)
    EXPECTED = "expected"  # what customers expect (service)
    FLAG = "flag"  # ours: above this a target deserves a warning
    CEILING = "ceiling"  # ours: above this a target is unrealistic


class Mark(StrEnum):
    """How the figure was seen (BENCHMARKS.md)."""

    P = "P"  # on the publisher's own page
    Q = "Q"  # quoted in a secondary write-up
    D = "D"  # derived here by arithmetic from a published figure


#: Metrics with a definition no catalog KPI shares: kept for the record, never compared.
OWN_METRICS: dict[str, str] = {
    "engagement_rate_views": "engagements divided by video views (TikTok, YouTube)",
    "organic_reach_share": "people reached organically as a share of followers",
}


@dataclass(frozen=True)
class Benchmark:
    """One published figure (or our threshold derived from one).

    ``platform`` None means the figure covers social media as a whole.
    """

    platform: str | None
    metric: str
    kind: FigureKind
    low: float
    high: float
    publisher: str
    report: str
    year: int
    mark: Mark
    note: str = ""

    @property
    def mid(self) -> float:
        return (self.low + self.high) / 2

    @property
    def citation(self) -> str:
        """'Publisher, Report (Year)': how an owner is told where a figure comes from."""
        return f"{self.publisher}, {self.report} ({self.year})"

    @property
    def source(self) -> str:
        """'Publisher, Report (Year)' as a warning cites it; derived figures say so."""
        text = f"{self.publisher}, {self.report} ({self.year})"
        return f"derived from {text}" if self.mark is Mark.D else text


@dataclass(frozen=True)
class Thresholds:
    """BENCHMARKS.md "Suggested thresholds": ours, derived from the figures below.

    Per-platform limits (engagement ceilings, CTR and conversion flags) are
    rows of the table with kind FLAG or CEILING, so that they carry their source.
    """

    growth_ambitious: float = 5.0  # %/month: above this, advice
    growth_unrealistic: float = 15.0  # %/month sustained for ...
    growth_unrealistic_months: float = 3.0  # ... this many months or more
    growth_unrealistic_year: float = 10.0  # %/month sustained for ...
    growth_unrealistic_year_months: float = 12.0  # ... a year
    small_account: float = 1000.0  # followers: below, judge by the account's own pace
    small_account_own_pace: float = 3.0  # small accounts: flag above this multiple of own pace
    engagement_flag_multiple: float = 3.0  # x the platform median: warning
    engagement_unrealistic_multiple: float = 10.0  # x the platform median: error
    response_advice_hours: float = 24.0  # a response-time target longer than this gets advice
    response_suggested_hours: float = 4.0  # working hours customers expect
    response_x_complaint_hours: float = 1.0  # complaints on X
    posts_min_per_week: float = 1.0  # below: too little to move anything


THRESHOLDS = Thresholds()

_ERF, _ERI, _ERV = "engagement_rate_followers", "engagement_rate_impressions", "engagement_rate_views"
_GROWTH, _REACH = "audience_growth_rate", "organic_reach_share"
_T, _M, _IR, _S, _E, _F, _C = (FigureKind.TYPICAL, FigureKind.MEDIAN, FigureKind.INDUSTRY_RANGE,
                               FigureKind.STRONG, FigureKind.EXPECTED, FigureKind.FLAG, FigureKind.CEILING)
_P, _Q, _D = Mark.P, Mark.Q, Mark.D
_RIQ = "Social Media Industry Benchmark Report"
_RIQ_TT = "TikTok Benchmark Report"
_SI = "Social media benchmarks"
_BUF = "State of Social Media Engagement"
_TM = "Social media audience growth study"
_BEST = "our ceiling: about the best industry's median (BENCHMARKS.md suggested thresholds)"


def _b(platform: str | None, metric: str, kind: FigureKind, low: float, high: float | None,
       publisher: str, report: str, year: int, mark: Mark, note: str = "") -> Benchmark:
    return Benchmark(platform, metric, kind, low, low if high is None else high,
                     publisher, report, year, mark, note)


BENCHMARKS: tuple[Benchmark, ...] = (
    # Engagement rate per follower
    _b("facebook", _ERF, _M, 0.06, None, "Rival IQ", _RIQ, 2023, _Q, "2,100 brands"),
    _b("facebook", _ERF, _M, 0.063, None, "Rival IQ", _RIQ, 2024, _Q, "2,100 brands"),
    _b("facebook", _ERF, _T, 0.15, None, "Socialinsider", _SI, 2026, _Q, "average; same figure in 2023"),
    _b("facebook", _ERF, _C, 0.6, None, "Rival IQ", _RIQ, 2024, _D, _BEST),
    _b("instagram", _ERF, _T, 0.47, None, "Rival IQ", _RIQ, 2023, _Q),
    _b("instagram", _ERF, _IR, 0.14, 2.10, "Rival IQ", _RIQ, 2025, _Q, "by industry"),
    _b("instagram", _ERF, _T, 0.60, None, "Socialinsider", _SI, 2023, _P, "average"),
    _b("instagram", _ERF, _T, 0.48, None, "Socialinsider", _SI, 2026, _Q, "average"),
    _b("instagram", _ERF, _C, 3.0, None, "Rival IQ", _RIQ, 2025, _D, _BEST + "; 2-3%"),
    _b("x", _ERF, _T, 0.035, None, "Rival IQ", _RIQ, 2023, _Q),
    _b("x", _ERF, _T, 0.029, None, "Rival IQ", _RIQ, 2024, _Q),
    _b("x", _ERF, _T, 0.015, None, "Rival IQ", _RIQ, 2025, _Q),
    _b("x", _ERF, _T, 0.05, None, "Socialinsider", _SI, 2023, _P, "average"),
    _b("x", _ERF, _T, 0.12, None, "Socialinsider", _SI, 2026, _Q, "average"),
    _b("x", _ERF, _C, 0.3, None, "Rival IQ", _RIQ, 2025, _D, _BEST),
    _b("tiktok", _ERF, _T, 4.1, None, "Rival IQ", _RIQ_TT, 2022, _P),
    _b("tiktok", _ERF, _T, 2.6, None, "Rival IQ", _RIQ_TT, 2024, _P),
    _b("tiktok", _ERF, _C, 15.0, None, "Rival IQ", _RIQ_TT, 2024, _D, _BEST),
    # Engagement rate per view: its own denominator, no catalog KPI shares it
    _b("tiktok", _ERV, _T, 5.10, None, "Socialinsider", "TikTok benchmarks", 2023, _P),
    _b("tiktok", _ERV, _IR, 2.6, 9.2, "Rival IQ", _RIQ_TT, 2024, _Q, "by industry"),
    # Engagement rate per impression
    _b("facebook", _ERI, _T, 5.07, None, "Buffer", _BUF, 2025, _Q),
    _b("linkedin", _ERI, _T, 5.2, None, "Socialinsider", _SI, 2026, _Q),
    _b("linkedin", _ERI, _M, 6.5, None, "Buffer", _BUF, 2025, _Q),
    _b("linkedin", _ERI, _C, 15.0, None, "Buffer", _BUF, 2025, _D,
       "our ceiling: per impression about 15% (BENCHMARKS.md suggested thresholds)"),
    _b("youtube", _ERI, _T, 4.41, None, "Buffer", _BUF, 2025, _Q,
       "listed per impression in BENCHMARKS.md; compared only with the per-impression KPI"),
    # Audience growth, percent per month
    _b("instagram", _GROWTH, _M, 6.0, 8.0, "TrackMaven", _TM, 2015, _Q, "26,965 brands, 2015 data"),
    _b("facebook", _GROWTH, _T, 1.5, None, "TrackMaven", _TM, 2015, _Q, "2015 data"),
    _b("facebook", _GROWTH, _M, 2.8, None, "Fanpage Karma", "Facebook page growth study", 2013, _D,
       "median 0.64%/week, 60,000 pages"),
    _b("facebook", _GROWTH, _S, 10.0, None, "Fanpage Karma", "Facebook page growth study", 2013, _D,
       "top 10% of pages: 2.22%/week"),
    _b("linkedin", _GROWTH, _T, 3.0, 4.0, "TrackMaven", _TM, 2015, _D, "from TrackMaven's platform ratios"),
    _b("x", _GROWTH, _T, 0.0, 2.7, "TrackMaven", _TM, 2015, _D, "under about 2.7%, from platform ratios"),
    _b("pinterest", _GROWTH, _T, 0.0, 2.7, "TrackMaven", _TM, 2015, _D, "under about 2.7%, from platform ratios"),
    _b("tiktok", _GROWTH, _T, 2.0, 3.0, "Rival IQ", _RIQ_TT, 2022, _Q,
       "at least 2-3%; over 5% for accounts under 50k followers"),
    _b("tiktok", _GROWTH, _M, 9.6, None, "Emplifi", "Social media benchmarks", 2026, _D, "+200% a year median"),
    _b("youtube", _GROWTH, _T, 4.0, 5.0, "Pew Research Center", "A Week in the Life of Popular YouTube Channels",
       2019, _D, "27% in six months for channels with 250k+ subscribers; 43,770 channels"),
    # Organic reach as a share of followers (no catalog KPI: kept for the record)
    _b("facebook", _REACH, _T, 5.2, None, "Hootsuite", "Digital report", 2020, _Q),
    _b("facebook", _REACH, _T, 7.7, None, "Hootsuite", "Digital report", 2018, _Q),
    _b("facebook", _REACH, _T, 11.0, None, "Locowise", "Facebook organic reach study", 2015, _P,
       "pages under 10k likes; 500 pages"),
    _b("facebook", _REACH, _T, 5.0, None, "Locowise", "Facebook organic reach study", 2015, _P,
       "pages over 100k likes"),
    _b("instagram", _REACH, _T, 16.85, None, "Socialinsider", "Instagram study", 2022, _Q,
       "feed posts, accounts under 5k followers"),
    _b("instagram", _REACH, _T, 8.53, None, "Socialinsider", "Instagram study", 2022, _Q,
       "feed posts, accounts over 100k followers"),
    _b("instagram", _REACH, _M, 37.7, None, "Minter.io", "Instagram reach study", 2019, _P,
       "accounts with 0-20k followers"),
    _b("instagram", _REACH, _M, 19.1, None, "Minter.io", "Instagram reach study", 2019, _P,
       "accounts with 1M+ followers"),
    # Click-through rate (link clicks per impression)
    _b("facebook", "ctr", _T, 0.90, None, "WordStream", "Facebook ads benchmarks", 2017, _Q, "ads, link CTR"),
    _b("facebook", "ctr", _T, 1.71, None, "LocaliQ/WordStream", "Facebook ads benchmarks", 2025, _Q,
       "ads, traffic campaigns"),
    _b("facebook", "ctr", _T, 2.59, None, "LocaliQ/WordStream", "Facebook ads benchmarks", 2025, _Q,
       "ads, lead campaigns"),
    _b("facebook", "ctr", _IR, 0.80, 4.13, "LocaliQ/WordStream", "Facebook ads benchmarks", 2025, _Q,
       "ads, by industry"),
    _b("facebook", "ctr", _T, 2.5, 3.0, "Echobox", "Facebook link posts", 2023, _P,
       "organic link posts of publishers; same in 2021"),
    _b("facebook", "ctr", _F, 4.0, None, "LocaliQ/WordStream", "Facebook ads benchmarks", 2025, _D,
       "our flag for ads (BENCHMARKS.md suggested thresholds)"),
    _b("facebook", "ctr", _F, 5.0, None, "Echobox", "Facebook link posts", 2023, _D,
       "our flag for organic link posts (BENCHMARKS.md suggested thresholds)"),
    _b("linkedin", "ctr", _T, 0.44, 0.65, "The B2B House", "LinkedIn ad benchmarks", 2022, _Q,
       "Sponsored Content; an updated web page, year of its 2022 edition"),
    _b("linkedin", "ctr", _F, 1.3, None, "The B2B House", "LinkedIn ad benchmarks", 2022, _D,
       "our flag for Sponsored Content (BENCHMARKS.md suggested thresholds)"),
    # Conversion rate (conversions per visit)
    _b("facebook", "conversion_rate", _T, 9.21, None, "WordStream", "Facebook ads benchmarks", 2017, _Q, "ads"),
    _b("facebook", "conversion_rate", _T, 8.78, None, "LocaliQ", "Facebook ads benchmarks", 2024, _Q,
       "lead campaigns"),
    _b("facebook", "conversion_rate", _F, 20.0, None, "LocaliQ", "Facebook ads benchmarks", 2024, _D,
       "our flag for lead ads (BENCHMARKS.md suggested thresholds)"),
    _b(None, "conversion_rate", _T, 0.38, 0.74, "Monetate", "Ecommerce Quarterly", 2013, _Q,
       "e-commerce visits from social, 2012-13"),
    _b("facebook", "conversion_rate", _T, 1.5, None, "Oribi", "Social traffic conversion study", 2020, _P,
       "e-commerce visits from Facebook"),
    _b("instagram", "conversion_rate", _T, 0.8, None, "Oribi", "Social traffic conversion study", 2020, _P,
       "e-commerce visits from Instagram"),
    _b(None, "conversion_rate", _F, 3.0, None, "Oribi", "Social traffic conversion study", 2020, _D,
       "our flag for organic social e-commerce (BENCHMARKS.md suggested thresholds)"),
    # Bounce rate of visitors from social
    _b("facebook", "bounce_rate", _T, 48.0, None, "Monetate", "Ecommerce Quarterly", 2012, _P),
    _b(None, "bounce_rate", _T, 70.0, 90.0, "SimplicityDX", "Social commerce report", 2022, _P),
    # Customer service
    _b(None, "response_time_hours", _E, 4.0, None, "Sprout Social", "Sprout Social Index", 2016, _Q,
       "what customers expect"),
    _b(None, "response_time_hours", _T, 10.0, None, "Sprout Social", "Sprout Social Index", 2016, _Q,
       "what brands average"),
    _b("x", "response_time_hours", _E, 1.0, None, "Lithium/Millward Brown", "Consumer expectations survey",
       2013, _Q, "53% expect a reply within 1 h, 72% for complaints"),
    # Posting
    _b("facebook", "posts_per_week", _T, 4.7, None, "Rival IQ", _RIQ, 2024, _Q, "observed, 2023-24"),
    _b("instagram", "posts_per_week", _T, 4.5, None, "Rival IQ", _RIQ, 2024, _Q, "observed, 2023-24"),
    _b("x", "posts_per_week", _T, 3.9, None, "Rival IQ", _RIQ, 2024, _Q, "observed, 2023-24"),
    _b("tiktok", "posts_per_week", _T, 2.0, None, "Rival IQ", _RIQ_TT, 2024, _Q, "observed, 2023-24"),
)


class IncomparableBenchmark(ValueError):
    """A figure was compared with a benchmark of another definition."""


def lookup(metric: str, platform: str | None = None, kinds: Iterable[FigureKind] | None = None,
           table: Iterable[Benchmark] = BENCHMARKS) -> tuple[Benchmark, ...]:
    """Rows measuring exactly *metric*, for *platform* or for social media as a whole.

    Only the same metric is ever returned: a per-follower rate never gets a
    per-impression row, even though both are called "engagement rate".
    """
    wanted = None if kinds is None else frozenset(kinds)
    return tuple(b for b in table
                 if b.metric == metric
                 and (platform is None or b.platform in (platform, None))
                 and (wanted is None or b.kind in wanted))


def compare(metric: str, value: float, row: Benchmark) -> float:
    """How many times *row*'s figure *value* is; refuses a row of another definition."""
    if row.metric != metric:
        raise IncomparableBenchmark(f"{metric} ({_denominator(metric)}) cannot be compared with "
                                    f"{row.metric} ({_denominator(row.metric)})")
    return value / row.mid if row.mid else float("inf")


def newest(rows: Iterable[Benchmark]) -> Benchmark | None:
    """The most recent row (organic figures fall year on year: prefer the newest)."""
    return max(rows, key=lambda b: b.year, default=None)


def _denominator(metric: str) -> str:
    if catalog.is_kpi(metric):
        return f"per {catalog.kpi(metric).denominator or 'unit'}"
    return OWN_METRICS.get(metric, "unknown definition")
