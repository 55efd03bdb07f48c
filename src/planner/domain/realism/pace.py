"""Pace rules for running totals and flows: the owner's own pace first, then growth against published figures."""

from __future__ import annotations

import math

from planner.domain import benchmarks, units
from planner.domain.i18n import QT_TRANSLATE_NOOP
from planner.domain.realism.context import MONTH_DAYS, _Context, cmgr
from planner.domain.realism.findings import Finding, Severity
from planner.domain.realism.rulebook import (FLOW, FLOW_MULTIPLES, GROWTH, GROWTH_ERROR_MONTHS, GROWTH_YEAR_MONTHS,
                                             GROWTH_YEAR_RATE, OWN_PACE, Judge)
from planner.domain.realism.text import citations
from planner.domain.units import Quantity


def _own_pace_rule(ctx: _Context) -> list[Finding]:
    """The pace the goal needs from today against the owner's own trend (totals and flows: a rate has a
    level instead, ``context.own_level``)."""
    own, kpi = ctx.own, ctx.kpi
    if own is None:
        return []
    period = units.pace_period(kpi, ctx.goal.days)  # per month for monthly KPIs, never for a goal under a month
    values: dict[str, Quantity | str] = {
        "kpi": units.word(kpi.name), "weeks": units.weeks(own.weeks),
        "needed": units.pace(kpi, ctx.sign * own.needed, period, ctx.goal.currency),
        "history": units.pace(kpi, ctx.sign * own.history, period, ctx.goal.currency)}
    numbers: dict[str, float | str | None] = {
        "needed_per_week": ctx.sign * own.needed * 7, "history_per_week": ctx.sign * own.history * 7,
        "ratio": own.ratio, "weeks": own.weeks}
    why = QT_TRANSLATE_NOOP("findings", "Your own recent figures are the best guide: the platforms advise judging "
                                        "a trend over about 90 days.")
    if own.ratio is None:
        template = QT_TRANSLATE_NOOP("findings", "{kpi} has not moved towards the target over the last {weeks} "
                                                 "({history}), but the goal needs {needed}.")
        return [Finding("wrong_way", Severity.WARNING, template, values, why,
                        QT_TRANSLATE_NOOP("findings", "Find out what changed, and change the content or the plan "
                                                      "before counting on the target."), numbers)]
    severity = OWN_PACE.severity(own.ratio)
    if severity is None:
        return []
    values["ratio"] = units.ratio(own.ratio)
    template = QT_TRANSLATE_NOOP("findings", "The goal needs {needed}, {ratio} times the {history} your figures "
                                             "show over the last {weeks}.")
    suggestion = (QT_TRANSLATE_NOOP("findings", "This pace is unrealistic: lower the target or move the deadline.")
                  if severity is Severity.ERROR else
                  QT_TRANSLATE_NOOP("findings", "Plan what will make the pace change (content, ads, time), "
                                                "or lower the target."))
    return [Finding("own_pace", severity, template, values, why, suggestion, numbers)]


def growth_severity(rate: float, total: float) -> Severity | None:
    """The verdict on a needed growth of *rate* percent a month, *total* times the start overall.

    Unrealistic: above GROWTH.error a month "sustained", read as: the total is at
    least what that rate gives over GROWTH_ERROR_MONTHS months; or above
    GROWTH_YEAR_RATE for a year.  Otherwise the GROWTH steps.
    """
    error, year = GROWTH.error or 0.0, GROWTH_YEAR_RATE
    if ((rate > error and total >= (1 + error / 100) ** GROWTH_ERROR_MONTHS)
            or (rate > year and total >= (1 + year / 100) ** GROWTH_YEAR_MONTHS)):
        return Severity.ERROR
    severity = GROWTH.severity(rate)
    return Severity.WARNING if severity is Severity.ERROR else severity


def _sources(*ids: str) -> str:
    return citations(benchmarks.row(i) for i in ids)


def weekly_growth(total: float, days: float) -> float:
    """The compound growth a week, percent, that multiplies by *total* in *days* (overflow-safe; the
    goal's effective days, ``Goal.active_days``)."""
    return 100.0 * (math.exp(min(math.log(total) * 7 / days, 700.0)) - 1)


def _growth_rule(ctx: _Context) -> list[Finding]:
    """A running total (followers, contacts, reviews): the compound growth a month the goal needs."""
    goal, rule = ctx.goal, ctx.rule
    if rule.judge is not Judge.GROWTH or goal.days <= 0 or goal.active_days <= 0:
        return []
    base = max(goal.baseline, rule.floor)
    if goal.target <= base or base <= 0:
        return []
    months, total = ctx.months, goal.target / base
    rate = cmgr(base, goal.target, months)
    severity = growth_severity(rate, total)
    if severity is None or ctx.evidence:  # the owner's own pace judges instead (_own_pace_rule)
        return []
    kpi = ctx.kpi
    weekly = goal.days < MONTH_DAYS  # a goal shorter than a month: its growth is said per week
    values: dict[str, Quantity | str] = {
        "kpi": units.word(kpi.name), "baseline": units.value(kpi, goal.baseline),
        "target": units.value(kpi, goal.target), "duration": units.duration(goal.days),
        "growth": units.share(weekly_growth(total, goal.active_days) if weekly else rate), "base": units.value(kpi, base),
        "total": units.ratio(total), "ambitious": units.share(GROWTH.advice or 0),
        "top": units.share(GROWTH.warning or 0), "unrealistic": units.share(GROWTH.error or 0),
        "unrealistic_year": units.share(GROWTH_YEAR_RATE), "top_source": _sources("fpk13-fb-growth-top"),
        "typical_sources": _sources("fpk13-fb-growth", "riq22-tt-growth-50k")}
    numbers: dict[str, float | str | None] = {"cmgr_percent": rate, "months": months, "base": base, "total": total}
    # the owner's own baseline is quoted; a small total is measured from the rule's floor, and says so
    if weekly and goal.baseline < base:
        template = QT_TRANSLATE_NOOP("findings", "{kpi} from {baseline} to {target} in {duration} is as much as "
                                                 "{growth} growth every week for an account of {base}.")
    elif weekly:
        template = QT_TRANSLATE_NOOP("findings", "{kpi} from {baseline} to {target} in {duration} is {total} times "
                                                 "as many: {growth} growth every week.")
    elif goal.baseline < base:
        template = QT_TRANSLATE_NOOP("findings", "{kpi} from {baseline} to {target} in {duration} is as much "
                                                 "as {growth} growth every month for an account of {base}.")
    else:
        template = QT_TRANSLATE_NOOP("findings", "{kpi} from {baseline} to {target} in {duration} needs "
                                                 "{growth} growth every month.")
    if severity is Severity.ERROR:
        return [Finding("benchmark_pace", severity, template, values,
                        QT_TRANSLATE_NOOP("findings", "More than {unrealistic} a month for three months, or "
                                                      "{unrealistic_year} a month for a year, is unrealistic: even "
                                                      "the top 10% of Facebook pages grew about {top} a month "
                                                      "({top_source}); fast followings often come from ads or fake "
                                                      "accounts."),
                        QT_TRANSLATE_NOOP("findings", "Set a target you can reach at a few percent a month."),
                        numbers)]
    if severity is Severity.WARNING:
        return [Finding("benchmark_pace", severity, template, values,
                        QT_TRANSLATE_NOOP("findings", "That is faster than the top 10% of Facebook pages, about "
                                                      "{top} a month ({top_source})."),
                        QT_TRANSLATE_NOOP("findings", "Plan the ads or campaigns that would make it possible, "
                                                      "or lower the target."), numbers)]
    return [Finding("benchmark_pace", severity, template, values,
                    QT_TRANSLATE_NOOP("findings", "Growth above {ambitious} a month is more than the typical "
                                                  "account reaches ({typical_sources})."), "", numbers)]


def flow_severity(rate: float, total: float) -> Severity | None:
    """The verdict on a flow growing *rate* percent a month to *total* times its baseline (FLOW steps,
    each only from its smallest multiple on: a short burst is not a trend)."""
    for severity in (Severity.ERROR, Severity.WARNING, Severity.ADVICE):
        limit = FLOW.limit(severity)
        if limit is not None and rate > limit and total >= FLOW_MULTIPLES[severity]:
            return severity
    return None


def _flow_rule(ctx: _Context) -> list[Finding]:
    """A flow (reach, visits, leads a week or a month): how fast the goal needs it to grow."""
    goal, rule = ctx.goal, ctx.rule
    if (rule.judge is not Judge.FLOW or goal.days <= 0 or goal.active_days <= 0 or goal.baseline <= 0
            or goal.target <= goal.baseline):
        return []
    months, total = ctx.months, goal.target / goal.baseline
    rate = cmgr(goal.baseline, goal.target, months)
    verdict = flow_severity(rate, total)
    if verdict is None or ctx.evidence:  # the owner's own pace judges instead (_own_pace_rule)
        return []
    bought = rule.paid and bool(goal.budget) and verdict is Severity.ERROR
    severity = Severity.WARNING if bought else verdict
    kpi = ctx.kpi
    weekly = goal.days < MONTH_DAYS  # never "a month" for a goal shorter than one
    values: dict[str, Quantity | str] = {
        "kpi": units.word(kpi.name), "baseline": units.value(kpi, goal.baseline),
        "target": units.value(kpi, goal.target), "duration": units.duration(goal.days),
        "total": units.ratio(total), "growth": units.share(weekly_growth(total, goal.active_days) if weekly else rate),
        "advice": units.share(FLOW.advice or 0), "warning": units.share(FLOW.warning or 0),
        "error": units.share(FLOW.error or 0)}
    numbers: dict[str, float | str | None] = {"cmgr_percent": rate, "months": months, "total": total}
    template = (QT_TRANSLATE_NOOP("findings", "{kpi} from {baseline} to {target} in {duration} is {total} times "
                                              "as much: {growth} more every week.")
                if weekly else
                QT_TRANSLATE_NOOP("findings", "{kpi} from {baseline} to {target} in {duration} is {total} "
                                              "times as much: {growth} more every month."))
    if bought:
        why = QT_TRANSLATE_NOOP("findings", "Posting more cannot multiply a flow this fast, but a budget can buy "
                                            "it: growth above {error} a month is beyond anything published for "
                                            "organic work (our judgement).")
        suggestion = QT_TRANSLATE_NOOP("findings", "Check that the budget covers what this much costs.")
    elif severity is Severity.ERROR:
        why = QT_TRANSLATE_NOOP("findings", "No published benchmark shows a flow growing like this; above {error} a "
                                            "month, posting more cannot do it (our judgement).")
        suggestion = QT_TRANSLATE_NOOP("findings", "Lower the target, give it longer, or plan a paid campaign "
                                                   "with a budget.")
    elif severity is Severity.WARNING:
        why = QT_TRANSLATE_NOOP("findings", "Growing more than {warning} a month needs a new plan: ads, a campaign, "
                                            "much more content (our judgement).")
        suggestion = QT_TRANSLATE_NOOP("findings", "Say what will change to make it grow this fast.")
    else:
        why = QT_TRANSLATE_NOOP("findings", "More than {advice} a month is ambitious for a flow (our judgement).")
        suggestion = ""
    return [Finding("flow_pace", severity, template, values, why, suggestion, numbers)]
