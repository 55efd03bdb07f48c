"""Rate rules: a rate's target against the owner's own level, published levels for the account's size,
absolute limits, or the step from the baseline, in that order; and lower-is-better KPIs by how far they cut.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from planner.domain import catalog, units
from planner.domain.benchmarks import ALL_SIZES, Benchmark, FigureKind, band_of, lookup
from planner.domain.catalog import Direction, KpiKind, Unit
from planner.domain.i18n import QT_TRANSLATE_NOOP
from planner.domain.realism.context import _Context
from planner.domain.realism.findings import Finding, Severity
from planner.domain.realism.rulebook import (COST_PER_LEAD, LIMITS, OWN_LEVEL, REFERENCE, SIZE_FACTOR, Judge,
                                             KpiRule)
from planner.domain.realism.text import FIELD_WORDS, finding_word
from planner.domain.units import Quantity

TYPICAL_KINDS = frozenset({FigureKind.MEDIAN, FigureKind.MEAN, FigureKind.TYPICAL})
TOP_KINDS = frozenset({FigureKind.TOP_DECILE, FigureKind.TOP_QUINTILE, FigureKind.TOP_QUARTILE,
                       FigureKind.STRONGEST, FigureKind.INDUSTRY_RANGE})
_SMALLEST = QT_TRANSLATE_NOOP("findings", "the smallest accounts")


@dataclass(frozen=True)
class Reference:
    """The published levels a rate target is judged against, for one platform and account size."""

    typical: Benchmark | None
    typical_value: float  # widened for a smaller account when the row covers all sizes
    top: Benchmark | None  # a top slice published for accounts of this size

    @property
    def warning(self) -> float:
        if self.top is not None and self.top.high >= self.typical_value:
            return self.top.high
        return (REFERENCE.warning or 0) * self.typical_value

    @property
    def error(self) -> float:
        if self.top is not None and self.top.high >= self.typical_value:
            return 2 * self.top.high
        return (REFERENCE.error or 0) * self.typical_value


def reference(rule: KpiRule, platform: str | None, followers: float | None,
              table: tuple[Benchmark, ...]) -> Reference | None:
    """The typical level and top slice published for *platform* and an account of *followers*.

    Rows of larger accounts count as typical (engagement falls with size, so
    they are a floor); a per-follower figure of all sizes is widened for a
    smaller account by SIZE_FACTOR.  Without a follower count, the smallest
    accounts' figures are used: the most forgiving.
    """
    if rule.reference is None:
        return None
    size = followers if followers is not None else 0.0
    rows = [r for r in lookup(rule.reference, platform, None, table)
            if r.sizes[1] > size and (platform is not None or r.platform is None)]
    widen = rule.reference == "engagement_rate_followers"

    def value(r: Benchmark) -> float:
        return r.high * (SIZE_FACTOR[band_of(size)] if widen and r.sizes == ALL_SIZES else 1.0)

    typical = [r for r in rows if r.kind in TYPICAL_KINDS]
    # a top slice counts only for accounts of its own size (of big brands, it says nothing of small ones)
    tops = [r for r in rows if r.kind in TOP_KINDS and r.covers(size) and not (widen and r.sizes == ALL_SIZES)]
    best = max(typical, key=value, default=None)
    top = max(tops, key=lambda r: r.high, default=None)
    if best is None and top is None:
        return None
    return Reference(best, value(best) if best else 0.0, top)


def _platforms(ctx: _Context) -> list[tuple[str | None, float, bool]]:
    """(platform, its target, whether the target is the goal's shared one)."""
    goal = ctx.goal
    if not goal.platforms:
        return [(None, goal.target, True)]
    return [(gp.platform, gp.target if gp.target is not None else goal.target, gp.target is None)
            for gp in goal.platforms]


@dataclass(frozen=True)
class _Verdict:
    severity: Severity | None
    ratio: float
    finding: Finding | None


def _judge_published(ctx: _Context, platform: str | None, target: float) -> _Verdict | None:
    """A target against published levels for this platform and the account's size (None: nothing published)."""
    ref = reference(ctx.rule, platform, ctx.followers, ctx.table)
    if ref is None:
        return None
    if ctx.evidence:  # the owner's own level judges instead (_judge_step)
        return _Verdict(None, 0.0, None)
    kpi = ctx.kpi
    if target > ref.error:
        severity = Severity.ERROR
    elif target > ref.warning:
        severity = Severity.WARNING
    else:
        return _Verdict(None, 0.0, None)
    row = ref.top if (ref.top is not None and (ref.typical is None or target > ref.top.high)) else ref.typical
    assert row is not None
    figure = ref.typical_value if row is ref.typical else row.high
    ratio = target / figure if figure else math.inf
    size = ctx.band.words if ctx.band is not None else _SMALLEST
    values: dict[str, Quantity | str] = {
        "target": units.value(kpi, target), "kpi": units.word(kpi.name), "platform": _platform_name(platform),
        "ratio": units.ratio(ratio), "statistic": finding_word(row.kind.words), "size": finding_word(size),
        "figure": units.value(kpi, figure), "source": row.citation, "warning": units.value(kpi, ref.warning),
        "error": units.value(kpi, ref.error)}
    numbers: dict[str, float | str | None] = {"target": target, "benchmark": figure, "ratio": ratio,
                                              "platform": platform, "source": row.source, "row": row.id,
                                              "warning": ref.warning, "error": ref.error}
    widened = row is ref.typical and figure != row.high
    if widened:
        values |= {"raw": units.value(kpi, row.high), "factor": units.ratio(figure / row.high)}
        template = QT_TRANSLATE_NOOP("findings", "A target of {target} for {kpi} on {platform} is {ratio} times "
                                                 "{figure}: the {statistic} of brands of every size, {raw} "
                                                 "({source}), times {factor} for {size}, who engage more.")
    elif row is ref.typical:
        template = QT_TRANSLATE_NOOP("findings", "A target of {target} for {kpi} on {platform} is {ratio} times the "
                                                 "{statistic} for {size}: {figure} ({source}).")
    else:
        template = QT_TRANSLATE_NOOP("findings", "A target of {target} for {kpi} on {platform} is above the "
                                                 "{statistic} for {size}: {figure} ({source}).")
    if severity is Severity.ERROR:
        why = QT_TRANSLATE_NOOP("findings", "Above {error} is unrealistic for {size}: five times the typical level, "
                                            "or twice a published top figure (our judgement, from {source}); "
                                            "figures are compared only with figures of the same definition.")
    else:
        why = QT_TRANSLATE_NOOP("findings", "Above {warning} is ambitious for {size}: twice the typical level, or "
                                            "above a published top figure (our judgement, from {source}); figures "
                                            "are compared only with figures of the same definition.")
    if ctx.followers is None and kpi.kind is KpiKind.RATE:
        suggestion = QT_TRANSLATE_NOOP("findings", "Add your follower count to the goal: it picks the figures of "
                                                   "accounts your size (the smallest accounts' were used).")
    else:
        suggestion = QT_TRANSLATE_NOOP("findings", "Aim nearer {figure}, or check that your figure measures the same "
                                                   "thing.")
    return _Verdict(severity, ratio, Finding("rate_ceiling", severity, template, values, why, suggestion, numbers))


def _platform_name(platform: str | None) -> Quantity:
    return (units.word(catalog.platform(platform).name) if platform
            else finding_word(QT_TRANSLATE_NOOP("findings", "all platforms")))


def _judge_limits(ctx: _Context, platform: str | None, target: float) -> _Verdict | None:
    """A target against the rule's absolute steps (None: the rule has none)."""
    steps = ctx.rule.steps
    if steps is None or (steps.advice, steps.warning, steps.error) == (None, None, None):
        return None
    kpi = ctx.kpi
    measured = target
    if ctx.rule.per_follower:
        if not ctx.followers:
            return None
        measured = 100.0 * target / ctx.followers
    severity = steps.severity(measured)
    if severity is None or ctx.evidence:  # with enough history, the owner's own level judges instead
        return _Verdict(None, 0.0, None)
    limit = steps.limit(severity)
    values: dict[str, Quantity | str] = {
        "target": units.value(kpi, target), "kpi": units.word(kpi.name), "platform": _platform_name(platform),
        "limit": units.share(limit or 0) if ctx.rule.per_follower else units.value(kpi, limit or 0),
        "share": units.share(measured), "followers": units.count(round(ctx.followers or 0))}
    numbers: dict[str, float | str | None] = {"target": target, "limit": limit, "measured": measured}
    if ctx.rule.per_follower:
        template = QT_TRANSLATE_NOOP("findings", "A target of {target} for {kpi} is {share} of your {followers} "
                                                 "followers, above {limit}.")
    elif steps.below:
        template = QT_TRANSLATE_NOOP("findings", "A target of {target} for {kpi} is below {limit}.")
    else:
        template = QT_TRANSLATE_NOOP("findings", "A target of {target} for {kpi} is above {limit}.")
    return _Verdict(severity, measured / (limit or 1.0), Finding("rate_limit", severity, template, values,
                                                                  steps.basis.judgement, "", numbers))


def _judge_step(ctx: _Context, platform: str | None, target: float, base: float, own: bool) -> _Verdict | None:
    """A target as a multiple of the baseline or of the owner's own level (OWN_LEVEL steps)."""
    if base <= 0:
        return None
    ratio = target / base
    severity = OWN_LEVEL.severity(ratio)
    if severity is None:
        return _Verdict(None, ratio, None)
    kpi = ctx.kpi
    values: dict[str, Quantity | str] = {
        "target": units.value(kpi, target), "kpi": units.word(kpi.name), "ratio": units.ratio(ratio),
        "level": units.value(kpi, base), "platform": _platform_name(platform)}
    numbers: dict[str, float | str | None] = {"target": target, "level": base, "ratio": ratio}
    suggestion = (QT_TRANSLATE_NOOP("findings", "This step is unrealistic: aim for a smaller one first.")
                  if severity is Severity.ERROR else
                  QT_TRANSLATE_NOOP("findings", "Say what will change (format, topic, offer) to make the rate move "
                                                "this much."))
    if own and ctx.level is not None:
        values |= {"figures": units.count(ctx.level.figures), "weeks": units.weeks(ctx.level.weeks)}
        numbers |= {"figures": ctx.level.figures}
        return _Verdict(severity, ratio, Finding(
            "own_level", severity,
            QT_TRANSLATE_NOOP("findings", "A target of {target} for {kpi} is {ratio} times the {level} your last "
                                          "{figures} figures show (their median, over {weeks})."),
            values, OWN_LEVEL.basis.judgement, suggestion, numbers))
    return _Verdict(severity, ratio, Finding(
        "rate_step", severity,
        QT_TRANSLATE_NOOP("findings", "A target of {target} for {kpi} is {ratio} times the baseline of {level}."),
        values, QT_TRANSLATE_NOOP("findings", "Nothing published measures this the same way for accounts like "
                                              "yours, so the step from where you are is what counts (our "
                                              "judgement)."), suggestion, numbers))


def _judge_platform(ctx: _Context, platform: str | None, target: float) -> list[_Verdict]:
    """Every verdict on a rate *target* on *platform*: own level, then published, limits, baseline step."""
    published = _judge_published(ctx, platform, target) or _judge_limits(ctx, platform, target)
    out = [_judge_step(ctx, platform, target, ctx.level.value, own=True) if ctx.level else None,
           published,
           _judge_step(ctx, platform, target, ctx.goal.baseline, own=False) if published is None and not ctx.level
           else None]
    return [v for v in out if v is not None]


def _rank(verdicts: list[_Verdict]) -> tuple[int, float]:
    worst = max(verdicts, key=lambda v: (-1 if v.severity is None else v.severity.rank, v.ratio), default=None)
    if worst is None or worst.severity is None:
        return (-1, 0.0)
    return (worst.severity.rank, worst.ratio)


def _level_rule(ctx: _Context) -> list[Finding]:
    """A rate where higher is better.

    A platform with its own target is judged on it; platforms sharing the
    goal's target are judged together, by the most forgiving of them (the
    combined rate is their mean, so one platform may carry it).
    """
    if ctx.rule.judge is not Judge.LEVEL or ctx.kpi.direction is not Direction.UP:
        return []
    own, shared = [], []
    for platform, target, is_shared in _platforms(ctx):
        (shared if is_shared else own).append(_judge_platform(ctx, platform, target))
    groups = list(own)
    if shared:
        groups.append(min(shared, key=_rank))
    findings = [v.finding for g in groups for v in g if v.finding is not None]
    best: dict[str, Finding] = {}
    for f in findings:  # one finding per code: the worst
        if f.code not in best or f.severity > best[f.code].severity:
            best[f.code] = f
    return list(best.values())


def _cut_rule(ctx: _Context) -> list[Finding]:
    """A KPI where lower is better: how many times lower than the baseline or the owner's level, and limits."""
    goal, rule, kpi = ctx.goal, ctx.rule, ctx.kpi
    if rule.judge is not Judge.CUT or kpi.direction is not Direction.DOWN:
        return []
    out: list[Finding] = []
    own = ctx.level is not None
    base = ctx.level.value if ctx.level else goal.baseline
    if rule.cut is not None and base > 0:
        cut = base / goal.target if goal.target > 0 else math.inf
        severity = rule.cut.severity(cut)
        if severity is not None:
            values: dict[str, Quantity | str] = {"target": units.value(kpi, goal.target, goal.currency),
                                                 "kpi": units.word(kpi.name), "ratio": units.ratio(cut),
                                                 "level": units.value(kpi, base, goal.currency)}
            template = (QT_TRANSLATE_NOOP("findings", "A target of {target} for {kpi} is {ratio} times lower than "
                                                      "the {level} your recent figures show.") if own else
                        QT_TRANSLATE_NOOP("findings", "A target of {target} for {kpi} is {ratio} times lower than "
                                                      "the baseline of {level}."))
            out.append(Finding("cut_step", severity, template, values, rule.cut.basis.judgement,
                               QT_TRANSLATE_NOOP("findings", "Say what will change to cut it this much, or aim for "
                                                             "a smaller cut first."),
                               {"target": goal.target, "level": base, "ratio": cut}))
    limits = _judge_limits(ctx, None, goal.target)
    if limits is not None and limits.finding is not None:
        out.append(limits.finding)
    if goal.kpi == "cost_per_lead":
        out.extend(_cost_per_lead(ctx, goal.target, QT_TRANSLATE_NOOP(
            "findings", "A cost of {target} a lead is {share} of the lowest published cost of a lead from ads, "
                        "{lowest} ({source}).")))
    return out


def lowest_cost_per_lead(ctx: _Context) -> Benchmark | None:
    rows = [r for i in COST_PER_LEAD.rows for r in ctx.table if r.id == i]
    return min(rows, key=lambda r: r.low, default=None)


def _cost_per_lead(ctx: _Context, cost: float, template: str) -> list[Finding]:
    """A cost per lead (the target, or what the budget implies) against published US costs, in dollars only."""
    goal = ctx.goal
    lowest = lowest_cost_per_lead(ctx)
    if lowest is None or goal.currency.strip().upper() not in COST_PER_LEAD.currencies:
        return []
    share = cost / lowest.low
    severity = COST_PER_LEAD.steps.severity(share)
    if severity is None or ctx.evidence:  # the owner's own costs (or pace of leads) judge instead
        return []
    values: dict[str, Quantity | str] = {"target": units.money(cost, COST_PER_LEAD.published_currency),
                                         "share": units.share(100 * share),
                                         "lowest": units.money(lowest.low, COST_PER_LEAD.published_currency),
                                         "source": lowest.citation}
    return [Finding("cost_benchmark", severity, template, values, COST_PER_LEAD.steps.basis.judgement,
                    QT_TRANSLATE_NOOP("findings", "Check the cost with a small test campaign before counting on it."),
                    {"cost": cost, "lowest": lowest.low, "share": share})]


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
                    {"field": finding_word(FIELD_WORDS[name]), "value": units.value(kpi, value),
                     "kpi": units.word(kpi.name)},
                    QT_TRANSLATE_NOOP("findings", "A percentage of something cannot be more than all of it."),
                    QT_TRANSLATE_NOOP("findings", "Check the figure: perhaps it was entered as a count."),
                    {"field": name, "value": value})]


def _reach_share(ctx: _Context) -> list[Finding]:
    """Weekly organic reach above the followers on Facebook or Instagram: it needs shares or ads."""
    goal = ctx.goal
    if goal.kpi != "reach" or not ctx.followers or goal.budget or not {"facebook", "instagram"} & set(
            goal.platform_ids):
        return []
    share = goal.target / ctx.followers
    if share <= LIMITS.reach_share_of_followers:
        return []
    values: dict[str, Quantity | str] = {"target": units.value(ctx.kpi, goal.target),
                                         "followers": units.count(round(ctx.followers)), "share": units.ratio(share)}
    if ctx.evidence:
        return []
    return [Finding("reach_share", Severity.ADVICE,
                    QT_TRANSLATE_NOOP("findings", "A weekly reach of {target} is {share} times your {followers} "
                                                  "followers."), values, LIMITS.reach_basis.judgement,
                    QT_TRANSLATE_NOOP("findings", "Plan what will carry posts beyond your followers: shares, "
                                                  "Reels, or ads."), {"share": share})]


__all__ = ["Reference", "reference"]
