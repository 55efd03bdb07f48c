"""Workload and resources: what a goal asks of the owner's hours and budget, said in hours and money."""

from __future__ import annotations

from planner.domain import units
from planner.domain.benchmarks import lookup
from planner.domain.i18n import QT_TRANSLATE_NOOP
from planner.domain.realism.context import _Context, cmgr
from planner.domain.realism.findings import Finding, Severity
from planner.domain.realism.pace import flow_severity, growth_severity
from planner.domain.realism.rates import _cost_per_lead
from planner.domain.realism.rulebook import LIMITS, MONTH_DAYS, OWN_PACE, RULEBOOK, WORKLOAD, Judge
from planner.domain.realism.text import platform_names
from planner.domain.units import Quantity

#: Objectives whose goals cost money or time to reach whatever their ambition.
COSTLY_OBJECTIVES = frozenset({"leads", "conversions"})


def post_hours(platforms: tuple[str, ...]) -> float:
    """Hours one post takes, averaged over the goal's platforms (WORKLOAD's estimate)."""
    if not platforms:
        return WORKLOAD.default_hours
    return sum(WORKLOAD.hours(p) for p in platforms) / len(platforms)


def _too_few_posts(ctx: _Context) -> list[Finding]:
    goal = ctx.goal
    if goal.kpi != "posts_per_week" or goal.target >= WORKLOAD.posts_min_per_week:
        return []
    return [Finding("too_few_posts", Severity.ADVICE,
                    QT_TRANSLATE_NOOP("findings", "{target} posts a week is too little to move anything."),
                    {"target": units.count(goal.target), "minimum": units.count(WORKLOAD.posts_min_per_week)},
                    QT_TRANSLATE_NOOP("findings", "Accounts that grow post several times a week."),
                    QT_TRANSLATE_NOOP("findings", "Post at least {minimum} time a week."),
                    {"target": goal.target})]


def _workload(ctx: _Context) -> list[Finding]:
    """Posts a week against the hours the owner gives: "21 posts a week is about 10 hours of work"."""
    goal = ctx.goal
    if ctx.rule.judge is not Judge.WORKLOAD or goal.target < WORKLOAD.posts_min_per_week:
        return []
    hours = goal.target * post_hours(goal.platform_ids)
    values: dict[str, Quantity | str] = {
        "target": units.count(goal.target), "hours": units.count(hours), "given": units.count(goal.hours_per_week or 0),
        "per_post": units.count(post_hours(goal.platform_ids))}
    numbers: dict[str, float | str | None] = {"hours_needed": hours, "hours_per_week": goal.hours_per_week}
    out: list[Finding] = []
    if goal.hours_per_week is None:
        out.append(Finding("workload", Severity.ADVICE,
                           QT_TRANSLATE_NOOP("findings", "{target} posts a week is about {hours} hours of work for "
                                                         "one person."), values, WORKLOAD.steps.basis.judgement,
                           QT_TRANSLATE_NOOP("findings", "Say how many hours a week you can give it."), numbers))
    else:
        ratio = hours / goal.hours_per_week if goal.hours_per_week > 0 else float("inf")
        severity = WORKLOAD.steps.severity(ratio)
        if severity is not None:
            out.append(Finding("workload", severity,
                               QT_TRANSLATE_NOOP("findings", "{target} posts a week is about {hours} hours of work for "
                                                             "one person; the goal has {given} hours a week."),
                               values, WORKLOAD.steps.basis.judgement,
                               QT_TRANSLATE_NOOP("findings", "Post less often, reuse content across platforms, or "
                                                             "find help."), numbers | {"ratio": ratio}))
    for platform in goal.platform_ids:
        top = max((r.high for r in lookup("posts_per_week", platform, None, ctx.table)
                   if r.platform == platform and r.kind.name.startswith("TOP")), default=None)
        if top is not None and goal.target > WORKLOAD.peers_top_multiple * top:
            out.append(Finding("posting_peers", Severity.ADVICE,
                               QT_TRANSLATE_NOOP("findings", "{target} posts a week on {platform} is more than twice "
                                                             "what its most active brands post ({top})."),
                               values | {"platform": platform_names((platform,)), "top": units.count(top)},
                               WORKLOAD.peers_basis.judgement, "", {"top": top}))
            break
    return out


def _budget(ctx: _Context) -> list[Finding]:
    """A leads goal with a budget: the cost per lead the budget implies, against published costs in dollars."""
    goal = ctx.goal
    if goal.kpi != "leads" or not goal.budget or goal.target <= goal.baseline or goal.days <= 0 or ctx.evidence:
        return []  # with a trend of its own, the goal is judged by its own pace
    # the leads beyond today's, on a straight line from the baseline to the target: what the budget must buy
    # (counted over the calendar months the budget is spent in, not the seasons' effective time of a pace)
    leads = (goal.target - goal.baseline) / 2 * (goal.days / MONTH_DAYS)
    cost = goal.budget / leads
    values: dict[str, Quantity | str] = {"budget": units.money(goal.budget, goal.currency),
                                         "leads": units.count(round(leads)), "cost": units.money(cost, goal.currency)}
    published = _cost_per_lead(ctx, cost, QT_TRANSLATE_NOOP(
        "findings", "The budget gives {target} for each lead beyond today's, {share} of the lowest published cost "
                    "of a lead from ads, {lowest} ({source})."))
    if published:
        return published
    return [Finding("budget", Severity.ADVICE,
                    QT_TRANSLATE_NOOP("findings", "A budget of {budget} for about {leads} more leads is {cost} a "
                                                  "lead."), values,
                    QT_TRANSLATE_NOOP("findings", "Published costs of a lead from ads are in US dollars: $22-49 on "
                                                  "Facebook in 2024-25 (LocaliQ, WordStream, Superads)."),
                    QT_TRANSLATE_NOOP("findings", "Compare it with what a lead costs you today."),
                    {"cost_per_lead": cost, "leads": leads})]


def _ambitious(ctx: _Context) -> bool:
    """The goal asks for more than business as usual: fast growth, a fast flow, or well above its own pace."""
    goal, rule = ctx.goal, RULEBOOK[ctx.goal.kpi]
    if ctx.own is not None and ctx.own.ratio is not None and OWN_PACE.warning is not None:
        return ctx.own.ratio >= OWN_PACE.warning
    if goal.days <= 0 or goal.active_days <= 0 or goal.target <= 0:
        return False
    if rule.judge is Judge.GROWTH:
        base = max(goal.baseline, rule.floor)
        return goal.target > base > 0 and growth_severity(cmgr(base, goal.target, ctx.months),
                                                          goal.target / base) is not None
    if rule.judge is Judge.FLOW and goal.baseline > 0 and goal.target > goal.baseline:
        return flow_severity(cmgr(goal.baseline, goal.target, ctx.months), goal.target / goal.baseline) is not None
    return False


def _resources(ctx: _Context) -> list[Finding]:
    """An ambitious goal, or a leads or sales goal, with no budget and little time."""
    goal = ctx.goal
    costly = goal.objective in COSTLY_OBJECTIVES
    if not (costly or _ambitious(ctx)) or goal.budget or (goal.hours_per_week or 0) >= LIMITS.min_hours_per_week:
        return []
    values: dict[str, Quantity | str] = {"minimum": units.count(LIMITS.min_hours_per_week)}
    template = (QT_TRANSLATE_NOOP("findings", "A leads or sales goal with no budget and under {minimum} hours a "
                                              "week.") if costly else
                QT_TRANSLATE_NOOP("findings", "An ambitious goal with no budget and under {minimum} hours a week."))
    return [Finding("resources", Severity.WARNING, template, values,
                    QT_TRANSLATE_NOOP("findings", "Engagement takes real time every week, and creative work needs "
                                                  "budget."),
                    QT_TRANSLATE_NOOP("findings", "Set aside at least {minimum} hours a week or a budget, or lower "
                                                  "the target."),
                    {"hours_per_week": goal.hours_per_week, "budget": goal.budget})]
