"""The realism engine: is a goal attainable, specific, relevant and time-bound?

Each rule reads the goal (and its figures, when there are some) and returns
findings in words an owner can act on, with the numbers that triggered them
and, where a published figure is used, its publisher, report and year.  Every
threshold lives in ``rulebook`` with its source or the reason it is ours; the
owner's own history outranks any published figure once there is enough of it.

Texts are templates marked for translation under the context "findings"; the
UI translates ``template`` (or ``why_template``, ``suggestion_template``) and
formats it with ``values``, exactly as the ``message`` property does in English.

The engine is split by concern: ``findings`` (severities and findings),
``rulebook`` (thresholds and how each KPI is judged), ``context`` (what rules
read: the account's size and the owner's evidence), ``pace`` (totals and
flows), ``rates`` (rates and lower-is-better KPIs), ``workload`` (hours and
budget), ``smart`` (time, direction, specificity, relevance, platforms),
``tracking``, ``consistency`` (goals of one plan) and ``suggestion`` (the
realistic target).  This module keeps the public names in one place.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from planner.domain.benchmarks import BENCHMARKS, Benchmark
from planner.domain.forecast import Forecast
from planner.domain.goals import Goal, Observation
from planner.domain.realism.consistency import funnel
from planner.domain.realism.context import GROWTH_METRIC, _Context, context
from planner.domain.realism.findings import Finding, Severity, worst
from planner.domain.realism.pace import _flow_rule, _growth_rule, _own_pace_rule, flow_severity, growth_severity
from planner.domain.realism.rates import _cut_rule, _level_rule, _rate_over_100, _reach_share
from planner.domain.realism.rulebook import EVIDENCE, LIMITS, MONTH_DAYS, RULEBOOK, Limits
from planner.domain.realism.smart import (_direction, _kpi_definition, _platform_fit, _slow_response, _specific,
                                          _time, _vanity)
from planner.domain.realism.suggestion import Suggestion, suggest_target, usable_target
from planner.domain.realism.tracking import _off_track
from planner.domain.realism.workload import _budget, _resources, _too_few_posts, _workload

Rule = Callable[[_Context], list[Finding]]

RULES: tuple[Rule, ...] = (_direction, _rate_over_100, _time, _own_pace_rule, _growth_rule, _flow_rule, _level_rule,
                           _cut_rule, _reach_share, _slow_response, _too_few_posts, _workload, _budget, _vanity,
                           _specific, _platform_fit, _resources, _off_track, _kpi_definition)


def check(goal: Goal, observations: Iterable[Observation], today: date,
          benchmarks: Iterable[Benchmark] = BENCHMARKS, fc: Forecast | None = None,
          plan: Iterable[Goal] = ()) -> list[Finding]:
    """Every finding on *goal*, worst first.

    The goal's objective, KPI and platforms must be catalog ids (``Goal.problems``
    reports others); its values need not be sensible: saying so is the point.
    *fc* is the goal's forecast when the caller has it already (it is the costly part).
    *plan*: the plan's goals, to check that funnel goals multiply out (``consistency``).
    """
    ctx = context(goal, observations, today, benchmarks, fc)
    findings = [f for rule in RULES for f in rule(ctx)] + funnel(goal, plan)
    return sorted(findings, key=lambda f: f.severity, reverse=True)


def uses_follower_count(kpi_id: str) -> bool:
    """True when a goal of this KPI is judged by the account's size: the wizard asks for the follower count."""
    rule = RULEBOOK[kpi_id]
    return rule.reference is not None or rule.per_follower or kpi_id == "reach"


__all__ = ["BENCHMARKS", "EVIDENCE", "GROWTH_METRIC", "LIMITS", "MONTH_DAYS", "RULEBOOK", "RULES", "Finding",
           "Limits", "Rule", "Severity", "Suggestion", "check", "flow_severity", "funnel", "growth_severity",
           "suggest_target", "usable_target", "uses_follower_count", "worst"]
