"""The target line: what value a goal expects on any date.

Its shape follows the KPI's kind (DOMAIN.md): a running total ramps from the
baseline to the target (straight, or by a steady percentage); a rate is a
level that steps up once a month; a flow (visits per week) is a staircase, one
step per period the KPI counts.  Every shape starts at the baseline on the
start date and reaches the target on the deadline.

The plan's seasons bend the line (``seasons``): it runs straight (or by a
steady percentage) in effective time, so it is flat through a pause and twice
as steep through a ×2 season, and the rest of it rises as much more gently (or
steeply) as it takes to reach the target on the deadline all the same.  A
staircase keeps its steps on the calendar (the periods the figures are
counted in); each step's height follows the bent line.  Without seasons the
line is exactly the straight one.

Around the line runs the tolerance band: on any date, TOLERANCE of the way
the line has come from the baseline by then, on either side.  It widens with
the line, from nothing at the start to TOLERANCE of the whole distance on the
deadline.  A band of one width all along (TOLERANCE of the whole distance)
would widen as the target is raised, so that early in a goal a figure behind a
modest line would be "on course" for a bigger target: raising a target must
never make a goal look better (tests/domain/test_verdict.py).
"""

from __future__ import annotations

import math
from datetime import date, timedelta

from planner.domain.catalog import Direction, KpiKind, Period
from planner.domain import seasons as seasons_
from planner.domain.goals import Goal, Shape
from planner.domain.units import PERIOD_DAYS

#: Rates move in monthly steps: a rate measured over fewer days is mostly noise.
RATE_STEP_DAYS = PERIOD_DAYS[Period.MONTH]
#: Half the width of the tolerance band, as a share of the distance the target line has come from the
#: baseline.  Our own judgement: on the deadline, within 5% of the whole distance is what a marketer
#: still calls "nearly there"; before it, the band is the same share of the progress expected by then.
TOLERANCE = 0.05
#: Beyond this many steps a staircase is drawn as samples: finer than a screen or a page can show.
MAX_DRAWN_STEPS = 400


def _interpolate(goal: Goal, fraction: float) -> float:
    b, t = goal.baseline, goal.target
    if goal.shape is Shape.GROWTH and b > 0 and t > 0:
        # in logs: t / b can overflow for tiny baselines
        return math.exp(math.log(b) + (math.log(t) - math.log(b)) * fraction)
    return b + (t - b) * fraction


def step_days(goal: Goal) -> float | None:
    """Length of one step of the target line in days, or None for a smooth ramp."""
    kpi = goal.kpi_def
    if kpi.kind is KpiKind.RATE:
        return RATE_STEP_DAYS
    if kpi.kind is KpiKind.FLOW:
        return PERIOD_DAYS[kpi.period or Period.WEEK]
    return None


def _bent(goal: Goal, fraction: float) -> float:
    """The share of the goal's effective time gone when *fraction* of its calendar time is (``seasons``);
    *fraction* itself without seasons, or when seasons pause the whole goal (nothing to bend then)."""
    if not goal.seasons or fraction <= 0 or fraction >= 1:
        return fraction
    total = goal.active_days
    if total <= 0:
        return fraction
    return seasons_.effective_at(goal.seasons, goal.start, fraction * goal.days) / total


def expected(goal: Goal, when: date) -> float:
    """The value the target line expects on *when* (baseline before start, target after deadline)."""
    total = goal.days
    if total <= 0 or when >= goal.deadline:
        return goal.target
    elapsed = (when - goal.start).days
    if elapsed <= 0:
        return goal.baseline
    fraction = elapsed / total
    step = step_days(goal)
    if step is not None:
        steps = max(1, math.ceil(total / step))
        fraction = min(math.floor(elapsed / step), steps) / steps
    return _interpolate(goal, _bent(goal, fraction))


def needed_per_day(goal: Goal, value: float, when: date, today: date) -> float | None:
    """KPI units an ordinary day (outside every season) that take *value* (measured on *when*) to the
    target by the deadline, from today (or from *when*, if later); None when no day is left (or every day
    left is paused).  The verdict and the findings both quote it."""
    first = max(today, when)
    if (goal.deadline - first).days <= 0:
        return None
    days = seasons_.effective_days(goal.seasons, first, goal.deadline)
    return (goal.target - value) / days if days > 0 else None


def tolerance(goal: Goal, when: date) -> float:
    """Half the width of the band around the target line on *when*."""
    return tolerance_at(goal, expected(goal, when))


def tolerance_at(goal: Goal, line_value: float) -> float:
    """Half the band's width where the target line is at *line_value*."""
    return TOLERANCE * abs(line_value - goal.baseline)


def edge(goal: Goal, when: date) -> float:
    """The band's edge the figures must stay above (below, for a lower-is-better KPI) on *when*."""
    return edge_at(goal, expected(goal, when))


def edge_at(goal: Goal, line_value: float) -> float:
    """The band's edge the figures must stay on the right side of, where the line is at *line_value*."""
    sign = 1.0 if goal.kpi_def.direction is Direction.UP else -1.0
    return line_value - sign * tolerance_at(goal, line_value)


def line(goal: Goal, points: int = 200) -> list[tuple[date, float]]:
    """Points to draw the target line with: every step corner, or *points* samples of a ramp."""
    total = goal.days
    if total <= 0:
        return [(goal.start, goal.baseline), (goal.deadline, goal.target)]
    step = step_days(goal)
    if step is None or total / step > MAX_DRAWN_STEPS:
        n = max(2, min(points if step is None else 2 * MAX_DRAWN_STEPS, total + 1))
        days = {round(i * total / (n - 1)) for i in range(n)}
        if step is None:  # the ramp bends where a season starts and ends: draw those corners exactly
            days |= {(d - goal.start).days for d in seasons_.corners(goal.seasons, goal.start, goal.deadline)}
        days = sorted(days)
        return [(goal.start + timedelta(days=d), expected(goal, goal.start + timedelta(days=d))) for d in days]
    out: list[tuple[date, float]] = []
    steps = max(1, math.ceil(total / step))
    for k in range(steps):
        day = goal.start + timedelta(days=math.ceil(k * step))
        if day >= goal.deadline:
            break
        value = expected(goal, day)
        if out:
            out.append((day, out[-1][1]))  # the riser of the staircase
        out.append((day, value))
    out.append((goal.deadline, out[-1][1]))
    out.append((goal.deadline, goal.target))
    return out
