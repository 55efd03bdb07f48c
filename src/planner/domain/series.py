"""One series per goal from figures recorded per platform.

A goal on several platforms gets figures for each; its progress is judged on
their combination: the sum of the latest value of each platform for totals and
flows, their mean for rates.  A figure recorded for all platforms at once
(platform None) stands for the goal on its date.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from itertools import groupby

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
