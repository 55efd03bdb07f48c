"""A goal's verdict in words: the headline (verdict and sentence) and its pace facts.

The header, the chart's side panel, the overview cards and the PDF all take
their words from here, and every number from the domain's formatting
(``units``), so the window and the report say the same thing the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from planner.domain import units
from planner.domain.catalog import Direction
from planner.domain.goals import Goal
from planner.domain.verdict import Assessment, Horizon, Verdict
from planner.ui.formatting import fill, style, text, translated


def headline(a: Assessment) -> str:
    """"Off course · About 131 by 21 January 2027 (target 200); needs +9.4 a week, you do +1.4 a week."."""
    return fill(QCoreApplication.translate("verdict", "%1 · %2"), translated("verdict", a.label), text(a.sentence))


def pace_lines(goal: Goal, a: Assessment) -> list[str]:
    """The pace facts of an open goal, one per line: forecast, paces, buffer, derail date; then the
    needed-by table (its heading is the first line after an empty one)."""
    translate = QCoreApplication.translate
    if a.verdict in (Verdict.ACHIEVED, Verdict.MISSED):
        return [translate("verdict", "The goal is over: there is no pace left to keep.")]
    kpi, st = goal.kpi_def, style()
    w = lambda q: units.write(q, st)  # noqa: E731
    value = lambda x: w(units.value(kpi, x, goal.currency))  # noqa: E731
    pace = lambda per_week: w(units.pace(kpi, per_week / 7, a.pace_period, goal.currency))  # noqa: E731
    lines = []
    if a.forecast_at_deadline is None:
        lines.append(translate("verdict", "No forecast yet: it needs figures on 3 different dates."))
    else:
        lines.append(fill(translate("verdict", "Forecast for the deadline (%1): %2."), w(units.when(goal.deadline)),
                          value(a.forecast_at_deadline)))
        lines.append(fill(translate("verdict", "At this pace the target is reached on %1."),
                          w(units.when(a.reaches_on))) if a.reaches_on is not None else
                     translate("verdict", "At this pace the target is not reached within ten years."))
    if a.needed_per_week is not None:
        lines.append(fill(translate("verdict", "Needed from today: %1."), pace(a.needed_per_week)))
    if a.own_per_week is not None:
        lines.append(fill(translate("verdict", "Your pace: %1."), pace(a.own_per_week)))
    if a.buffer_days is not None:
        if a.buffer_to_deadline:
            lines.append(translate("verdict", "Buffer: the latest figure stays in the band to the deadline, even "
                                              "with no progress."))
        elif a.buffer_days == 0:
            lines.append(translate("verdict", "Buffer: none, the latest figure is out of the band today."))
        else:
            lines.append(fill(translate("verdict", "Buffer: %1 before the latest figure falls out of the band, if "
                                                   "nothing improves."), w(units.days(a.buffer_days))))
    if a.forecast is not None:
        lines.append(fill(translate("verdict", "At this pace the figures leave the band on %1."),
                          w(units.when(a.derail_date))) if a.derail_date is not None else
                     translate("verdict", "At this pace the figures stay in the band to the deadline."))
    if a.needed_by:
        lines.append("")
        lines.append(translate("verdict", "Needed by (the target line, and the least the band allows):")
                     if kpi.direction is Direction.UP else
                     translate("verdict", "Needed by (the target line, and the most the band allows):"))
        when = {Horizon.NEXT_WEEK: translate("verdict", "in a week, %1"),
                Horizon.NEXT_MONTH: translate("verdict", "in a month, %1"),
                Horizon.DEADLINE: translate("verdict", "the deadline, %1")}
        for row in a.needed_by:
            lines.append(fill(translate("verdict", "%1: %2 (%3)"), fill(when[row.horizon], w(units.when(row.when))),
                              value(row.line), value(row.edge)))
    return lines
