"""One series per goal from figures recorded per platform.

A goal on several platforms gets figures for each; its progress is judged on
their combination: the sum of the latest value of each platform for totals and
flows, their mean for rates.  A figure recorded for all platforms at once
(platform None) stands for the goal on its date.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from itertools import groupby

from planner.domain import periods
from planner.domain.catalog import KpiKind
from planner.domain.goals import Goal, Observation


def combined(goal: Goal, observations: Iterable[Observation]) -> list[tuple[date, float]]:
    """The goal's value on each date that has a figure, oldest first."""
    rows = sorted(observations, key=lambda o: (o.date, o.id or 0))
    if len({o.platform for o in rows}) <= 1:  # one series already: the common case, and the quick one
        out: list[tuple[date, float]] = []
        for obs in rows:
            if out and out[-1][0] == obs.date:
                out[-1] = (obs.date, obs.value)
            else:
                out.append((obs.date, obs.value))
        return out
    is_rate = goal.kpi_def.kind is KpiKind.RATE
    latest: dict[str, float] = {}
    out: list[tuple[date, float]] = []
    for day, group in groupby(rows, key=lambda o: o.date):
        overall: float | None = None
        for obs in group:
            if obs.platform is None:
                overall = obs.value
            else:
                latest[obs.platform] = obs.value
        if overall is not None:
            out.append((day, overall))
        elif latest:
            values = list(latest.values())
            out.append((day, sum(values) / len(values) if is_rate else sum(values)))
    return out


def by_platform(observations: Iterable[Observation]) -> dict[str | None, list[tuple[date, float]]]:
    """Each platform's own figures, oldest first (key None: figures for all platforms)."""
    out: dict[str | None, list[tuple[date, float]]] = {}
    for obs in sorted(observations, key=lambda o: (o.date, o.id or 0)):
        out.setdefault(obs.platform, []).append((obs.date, obs.value))
    return out


def cadence_days(days: list[date]) -> float:
    """How many days apart the figures of one series of a running total or a rate are meant to be: the
    usual (median) gap between the figures so far, else one day.  (An amount per period has the goal's
    periods: ``periods``.)"""
    gaps = sorted((b - a).days for a, b in zip(days, days[1:]) if b > a)
    return float(max(1, gaps[len(gaps) // 2])) if gaps else 1.0


def next_figure_date(goal: Goal, observations: Iterable[Observation], platform: str | None,
                     today: date) -> date | None:
    """The date a new figure for *platform* most likely belongs to, never after *today*.

    For an amount per period (visits per week), the last day of the first
    complete period of the goal (``periods``) that has no figure, from its
    start (or its first figure, if earlier) to the last period over by
    *today*; None when each has one, or none is over yet.  For other KPIs:
    today, when it has no figure yet; else the first period since the series
    began (periods of ``cadence_days`` from its first figure) that has none;
    else None: nothing is missing up to today.
    """
    days = sorted({o.date for o in observations if o.platform == platform and o.date <= today})
    if periods.counts_in_periods(goal):
        return _first_period_without(goal, days, today)
    if today not in days:
        return today
    step = cadence_days(days)
    first = days[0]
    k = 0
    while True:
        start = first + timedelta(days=round(k * step))
        end = first + timedelta(days=round((k + 1) * step))
        if start >= today:
            return None
        if not any(start <= d < end for d in days):
            return start
        k += 1


def _first_period_without(goal: Goal, days: list[date], today: date) -> date | None:
    """The last day of the first of *goal*'s periods over by *today* that holds none of *days*."""
    last = periods.last_complete(goal, today)
    span = periods.period(goal, min(days[0], goal.start) if days else goal.start)
    taken = {periods.index(goal, d) for d in days}
    while span.last <= last.last:
        if periods.index(goal, span.first) not in taken:
            return span.last
        span = periods.shifted(goal, span, 1)
    return None
