"""The realism engine: is a goal attainable, specific, relevant and time-bound?

Each rule reads the goal (and its figures, when there are some) and returns
findings in words an owner can act on, with the numbers that triggered them
and, where a published figure is used, its publisher, report and year.  The
engine's own limits live in ``LIMITS``; those derived from published figures
in ``benchmarks.THRESHOLDS`` and the benchmark table.

Texts are templates marked for translation under the context "findings";
their ``values`` are ``units.Quantity`` objects (a KPI's value, a pace, a date,
a catalog word), so the window writes them in the user's language and digits
with ``units.render`` exactly as the ``message`` property does in English.
Messages quote only what the owner entered, or say where a number comes from.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from planner.domain import catalog, series, trajectory, units
from planner.domain.benchmarks import (BENCHMARKS, THRESHOLDS, Benchmark, FigureKind, compare, lookup,
                                       newest)
from planner.domain.catalog import Direction, Kpi, KpiKind, Unit
from planner.domain.forecast import Forecast, Model, forecast
from planner.domain.goals import Goal, Observation
from planner.domain.i18n import QT_TRANSLATE_NOOP
from planner.domain.retarget import retarget
from planner.domain.units import PLAIN, Quantity, render

_ORDER = ("advice", "warning", "error")


class Severity(StrEnum):
    """How bad a finding is; ordered ADVICE < WARNING < ERROR so that max() gives the worst."""

    ADVICE = "advice"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _ORDER.index(self.value)

    def __lt__(self, other: object) -> bool:
        return self.rank < other.rank if isinstance(other, Severity) else NotImplemented

    def __le__(self, other: object) -> bool:
        return self.rank <= other.rank if isinstance(other, Severity) else NotImplemented

    def __gt__(self, other: object) -> bool:
        return self.rank > other.rank if isinstance(other, Severity) else NotImplemented

    def __ge__(self, other: object) -> bool:
        return self.rank >= other.rank if isinstance(other, Severity) else NotImplemented


@dataclass(frozen=True)
class Limits:
    """The engine's own limits (published-figure limits: benchmarks.THRESHOLDS)."""

    own_pace_min_points: int = 3  # figures needed to judge the account's own pace ...
    own_pace_min_days: int = 14  # ... spread over at least this many days
    own_pace_warning: float = 3.0  # needed pace / own pace: warning from here
    own_pace_error: float = 10.0  # ... error ("unrealistic") from here
    min_days: int = 14  # a shorter goal is too short to measure
    max_months: float = 24.0  # a longer goal is too long to steer without milestones
    min_hours_per_week: float = 2.0  # an aggressive goal with less time (and no budget) lacks resources
    off_track_days: int = 14  # the forecast may reach the target this late: two weeks, our own judgement
    max_percent: float = 100.0


LIMITS = Limits()
MONTH_DAYS = units.MONTH_DAYS
#: The monthly growth of these KPIs is what the benchmark table's growth rows measure.
GROWTH_METRIC = {"followers": "audience_growth_rate"}
#: Rates judged as a multiple of the platform's typical figure (BENCHMARKS.md: engagement per follower).
MULTIPLE_RULE_METRICS = frozenset({"engagement_rate_followers"})


@dataclass(frozen=True)
class Finding:
    """One thing the engine has to say about a goal.

    ``values`` are what the templates name (quantities and words, see
    ``units``); ``numbers`` the raw key numbers (for JSON).  ``message``, ``why``
    and ``suggestion`` are the texts in plain English.
    """

    code: str
    severity: Severity
    template: str
    values: dict[str, Quantity | str] = field(default_factory=dict)
    why_template: str = ""
    suggestion_template: str = ""
    numbers: dict[str, float | str | None] = field(default_factory=dict)

    def texts(self, style: units.Style = PLAIN) -> tuple[str, str, str]:
        """The message, the why and the suggestion in *style*."""
        return tuple(render(t, self.values, style, "findings")  # type: ignore[return-value]
                     for t in (self.template, self.why_template, self.suggestion_template))

    @property
    def message(self) -> str:
        return self.texts()[0]

    @property
    def why(self) -> str:
        return self.texts()[1]

    @property
    def suggestion(self) -> str:
        return self.texts()[2]


@dataclass(frozen=True)
class Suggestion:
    """A target the goal reaches by its deadline, less ambitious than the owner's, and what it rests on.

    ``value`` is what "Use this" puts in the target; ``low`` to ``high`` is where
    the trend is likely to be on the deadline (None when the suggestion comes from
    published growth figures).
    """

    value: float
    deadline: date
    template: str
    basis_template: str
    values: dict[str, Quantity | str]
    numbers: dict[str, float | str | None]
    low: float | None = None
    high: float | None = None

    def texts(self, style: units.Style = PLAIN) -> tuple[str, str]:
        """The suggestion and what it is based on, in *style*."""
        return (render(self.template, self.values, style, "findings"),
                render(self.basis_template, self.values, style, "findings"))

    @property
    def message(self) -> str:
        return self.texts()[0]

    @property
    def basis(self) -> str:
        return self.texts()[1]


def worst(findings: Iterable[Finding]) -> Severity | None:
    return max((f.severity for f in findings), default=None)


# ---------------------------------------------------------------- words

MODEL_WORDS = {Model.LINEAR: QT_TRANSLATE_NOOP("findings", "straight-line"),
               Model.LOG_LINEAR: QT_TRANSLATE_NOOP("findings", "steady-growth")}
FIELD_WORDS = {"baseline": QT_TRANSLATE_NOOP("findings", "baseline"),
               "target": QT_TRANSLATE_NOOP("findings", "target")}


def _platform_names(ids: Iterable[str]) -> Quantity:
    return units.words([catalog.platform(p).name for p in ids])


# ---------------------------------------------------------------- context


@dataclass(frozen=True)
class _OwnPace:
    needed: float  # per day, in the KPI's direction (positive: the goal needs progress)
    history: float  # per day, in the KPI's direction (the trend on the latest figure's date)
    weeks: int  # the history window

    @property
    def ratio(self) -> float | None:
        return self.needed / self.history if self.history > 0 else None


@dataclass(frozen=True)
class _Growth:
    cmgr: float  # percent per month the goal needs
    months: float
    base: float  # the follower count the growth is measured from
    total: float  # target / base


@dataclass(frozen=True)
class _Context:
    goal: Goal
    kpi: Kpi
    today: date
    table: tuple[Benchmark, ...]
    points: list[tuple[date, float]]
    fc: Forecast
    own: _OwnPace | None
    growth: _Growth | None

    @property
    def sign(self) -> float:
        return 1.0 if self.kpi.direction is Direction.UP else -1.0

    @property
    def reached(self) -> bool:
        return bool(self.points) and not self.kpi.better(self.goal.target, self.points[-1][1])


def _has_history(fc: Forecast) -> bool:
    """Enough figures, over enough days, to judge the account by its own pace."""
    return fc.ok and fc.n >= LIMITS.own_pace_min_points and fc.span_days >= LIMITS.own_pace_min_days


def _own_pace(goal: Goal, kpi: Kpi, points: list[tuple[date, float]], fc: Forecast,
              today: date) -> _OwnPace | None:
    """The pace needed from today (from the latest figure) and the trend's pace at the latest figure; None
    when not needed or unknown.  The needed pace is the verdict's (trajectory.needed_per_day)."""
    if not _has_history(fc) or fc.fit is None:
        return None
    when, latest = points[-1]
    sign = 1.0 if kpi.direction is Direction.UP else -1.0
    needed = trajectory.needed_per_day(goal, latest, when, today)
    if needed is None or sign * needed <= 0:
        return None
    return _OwnPace(sign * needed, sign * fc.fit.per_day(when), max(1, round(fc.span_days / 7)))


def _growth(goal: Goal, has_history: bool) -> _Growth | None:
    """The compound monthly growth the goal needs, for KPIs the growth benchmarks cover.

    Small accounts grow faster in percentage terms: below THRESHOLDS.small_account
    they are judged by their own pace when there is one; without, growth is
    measured from the small-account size, so that a few hundred followers more
    is not "unrealistic" but a million is.
    """
    if goal.kpi not in GROWTH_METRIC or goal.days <= 0 or goal.active_days <= 0:
        return None
    small = goal.baseline < THRESHOLDS.small_account
    if small and has_history:
        return None
    base = max(goal.baseline, THRESHOLDS.small_account) if small else goal.baseline
    if goal.target <= base:
        return None
    months = goal.active_days / MONTH_DAYS  # seasons: a paused month is no month of growth
    total = goal.target / base
    return _Growth(100.0 * (math.exp(min(math.log(total) / months, 700.0)) - 1), months, base, total)


def _context(goal: Goal, observations: Iterable[Observation], today: date,
             table: Iterable[Benchmark], fc: Forecast | None) -> _Context:
    observations = list(observations)
    kpi = goal.kpi_def
    points = series.combined(goal, observations)
    fc = fc or forecast(goal, observations, today)
    return _Context(goal, kpi, today, tuple(table), points, fc, _own_pace(goal, kpi, points, fc, today),
                    _growth(goal, _has_history(fc)))


# ---------------------------------------------------------------- rules

Rule = Callable[[_Context], list[Finding]]


def _own_pace_rule(ctx: _Context) -> list[Finding]:
    own, kpi = ctx.own, ctx.kpi
    if own is None:
        return []
    period = units.pace_period(kpi, ctx.goal.days)  # per month for rates, never for a goal under a month
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
    small = ctx.goal.kpi in GROWTH_METRIC and ctx.goal.baseline < THRESHOLDS.small_account
    if own.ratio < (THRESHOLDS.small_account_own_pace if small else LIMITS.own_pace_warning):
        return []
    values["ratio"] = units.ratio(own.ratio)
    severity = Severity.ERROR if own.ratio >= LIMITS.own_pace_error else Severity.WARNING
    template = QT_TRANSLATE_NOOP("findings", "The goal needs {needed}, {ratio} times the {history} your figures "
                                             "show over the last {weeks}.")
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
    goal = ctx.goal
    weekly = goal.days < MONTH_DAYS  # a goal shorter than a month: its growth is said per week
    growth = 100.0 * (math.exp(min(math.log(g.total) * 7 / goal.active_days, 700.0)) - 1) if weekly else g.cmgr
    values: dict[str, Quantity | str] = {
        "growth": units.share(growth), "duration": units.duration(goal.days),
        "baseline": units.value(ctx.kpi, goal.baseline), "base": units.value(ctx.kpi, g.base),
        "target": units.value(ctx.kpi, goal.target), "ambitious": units.share(t.growth_ambitious),
        "unrealistic": units.share(t.growth_unrealistic), "unrealistic_year": units.share(t.growth_unrealistic_year)}
    numbers: dict[str, float | str | None] = {"cmgr_percent": g.cmgr, "months": g.months, "base": g.base}
    if strong is not None:
        values |= {"strong": units.share(strong.high), "platform": units.word(catalog.platform(strong.platform).name),
                   "source": strong.citation}
        numbers |= {"strong_percent": strong.high, "source": strong.source}
    # quote the owner's own baseline; a small account is measured from THRESHOLDS.small_account, and says so
    if g.base == goal.baseline:
        template = (QT_TRANSLATE_NOOP("findings", "Going from {baseline} to {target} followers in {duration} needs "
                                                  "{growth} growth a week.") if weekly else
                    QT_TRANSLATE_NOOP("findings", "Going from {baseline} to {target} followers in {duration} needs "
                                                  "{growth} growth a month."))
    else:
        template = (QT_TRANSLATE_NOOP("findings", "Going from {baseline} to {target} followers in {duration} needs "
                                                  "{growth} growth a week, even counted from {base} followers "
                                                  "(small accounts are measured from there: they grow faster in "
                                                  "percentage terms).") if weekly else
                    QT_TRANSLATE_NOOP("findings", "Going from {baseline} to {target} followers in {duration} needs "
                                                  "{growth} growth a month, even counted from {base} followers "
                                                  "(small accounts are measured from there: they grow faster in "
                                                  "percentage terms)."))
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
    values: dict[str, Quantity | str] = {
        "kpi": units.word(kpi.name), "target": units.value(kpi, target), "figure": units.value(kpi, row.high),
        "platform": units.word(catalog.platform(platform).name), "ratio": units.ratio(ratio), "source": row.citation}
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
    # the owner is told where the figure comes from (publisher, report, year) and what it is, in words;
    # how we derived a limit from it is in the benchmarks table, not in the finding
    if row.kind is FigureKind.CEILING:
        why = QT_TRANSLATE_NOOP("findings", "Even the industries that do best on {platform} reach about {figure}: "
                                            "our limit, worked out from {source}. Figures are compared only when "
                                            "they are measured the same way as yours.")
    elif row.kind is FigureKind.FLAG:
        why = QT_TRANSLATE_NOOP("findings", "Published figures on {platform} stop at about {figure}: our limit, "
                                            "worked out from {source}. Figures are compared only when they are "
                                            "measured the same way as yours.")
    else:
        why = QT_TRANSLATE_NOOP("findings", "A typical figure on {platform} is {figure} ({source}), measured the "
                                            "same way as yours.")
    return [Finding("rate_ceiling", severity, template, values, why,
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
                    {"field": units.word(FIELD_WORDS[name], "findings"), "value": units.value(kpi, value),
                     "kpi": units.word(kpi.name)},
                    QT_TRANSLATE_NOOP("findings", "A percentage of something cannot be more than all of it."),
                    QT_TRANSLATE_NOOP("findings", "Check the figure: perhaps it was entered as a count."),
                    {"field": name, "value": value})]


def _slow_response(ctx: _Context) -> list[Finding]:
    goal, t = ctx.goal, THRESHOLDS
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
                    values, QT_TRANSLATE_NOOP("findings", "Customers expect a reply within {suggested} hours "
                                                          "({source})."),
                    suggestion, {"target": goal.target, "limit": t.response_advice_hours})]


def _too_few_posts(ctx: _Context) -> list[Finding]:
    goal, t = ctx.goal, THRESHOLDS
    if goal.kpi != "posts_per_week" or goal.target >= t.posts_min_per_week:
        return []
    return [Finding("too_few_posts", Severity.ADVICE,
                    QT_TRANSLATE_NOOP("findings", "{target} posts a week is too little to move anything."),
                    {"target": units.count(goal.target), "minimum": units.count(t.posts_min_per_week)},
                    QT_TRANSLATE_NOOP("findings", "Accounts that grow post several times a week."),
                    QT_TRANSLATE_NOOP("findings", "Post at least {minimum} time a week."),
                    {"target": goal.target})]


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
    goal = ctx.goal
    objective = catalog.objective(goal.objective)
    if not goal.platforms or set(goal.platform_ids) & set(objective.recommended):
        return []
    values: dict[str, Quantity | str] = {
        "objective": units.word(objective.name), "recommended": _platform_names(objective.recommended),
        "why": units.word(objective.why_recommended), "chosen": _platform_names(goal.platform_ids)}
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
    values: dict[str, Quantity | str] = {"minimum": units.count(LIMITS.min_hours_per_week)}
    return [Finding("resources", Severity.WARNING,
                    QT_TRANSLATE_NOOP("findings", "An ambitious goal with no budget and under {minimum} hours a week."),
                    values,
                    QT_TRANSLATE_NOOP("findings", "Engagement takes real time every week, and creative work needs "
                                                  "budget."),
                    QT_TRANSLATE_NOOP("findings", "Set aside at least {minimum} hours a week or a budget, or lower "
                                                  "the target."),
                    {"hours_per_week": goal.hours_per_week, "budget": goal.budget})]


def _off_track(ctx: _Context) -> list[Finding]:
    goal, fc = ctx.goal, ctx.fc
    tracking = goal.start <= ctx.today <= goal.deadline and fc.ok and ctx.points[-1][0] >= goal.start
    if not tracking or ctx.reached or not fc.misses_deadline(LIMITS.off_track_days):
        return []
    values: dict[str, Quantity | str] = {
        "kpi": units.word(ctx.kpi.name), "target": units.value(ctx.kpi, goal.target, goal.currency),
        "deadline": units.when(goal.deadline), "weeks": units.weeks(max(1, round(fc.span_days / 7))),
        "model": units.word(MODEL_WORDS[fc.model], "findings")}
    numbers: dict[str, float | str | None] = {"days_late": fc.days_late, "deadline_value": fc.deadline_value}
    if fc.reaches_on is None:
        template = QT_TRANSLATE_NOOP("findings", "At the trend of the last {weeks}, {kpi} will not reach "
                                                 "{target}.")
    else:
        values |= {"date": units.when(fc.reaches_on), "days": units.days(fc.days_late)}
        template = QT_TRANSLATE_NOOP("findings", "At the trend of the last {weeks}, {kpi} reaches {target} on "
                                                 "{date}, {days} after the deadline.")
    return [Finding("off_track", Severity.WARNING, template, values,
                    QT_TRANSLATE_NOOP("findings", "A {model} trend fitted to your recent figures."),
                    QT_TRANSLATE_NOOP("findings", "Change what you do, or move the deadline."), numbers)]


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


# ---------------------------------------------------------------- suggestion


def _toward(x: float, floor: float, kpi: Kpi) -> float:
    """*x* rounded towards *floor*, to two significant digits of the distance between them (whole for
    counts): a trend reaching 1,878 from 1,612 suggests 1,870; 4.927% from 4.3% suggests 4.92%."""
    gap = abs(x - floor)
    if gap == 0 or not math.isfinite(gap):
        return floor
    step = 10.0 ** (math.floor(math.log10(gap)) - 1)
    if kpi.unit is Unit.COUNT:
        step = max(step, 1.0)
    return round((math.floor if x > floor else math.ceil)(x / step) * step, 10)


def _typical_growth(goal: Goal, benchmarks: Iterable[Benchmark]) -> tuple[float, list[Benchmark]] | None:
    """The median of the typical published monthly growth figures for the goal's platforms (each
    figure's middle when it is a range), and the rows it comes from."""
    if goal.kpi not in GROWTH_METRIC:
        return None
    rows = [r for p in goal.platform_ids
            for r in lookup(GROWTH_METRIC[goal.kpi], p, [FigureKind.TYPICAL, FigureKind.MEDIAN], benchmarks)
            if r.platform == p]
    if not rows:
        return None
    return statistics.median((r.low + r.high) / 2 for r in rows), rows


def suggest_target(goal: Goal, observations: Iterable[Observation], today: date,
                   benchmarks: Iterable[Benchmark] = BENCHMARKS, fc: Forecast | None = None) -> Suggestion | None:
    """A target the goal reaches by its deadline, when the owner's is beyond it; None when there is
    nothing better to offer.

    The target is where the trend of the owner's figures is on the deadline (or,
    without a trend, where typical published growth takes the baseline),
    rounded towards the latest figure.  It is never more ambitious than the
    owner's target (the engine never raises a target), never offered for a
    vanity metric (the goal needs another KPI, not another number) nor after the
    deadline (it needs a new deadline), must improve on the latest figure and the
    baseline, and is lowered until the engine no longer calls it unrealistic.
    """
    kpi = goal.kpi_def
    if today > goal.deadline or (goal.objective in ("conversions", "leads") and goal.kpi in catalog.VANITY_KPIS):
        return None
    observations = list(observations)
    points = series.combined(goal, observations)
    floor = goal.baseline
    if points and kpi.better(points[-1][1], floor):
        floor = points[-1][1]
    fc = fc or forecast(goal, observations, today)
    values: dict[str, Quantity | str] = {"deadline": units.when(goal.deadline)}
    low = high = None
    if fc.ok:
        reach = fc.deadline_value
        low, high = fc.interval(goal.deadline)
        weeks = max(1, round(fc.span_days / 7))
        values |= {"weeks": units.weeks(weeks), "low": units.value(kpi, low, goal.currency),
                   "high": units.value(kpi, high, goal.currency)}
        if values["low"].text() != values["high"].text():
            template = QT_TRANSLATE_NOOP("findings", "A target of {value} by {deadline} is within reach: your trend "
                                                     "is likely to be between {low} and {high} then.")
            lowered = QT_TRANSLATE_NOOP("findings", "A target of {value} by {deadline} is the most ambitious the "
                                                    "findings do not call unrealistic; your trend is likely to be "
                                                    "between {low} and {high} then.")
        else:  # figures exactly on a line: no spread to speak of
            template = QT_TRANSLATE_NOOP("findings", "A target of {value} by {deadline} is within reach: your trend "
                                                     "is at about {low} then.")
            lowered = QT_TRANSLATE_NOOP("findings", "A target of {value} by {deadline} is the most ambitious the "
                                                    "findings do not call unrealistic; your trend is at about {low} "
                                                    "then.")
        basis = QT_TRANSLATE_NOOP("findings", "your trend over the last {weeks}")
        numbers: dict[str, float | str | None] = {"weeks": weeks, "model": str(fc.model), "low": low, "high": high}
    else:
        typical = _typical_growth(goal, benchmarks)
        if typical is None or goal.baseline <= 0 or goal.days <= 0 or goal.active_days <= 0:
            return None
        growth, rows = typical
        reach = goal.baseline * (1 + growth / 100) ** (goal.active_days / MONTH_DAYS)
        weekly = goal.days < MONTH_DAYS  # never "a month" for a goal shorter than one
        shown = 100 * ((1 + growth / 100) ** (7 / MONTH_DAYS) - 1) if weekly else growth
        values |= {"growth": units.share(shown), "baseline": units.value(kpi, goal.baseline, goal.currency),
                   "sources": "; ".join(dict.fromkeys(r.citation for r in rows))}
        template = (QT_TRANSLATE_NOOP("findings", "A target of {value} by {deadline} is within reach at the "
                                                  "typical growth of {growth} a week from your baseline of "
                                                  "{baseline}.") if weekly else
                    QT_TRANSLATE_NOOP("findings", "A target of {value} by {deadline} is within reach at the "
                                                  "typical growth of {growth} a month from your baseline of "
                                                  "{baseline}."))
        lowered = QT_TRANSLATE_NOOP("findings", "A target of {value} by {deadline} is the most ambitious the findings "
                                                "do not call unrealistic; typical growth would reach {reach}.")
        values["reach"] = units.value(kpi, reach, goal.currency)
        basis = QT_TRANSLATE_NOOP("findings", "published growth figures ({sources})")
        numbers = {"growth_percent": growth, "sources": values["sources"]}
    if not kpi.better(reach, floor) or not kpi.better(goal.target, reach):
        return None  # the trend does not improve on the figures, or it reaches the owner's target already
    nearest = _toward(reach, floor, kpi)
    value = _realistic(goal, nearest, floor, observations, today, benchmarks)
    if value is None:
        return None
    if value != nearest:  # the engine called what the figures reach unrealistic: say so
        template = lowered
    values["value"] = units.value(kpi, value, goal.currency)
    numbers |= {"value": value, "deadline": goal.deadline.isoformat()}
    return Suggestion(value, goal.deadline, template, basis, values, numbers, low, high)


#: Halvings when lowering a suggestion the engine calls unrealistic: a millionth of the distance.
_SEARCH_STEPS = 20


def _realistic(goal: Goal, candidate: float, floor: float, observations: list[Observation], today: date,
               benchmarks: Iterable[Benchmark]) -> float | None:
    """The most ambitious target from *floor* (excluded) to *candidate* the engine does not call
    unrealistic, rounded towards *floor*; None when there is none (an error that no target fixes).
    Each is judged as "Use this" would leave the goal (``retarget``: platform targets follow)."""
    kpi = goal.kpi_def
    benchmarks = tuple(benchmarks)

    def realistic(value: float) -> bool:
        trial = retarget(goal, value).after
        return kpi.better(value, floor) and worst(check(trial, observations, today, benchmarks)) is not Severity.ERROR

    if realistic(candidate):
        return candidate
    good, bad = floor, candidate
    for _ in range(_SEARCH_STEPS):
        middle = (good + bad) / 2
        if realistic(middle):
            good = middle
        else:
            bad = middle
    if good == floor:
        return None
    value = _toward(good, floor, kpi)
    return value if realistic(value) else None
