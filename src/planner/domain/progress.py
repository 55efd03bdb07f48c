"""Where a goal stands today: its latest value against the target line.

The status is what the goal list shows as a chip; it compares the latest
combined figure with the value the target line expected on that date, within
the tolerance band.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from planner.domain import series, trajectory
from planner.domain.catalog import Direction
from planner.domain.goals import Goal, Observation
from planner.domain.i18n import QT_TRANSLATE_NOOP as _T

#: Behind by more than this many band half-widths is "at risk" rather than "behind".
AT_RISK_BANDS = 3.0


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
    Status.NO_DATA: _T("status", "No figures yet"),
    Status.ON_TRACK: _T("status", "On track"),
    Status.AHEAD: _T("status", "Ahead"),
    Status.BEHIND: _T("status", "Behind"),
    Status.AT_RISK: _T("status", "At risk"),
    Status.DONE: _T("status", "Done"),
    Status.MISSED: _T("status", "Missed"),
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


def assess(goal: Goal, observations: Iterable[Observation], today: date) -> Progress:
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
    if reached:
        status = Status.DONE
    elif today > goal.deadline:
        status = Status.MISSED
    elif lead > tol:
        status = Status.AHEAD
    elif lead >= -tol:
        status = Status.ON_TRACK
    elif lead >= -AT_RISK_BANDS * tol:
        status = Status.BEHIND
    else:
        status = Status.AT_RISK
    return Progress(status, current, when, expected, percent, lead)
