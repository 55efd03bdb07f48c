"""The periods a goal is reviewed in: for an amount per period, the steps of its target line.

A flow ("website visits per week", "leads per month") is an amount per period,
and its target line is a staircase whose steps start on the goal's start date
(``trajectory.step_days``: 7 days, or 365.25 / 12 for a month, so months of 30
and 31 days alternate).  One figure of a flow is the amount of one such period
and is dated on the period's last day, the day its amount is complete.  Imports
that give daily amounts add them up into these periods, a check-in asks for the
figure of the period that ends, and the figures table offers the first period
without a figure: all of them by these functions, so that a figure always sits
on the step of the line it is compared with.

Other KPIs are reviewed in periods too, from the same start date: a rate in the
monthly steps of its line (a rate over fewer days is mostly noise), a running
total (followers) weekly, as the platforms' own insights show it.  Their figures
are levels, not amounts: a period's figure is the latest one in it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta

from planner.domain.catalog import KpiKind, Period
from planner.domain.goals import Goal
from planner.domain.trajectory import RATE_STEP_DAYS, step_days
from planner.domain.units import PERIOD_DAYS

#: A running total is reviewed weekly: our own judgement, the rhythm of the platforms' weekly insights.
TOTAL_REVIEW_DAYS = PERIOD_DAYS[Period.WEEK]
YEAR_DAYS = 365.25


@dataclass(frozen=True)
class Span:
    """The days from *first* to *last*, both included."""

    first: date
    last: date

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.first <= day <= self.last


def counts_in_periods(goal: Goal) -> bool:
    """True for a KPI whose figures are amounts per period (a flow): those are added up per period."""
    return goal.kpi_def.kind is KpiKind.FLOW


def nth(goal: Goal, k: int) -> Span:
    """Period *k* of *goal*: 0 starts on its start date, -1 is the one before it."""
    step = length_days(goal)
    return Span(goal.start + timedelta(days=math.ceil(k * step)),
                goal.start + timedelta(days=math.ceil((k + 1) * step) - 1))


def length_days(goal: Goal) -> float:
    """How many days one period of *goal* lasts (a month is 365.25 / 12)."""
    kind = goal.kpi_def.kind
    if kind is KpiKind.FLOW:
        return step_days(goal) or TOTAL_REVIEW_DAYS
    return RATE_STEP_DAYS if kind is KpiKind.RATE else TOTAL_REVIEW_DAYS


def monthly(goal: Goal) -> bool:
    """True when *goal*'s periods are months (an amount per month, a rate), False for weeks."""
    return length_days(goal) > TOTAL_REVIEW_DAYS


def per_year(goal: Goal) -> int:
    """How many periods make a year: 52 weeks or 12 months (so "a year ago" is the same weekday)."""
    return round(YEAR_DAYS / length_days(goal))


def index(goal: Goal, day: date) -> int:
    """Which period *day* falls in: 0 is the one starting on the goal's start date (before it: negative)."""
    return math.floor((day - goal.start).days / length_days(goal))


def period(goal: Goal, day: date) -> Span:
    """The period of *goal*'s KPI that holds *day* (periods run on before the start and after the deadline)."""
    return nth(goal, index(goal, day))


def shifted(goal: Goal, span: Span, by: int) -> Span:
    """The period *by* periods after *span* (before it, for a negative *by*)."""
    return nth(goal, index(goal, span.first) + by)


def periods(goal: Goal, first: date, last: date) -> list[Span]:
    """Every period that holds a day from *first* to *last*, in order."""
    if last < first:
        return []
    return [nth(goal, k) for k in range(index(goal, first), index(goal, last) + 1)]


def last_complete(goal: Goal, today: date) -> Span:
    """The latest period whose last day is *today* or earlier: the last one whose amount can be known."""
    current = period(goal, today)
    return current if current.last == today else nth(goal, index(goal, today) - 1)
