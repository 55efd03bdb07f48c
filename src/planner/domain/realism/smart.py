"""SMART rules: time, direction, specificity, relevance, platform fit, service and posting, resources."""

from __future__ import annotations

from planner.domain import catalog, units
from planner.domain.benchmarks import FigureKind, lookup, newest
from planner.domain.catalog import Direction
from planner.domain.i18n import QT_TRANSLATE_NOOP
from planner.domain.realism.context import _Context
from planner.domain.realism.findings import Finding, Severity
from planner.domain.realism.rulebook import LIMITS, MONTH_DAYS
from planner.domain.realism.text import platform_names
from planner.domain.units import Quantity

#: KPIs whose definition narrowed (schema 3, plan JSON 2): the definition that now applies, and the others.
NARROWED = {
    "ctr": QT_TRANSLATE_NOOP("findings", "This goal's click-through rate now means the organic link click-through "
                                         "rate: link clicks on your own unpaid posts per impression."),
    "conversion_rate": QT_TRANSLATE_NOOP("findings", "This goal's conversion rate now means the shop conversion "
                                                     "rate: orders per visit from social."),
}
_NARROWED_SWITCH = {
    "ctr": QT_TRANSLATE_NOOP("findings", "If you measure ads, change the KPI to Ad link click-through rate; for "
                                         "YouTube thumbnails, to Thumbnail click-through rate. Saving the goal in "
                                         "its edit window confirms the KPI."),
    "conversion_rate": QT_TRANSLATE_NOOP("findings", "If you measure leads from an ad's form, change the KPI to "
                                                     "Lead-form conversion rate. Saving the goal in its edit window "
                                                     "confirms the KPI."),
}

def _slow_response(ctx: _Context) -> list[Finding]:
    goal, t = ctx.goal, LIMITS
    if goal.kpi != "response_time_hours" or goal.target <= t.response_advice_hours:
        return []
    expected = newest(lookup(goal.kpi, None, [FigureKind.EXPECTED], ctx.table))
    values: dict[str, Quantity | str] = {
        "target": units.value(ctx.kpi, goal.target), "limit": units.value(ctx.kpi, t.response_advice_hours),
        "suggested": units.count(t.response_suggested_hours), "x_hours": units.count(t.response_x_complaint_hours),
        "source": expected.citation if expected else ""}
    suggestion = (QT_TRANSLATE_NOOP("findings", "Aim for a first reply within {suggested} working hours, and within "
                                                "{x_hours} hour for complaints on X.")
                  if "x" in goal.platform_ids else
                  QT_TRANSLATE_NOOP("findings", "Aim for a first reply within {suggested} working hours."))
    return [Finding("slow_response", Severity.ADVICE,
                    QT_TRANSLATE_NOOP("findings", "A first reply after {target} is slower than customers expect "
                                                  "(more than {limit})."),
                    values, QT_TRANSLATE_NOOP("findings", "Half of customers who ask on social media want a reply "
                                                          "within an hour, four in five within a day ({source})."),
                    suggestion, {"target": goal.target, "limit": t.response_advice_hours})]


def _kpi_definition(ctx: _Context) -> list[Finding]:
    """A goal made when its KPI had several definitions: say once which applies now, until the owner confirms."""
    goal = ctx.goal
    if not goal.kpi_to_confirm or goal.kpi not in NARROWED:
        return []
    return [Finding("kpi_definition", Severity.ADVICE, NARROWED[goal.kpi], {"kpi": units.word(ctx.kpi.name)},
                    QT_TRANSLATE_NOOP("findings", "Click-through and conversion rates of ads, of your own posts and "
                                                  "of video thumbnails differ several times over, so one KPI now "
                                                  "holds one definition."),
                    _NARROWED_SWITCH[goal.kpi], {"kpi": goal.kpi})]


def _time(ctx: _Context) -> list[Finding]:
    goal, out = ctx.goal, []
    if goal.deadline < ctx.today and not ctx.reached:
        out.append(Finding("deadline_past", Severity.ERROR,
                           QT_TRANSLATE_NOOP("findings", "The deadline, {deadline}, has passed."),
                           {"deadline": units.when(goal.deadline)},
                           QT_TRANSLATE_NOOP("findings", "Every goal needs a period that is still ahead."),
                           QT_TRANSLATE_NOOP("findings", "Set a new deadline, or archive the goal."),
                           {"deadline": goal.deadline.isoformat()}))
    if goal.days < LIMITS.min_days:
        out.append(Finding("too_short", Severity.WARNING,
                           QT_TRANSLATE_NOOP("findings", "The goal runs for fewer than {minimum}: too short to "
                                                         "measure a change."),
                           {"days": units.days(goal.days), "minimum": units.days(LIMITS.min_days)},
                           QT_TRANSLATE_NOOP("findings", "Social media is a marathon, not a sprint: figures need "
                                                         "weeks to show a trend."),
                           QT_TRANSLATE_NOOP("findings", "Give the goal at least {minimum}."),
                           {"days": goal.days}))
    months = goal.days / MONTH_DAYS
    if months > LIMITS.max_months and not goal.milestones:
        out.append(Finding("too_long", Severity.ADVICE,
                           QT_TRANSLATE_NOOP("findings", "{months} is too long to steer by one deadline."),
                           {"months": units.duration(goal.days)},
                           QT_TRANSLATE_NOOP("findings", "Platforms and their algorithms change quickly: goals "
                                                         "need reviewing on the way."),
                           QT_TRANSLATE_NOOP("findings", "Add milestones, for example one each quarter."),
                           {"months": months}))
    return out


def _direction(ctx: _Context) -> list[Finding]:
    goal, kpi = ctx.goal, ctx.kpi
    if kpi.better(goal.target, goal.baseline):
        return []
    values: dict[str, Quantity | str] = {"kpi": units.word(kpi.name), "target": units.value(kpi, goal.target),
                                         "baseline": units.value(kpi, goal.baseline)}
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
    values: dict[str, Quantity | str] = {"kpi": units.word(ctx.kpi.name), "objective": units.word(objective.name),
                                         "kpis": units.words([k.name for k in catalog.kpis_for(objective.id)])}
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
                           {"statement": units.plain(statement)},
                           QT_TRANSLATE_NOOP("findings", "A goal like \"lots of followers\" cannot be evaluated."),
                           QT_TRANSLATE_NOOP("findings", "Say how much, on which platform, by when."), {}))
    if not goal.platforms:
        out.append(Finding("no_platform", Severity.WARNING,
                           QT_TRANSLATE_NOOP("findings", "The goal names no platform."), {},
                           QT_TRANSLATE_NOOP("findings", "Each platform needs its own content and its own goals."),
                           QT_TRANSLATE_NOOP("findings", "Choose the platforms where your audience is."), {}))
    return out


def _platform_fit(ctx: _Context) -> list[Finding]:
    """Advice only: a platform that no longer suits anything, or platforms none of which suit the objective."""
    goal = ctx.goal
    objective = catalog.objective(goal.objective)
    retired = [p for p in goal.platform_ids if catalog.platform(p).retired]
    if not goal.platforms or (set(goal.platform_ids) & set(objective.suited) and not retired):
        return []
    values: dict[str, Quantity | str] = {
        "objective": units.word(objective.name), "recommended": platform_names(objective.recommended),
        "why": units.word(objective.why_recommended), "chosen": platform_names(goal.platform_ids),
        "retired": platform_names(retired)}
    numbers: dict[str, float | str | None] = {"recommended": ",".join(objective.recommended)}
    if retired:
        return [Finding("platform_fit", Severity.ADVICE,
                        QT_TRANSLATE_NOOP("findings", "{retired} is no longer a place where small businesses find "
                                                      "customers."), values,
                        QT_TRANSLATE_NOOP("findings", "Clubhouse cut half its staff in 2023 and its downloads fell "
                                                      "steeply; the app still reads goals that use it."),
                        QT_TRANSLATE_NOOP("findings", "Consider {recommended}, if your audience is there."), numbers)]
    return [Finding("platform_fit", Severity.ADVICE,
                    QT_TRANSLATE_NOOP("findings", "For {objective}, the usual platforms are {recommended}; "
                                                  "you chose {chosen}."), values,
                    QT_TRANSLATE_NOOP("findings", "Recommended for {objective}: {why}"),
                    QT_TRANSLATE_NOOP("findings", "Consider {recommended}, if your audience is there."), numbers)]
