"""The realism engine: is a goal attainable, specific, relevant and time-bound?

Each rule reads the goal (and its figures, when there are some) and returns
findings in words an owner can act on, with the numbers that triggered them
and, where a published figure is used, its publisher, report and year.  The
engine's own limits live in ``LIMITS``; those derived from published figures
in ``benchmarks.THRESHOLDS`` and the benchmark table.

Texts are templates marked for translation under the context "findings"; the
UI translates ``template`` (or ``why_template``, ``suggestion_template``) and
formats it with ``values``, exactly as the ``message`` property does in English.

The engine is split by concern: ``findings`` (severities and findings),
``context`` (what rules read, and the engine's limits), ``pace``, ``rates``,
``smart``, ``tracking`` (the rules), ``suggestion`` (the realistic target).
This module keeps the public names in one place.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from planner.domain.benchmarks import BENCHMARKS, Benchmark
from planner.domain.forecast import Forecast
from planner.domain.goals import Goal, Observation
from planner.domain.realism.context import (GROWTH_METRIC, LIMITS, MONTH_DAYS, MULTIPLE_RULE_METRICS, Limits, _Context,
                                            _context)
from planner.domain.realism.findings import Finding, Severity, worst
from planner.domain.realism.pace import _benchmark_pace, _own_pace_rule, growth_severity
from planner.domain.realism.rates import _rate_ceiling, _rate_over_100
from planner.domain.realism.smart import (_direction, _platform_fit, _resources, _slow_response, _specific, _time,
                                          _too_few_posts, _vanity)
from planner.domain.realism.suggestion import Suggestion, suggest_target, usable_target
from planner.domain.realism.tracking import _off_track

Rule = Callable[[_Context], list[Finding]]

RULES: tuple[Rule, ...] = (_direction, _rate_over_100, _time, _own_pace_rule, _benchmark_pace, _rate_ceiling,
                           _slow_response, _too_few_posts, _vanity, _specific, _platform_fit, _resources,
                           _off_track)


def check(goal: Goal, observations: Iterable[Observation], today: date,
          benchmarks: Iterable[Benchmark] = BENCHMARKS, fc: Forecast | None = None) -> list[Finding]:
    """Every finding on *goal*, worst first.

    The goal's objective, KPI and platforms must be catalog ids (``Goal.problems``
    reports others); its values need not be sensible: saying so is the point.
    *fc* is the goal's forecast when the caller has it already (it is the costly part).
    """
    ctx = _context(goal, observations, today, benchmarks, fc)
    findings = [f for rule in RULES for f in rule(ctx)]
    return sorted(findings, key=lambda f: f.severity, reverse=True)


__all__ = ["BENCHMARKS", "GROWTH_METRIC", "LIMITS", "MONTH_DAYS", "MULTIPLE_RULE_METRICS", "RULES", "Finding",
           "Limits", "Rule", "Severity", "Suggestion", "check", "growth_severity", "suggest_target", "usable_target",
           "worst"]
