"""The realism engine's rules, in the order they run, and ``check``: every finding on a goal, worst first."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from planner.domain.benchmarks import BENCHMARKS, Benchmark
from planner.domain.forecast import Forecast
from planner.domain.goals import Goal, Observation
from planner.domain.realism.consistency import funnel
from planner.domain.realism.context import _Context, context
from planner.domain.realism.findings import Finding
from planner.domain.realism.pace import _flow_rule, _growth_rule, _own_pace_rule
from planner.domain.realism.rates import _cut_rule, _level_rule, _rate_over_100, _reach_share
from planner.domain.realism.smart import (_direction, _kpi_definition, _platform_fit, _slow_response, _specific,
                                          _time, _vanity)
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
