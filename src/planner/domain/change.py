"""Period over period: a goal's figure for its last complete period against the one before and a year before.

The owner's question at a review is "did this week do better than last week, and than this week last
year?".  A period's figure (``periods``) is, for an amount per period, the figure dated in that period
(the latest, if several were entered); for a rate, the latest figure in it; for a running total, the
latest figure on or before its last day (followers carry over from one week to the next).  The change
is signed in the KPI's own units; whether it is good news depends on the KPI's direction, so ``better``
says it.  The check-in screen, the chart's side panel and the PDF all read this one function.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from planner.domain import periods, series
from planner.domain.catalog import KpiKind
from planner.domain.goals import Goal, Observation
from planner.domain.periods import Span


@dataclass(frozen=True)
class Compared:
    """One period's figure against an earlier period's; ``earlier`` None when that period has no figure."""

    span: Span
    value: float
    earlier_span: Span
    earlier: float | None

    @property
    def delta(self) -> float | None:
        return None if self.earlier is None else self.value - self.earlier

    @property
    def percent(self) -> float | None:
        """The change as a share of the earlier figure (None without one, or from zero)."""
        if self.earlier is None or self.earlier == 0:
            return None
        return 100.0 * (self.value - self.earlier) / abs(self.earlier)


@dataclass(frozen=True)
class PeriodChange:
    """The last complete period against the previous one and against the same period a year before."""

    goal_id: int | None
    previous: Compared
    last_year: Compared

    @property
    def span(self) -> Span:
        return self.previous.span

    @property
    def value(self) -> float:
        return self.previous.value


def value_in(goal: Goal, points: list[tuple[date, float]], span: Span) -> float | None:
    """*goal*'s figure for *span*, from its combined series (oldest first); None when it has none."""
    if goal.kpi_def.kind is KpiKind.TOTAL:
        before = [v for d, v in points if d <= span.last]
        return before[-1] if before else None
    inside = [v for d, v in points if d in span]
    return inside[-1] if inside else None


def period_change(goal: Goal, observations: Iterable[Observation], today: date) -> PeriodChange | None:
    """The change of *goal*'s last complete period (by *today*); None when that period has no figure."""
    points = series.combined(goal, observations)
    span = periods.last_complete(goal, today)
    value = value_in(goal, points, span)
    if value is None:
        return None
    previous = periods.shifted(goal, span, -1)
    year_ago = periods.shifted(goal, span, -periods.per_year(goal))
    return PeriodChange(goal.id, Compared(span, value, previous, value_in(goal, points, previous)),
                        Compared(span, value, year_ago, value_in(goal, points, year_ago)))


def better(goal: Goal, compared: Compared) -> bool | None:
    """True when the change is good news in the KPI's direction, False when bad, None when unknown or flat."""
    delta = compared.delta
    if delta is None or delta == 0:
        return None
    return goal.kpi_def.better(compared.value, compared.earlier)
