"""A goal in words: the one-sentence summary the detail pane, the wizard and the PDF show."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from planner.domain import catalog
from planner.domain.catalog import Direction, KpiKind, Period
from planner.domain.goals import Goal, Shape
from planner.ui.formatting import fill, format_date, format_value, translated


def platform_names(goal: Goal) -> str:
    names = [translated("catalog", catalog.platform(p).name) for p in goal.platform_ids]
    return QCoreApplication.translate("describe", ", ").join(names) if names else QCoreApplication.translate(
        "describe", "no platform chosen")


def goal_sentence(goal: Goal) -> str:
    """E.g. "Raise Followers on Instagram from 1,200 to 2,400 between 24/05/2026 and 24/03/2027"."""
    kpi = goal.kpi_def
    template = (QCoreApplication.translate("describe", "Raise %1 on %2 from %3 to %4 between %5 and %6.")
                if kpi.direction is Direction.UP else
                QCoreApplication.translate("describe", "Lower %1 on %2 from %3 to %4 between %5 and %6."))
    values = (translated("catalog", kpi.name), platform_names(goal), format_value(kpi, goal.baseline, goal.currency),
              format_value(kpi, goal.target, goal.currency), format_date(goal.start), format_date(goal.deadline))
    return fill(template, *values)


#: The target line in words, by the KPI's kind (and period) and the goal's shape.
SHAPES = {
    (KpiKind.TOTAL, None, Shape.LINEAR): QT_TRANSLATE_NOOP("describe", "a straight line: the same rise every week"),
    (KpiKind.TOTAL, None, Shape.GROWTH): QT_TRANSLATE_NOOP("describe", "steady percentage growth"),
    (KpiKind.FLOW, Period.WEEK, Shape.LINEAR): QT_TRANSLATE_NOOP(
        "describe", "a staircase, one equal step a week (the KPI counts per week)"),
    (KpiKind.FLOW, Period.WEEK, Shape.GROWTH): QT_TRANSLATE_NOOP(
        "describe", "a staircase, one step a week, each a steady percentage higher"),
    (KpiKind.FLOW, Period.MONTH, Shape.LINEAR): QT_TRANSLATE_NOOP(
        "describe", "a staircase, one equal step a month (the KPI counts per month)"),
    (KpiKind.FLOW, Period.MONTH, Shape.GROWTH): QT_TRANSLATE_NOOP(
        "describe", "a staircase, one step a month, each a steady percentage higher"),
    (KpiKind.FLOW, Period.DAY, Shape.LINEAR): QT_TRANSLATE_NOOP("describe", "a straight line, day by day"),
    (KpiKind.FLOW, Period.DAY, Shape.GROWTH): QT_TRANSLATE_NOOP("describe", "steady percentage growth, day by day"),
    (KpiKind.RATE, None, Shape.LINEAR): QT_TRANSLATE_NOOP(
        "describe", "monthly steps of the same size (a rate moves month by month)"),
    (KpiKind.RATE, None, Shape.GROWTH): QT_TRANSLATE_NOOP("describe", "monthly steps, each a steady percentage higher"),
}


def shape_text(goal: Goal) -> str:
    """The target line as the chart draws it (trajectory.line): a ramp for totals, steps of the KPI's
    period for amounts per week or month, monthly steps for rates; straight or by a steady percentage."""
    kpi = goal.kpi_def
    period = (kpi.period or Period.WEEK) if kpi.kind is KpiKind.FLOW else None
    return translated("describe", SHAPES[(kpi.kind, period, goal.shape)])
