"""A goal in words: the one-sentence summary the detail pane, the wizard and the PDF show."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from planner.domain import catalog
from planner.domain.catalog import Direction
from planner.domain.goals import Goal
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
