"""What every rule reads: the goal, its figures, its forecast, and the engine's own limits."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from planner.domain import series
from planner.domain.benchmarks import THRESHOLDS, Benchmark
from planner.domain.catalog import Direction, Kpi
from planner.domain.forecast import Forecast, forecast
from planner.domain.goals import Goal, Observation
from planner.domain.progress import AT_RISK_LATE_DAYS

@dataclass(frozen=True)
class Limits:
    """The engine's own limits (published-figure limits: benchmarks.THRESHOLDS)."""

    own_pace_min_points: int = 3  # figures needed to judge the account's own pace ...
    own_pace_min_days: int = 14  # ... spread over at least this many days
    own_pace_warning: float = 3.0  # needed pace / own pace: warning from here
    own_pace_error: float = 10.0  # ... error ("unrealistic") from here
    min_days: int = 14  # a shorter goal is too short to measure
    max_months: float = 24.0  # a longer goal is too long to steer without milestones
    min_hours_per_week: float = 2.0  # an aggressive goal with less time (and no budget) lacks resources
    off_track_days: int = AT_RISK_LATE_DAYS  # the forecast may reach the target this late
    max_percent: float = 100.0


LIMITS = Limits()
MONTH_DAYS = 365.25 / 12
#: The monthly growth of these KPIs is what the benchmark table's growth rows measure.
GROWTH_METRIC = {"followers": "audience_growth_rate"}
#: Rates judged as a multiple of the platform's typical figure (BENCHMARKS.md: engagement per follower).
MULTIPLE_RULE_METRICS = frozenset({"engagement_rate_followers"})


@dataclass(frozen=True)
class _OwnPace:
    needed: float  # per day, in the KPI's direction (positive: the goal needs progress)
    history: float  # per day, in the KPI's direction (the trend on the latest figure's date)
    weeks: int  # the history window

    @property
    def ratio(self) -> float | None:
        return self.needed / self.history if self.history > 0 else None


@dataclass(frozen=True)
class _Growth:
    cmgr: float  # percent per month the goal needs
    months: float
    base: float  # the follower count the growth is measured from
    total: float  # target / base


@dataclass(frozen=True)
class _Context:
    goal: Goal
    kpi: Kpi
    today: date
    table: tuple[Benchmark, ...]
    points: list[tuple[date, float]]
    fc: Forecast
    own: _OwnPace | None
    growth: _Growth | None

    @property
    def sign(self) -> float:
        return 1.0 if self.kpi.direction is Direction.UP else -1.0

    @property
    def reached(self) -> bool:
        return bool(self.points) and not self.kpi.better(self.goal.target, self.points[-1][1])


def _has_history(fc: Forecast) -> bool:
    """Enough figures, over enough days, to judge the account by its own pace."""
    return fc.ok and fc.n >= LIMITS.own_pace_min_points and fc.span_days >= LIMITS.own_pace_min_days


def _own_pace(goal: Goal, kpi: Kpi, points: list[tuple[date, float]], fc: Forecast) -> _OwnPace | None:
    """The pace needed from the latest figure and the trend's pace there; None when not needed or unknown."""
    if not _has_history(fc) or fc.fit is None:
        return None
    when, latest = points[-1]
    days_left = (goal.deadline - when).days
    sign = 1.0 if kpi.direction is Direction.UP else -1.0
    needed = sign * (goal.target - latest)
    if days_left <= 0 or needed <= 0:
        return None
    return _OwnPace(needed / days_left, sign * fc.fit.per_day(when), max(1, round(fc.span_days / 7)))


def _growth(goal: Goal, has_history: bool) -> _Growth | None:
    """The compound monthly growth the goal needs, for KPIs the growth benchmarks cover.

    Small accounts grow faster in percentage terms: below THRESHOLDS.small_account
    they are judged by their own pace when there is one; without, growth is
    measured from the small-account size, so that a few hundred followers more
    is not "unrealistic" but a million is.
    """
    if goal.kpi not in GROWTH_METRIC or goal.days <= 0:
        return None
    small = goal.baseline < THRESHOLDS.small_account
    if small and has_history:
        return None
    base = max(goal.baseline, THRESHOLDS.small_account) if small else goal.baseline
    if goal.target <= base:
        return None
    months = goal.days / MONTH_DAYS
    total = goal.target / base
    return _Growth(100.0 * (math.exp(min(math.log(total) / months, 700.0)) - 1), months, base, total)


def _context(goal: Goal, observations: Iterable[Observation], today: date,
             table: Iterable[Benchmark], fc: Forecast | None) -> _Context:
    observations = list(observations)
    kpi = goal.kpi_def
    points = series.combined(goal, observations)
    fc = fc or forecast(goal, observations, today)
    return _Context(goal, kpi, today, tuple(table), points, fc, _own_pace(goal, kpi, points, fc),
                    _growth(goal, _has_history(fc)))

