"""What every rule reads: the goal, its figures and forecast, the account's size, and the owner's own evidence.

The owner's history outranks any published figure once there is enough of it
(``rulebook.EVIDENCE``): a trend for running totals and flows, a level (the
median of recent figures) for rates.  Without it, rates and growth are judged
for the account's size band, chosen by the latest follower figure (a followers
goal) or the follower count stored on the goal.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from planner.domain import series, trajectory
from planner.domain.benchmarks import Band, Benchmark, band_of
from planner.domain.catalog import Direction, Kpi, KpiKind, Period
from planner.domain.forecast import Forecast, forecast
from planner.domain.goals import Goal, Observation
from planner.domain.realism.rulebook import EVIDENCE, LIMITS, MONTH_DAYS, RULEBOOK, KpiRule

#: Kept for callers of the first engine: the KPIs whose monthly growth the growth rows measure.
GROWTH_METRIC = {"followers": "audience_growth_rate"}
#: KPIs whose account size is the follower count itself (the latest figure, else the baseline).
SIZE_IS_THE_KPI = frozenset({"followers"})


@dataclass(frozen=True)
class OwnPace:
    needed: float  # per day, in the KPI's direction (positive: the goal needs progress)
    history: float  # per day, in the KPI's direction (the trend on the latest figure's date)
    weeks: int  # the history window

    @property
    def ratio(self) -> float | None:
        return self.needed / self.history if self.history > 0 else None


@dataclass(frozen=True)
class OwnLevel:
    """A rate's demonstrated level: the median of the owner's recent figures."""

    value: float
    figures: int
    weeks: int


@dataclass(frozen=True)
class _Context:
    goal: Goal
    kpi: Kpi
    today: date
    table: tuple[Benchmark, ...]
    points: list[tuple[date, float]]
    fc: Forecast
    rule: KpiRule
    trend: bool  # enough figures for a trend (EVIDENCE)
    own: OwnPace | None
    level: OwnLevel | None
    followers: float | None  # the account's size, when known

    @property
    def sign(self) -> float:
        return 1.0 if self.kpi.direction is Direction.UP else -1.0

    @property
    def reached(self) -> bool:
        return bool(self.points) and not self.kpi.better(self.goal.target, self.points[-1][1])

    @property
    def band(self) -> Band | None:
        return band_of(self.followers) if self.followers is not None else None

    @property
    def months(self) -> float:
        """The goal's time in months of effective time (``Goal.active_days``): a paused season is no month
        of growth, a peak counts for more; what a pace over the whole goal is measured against."""
        return self.goal.active_days / MONTH_DAYS

    @property
    def evidence(self) -> bool:
        """Enough of the owner's own history to outrank published figures: a level for a rate, else a trend."""
        return self.level is not None if self.kpi.kind is KpiKind.RATE else self.trend


def has_trend(fc: Forecast, kpi: Kpi) -> bool:
    """Enough figures, over enough days, to judge the account by its own pace (EVIDENCE)."""
    if kpi.period is Period.MONTH:
        return fc.ok and fc.n >= EVIDENCE.monthly_figures and fc.span_days >= EVIDENCE.monthly_days
    return fc.ok and fc.n >= EVIDENCE.trend_figures and fc.span_days >= EVIDENCE.trend_days


def own_pace(goal: Goal, kpi: Kpi, points: list[tuple[date, float]], fc: Forecast, today: date) -> OwnPace | None:
    """The pace needed from today (from the latest figure) and the trend's pace at the latest figure; None
    when not needed or unknown.  The needed pace is the verdict's (``trajectory.needed_per_day``)."""
    if not has_trend(fc, kpi) or fc.fit is None:
        return None
    when, latest = points[-1]
    sign = 1.0 if kpi.direction is Direction.UP else -1.0
    needed = trajectory.needed_per_day(goal, latest, when, today)
    if needed is None or sign * needed <= 0:
        return None
    return OwnPace(sign * needed, sign * fc.fit.per_day(when), max(1, round(fc.span_days / 7)))


def own_level(points: list[tuple[date, float]]) -> OwnLevel | None:
    """The median of the figures of the last EVIDENCE.level_days, when there are enough of them and it is above 0."""
    if not points:
        return None
    since = points[-1][0] - timedelta(days=EVIDENCE.level_days)
    recent = [v for d, v in points if d >= since]
    if len(recent) < EVIDENCE.level_figures:
        return None
    level = statistics.median(recent)
    if level <= 0:
        return None  # a rate of nothing is no level to step from: published figures judge instead
    first = next(d for d, _ in points if d >= since)
    return OwnLevel(level, len(recent), max(1, round((points[-1][0] - first).days / 7)))


def account_size(goal: Goal, points: list[tuple[date, float]]) -> float | None:
    """The account's followers: a followers goal's latest figure or baseline, else the count stored on the goal."""
    if goal.kpi in SIZE_IS_THE_KPI:
        return points[-1][1] if points else goal.baseline
    return goal.follower_count


def context(goal: Goal, observations: Iterable[Observation], today: date,
            table: Iterable[Benchmark], fc: Forecast | None) -> _Context:
    observations = list(observations)
    kpi = goal.kpi_def
    points = series.combined(goal, observations)
    fc = fc or forecast(goal, observations, today)
    is_rate = kpi.kind is KpiKind.RATE
    return _Context(goal, kpi, today, tuple(table), points, fc, RULEBOOK[goal.kpi], has_trend(fc, kpi),
                    None if is_rate else own_pace(goal, kpi, points, fc, today),
                    own_level(points) if is_rate else None, account_size(goal, points))


def cmgr(start: float, end: float, months: float) -> float:
    """Compound growth a month, percent, from *start* to *end* over *months* (overflow-safe)."""
    return 100.0 * (math.exp(min(math.log(end / start) / months, 700.0)) - 1)


__all__ = ["GROWTH_METRIC", "LIMITS", "MONTH_DAYS", "OwnLevel", "OwnPace", "_Context", "account_size", "cmgr",
           "context", "has_trend", "own_level", "own_pace"]
