"""A target the goal reaches by its deadline, when the owner's is beyond it, and what it rests on ("Use this").

Where the owner's figures have a trend, the target is where it is on the
deadline; without one, where typical published growth for the account's size
takes the baseline (``benchmarks``' growth rows, filtered by the size band of
their samples).  It is never more ambitious than the owner's target, never
offered for a vanity metric nor after the deadline, and is lowered until the
engine (``check``) no longer calls it unrealistic.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from planner.domain import catalog, series, units
from planner.domain.benchmarks import BENCHMARKS, Benchmark, lookup
from planner.domain.catalog import Kpi, Unit
from planner.domain.forecast import Forecast, forecast
from planner.domain.goals import Goal, Observation
from planner.domain.i18n import QT_TRANSLATE_NOOP
from planner.domain.realism.context import GROWTH_METRIC, MONTH_DAYS, account_size
from planner.domain.realism.engine import check
from planner.domain.realism.findings import Severity, worst
from planner.domain.realism.rates import TYPICAL_KINDS
from planner.domain.realism.text import citations
from planner.domain.retarget import retarget
from planner.domain.units import PLAIN, Quantity, render

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


def _typical_growth(goal: Goal, size: float,
                    benchmarks: Iterable[Benchmark]) -> tuple[float, list[Benchmark]] | None:
    """The median of the typical (median, mean or typical) published monthly growth figures for the
    goal's platforms and an account of *size* followers (each figure's middle when it is a range), and the
    rows it comes from.  A row measured on accounts of some sizes only counts for an account of those
    sizes (``Benchmark.covers``): the growth of pages under 1,000 fans says nothing of a page of 20,000."""
    if goal.kpi not in GROWTH_METRIC:
        return None
    rows = [r for p in goal.platform_ids
            for r in lookup(GROWTH_METRIC[goal.kpi], p, TYPICAL_KINDS, benchmarks, followers=size)
            if r.platform == p]
    if not rows:
        return None
    return statistics.median(r.mid for r in rows), rows


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
        typical = _typical_growth(goal, account_size(goal, points) or 0.0, benchmarks)
        if typical is None or goal.baseline <= 0 or goal.days <= 0 or goal.active_days <= 0:
            return None
        growth, rows = typical
        reach = goal.baseline * (1 + growth / 100) ** (goal.active_days / MONTH_DAYS)  # seasons: effective time
        weekly = goal.days < MONTH_DAYS  # never "a month" for a goal shorter than one
        shown = 100 * ((1 + growth / 100) ** (7 / MONTH_DAYS) - 1) if weekly else growth
        values |= {"growth": units.share(shown), "baseline": units.value(kpi, goal.baseline, goal.currency),
                   "sources": citations(rows)}
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
