"""The realism engine: is a goal attainable, specific, relevant and time-bound?

Each rule reads the goal (and its figures, when there are some) and returns
findings in words an owner can act on, with the numbers that triggered them
and, where a published figure is used, its publisher, report and year.  Every
threshold lives in ``rulebook`` with its source or the reason it is ours; the
owner's own history outranks any published figure once there is enough of it.

Texts are templates marked for translation under the context "findings";
their ``values`` are ``units.Quantity`` objects (a KPI's value, a pace, a date,
a catalog word), so the window writes them in the user's language and digits
with ``units.render`` exactly as the ``message`` property does in English.
Messages quote only what the owner entered, or say where a number comes from.

The engine is split by concern: ``findings`` (severities and findings),
``rulebook`` (thresholds and how each KPI is judged), ``context`` (what rules
read: the account's size and the owner's evidence), ``pace`` (totals and
flows), ``rates`` (rates and lower-is-better KPIs), ``workload`` (hours and
budget), ``smart`` (time, direction, specificity, relevance, platforms),
``tracking``, ``consistency`` (goals of one plan), ``engine`` (the rules in
order, ``check``) and ``suggestion`` (the target "Use this" offers).  This
module keeps the public names in one place.
"""

from __future__ import annotations

from planner.domain.benchmarks import BENCHMARKS
from planner.domain.realism.consistency import funnel
from planner.domain.realism.context import GROWTH_METRIC
from planner.domain.realism.engine import RULES, Rule, check
from planner.domain.realism.findings import Finding, Severity, worst
from planner.domain.realism.pace import flow_severity, growth_severity
from planner.domain.realism.rulebook import EVIDENCE, LIMITS, MONTH_DAYS, RULEBOOK, Limits
from planner.domain.realism.suggestion import Suggestion, suggest_target


def uses_follower_count(kpi_id: str) -> bool:
    """True when a goal of this KPI is judged by the account's size: the wizard asks for the follower count."""
    rule = RULEBOOK[kpi_id]
    return rule.reference is not None or rule.per_follower or kpi_id == "reach"


__all__ = ["BENCHMARKS", "EVIDENCE", "GROWTH_METRIC", "LIMITS", "MONTH_DAYS", "RULEBOOK", "RULES", "Finding",
           "Limits", "Rule", "Severity", "Suggestion", "check", "flow_severity", "funnel", "growth_severity",
           "suggest_target", "uses_follower_count", "worst"]
