"""The benchmark table's model: a row, its statistic, its sample's size band, and how rows are looked up."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from planner.domain import catalog
from planner.domain.i18n import QT_TRANSLATE_NOOP


class FigureKind(StrEnum):
    """The statistic a figure is: the words a finding uses must match it."""

    MEDIAN = "median"
    MEAN = "mean"  # "average" in most reports
    TYPICAL = "typical"  # the report says "typical" or gives a rule of thumb, without a statistic
    TOP_DECILE = "top_decile"  # what the best 10% reach
    TOP_QUINTILE = "top_quintile"  # what the best 20% reach
    TOP_QUARTILE = "top_quartile"  # what the best 25% reach (the 75th percentile)
    STRONGEST = "strongest"  # the report's "strongest" accounts, without a stated percentile
    INDUSTRY_RANGE = "industry_range"  # the lowest to the highest industry's median
    MIDDLE_RANGE = "middle_range"  # where the middle of the sample lies (e.g. "half of channels")
    EXPECTED = "expected"  # what customers say they expect (a survey)

    @property
    def words(self) -> str:
        """How a finding names the statistic (English; context "findings")."""
        return _KIND_WORDS[self]


_KIND_WORDS = {
    FigureKind.MEDIAN: QT_TRANSLATE_NOOP("findings", "typical (median)"),
    FigureKind.MEAN: QT_TRANSLATE_NOOP("findings", "average (mean)"),
    FigureKind.TYPICAL: QT_TRANSLATE_NOOP("findings", "typical"),
    FigureKind.TOP_DECILE: QT_TRANSLATE_NOOP("findings", "top 10%"),
    FigureKind.TOP_QUINTILE: QT_TRANSLATE_NOOP("findings", "top 20%"),
    FigureKind.TOP_QUARTILE: QT_TRANSLATE_NOOP("findings", "top 25%"),
    FigureKind.STRONGEST: QT_TRANSLATE_NOOP("findings", "strongest accounts"),
    FigureKind.INDUSTRY_RANGE: QT_TRANSLATE_NOOP("findings", "range of industry medians"),
    FigureKind.MIDDLE_RANGE: QT_TRANSLATE_NOOP("findings", "usual range"),
    FigureKind.EXPECTED: QT_TRANSLATE_NOOP("findings", "what customers expect"),
}


class Mark(StrEnum):
    """How the figure was seen (BENCHMARKS.md)."""

    P = "P"  # on the publisher's own page
    Q = "Q"  # quoted in a secondary write-up
    D = "D"  # derived here by arithmetic from a published figure


class Traffic(StrEnum):
    """Whether the figure counts organic posts, paid ones, or both."""

    ORGANIC = "organic"
    PAID = "paid"
    BOTH = "organic and paid"
    UNSTATED = "not stated"
    NONE = "not applicable"  # surveys, posting counts


class Band(StrEnum):
    """Account-size bands, by followers: rates and growth fall as accounts grow."""

    UNDER_1K = "under_1k"
    FROM_1K = "1k_10k"
    FROM_10K = "10k_100k"
    OVER_100K = "over_100k"

    @property
    def sizes(self) -> tuple[float, float]:
        return _BAND_SIZES[self]

    @property
    def words(self) -> str:
        return _BAND_WORDS[self]


_BAND_SIZES = {Band.UNDER_1K: (0.0, 1_000.0), Band.FROM_1K: (1_000.0, 10_000.0),
               Band.FROM_10K: (10_000.0, 100_000.0), Band.OVER_100K: (100_000.0, math.inf)}
_BAND_WORDS = {
    Band.UNDER_1K: QT_TRANSLATE_NOOP("findings", "accounts under 1,000 followers"),
    Band.FROM_1K: QT_TRANSLATE_NOOP("findings", "accounts of 1,000 to 10,000 followers"),
    Band.FROM_10K: QT_TRANSLATE_NOOP("findings", "accounts of 10,000 to 100,000 followers"),
    Band.OVER_100K: QT_TRANSLATE_NOOP("findings", "accounts over 100,000 followers"),
}


def band_of(followers: float) -> Band:
    """The size band of an account with *followers* followers."""
    return next(b for b in Band if followers < b.sizes[1])


#: Metrics with a definition no catalog KPI shares: never compared with a goal's figure as if they were
#: its KPI; a threshold may still be derived from them (the rulebook says how).
OWN_METRICS: dict[str, str] = {
    "engagement_rate_views": "engagements divided by video views (TikTok, YouTube)",
    "organic_reach_share": "people reached organically by a post, as a share of the account's followers",
    "organic_ctr_reach": "link clicks on organic posts divided by the people the posts reached",
    "store_conversion_all": "orders divided by sessions, from every traffic source (not only social)",
    "ad_cost_per_lead_usd": "ad spend divided by the leads the ads brought, in US dollars",
    "profile_actions": "calls, website clicks and direction requests from a business profile in a month",
    "profile_reviews_total": "reviews a business has on Google, all time",
    "hours_per_week_social": "hours a week a business spends on social media (survey)",
}

ALL_SIZES = (0.0, math.inf)
#: The year the table was last checked against its sources (../shared/BENCHMARK_AUDIT.md, November 2026).
REVIEWED = 2026
#: A figure whose data is older than this many years is called old in a finding.
OLD_AFTER_YEARS = 5


@dataclass(frozen=True)
class Benchmark:
    """One published figure.  ``platform`` None means social media as a whole."""

    id: str  # stable, for citing a row from a threshold and in docs/benchmarks.md
    platform: str | None
    metric: str
    kind: FigureKind
    low: float
    high: float
    publisher: str
    report: str
    year: int  # the year of the data (a report published in 2025 usually has 2024 data)
    url: str
    sample: str  # who was measured
    definition: str  # numerator / denominator, as the report defines them
    traffic: Traffic
    mark: Mark
    sizes: tuple[float, float] = ALL_SIZES  # followers of the sample's accounts: [low, high)
    note: str = ""

    @property
    def mid(self) -> float:
        return (self.low + self.high) / 2

    @property
    def citation(self) -> str:
        """'Publisher, Report (Year)': how a finding tells the owner where a figure comes from (titles stay as
        published, so no view translates it)."""
        return f"{self.publisher}, {self.report} ({self.year})"

    @property
    def source(self) -> str:
        """'Publisher, Report (Year data)', saying when the figure is derived: the table's and the JSON's
        reference, for readers who check the figure (findings cite ``citation``)."""
        text = f"{self.publisher}, {self.report} ({self.year} data)"
        return f"derived from {text}" if self.mark is Mark.D else text

    @property
    def age(self) -> int:
        """Years from the data to the table's review (a finding says so when the figure is old)."""
        return REVIEWED - self.year

    def covers(self, followers: float) -> bool:
        """True when the sample's accounts were of about this size."""
        return self.sizes[0] <= followers < self.sizes[1]


class IncomparableBenchmark(ValueError):
    """A figure was compared with a benchmark of another definition."""


def lookup(metric: str, platform: str | None, kinds: Iterable[FigureKind] | None,
           table: Iterable[Benchmark], followers: float | None = None) -> tuple[Benchmark, ...]:
    """Rows measuring exactly *metric*, for *platform* or for social media as a whole.

    Only the same metric is ever returned: a per-follower rate never gets a
    per-impression row, even though both are called "engagement rate".  With
    *followers*, only rows whose sample had accounts of that size.
    """
    wanted = None if kinds is None else frozenset(kinds)
    return tuple(b for b in table
                 if b.metric == metric
                 and (platform is None or b.platform in (platform, None))
                 and (wanted is None or b.kind in wanted)
                 and (followers is None or b.covers(followers)))


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
