"""Tracking: the trend of the figures against the deadline."""

from __future__ import annotations

from planner.domain import units
from planner.domain.i18n import QT_TRANSLATE_NOOP
from planner.domain.realism.context import _Context
from planner.domain.realism.findings import Finding, Severity
from planner.domain.realism.rulebook import LIMITS
from planner.domain.realism.text import MODEL_WORDS
from planner.domain.units import Quantity

def _off_track(ctx: _Context) -> list[Finding]:
    goal, fc = ctx.goal, ctx.fc
    tracking = goal.start <= ctx.today <= goal.deadline and fc.ok and ctx.points[-1][0] >= goal.start
    if not tracking or ctx.reached or not fc.misses_deadline(LIMITS.off_track_days):
        return []
    values: dict[str, Quantity | str] = {
        "kpi": units.word(ctx.kpi.name), "target": units.value(ctx.kpi, goal.target, goal.currency),
        "deadline": units.when(goal.deadline), "weeks": units.weeks(max(1, round(fc.span_days / 7))),
        "model": units.word(MODEL_WORDS[fc.model], "findings")}
    numbers: dict[str, float | str | None] = {"days_late": fc.days_late, "deadline_value": fc.deadline_value}
    if fc.reaches_on is None:
        template = QT_TRANSLATE_NOOP("findings", "At the trend of the last {weeks}, {kpi} will not reach "
                                                 "{target}.")
    else:
        values |= {"date": units.when(fc.reaches_on), "days": units.days(fc.days_late)}
        template = QT_TRANSLATE_NOOP("findings", "At the trend of the last {weeks}, {kpi} reaches {target} on "
                                                 "{date}, {days} after the deadline.")
    return [Finding("off_track", Severity.WARNING, template, values,
                    QT_TRANSLATE_NOOP("findings", "A {model} trend fitted to your recent figures."),
                    QT_TRANSLATE_NOOP("findings", "Change what you do, or move the deadline."), numbers)]

