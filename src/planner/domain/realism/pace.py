"""Pace rules: the goal's pace against the account's own, and growth against published figures."""

from __future__ import annotations

import math

from planner.domain import catalog
from planner.domain.benchmarks import THRESHOLDS, Benchmark, lookup
from planner.domain.catalog import Kpi, KpiKind, Period, Unit
from planner.domain.i18n import QT_TRANSLATE_NOOP
from planner.domain.realism.context import GROWTH_METRIC, LIMITS, MONTH_DAYS, _Context
from planner.domain.realism.findings import Finding, Severity
from planner.domain.realism.text import _num, _pct

def _per_month(kpi: Kpi, per_week: float) -> bool:
    """Slow paces read better per month: rates, monthly flows, and less than one unit a week."""
    return kpi.kind is KpiKind.RATE or kpi.period is Period.MONTH or abs(per_week) < 1


def _pace_text(kpi: Kpi, per_day: float, per_month: bool) -> str:
    amount = per_day * (MONTH_DAYS if per_month else 7.0)
    unit = " percentage points" if kpi.unit is Unit.PERCENT else (" h" if kpi.unit is Unit.HOURS else "")
    return f"{'+' if amount >= 0 else '-'}{_num(abs(amount))}{unit}"


def _own_pace_rule(ctx: _Context) -> list[Finding]:
    own, kpi = ctx.own, ctx.kpi
    if own is None:
        return []
    monthly = _per_month(kpi, own.needed * 7)
    values = {"kpi": kpi.name, "weeks": str(own.weeks),
              "needed": _pace_text(kpi, ctx.sign * own.needed, monthly),
              "history": _pace_text(kpi, ctx.sign * own.history, monthly)}
    numbers: dict[str, float | str | None] = {
        "needed_per_week": ctx.sign * own.needed * 7, "history_per_week": ctx.sign * own.history * 7,
        "ratio": own.ratio, "weeks": own.weeks}
    why = QT_TRANSLATE_NOOP("findings", "Your own recent figures are the best guide: the platforms advise judging "
                                        "a trend over about 90 days.")
    if own.ratio is None:
        template = (QT_TRANSLATE_NOOP("findings", "{kpi} has not moved towards the target over the last {weeks} "
                                                  "weeks ({history} a month), but the goal needs {needed} a month.")
                    if monthly else
                    QT_TRANSLATE_NOOP("findings", "{kpi} has not moved towards the target over the last {weeks} "
                                                  "weeks ({history} a week), but the goal needs {needed} a week."))
        return [Finding("wrong_way", Severity.WARNING, template, values, why,
                        QT_TRANSLATE_NOOP("findings", "Find out what changed, and change the content or the plan "
                                                      "before counting on the target."), numbers)]
    small = ctx.goal.kpi in GROWTH_METRIC and ctx.goal.baseline < THRESHOLDS.small_account
    if own.ratio < (THRESHOLDS.small_account_own_pace if small else LIMITS.own_pace_warning):
        return []
    values["ratio"] = _num(own.ratio)
    severity = Severity.ERROR if own.ratio >= LIMITS.own_pace_error else Severity.WARNING
    template = (QT_TRANSLATE_NOOP("findings", "The goal needs {needed} a month, {ratio} times the {history} a month "
                                              "your figures show over the last {weeks} weeks.")
                if monthly else
                QT_TRANSLATE_NOOP("findings", "The goal needs {needed} a week, {ratio} times the {history} a week "
                                              "your figures show over the last {weeks} weeks."))
    suggestion = (QT_TRANSLATE_NOOP("findings", "This pace is unrealistic: lower the target or move the deadline.")
                  if severity is Severity.ERROR else
                  QT_TRANSLATE_NOOP("findings", "Plan what will make the pace change (content, ads, time), "
                                                "or lower the target."))
    return [Finding("own_pace", severity, template, values, why, suggestion, numbers)]


def _strongest_growth(ctx: _Context) -> Benchmark | None:
    """The highest published monthly growth for any of the goal's platforms."""
    rows = [r for p in ctx.goal.platform_ids
            for r in lookup(GROWTH_METRIC[ctx.goal.kpi], p, table=ctx.table) if r.platform == p]
    return max(rows, key=lambda r: r.high, default=None)


def growth_severity(cmgr: float, total: float, strong: float | None) -> Severity | None:
    """The verdict on a needed monthly growth of *cmgr* percent, *total* times the start, overall.

    Unrealistic (error): above 15%/month, or 10%/month, "sustained", read as: the
    total growth is at least what that rate gives over 3 (or 12) months.  Above
    the platform's *strong* published month (and the ambitious level): warning.
    Above 5%/month: advice.
    """
    t = THRESHOLDS
    if ((cmgr > t.growth_unrealistic
         and total >= (1 + t.growth_unrealistic / 100) ** t.growth_unrealistic_months)
            or (cmgr > t.growth_unrealistic_year
                and total >= (1 + t.growth_unrealistic_year / 100) ** t.growth_unrealistic_year_months)):
        return Severity.ERROR
    if strong is not None and cmgr > max(strong, t.growth_ambitious):
        return Severity.WARNING
    return Severity.ADVICE if cmgr > t.growth_ambitious else None


def _benchmark_pace(ctx: _Context) -> list[Finding]:
    g, t = ctx.growth, THRESHOLDS
    if g is None:
        return []
    strong = _strongest_growth(ctx)
    severity = growth_severity(g.cmgr, g.total, strong.high if strong else None)
    if severity is None:
        return []
    values = {"cmgr": _pct(g.cmgr), "months": _num(g.months), "base": _num(g.base),
              "target": _num(ctx.goal.target), "ambitious": _pct(t.growth_ambitious),
              "unrealistic": _pct(t.growth_unrealistic), "unrealistic_year": _pct(t.growth_unrealistic_year)}
    numbers: dict[str, float | str | None] = {"cmgr_percent": g.cmgr, "months": g.months, "base": g.base}
    if strong is not None:
        values |= {"strong": _pct(strong.high), "platform": catalog.platform(strong.platform).name,
                   "source": strong.source}
        numbers |= {"strong_percent": strong.high, "source": strong.source}
    template = QT_TRANSLATE_NOOP("findings", "Going from {base} to {target} followers in {months} months needs "
                                             "{cmgr} growth every month.")
    if severity is Severity.ERROR:
        return [Finding("benchmark_pace", Severity.ERROR, template, values,
                        QT_TRANSLATE_NOOP("findings", "Published growth figures make more than {unrealistic} a month "
                                                      "for three months, or {unrealistic_year} a month for a year, "
                                                      "unrealistic; fast followings often come from ads or fake "
                                                      "accounts."),
                        QT_TRANSLATE_NOOP("findings", "Set a target you can reach at a few percent a month."), numbers)]
    if severity is Severity.WARNING:
        return [Finding("benchmark_pace", Severity.WARNING, template, values,
                        QT_TRANSLATE_NOOP("findings", "That is faster than the strongest published growth on "
                                                      "{platform}: {strong} a month ({source})."),
                        QT_TRANSLATE_NOOP("findings", "Plan the ads or campaigns that would make it possible, "
                                                      "or lower the target."), numbers)]
    return [Finding("benchmark_pace", Severity.ADVICE, template, values,
                    QT_TRANSLATE_NOOP("findings", "Growth above {ambitious} a month is ambitious for most "
                                                  "accounts."), "", numbers)]

