"""A realistic target for the deadline, and the value "Use this" puts in the goal."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from planner.domain.benchmarks import BENCHMARKS, Benchmark, FigureKind, lookup
from planner.domain.catalog import Direction, Unit
from planner.domain.forecast import Forecast, forecast
from planner.domain.goals import Goal, Observation
from planner.domain.i18n import QT_TRANSLATE_NOOP
from planner.domain.realism.context import GROWTH_METRIC, MONTH_DAYS
from planner.domain.realism.text import _date, _num, _pct, _value


@dataclass(frozen=True)
class Suggestion:
    """A realistic range for the target on the deadline, and what it is based on."""

    low: float
    high: float
    deadline: date
    template: str
    basis_template: str
    values: dict[str, str]
    numbers: dict[str, float | str | None]

    @property
    def message(self) -> str:
        return self.template.format(**self.values)

    @property
    def basis(self) -> str:
        return self.basis_template.format(**self.values)



def _nice(x: float, up: bool) -> float:
    """*x* rounded outwards to two significant digits: 2,437 -> 2,400 (down) or 2,500 (up)."""
    if not math.isfinite(x) or abs(x) < 1e-9:  # below any KPI's resolution
        return x if not math.isfinite(x) else 0.0
    step = 10.0 ** (math.floor(math.log10(abs(x))) - 1)
    return round((math.ceil if up else math.floor)(x / step) * step, 10)


def _range(row: Benchmark) -> str:
    return _pct(row.low) if row.low == row.high else f"{_num(row.low)}-{_pct(row.high)}"


def suggest_target(goal: Goal, observations: Iterable[Observation], today: date,
                   benchmarks: Iterable[Benchmark] = BENCHMARKS, fc: Forecast | None = None) -> Suggestion | None:
    """A realistic range for the deadline: from the trend's band, or else from typical published growth."""
    kpi = goal.kpi_def
    fc = fc or forecast(goal, observations, today)
    values = {"deadline": _date(goal.deadline), "kpi": kpi.name}
    if fc.ok:
        low, high = fc.interval(goal.deadline)
        weeks = max(1, round(fc.span_days / 7))
        values["weeks"] = str(weeks)
        basis = QT_TRANSLATE_NOOP("findings", "your trend over the last {weeks} weeks")
        numbers: dict[str, float | str | None] = {"weeks": weeks, "model": str(fc.model)}
    else:
        rows = [r for p in goal.platform_ids if goal.kpi in GROWTH_METRIC
                for r in lookup(GROWTH_METRIC[goal.kpi], p, [FigureKind.TYPICAL, FigureKind.MEDIAN], benchmarks)
                if r.platform == p]
        if not rows or goal.baseline <= 0 or goal.days <= 0:
            return None
        months = goal.days / MONTH_DAYS
        lo, hi = min(r.low for r in rows), max(r.high for r in rows)
        low, high = (goal.baseline * (1 + g / 100) ** months for g in (lo, hi))
        values["sources"] = "; ".join(f"{r.publisher} {r.year}: typical growth {_range(r)}/month" for r in rows)
        basis = QT_TRANSLATE_NOOP("findings", "{sources}")
        numbers = {"growth_low_percent": lo, "growth_high_percent": hi}
    top = 100.0 if kpi.unit is Unit.PERCENT else math.inf
    low, high = max(0.0, _nice(low, up=False)), min(top, _nice(high, up=True))
    values |= {"low": _value(kpi, low), "high": _value(kpi, high)}
    numbers |= {"low": low, "high": high, "deadline": goal.deadline.isoformat()}
    template = (QT_TRANSLATE_NOOP("findings", "By {deadline} a realistic target for {kpi} is about {low}.")
                if values["low"] == values["high"] else
                QT_TRANSLATE_NOOP("findings", "By {deadline} a realistic target for {kpi} is {low} to {high}."))
    return Suggestion(low, high, goal.deadline, template, basis, values, numbers)


def usable_target(goal: Goal, suggestion: Suggestion | None) -> float | None:
    """The value "Use this" puts in the target: the most ambitious end of the realistic range,
    if it still improves on the baseline (else there is nothing realistic to offer)."""
    if suggestion is None:
        return None
    value = suggestion.high if goal.kpi_def.direction is Direction.UP else suggestion.low
    return value if goal.kpi_def.better(value, goal.baseline) else None
