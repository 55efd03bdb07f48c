"""Where a goal stands today: its latest value against the target line.

The status is what the goal list shows as a chip; it compares the latest
combined figure with the value the target line expected on that date, within
the tolerance band.  A goal behind its line is "at risk" when its trend (the
forecast) misses the deadline by more than AT_RISK_LATE_DAYS or never gets
there; without a forecast, when it is behind by more than AT_RISK_BANDS bands.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from planner.domain import series, trajectory
from planner.domain.forecast import Forecast, forecast
from planner.domain.catalog import Direction
from planner.domain.goals import Goal, Observation
from planner.domain.i18n import QT_TRANSLATE_NOOP

#: Without a forecast: behind by more than this many band half-widths is "at risk" rather than "behind".
AT_RISK_BANDS = 3.0
#: Behind, and the forecast reaches the target more than this many days after the deadline: "at risk".
AT_RISK_LATE_DAYS = 14


class Status(StrEnum):
    NO_DATA = "no_data"
    ON_TRACK = "on_track"
    AHEAD = "ahead"
    BEHIND = "behind"
    AT_RISK = "at_risk"
    DONE = "done"
    MISSED = "missed"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]


STATUS_LABELS = {
    Status.NO_DATA: QT_TRANSLATE_NOOP("status", "No figures yet"),
    Status.ON_TRACK: QT_TRANSLATE_NOOP("status", "On track"),
    Status.AHEAD: QT_TRANSLATE_NOOP("status", "Ahead"),
    Status.BEHIND: QT_TRANSLATE_NOOP("status", "Behind"),
    Status.AT_RISK: QT_TRANSLATE_NOOP("status", "At risk"),
    Status.DONE: QT_TRANSLATE_NOOP("status", "Done"),
    Status.MISSED: QT_TRANSLATE_NOOP("status", "Missed"),
}


@dataclass(frozen=True)
class Progress:
    status: Status
    current: float | None = None
    current_date: date | None = None
    expected: float | None = None  # the target line's value on current_date
    #: how far from baseline to target the goal has come, 0-100 (may exceed either end)
    percent: float = 0.0
    #: current minus expected, signed so that positive is better in the KPI's direction
    lead: float = 0.0
    #: KPI units per week needed from the current value (from today) to reach the target by the
    #: deadline, signed like the KPI (negative for lower-is-better); None when done or out of time
    catch_up_per_week: float | None = None
    #: when ahead: days from today until the target line overtakes the current value, if it stays flat
    buffer_days: int | None = None
    #: the forecast's date for reaching the target (None: never, or no forecast)
    projected_date: date | None = None
    #: the forecast's value on the deadline (None: no forecast)
    projected_value: float | None = None
    forecast: Forecast | None = None


def assess(goal: Goal, observations: Iterable[Observation], today: date, fc: Forecast | None = None) -> Progress:
    """Where *goal* stands on *today*; *fc* is its forecast when the caller has it already."""
    observations = list(observations)
    points = series.combined(goal, observations)
    if not points:
        return Progress(Status.MISSED if today > goal.deadline else Status.NO_DATA)
    when, current = points[-1]
    span = goal.target - goal.baseline
    percent = 100.0 * (current - goal.baseline) / span if span else 100.0
    expected = trajectory.expected(goal, when)
    sign = 1.0 if goal.kpi_def.direction is Direction.UP else -1.0
    lead = sign * (current - expected)
    reached = not goal.kpi_def.better(goal.target, current)
    tol = trajectory.tolerance(goal)
    fc = fc or forecast(goal, observations, today)
    if reached:
        status = Status.DONE
    elif today > goal.deadline:
        status = Status.MISSED
    elif lead > tol:
        status = Status.AHEAD
    elif lead >= -tol:
        status = Status.ON_TRACK
    elif fc.ok:
        status = Status.AT_RISK if fc.misses_deadline(AT_RISK_LATE_DAYS) else Status.BEHIND
    elif lead >= -AT_RISK_BANDS * tol:
        status = Status.BEHIND
    else:
        status = Status.AT_RISK
    active = status not in (Status.DONE, Status.MISSED)
    return Progress(status, current, when, expected, percent, lead,
                    catch_up_per_week=_catch_up(goal, current, max(today, when)) if active else None,
                    buffer_days=_buffer(goal, current, today) if active and lead > 0 else None,
                    projected_date=fc.reaches_on, projected_value=fc.deadline_value,
                    forecast=fc if fc.ok else None)


def _catch_up(goal: Goal, current: float, start: date) -> float | None:
    days = (goal.deadline - start).days
    return 7.0 * (goal.target - current) / days if days > 0 else None


def _buffer(goal: Goal, current: float, today: date) -> int:
    """Days until the target line is at least as good as *current* (the line moves one way: bisect)."""
    kpi = goal.kpi_def

    def overtaken(day: int) -> bool:
        return not kpi.better(current, trajectory.expected(goal, today + timedelta(days=day)))

    lo, hi = 0, max(0, (goal.deadline - today).days)
    while lo < hi:
        mid = (lo + hi) // 2
        if overtaken(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo
