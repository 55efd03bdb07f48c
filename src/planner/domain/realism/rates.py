"""Rate rules: a rate target against published figures of the same definition, and above 100%."""

from __future__ import annotations

from planner.domain import catalog
from planner.domain.benchmarks import THRESHOLDS, Benchmark, FigureKind, compare, lookup, newest
from planner.domain.catalog import Direction, KpiKind, Unit
from planner.domain.i18n import QT_TRANSLATE_NOOP
from planner.domain.realism.context import LIMITS, MULTIPLE_RULE_METRICS, _Context
from planner.domain.realism.findings import Finding, Severity
from planner.domain.realism.text import _num, _value

def _judge_rate(ctx: _Context, platform: str, target: float) -> tuple[Severity, Benchmark, float] | None:
    """The worst verdict on a rate *target* on *platform*: (severity, the figure used, target / figure)."""
    metric = ctx.kpi.id
    rows = lookup(metric, platform, table=ctx.table)
    ceiling = max((r for r in rows if r.kind is FigureKind.CEILING), key=lambda r: r.high, default=None)
    if ceiling is not None and target > ceiling.high:
        return Severity.ERROR, ceiling, compare(metric, target, ceiling)
    if metric in MULTIPLE_RULE_METRICS:
        own = [r for r in rows if r.platform == platform]
        ref = newest([r for r in own if r.kind is FigureKind.MEDIAN]) or newest(
            [r for r in own if r.kind is FigureKind.TYPICAL])
        if ref is not None:
            ratio = compare(metric, target, ref)
            if ratio > THRESHOLDS.engagement_unrealistic_multiple:
                return Severity.ERROR, ref, ratio
            if ratio > THRESHOLDS.engagement_flag_multiple:
                return Severity.WARNING, ref, ratio
    flag = max((r for r in rows if r.kind is FigureKind.FLAG), key=lambda r: r.high, default=None)
    if flag is not None and target > flag.high:
        return Severity.WARNING, flag, compare(metric, target, flag)
    return None


def _rate_ceiling(ctx: _Context) -> list[Finding]:
    """A rate target above published figures of the same definition.

    A platform with its own target is judged on it; platforms sharing the
    goal's target are judged together, by the most forgiving of them (the
    combined rate is their mean, so one platform may carry it).
    """
    goal, kpi = ctx.goal, ctx.kpi
    if kpi.kind is not KpiKind.RATE or kpi.direction is not Direction.UP or not goal.platforms:
        return []
    own = [(gp.platform, _judge_rate(ctx, gp.platform, gp.target))
           for gp in goal.platforms if gp.target is not None]
    shared = [(gp.platform, _judge_rate(ctx, gp.platform, goal.target))
              for gp in goal.platforms if gp.target is None]
    verdicts = [(p, v) for p, v in own if v is not None]
    if shared and all(v is not None for _, v in shared):
        verdicts.append(min(shared, key=lambda pv: (pv[1][0], pv[1][2])))
    if not verdicts:
        return []
    platform, (severity, row, ratio) = max(verdicts, key=lambda pv: (pv[1][0], pv[1][2]))
    target = next((gp.target for gp in goal.platforms if gp.platform == platform and gp.target is not None),
                  goal.target)
    values = {"kpi": kpi.name, "target": _value(kpi, target), "figure": _value(kpi, row.high),
              "platform": catalog.platform(platform).name, "ratio": _num(ratio), "source": row.source,
              "note": row.note or str(row.kind)}
    numbers: dict[str, float | str | None] = {"target": target, "benchmark": row.high, "ratio": ratio,
                                              "platform": platform, "source": row.source}
    if row.kind is FigureKind.CEILING:
        template = QT_TRANSLATE_NOOP("findings", "A target of {target} for {kpi} on {platform} is above {figure}, "
                                                 "about the best any industry reaches there.")
    elif row.kind is FigureKind.FLAG:
        template = QT_TRANSLATE_NOOP("findings", "A target of {target} for {kpi} on {platform} is above {figure}, "
                                                 "where published figures end.")
    else:
        template = QT_TRANSLATE_NOOP("findings", "A target of {target} for {kpi} on {platform} is {ratio} times "
                                                 "the typical {figure}.")
    return [Finding("rate_ceiling", severity, template, values,
                    QT_TRANSLATE_NOOP("findings", "{source}: {figure} ({note}); compared only with figures of "
                                                  "the same definition."),
                    QT_TRANSLATE_NOOP("findings", "Aim nearer {figure}, or check that your figure measures the "
                                                  "same thing."), numbers)]


def _rate_over_100(ctx: _Context) -> list[Finding]:
    goal, kpi = ctx.goal, ctx.kpi
    if kpi.unit is not Unit.PERCENT:
        return []
    over = {name: v for name, v in (("baseline", goal.baseline), ("target", goal.target))
            if v > LIMITS.max_percent}
    if not over:
        return []
    name, value = max(over.items(), key=lambda kv: kv[1])
    return [Finding("rate_over_100", Severity.ERROR,
                    QT_TRANSLATE_NOOP("findings", "The {field} of {value} for {kpi} is over 100%."),
                    {"field": name, "value": _value(kpi, value), "kpi": kpi.name},
                    QT_TRANSLATE_NOOP("findings", "A percentage of something cannot be more than all of it."),
                    QT_TRANSLATE_NOOP("findings", "Check the figure: perhaps it was entered as a count."),
                    {"field": name, "value": value})]

