"""SMART rules: time, direction, specificity, relevance, platform fit, service and posting, resources."""

from __future__ import annotations

from planner.domain import catalog
from planner.domain.benchmarks import THRESHOLDS, FigureKind, lookup, newest
from planner.domain.catalog import Direction
from planner.domain.i18n import QT_TRANSLATE_NOOP
from planner.domain.realism.context import LIMITS, MONTH_DAYS, _Context
from planner.domain.realism.findings import Finding, Severity
from planner.domain.realism.text import _date, _num, _platform_names, _value

def _slow_response(ctx: _Context) -> list[Finding]:
    goal, t = ctx.goal, THRESHOLDS
    if goal.kpi != "response_time_hours" or goal.target <= t.response_advice_hours:
        return []
    expected = newest(lookup(goal.kpi, None, [FigureKind.EXPECTED], ctx.table))
    values = {"target": _value(ctx.kpi, goal.target), "limit": _value(ctx.kpi, t.response_advice_hours),
              "suggested": _num(t.response_suggested_hours), "x_hours": _num(t.response_x_complaint_hours),
              "source": expected.source if expected else ""}
    suggestion = (QT_TRANSLATE_NOOP("findings", "Aim for a first reply within {suggested} working hours, and within "
                                                "{x_hours} hour for complaints on X.")
                  if "x" in goal.platform_ids else
                  QT_TRANSLATE_NOOP("findings", "Aim for a first reply within {suggested} working hours."))
    return [Finding("slow_response", Severity.ADVICE,
                    QT_TRANSLATE_NOOP("findings", "A first reply after {target} is slower than customers expect "
                                                  "(more than {limit})."),
                    values, QT_TRANSLATE_NOOP("findings", "Customers expect a reply within {suggested} hours "
                                                          "({source})."),
                    suggestion, {"target": goal.target, "limit": t.response_advice_hours})]


def _too_few_posts(ctx: _Context) -> list[Finding]:
    goal, t = ctx.goal, THRESHOLDS
    if goal.kpi != "posts_per_week" or goal.target >= t.posts_min_per_week:
        return []
    return [Finding("too_few_posts", Severity.ADVICE,
                    QT_TRANSLATE_NOOP("findings", "{target} posts a week is too little to move anything."),
                    {"target": _num(goal.target), "minimum": _num(t.posts_min_per_week)},
                    QT_TRANSLATE_NOOP("findings", "Accounts that grow post several times a week."),
                    QT_TRANSLATE_NOOP("findings", "Post at least {minimum} time a week."),
                    {"target": goal.target})]


def _time(ctx: _Context) -> list[Finding]:
    goal, out = ctx.goal, []
    if goal.deadline < ctx.today and not ctx.reached:
        out.append(Finding("deadline_past", Severity.ERROR,
                           QT_TRANSLATE_NOOP("findings", "The deadline, {deadline}, has passed."),
                           {"deadline": _date(goal.deadline)},
                           QT_TRANSLATE_NOOP("findings", "Every goal needs a period that is still ahead."),
                           QT_TRANSLATE_NOOP("findings", "Set a new deadline, or archive the goal."),
                           {"deadline": goal.deadline.isoformat()}))
    if goal.days < LIMITS.min_days:
        out.append(Finding("too_short", Severity.WARNING,
                           QT_TRANSLATE_NOOP("findings", "The goal runs for fewer than {minimum} days: too short to "
                                                         "measure a change."),
                           {"days": str(goal.days), "minimum": str(LIMITS.min_days)},
                           QT_TRANSLATE_NOOP("findings", "Social media is a marathon, not a sprint: figures need "
                                                         "weeks to show a trend."),
                           QT_TRANSLATE_NOOP("findings", "Give the goal at least {minimum} days."),
                           {"days": goal.days}))
    months = goal.days / MONTH_DAYS
    if months > LIMITS.max_months and not goal.milestones:
        out.append(Finding("too_long", Severity.ADVICE,
                           QT_TRANSLATE_NOOP("findings", "{months} months is too long to steer by one deadline."),
                           {"months": _num(months)},
                           QT_TRANSLATE_NOOP("findings", "Platforms and their algorithms change quickly: goals "
                                                         "need reviewing on the way."),
                           QT_TRANSLATE_NOOP("findings", "Add milestones, for example one each quarter."),
                           {"months": months}))
    return out


def _direction(ctx: _Context) -> list[Finding]:
    goal, kpi = ctx.goal, ctx.kpi
    if kpi.better(goal.target, goal.baseline):
        return []
    values = {"kpi": kpi.name, "target": _value(kpi, goal.target), "baseline": _value(kpi, goal.baseline)}
    template = (QT_TRANSLATE_NOOP("findings", "For {kpi} lower is better, but the target ({target}) is not below "
                                              "the baseline ({baseline}).")
                if kpi.direction is Direction.DOWN else
                QT_TRANSLATE_NOOP("findings", "For {kpi} higher is better, but the target ({target}) is not above "
                                              "the baseline ({baseline})."))
    return [Finding("direction", Severity.ERROR, template, values,
                    QT_TRANSLATE_NOOP("findings", "A goal that asks for no improvement cannot be tracked."),
                    QT_TRANSLATE_NOOP("findings", "Check the baseline and the target."),
                    {"baseline": goal.baseline, "target": goal.target})]


def _vanity(ctx: _Context) -> list[Finding]:
    goal = ctx.goal
    if goal.objective not in ("conversions", "leads") or goal.kpi not in catalog.VANITY_KPIS:
        return []
    objective = catalog.objective(goal.objective)
    values = {"kpi": ctx.kpi.name, "objective": objective.name,
              "kpis": ", ".join(k.name for k in catalog.kpis_for(objective.id))}
    return [Finding("vanity_metric", Severity.WARNING,
                    QT_TRANSLATE_NOOP("findings", "{kpi} measures attention, not {objective}."), values,
                    QT_TRANSLATE_NOOP("findings", "Follower count is not success: 5,000 engaged followers who buy "
                                                  "beat 50,000 who don't, and big followings often come from ads "
                                                  "or fake accounts."),
                    QT_TRANSLATE_NOOP("findings", "Measure it by one of: {kpis}."), {"kpi": goal.kpi})]


def _specific(ctx: _Context) -> list[Finding]:
    goal, out = ctx.goal, []
    statement = goal.statement.strip()
    if statement and not any(ch.isdecimal() for ch in statement):  # any script's digits count
        out.append(Finding("vague_statement", Severity.ADVICE,
                           QT_TRANSLATE_NOOP("findings", "The goal's statement has no number in it."),
                           {"statement": statement},
                           QT_TRANSLATE_NOOP("findings", "A goal like \"lots of followers\" cannot be evaluated."),
                           QT_TRANSLATE_NOOP("findings", "Say how much, on which platform, by when."), {}))
    if not goal.platforms:
        out.append(Finding("no_platform", Severity.WARNING,
                           QT_TRANSLATE_NOOP("findings", "The goal names no platform."), {},
                           QT_TRANSLATE_NOOP("findings", "Each platform needs its own content and its own goals."),
                           QT_TRANSLATE_NOOP("findings", "Choose the platforms where your audience is."), {}))
    return out


def _platform_fit(ctx: _Context) -> list[Finding]:
    goal = ctx.goal
    objective = catalog.objective(goal.objective)
    if not goal.platforms or set(goal.platform_ids) & set(objective.recommended):
        return []
    values = {"objective": objective.name, "recommended": _platform_names(objective.recommended),
              "why": objective.why_recommended, "chosen": _platform_names(goal.platform_ids)}
    return [Finding("platform_fit", Severity.ADVICE,
                    QT_TRANSLATE_NOOP("findings", "For {objective}, the usual platforms are {recommended}; "
                                                  "you chose {chosen}."), values,
                    QT_TRANSLATE_NOOP("findings", "Recommended for {objective}: {why}"),
                    QT_TRANSLATE_NOOP("findings", "Consider {recommended}, if your audience is there."),
                    {"recommended": ",".join(objective.recommended)})]


def _resources(ctx: _Context) -> list[Finding]:
    goal = ctx.goal
    ratio = ctx.own.ratio if ctx.own else None
    aggressive = ((ctx.growth is not None and ctx.growth.cmgr > THRESHOLDS.growth_ambitious)
                  or (ratio is not None and ratio >= LIMITS.own_pace_warning))
    if not aggressive or goal.budget or (goal.hours_per_week or 0) >= LIMITS.min_hours_per_week:
        return []
    values = {"minimum": _num(LIMITS.min_hours_per_week)}
    return [Finding("resources", Severity.WARNING,
                    QT_TRANSLATE_NOOP("findings", "An ambitious goal with no budget and under {minimum} hours a week."),
                    values,
                    QT_TRANSLATE_NOOP("findings", "Engagement takes real time every week, and creative work needs "
                                                  "budget."),
                    QT_TRANSLATE_NOOP("findings", "Set aside at least {minimum} hours a week or a budget, or lower "
                                                  "the target."),
                    {"hours_per_week": goal.hours_per_week, "budget": goal.budget})]

