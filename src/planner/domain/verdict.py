"""The verdict: will this goal be met, and if not, what now?  One answer per goal, the same everywhere.

``assess(goal, observations, today, fc, findings)`` turns a goal, its figures,
today, its forecast and the realism engine's findings into an ``Assessment``:
the verdict, one sentence in the owner's units, and the pace facts (buffer,
derail date, pace needed and own pace per week, the forecast on the deadline,
what is needed by next week, next month and the deadline).  Every view (goal
list, header, overview, chart, PDF) and ``planner check/goals --json`` show
it; none recomputes it.

The verdict, first that holds wins:

1. ``achieved``: the latest figure since the start (up to the deadline) is at
   or beyond the target;
2. ``missed``: the deadline has passed (the deadline day itself is still in
   time);
3. ``unrealistic``: an error finding of the realism engine stands;
4. ``no_data`` when there is no figure dated after the start yet;
5. ``off_course``: the forecast misses the target on the deadline by more than
   the tolerance band (trajectory.tolerance on the deadline: 5% of the way);
6. ``at_risk``: the latest figure is behind the target line's band, or the
   forecast misses the target within the band;
7. ``ahead``: ahead of the band, and the forecast reaches the target;
8. ``on_course``: within the band, and the forecast reaches the target.

``ahead`` and ``on_course`` need a forecast (3 figures on different dates):
with one or two figures the verdict says only what is known.  Behind the band
is ``at_risk`` (that needs no forecast); on or ahead of the line is
``no_data`` with the sentence "on the target line so far; a forecast needs
figures on 3 different dates": never "on course" on a guess.

Pace facts are in the KPI's units, signed like the KPI (negative for
lower-is-better KPIs).  The JSON names (``Assessment.as_json``) are the ones
``planner check --json`` prints; docs in README.md ("The verdict").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum

from planner.domain import realism, series, trajectory, units
from planner.domain.catalog import Direction, Period
from planner.domain.forecast import Forecast, forecast
from planner.domain.goals import Goal, Observation
from planner.domain.i18n import QT_TRANSLATE_NOOP
from planner.domain.units import Message, Style

#: Days ahead of today for the "needed by" table's first two rows.
NEXT_WEEK_DAYS = 7
NEXT_MONTH_DAYS = 30
#: The forecast "reaches" the target when it falls short by no more than this share of the target (float
#: rounding: figures exactly on a straight target line give back the target to about 1e-13).
REACH_SLACK = 1e-9


class Verdict(StrEnum):
    ACHIEVED = "achieved"
    MISSED = "missed"
    UNREALISTIC = "unrealistic"
    OFF_COURSE = "off_course"
    AT_RISK = "at_risk"
    AHEAD = "ahead"
    ON_COURSE = "on_course"
    NO_DATA = "no_data"

    @property
    def label(self) -> str:
        """The English label (context "verdict"): what the chip, the filter and the PDF say."""
        return LABELS[self]

    @property
    def rank(self) -> int:
        """0 for the best verdict (achieved) up to 7 for the worst (missed): for sorting and counting."""
        return BEST_FIRST.index(self)


LABELS = {
    Verdict.ACHIEVED: QT_TRANSLATE_NOOP("verdict", "Achieved"),
    Verdict.MISSED: QT_TRANSLATE_NOOP("verdict", "Missed"),
    Verdict.UNREALISTIC: QT_TRANSLATE_NOOP("verdict", "Unrealistic"),
    Verdict.OFF_COURSE: QT_TRANSLATE_NOOP("verdict", "Off course"),
    Verdict.AT_RISK: QT_TRANSLATE_NOOP("verdict", "At risk"),
    Verdict.AHEAD: QT_TRANSLATE_NOOP("verdict", "Ahead"),
    Verdict.ON_COURSE: QT_TRANSLATE_NOOP("verdict", "On course"),
    Verdict.NO_DATA: QT_TRANSLATE_NOOP("verdict", "Too early"),
}
BEST_FIRST = (Verdict.ACHIEVED, Verdict.AHEAD, Verdict.ON_COURSE, Verdict.NO_DATA, Verdict.AT_RISK,
              Verdict.OFF_COURSE, Verdict.UNREALISTIC, Verdict.MISSED)


class Reason(StrEnum):
    """Which rule gave the verdict (two verdicts have two ways in)."""

    REACHED = "reached"
    DEADLINE_PASSED = "deadline_passed"
    ERROR_FINDING = "error_finding"
    NO_FIGURES = "no_figures"  # no_data: nothing since the start
    NO_FORECAST = "no_forecast"  # no_data: one or two figures, on or ahead of the line
    FORECAST_MISSES = "forecast_misses"  # off_course
    BEHIND_BAND = "behind_band"  # at_risk: the latest figure
    FORECAST_SHORT = "forecast_short"  # at_risk: the forecast, within the band
    AHEAD_OF_BAND = "ahead_of_band"
    IN_BAND = "in_band"


class Horizon(StrEnum):
    NEXT_WEEK = "next_week"
    NEXT_MONTH = "next_month"
    DEADLINE = "deadline"


@dataclass(frozen=True)
class NeededBy:
    """Where the figures must be on a date: the target line, and the band's edge they must not cross."""

    horizon: Horizon
    when: date
    line: float
    edge: float  # the least value in the band (the most, for a lower-is-better KPI)


@dataclass(frozen=True)
class Assessment:
    """A goal's verdict, its sentence and its pace facts on one day."""

    verdict: Verdict
    reason: Reason
    sentence: Message
    today: date
    #: the latest figure since the start, up to the deadline, and its date (None: no figure yet)
    current: float | None = None
    current_date: date | None = None
    expected: float | None = None  # the target line on current_date
    lead: float | None = None  # current - expected, positive when better in the KPI's direction
    tolerance: float | None = None  # half the band's width on current_date
    percent: float | None = None  # of the way from the baseline to the target (may pass 0 or 100)
    forecast: Forecast | None = None  # None: no forecast (fewer than 3 figures on different dates)
    forecast_at_deadline: float | None = None
    reaches_on: date | None = None  # when the forecast reaches the target (None: not within 10 years)
    #: KPI units a week needed from today (from the latest figure, or the baseline without one)
    needed_per_week: float | None = None
    own_per_week: float | None = None  # the forecast's pace at the latest figure
    #: days from today the latest figure stays in the band if nothing improves (it covers the deadline
    #: when ``buffer_to_deadline``); 0: out of the band today
    buffer_days: int | None = None
    buffer_to_deadline: bool = False
    derail_date: date | None = None  # the first day from today the forecast is out of the band
    needed_by: tuple[NeededBy, ...] = ()
    #: the codes of the error findings that make the goal unrealistic
    errors: tuple[str, ...] = ()
    pace_period: Period = Period.WEEK  # how to show paces: per week, or per month for rates

    @property
    def label(self) -> str:
        return self.verdict.label

    def text(self, style: Style | None = None) -> str:
        """The sentence in *style* (plain English by default)."""
        return self.sentence.text(style)

    def as_json(self) -> dict:
        """The verdict and its facts as ``planner check --json`` and ``planner goals --json`` print them."""
        iso = lambda d: d.isoformat() if d else None  # noqa: E731
        return {
            "verdict": self.verdict.value,
            "verdict_label": self.verdict.label,
            "sentence": self.text(),
            "reason": self.reason.value,
            "latest_value": self.current,
            "latest_date": iso(self.current_date),
            "percent": self.percent,
            "forecast_at_deadline": self.forecast_at_deadline,
            "reaches_on": iso(self.reaches_on),
            "needed_per_week": self.needed_per_week,
            "own_per_week": self.own_per_week,
            "buffer_days": self.buffer_days,
            "buffer_to_deadline": self.buffer_to_deadline,
            "derail_date": iso(self.derail_date),
            "needed_by": [{"horizon": n.horizon.value, "date": n.when.isoformat(), "line": n.line, "edge": n.edge}
                          for n in self.needed_by],
            "errors": list(self.errors),
        }


def assess(goal: Goal, observations: Iterable[Observation], today: date, fc: Forecast | None = None,
           findings: Sequence[realism.Finding] | None = None) -> Assessment:
    """The verdict on *goal* on *today*.

    *fc* and *findings* are the goal's forecast and findings when the caller has
    them (the window caches both); they are computed when not given.
    """
    observations = list(observations)
    fc = fc or forecast(goal, observations, today)
    if findings is None:
        findings = realism.check(goal, observations, today, fc=fc)
    errors = tuple(f.code for f in findings if f.severity is realism.Severity.ERROR)
    kpi = goal.kpi_def
    sign = 1.0 if kpi.direction is Direction.UP else -1.0
    since = [p for p in series.combined(goal, observations) if goal.start < p[0] <= goal.deadline]
    facts: dict = {"today": today, "errors": errors, "pace_period": units.pace_period(kpi, goal.days)}
    current = current_date = None
    if since:
        current_date, current = since[-1]
        expected = trajectory.expected(goal, current_date)
        span = goal.target - goal.baseline
        facts |= {"current": current, "current_date": current_date, "expected": expected,
                  "lead": sign * (current - expected), "tolerance": trajectory.tolerance(goal, current_date),
                  "percent": 100.0 * (current - goal.baseline) / span if span else 100.0}
    if current is not None and not kpi.better(goal.target, current):
        return _make(goal, Verdict.ACHIEVED, Reason.REACHED, facts)
    if today > goal.deadline:
        return _make(goal, Verdict.MISSED, Reason.DEADLINE_PASSED, facts)
    facts |= _pace_facts(goal, fc if fc.ok else None, today, current, current_date)
    if errors:
        return _make(goal, Verdict.UNREALISTIC, Reason.ERROR_FINDING, facts)
    if current is None:
        return _make(goal, Verdict.NO_DATA, Reason.NO_FIGURES, facts)
    lead, tol = facts["lead"], facts["tolerance"]
    behind = lead < -tol
    if not fc.ok:
        return _make(goal, *((Verdict.AT_RISK, Reason.BEHIND_BAND) if behind
                             else (Verdict.NO_DATA, Reason.NO_FORECAST)), facts)
    shortfall = sign * (goal.target - fc.deadline_value)
    reaches = shortfall <= REACH_SLACK * max(1.0, abs(goal.target))
    if not reaches and shortfall > trajectory.tolerance_at(goal, goal.target):
        return _make(goal, Verdict.OFF_COURSE, Reason.FORECAST_MISSES, facts)
    if behind:
        return _make(goal, Verdict.AT_RISK, Reason.BEHIND_BAND, facts)
    if not reaches:
        return _make(goal, Verdict.AT_RISK, Reason.FORECAST_SHORT, facts)
    if lead > tol:
        return _make(goal, Verdict.AHEAD, Reason.AHEAD_OF_BAND, facts)
    return _make(goal, Verdict.ON_COURSE, Reason.IN_BAND, facts)


# ---------------------------------------------------------------- pace facts


def _pace_facts(goal: Goal, fc: Forecast | None, today: date, current: float | None,
                current_date: date | None) -> dict:
    facts: dict = {}
    needed = (trajectory.needed_per_day(goal, current, current_date, today) if current is not None
              else trajectory.needed_per_day(goal, goal.baseline, goal.start, today))
    if needed is not None:
        facts["needed_per_week"] = 7.0 * needed
    if fc is not None:
        facts |= {"forecast": fc, "forecast_at_deadline": fc.deadline_value, "reaches_on": fc.reaches_on,
                  "own_per_week": 7.0 * fc.fit.per_day(fc.last_date), "derail_date": _derail(goal, fc, today)}
    if current is not None:
        facts["buffer_days"], facts["buffer_to_deadline"] = _buffer(goal, current, today)
    if today < goal.deadline:
        rows = [(Horizon.NEXT_WEEK, today + timedelta(days=NEXT_WEEK_DAYS)),
                (Horizon.NEXT_MONTH, today + timedelta(days=NEXT_MONTH_DAYS))]
        rows = [(h, d) for h, d in rows if d < goal.deadline] + [(Horizon.DEADLINE, goal.deadline)]
        facts["needed_by"] = tuple(NeededBy(h, d, trajectory.expected(goal, d), trajectory.edge(goal, d))
                                   for h, d in rows)
    return facts


def _out_of_band(goal: Goal, value: float, day: date) -> bool:
    return goal.kpi_def.better(trajectory.edge(goal, day), value)


def _buffer(goal: Goal, current: float, today: date) -> tuple[int, bool]:
    """Days from today until *current*, unchanged, is out of the band; (days to the deadline, True) when
    it stays in the band through the deadline.  The band's edge only moves one way: bisect."""
    last = max(0, (goal.deadline - today).days)
    if not _out_of_band(goal, current, today + timedelta(days=last)):
        return last, True
    lo, hi = 0, last
    while lo < hi:
        mid = (lo + hi) // 2
        if _out_of_band(goal, current, today + timedelta(days=mid)):
            hi = mid
        else:
            lo = mid + 1
    return lo, False


def _derail(goal: Goal, fc: Forecast, today: date) -> date | None:
    """The first day from today to the deadline on which the forecast is out of the band (None: never).

    Day by day: the forecast and a stepped line can cross more than once.
    """
    day = today
    while day <= goal.deadline:
        if _out_of_band(goal, fc.value_at(day), day):
            return day
        day += timedelta(days=1)
    return None


# ---------------------------------------------------------------- the sentence

_HEADS = {
    "reached": QT_TRANSLATE_NOOP("verdict", "Reached {current} on {date} (target {target})"),
    "missed": QT_TRANSLATE_NOOP("verdict", "The deadline, {deadline}, passed at {current} (target {target})"),
    "missed_empty": QT_TRANSLATE_NOOP("verdict", "The deadline, {deadline}, passed with no figure since the "
                                                 "start"),
    "out_of_reach": QT_TRANSLATE_NOOP("verdict", "{target} by {deadline} is out of reach: see the findings"),
    "forecast": QT_TRANSLATE_NOOP("verdict", "About {forecast} by {deadline} (target {target})"),
    "behind": QT_TRANSLATE_NOOP("verdict", "{current} on {date}, behind the target line ({expected} then)"),
    "ahead": QT_TRANSLATE_NOOP("verdict", "{current} on {date}, ahead of the target line ({expected} then)"),
    "on_line_so_far": QT_TRANSLATE_NOOP("verdict", "{current} on {date}, on the target line so far"),
    "ahead_so_far": QT_TRANSLATE_NOOP("verdict", "{current} on {date}, ahead of the target line so far "
                                                 "({expected} then)"),
    "no_figures": QT_TRANSLATE_NOOP("verdict", "No figure since the start, {start}, yet"),
    "not_started": QT_TRANSLATE_NOOP("verdict", "The goal starts on {start}"),
}
_CLAUSES = {
    "needs_you_do": QT_TRANSLATE_NOOP("verdict", "needs {needed}, you do {own}"),
    "needs": QT_TRANSLATE_NOOP("verdict", "needs {needed} from today"),
    "about": QT_TRANSLATE_NOOP("verdict", "about {forecast} by {deadline} (target {target})"),
    "no_forecast": QT_TRANSLATE_NOOP("verdict", "a forecast needs figures on 3 different dates"),
}
_JOINS = (QT_TRANSLATE_NOOP("verdict", "{first}."), QT_TRANSLATE_NOOP("verdict", "{first}; {second}."),
          QT_TRANSLATE_NOOP("verdict", "{first}; {second}; {third}."))


def _make(goal: Goal, verdict: Verdict, reason: Reason, facts: dict) -> Assessment:
    if verdict in (Verdict.ACHIEVED, Verdict.MISSED):  # over: no pace to keep
        facts = {k: v for k, v in facts.items() if k in ("today", "current", "current_date", "expected", "lead",
                                                           "tolerance", "percent", "errors", "pace_period")}
    a = Assessment(verdict, reason, Message(""), **facts)
    return replace(a, sentence=_sentence(goal, a))  # the sentence reads the facts


def _sentence(goal: Goal, a: Assessment) -> Message:
    kpi, cur = goal.kpi_def, goal.currency
    v = {"target": units.value(kpi, goal.target, cur), "deadline": units.when(goal.deadline),
         "start": units.when(goal.start)}
    if a.current is not None:
        v |= {"current": units.value(kpi, a.current, cur), "date": units.when(a.current_date),
              "expected": units.value(kpi, a.expected, cur)}
    if a.forecast_at_deadline is not None:
        v["forecast"] = units.value(kpi, a.forecast_at_deadline, cur)
    if a.needed_per_week is not None:
        v["needed"] = units.pace(kpi, a.needed_per_week / 7, a.pace_period, cur)
    if a.own_per_week is not None:
        v["own"] = units.pace(kpi, a.own_per_week / 7, a.pace_period, cur)

    def clause(key: str, table: dict = _CLAUSES) -> Message:
        return Message(table[key], v, "verdict")

    pace = ([clause("needs_you_do")] if "needed" in v and "own" in v
            else [clause("needs")] if "needed" in v else [])
    r = a.reason
    if r is Reason.REACHED:
        parts = [clause("reached", _HEADS)]
    elif r is Reason.DEADLINE_PASSED:
        parts = [clause("missed" if a.current is not None else "missed_empty", _HEADS)]
    elif r is Reason.ERROR_FINDING:
        parts = [clause("out_of_reach", _HEADS), *pace]
    elif r is Reason.NO_FIGURES:
        parts = [clause("not_started" if a.today < goal.start else "no_figures", _HEADS)]
    elif r is Reason.NO_FORECAST:
        parts = [clause("ahead_so_far" if a.lead > a.tolerance else "on_line_so_far", _HEADS),
                 clause("no_forecast")]
    elif r is Reason.BEHIND_BAND:
        parts = [clause("behind", _HEADS), *pace] + ([] if a.forecast else [clause("no_forecast")])
    elif r is Reason.AHEAD_OF_BAND:
        parts = [clause("ahead", _HEADS), clause("about")]
    else:  # forecast_misses, forecast_short, in_band
        parts = [clause("forecast", _HEADS), *pace]
    names = ("first", "second", "third")
    return Message(_JOINS[len(parts) - 1], dict(zip(names, parts, strict=False)), "verdict")
