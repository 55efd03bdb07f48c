"""Tracking: the trend of the figures against the deadline."""

from __future__ import annotations

from planner.domain.i18n import QT_TRANSLATE_NOOP
from planner.domain.realism.context import _Context
from planner.domain.realism.findings import Finding, Severity
from planner.domain.realism.rulebook import LIMITS
from planner.domain.realism.text import _date, _value

def _off_track(ctx: _Context) -> list[Finding]:
    goal, fc = ctx.goal, ctx.fc
    tracking = goal.start <= ctx.today <= goal.deadline and fc.ok and ctx.points[-1][0] >= goal.start
    if not tracking or ctx.reached or not fc.misses_deadline(LIMITS.off_track_days):
        return []
    values = {"kpi": ctx.kpi.name, "target": _value(ctx.kpi, goal.target), "deadline": _date(goal.deadline),
              "weeks": str(max(1, round(fc.span_days / 7))), "model": str(fc.model)}
    numbers: dict[str, float | str | None] = {"days_late": fc.days_late, "deadline_value": fc.deadline_value}
    if fc.reaches_on is None:
        template = QT_TRANSLATE_NOOP("findings", "At the trend of the last {weeks} weeks, {kpi} will not reach "
                                                 "{target}.")
    else:
        values |= {"date": _date(fc.reaches_on), "days": str(fc.days_late)}
        template = QT_TRANSLATE_NOOP("findings", "At the trend of the last {weeks} weeks, {kpi} reaches {target} on "
                                                 "{date}, {days} days after the deadline.")
    return [Finding("off_track", Severity.WARNING, template, values,
                    QT_TRANSLATE_NOOP("findings", "A {model} trend fitted to your recent figures."),
                    QT_TRANSLATE_NOOP("findings", "Change what you do, or move the deadline."), numbers)]

