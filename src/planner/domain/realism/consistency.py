"""Consistency across the goals of one plan: funnel goals on the same platforms and period must multiply out.

impressions (or reach) x CTR = link clicks; link clicks >= website visits;
website visits x conversion rate = conversions.  Goals measure a week or a
month (``catalog.Kpi.period``), so weekly figures are turned into monthly ones
first.  When the figures are off by more than LIMITS.funnel_tolerance, the
goal at the end of the chain is named: it asks for more (or less) than the
others can give.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from planner.domain import units
from planner.domain.catalog import Period, Unit
from planner.domain.goals import Goal
from planner.domain.i18n import QT_TRANSLATE_NOOP
from planner.domain.realism.findings import Finding, Severity
from planner.domain.realism.rulebook import LIMITS, MONTH_DAYS
from planner.domain.units import Quantity

WEEKS_A_MONTH = MONTH_DAYS / 7
#: How far apart two goals' deadlines may be and still be "the same period".
SAME_PERIOD_DAYS = 31


@dataclass(frozen=True)
class Link:
    """``result`` should be about ``first`` x ``second`` (a rate's percent divided by 100); ``second`` None:
    ``result`` should be at most ``first``."""

    first: str
    second: str | None
    result: str


LINKS: tuple[Link, ...] = (
    Link("impressions", "ctr", "link_clicks"),
    Link("reach", "ctr", "link_clicks"),
    Link("link_clicks", None, "website_visits"),
    Link("website_visits", "conversion_rate", "conversions"),
)


def _monthly(goal: Goal) -> float:
    """The goal's target a month (a flow's weekly figure times the weeks of a month; a rate as a fraction)."""
    kpi = goal.kpi_def
    if kpi.unit is Unit.PERCENT:
        return goal.target / 100.0
    return goal.target * WEEKS_A_MONTH if kpi.period is Period.WEEK else goal.target


def _amount(goal: Goal, monthly: float) -> Quantity:
    """A monthly amount of the goal's KPI as the finding quotes it (a rate's fraction back in percent)."""
    kpi = goal.kpi_def
    return units.value(kpi, monthly * 100.0 if kpi.unit is Unit.PERCENT else monthly, goal.currency)


def _together(a: Goal, b: Goal) -> bool:
    return (set(a.platform_ids) == set(b.platform_ids) and a.start <= b.deadline and b.start <= a.deadline
            and abs((a.deadline - b.deadline).days) <= SAME_PERIOD_DAYS)


def funnel(goal: Goal, plan: Iterable[Goal]) -> list[Finding]:
    """Findings on *goal* where it does not fit the plan's other funnel goals (one per broken link)."""
    others = [g for g in plan if g.id != goal.id and not g.archived and _together(goal, g)]
    by_kpi: dict[str, Goal] = {}
    for g in others:
        by_kpi.setdefault(g.kpi, g)
    out: list[Finding] = []
    for link in LINKS:
        if goal.kpi != link.result or link.first not in by_kpi or (link.second and link.second not in by_kpi):
            continue
        first = by_kpi[link.first]
        second = by_kpi[link.second] if link.second else None
        expected = _monthly(first) * (_monthly(second) if second else 1.0)
        target = _monthly(goal)
        if expected <= 0:
            continue
        ratio = target / expected
        too_much = ratio > LIMITS.funnel_tolerance
        if not too_much and (second is None or ratio >= 1 / LIMITS.funnel_tolerance):
            continue
        values: dict[str, Quantity | str] = {
            "first": units.plain(first.title), "second": units.plain(second.title if second else ""),
            "target": _amount(goal, target), "expected": _amount(goal, expected),
            "ratio": units.ratio(ratio if too_much else 1 / ratio)}
        numbers: dict[str, float | str | None] = {"expected_per_month": expected, "target_per_month": target,
                                                  "first": first.id, "second": second.id if second else None}
        if second is None:
            template = QT_TRANSLATE_NOOP("findings", "This goal aims at {target} a month, {ratio} times the {expected} "
                                                     "link clicks a month of “{first}”: a visit needs a click.")
        elif too_much:
            template = QT_TRANSLATE_NOOP("findings", "This goal aims at {target} a month, {ratio} times the "
                                                     "{expected} that “{first}” and “{second}” give together.")
        else:
            template = QT_TRANSLATE_NOOP("findings", "This goal aims at {target} a month, {ratio} times less "
                                                     "than the {expected} that “{first}” and “{second}” give "
                                                     "together.")
        out.append(Finding("funnel", Severity.WARNING, template, values,
                           QT_TRANSLATE_NOOP("findings", "Goals on the same platforms and period must multiply out: "
                                                         "reach times click-through rate gives clicks, visits times "
                                                         "conversion rate gives sales (within twice, our "
                                                         "judgement)."),
                           QT_TRANSLATE_NOOP("findings", "Change this goal's target, or the goals it depends on, so "
                                                         "that they agree."), numbers))
    return out
