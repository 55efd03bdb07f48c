"""Where a goal's figures are heading: a least-squares trend over recent figures.

Two models are fitted to the goal's combined series: a straight line (the same
amount every day) and, when every value is above zero, a log-linear one (the
same percentage every day).  Growth is rarely linear, but a logistic curve
needs more figures than a small business records; comparing the two simple
fits by their error is explainable and sound (BENCHMARKS.md).  The window is
the last 90 days of figures, the platforms' own advice for judging a trend,
but never fewer than the last 3 figures.

The fit runs in effective time (``seasons``): x counts the days since the
window's first figure, each weighted by the plan's seasons.  A trend measured
during a ×2 peak therefore rises half as fast per effective day, and goes on at
that ordinary pace after the peak instead of the peak's; through a coming pause
the forecast stays flat.  Paces (``Fit.per_day``) are per ordinary day.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

import numpy as np

from planner.domain import seasons as seasons_
from planner.domain import series
from planner.domain.catalog import Direction, Period, Unit
from planner.domain.goals import Goal, Observation
from planner.domain.i18n import QT_TRANSLATE_NOOP

WINDOW_DAYS = 90
#: A KPI counted per month has one figure a month, on the last day of each of the goal's months (30 or 31 days):
#: three of the longest months back from the latest figure, so the four latest are in the window, as many as
#: the realism rules want before a monthly trend counts as the owner's own evidence (EVIDENCE.monthly_figures).
MONTHLY_WINDOW_DAYS = 93
MIN_POINTS = 3
#: A crossing further than this from today is reported as never (and keeps dates in range).
HORIZON_DAYS = 3653
#: The log-linear model must cut the squared error by more than this share to be chosen
#: over the simpler straight line.
LOG_LINEAR_MARGIN = 0.01
#: z for the uncertainty band of ``interval``: about 80% of outcomes for normal errors.
INTERVAL_Z = 1.2816
REASON_TOO_FEW = QT_TRANSLATE_NOOP("forecast", "needs at least 3 figures")
REASON_ONE_DATE = QT_TRANSLATE_NOOP("forecast", "all figures share one date")
REASON_FEW_DATES = QT_TRANSLATE_NOOP("forecast", "needs figures on at least 3 different dates")
REASON_PAUSED = QT_TRANSLATE_NOOP("forecast", "needs figures on 3 different dates outside a paused season")


class Model(StrEnum):
    LINEAR = "linear"
    LOG_LINEAR = "log-linear"


class Confidence(StrEnum):
    """From the fit's R² (on the KPI's own scale) and the number of figures: see CONFIDENCE_RULES."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


#: (confidence, at least this many figures, R² at least): the first that holds applies, else LOW.
CONFIDENCE_RULES: tuple[tuple[Confidence, int, float], ...] = (
    (Confidence.HIGH, 8, 0.9),
    (Confidence.MEDIUM, 5, 0.6),
)


@dataclass(frozen=True)
class Fit:
    """y = a + b·x (linear) or ln y = a + b·x (log-linear), x in days since ``origin``."""

    model: Model
    origin: date
    a: float
    b: float
    sigma: float  # residual standard error, on the fitted scale
    n: int
    x_mean: float
    sxx: float
    bounds: tuple[float, float]  # the KPI's valid values: projections are clipped to them
    seasons: tuple[seasons_.Season, ...] = ()  # x is in effective days (see the module's docstring)

    def x(self, when: date) -> float:
        return seasons_.effective_days(self.seasons, self.origin, when)

    def _out(self, raw: float) -> float:
        value = math.exp(min(raw, 700.0)) if self.model is Model.LOG_LINEAR else raw
        return min(max(value, self.bounds[0]), self.bounds[1])

    def value(self, when: date) -> float:
        return self._out(self.a + self.b * self.x(when))

    def interval(self, when: date, z: float = INTERVAL_Z) -> tuple[float, float]:
        """Prediction band for a single future figure on *when*."""
        x = self.x(when)
        se = self.sigma * math.sqrt(1 + 1 / self.n + (x - self.x_mean) ** 2 / self.sxx)
        mid = self.a + self.b * x
        return self._out(mid - z * se), self._out(mid + z * se)

    def per_day(self, when: date) -> float:
        """The trend's change per ordinary day (outside every season) on *when*, in KPI units."""
        if self.model is Model.LINEAR:
            return self.b
        return self.b * math.exp(min(self.a + self.b * self.x(when), 700.0))

    def crossing(self, target: float) -> float | None:
        """x where the trend equals *target*, or None when it never does."""
        if self.b == 0:
            return None
        if self.model is Model.LINEAR:
            return (target - self.a) / self.b
        return (math.log(target) - self.a) / self.b if target > 0 else None


@dataclass(frozen=True)
class Forecast:
    """The trend of a goal's figures; ``ok`` False says why there is none in ``reason``."""

    ok: bool
    reason: str = ""
    fit: Fit | None = None
    confidence: Confidence | None = None
    r2: float = 0.0
    n: int = 0  # figures in the window
    window_start: date | None = None
    last_date: date | None = None
    deadline: date | None = None
    deadline_value: float | None = None  # the trend's value on the deadline
    #: when the trend reaches the target (never before today); None: never, or not within HORIZON_DAYS
    reaches_on: date | None = None

    @property
    def model(self) -> Model | None:
        return self.fit.model if self.fit else None

    @property
    def span_days(self) -> int:
        """Days from the first to the last figure of the window."""
        return (self.last_date - self.window_start).days if self.ok else 0

    @property
    def days_late(self) -> int | None:
        """Days from the deadline to the forecast date (negative: early); None: never."""
        return (self.reaches_on - self.deadline).days if self.reaches_on and self.deadline else None

    def misses_deadline(self, grace_days: int) -> bool:
        """True when the trend reaches the target more than *grace_days* late, or never."""
        if not self.ok:
            return False
        late = self.days_late
        return late is None or late > grace_days

    def value_at(self, when: date) -> float:
        if self.fit is None:
            raise ValueError(f"no forecast: {self.reason}")
        return self.fit.value(when)

    def interval(self, when: date) -> tuple[float, float]:
        """Where a figure on *when* is likely to fall (about 80%: INTERVAL_Z)."""
        if self.fit is None:
            raise ValueError(f"no forecast: {self.reason}")
        return self.fit.interval(when)

    def points(self, until: date, start: date | None = None, samples: int = 50) -> list[tuple[date, float]]:
        """Points to draw the trend from *start* (default: the window's first figure) to *until*."""
        if self.fit is None:
            return []
        first = start or self.window_start
        span = (until - first).days
        if span <= 0:
            return [(first, self.fit.value(first))]
        k = max(2, min(samples, span + 1))
        days = {round(i * span / (k - 1)) for i in range(k)}
        days = sorted(days | {(d - first).days for d in seasons_.corners(self.fit.seasons, first, until)})
        return [(first + timedelta(days=d), self.fit.value(first + timedelta(days=d))) for d in days]


def forecast(goal: Goal, observations: Iterable[Observation], today: date) -> Forecast:
    """The goal's trend over its recent figures, its value on the deadline and when it reaches the target."""
    observations = list(observations)
    points = series.combined(goal, observations)
    if len(points) < MIN_POINTS:
        if len(observations) < MIN_POINTS:
            reason = REASON_TOO_FEW
        else:
            reason = REASON_ONE_DATE if len(points) == 1 else REASON_FEW_DATES
        return Forecast(False, reason, n=len(points))
    last = points[-1][0]
    kpi = goal.kpi_def
    span = MONTHLY_WINDOW_DAYS if kpi.period is Period.MONTH else WINDOW_DAYS
    window = [p for p in points if p[0] >= last - timedelta(days=span)]
    if len(window) < MIN_POINTS:
        window = points[-MIN_POINTS:]
    if goal.seasons:
        window = _distinct_times(goal, points, window)
        if window is None:
            return Forecast(False, REASON_PAUSED, n=len(points))
    origin = window[0][0]
    x = np.array([seasons_.effective_days(goal.seasons, origin, d) for d, _ in window] if goal.seasons
                 else [(d - origin).days for d, _ in window], dtype=float)
    y = np.array([v for _, v in window], dtype=float)
    bounds = (0.0, 100.0 if kpi.unit is Unit.PERCENT else math.inf)
    fit, sse = _fit(Model.LINEAR, x, y, origin, bounds, goal.seasons)
    if np.all(y > 0):
        log_fit, log_sse = _fit(Model.LOG_LINEAR, x, y, origin, bounds, goal.seasons)
        tiny = 1e-12 * len(y) * float(np.mean(y * y))
        if log_sse < (1 - LOG_LINEAR_MARGIN) * sse - tiny:
            fit, sse = log_fit, log_sse
    ss_tot = float(np.sum((y - y.mean()) ** 2))
    tiny = 1e-12 * len(y) * max(1.0, float(np.mean(y * y)))
    r2 = 1.0 - sse / ss_tot if ss_tot > tiny else (1.0 if sse <= tiny else 0.0)
    return Forecast(True, fit=fit, confidence=confidence(len(window), r2), r2=r2, n=len(window),
                    window_start=origin, last_date=last, deadline=goal.deadline,
                    deadline_value=fit.value(goal.deadline),
                    reaches_on=_reaches_on(fit, goal.target, kpi.direction, today))


def _distinct_times(goal: Goal, points: list[tuple[date, float]],
                    window: list[tuple[date, float]]) -> list[tuple[date, float]] | None:
    """*window*, reaching further back when a paused season leaves it fewer than MIN_POINTS distinct
    effective times (figures on the days of one pause share one); None when even all figures do not."""
    first = points[0][0]
    times = [seasons_.effective_days(goal.seasons, first, d) for d, _ in points]
    start = len(points) - len(window)
    seen = set(times[start:])
    while len(seen) < MIN_POINTS:
        if start == 0:
            return None
        start -= 1
        seen.add(times[start])
    return points[start:]


def _fit(model: Model, x: np.ndarray, y: np.ndarray, origin: date,
         bounds: tuple[float, float], seasons: tuple[seasons_.Season, ...] = ()) -> tuple[Fit, float]:
    """Least squares of y (or ln y) on x; returns the fit and its squared error on the KPI's scale."""
    t = np.log(y) if model is Model.LOG_LINEAR else y
    x_mean = float(x.mean())
    sxx = float(np.sum((x - x_mean) ** 2))
    b = float(np.sum((x - x_mean) * (t - t.mean())) / sxx)
    a = float(t.mean()) - b * x_mean
    residuals = t - (a + b * x)
    sigma = math.sqrt(float(np.sum(residuals ** 2)) / (len(x) - 2))  # len(x) >= MIN_POINTS = 3
    fit = Fit(model, origin, a, b, sigma, len(x), x_mean, sxx, bounds, tuple(seasons))
    fitted = np.exp(np.minimum(a + b * x, 700.0)) if model is Model.LOG_LINEAR else a + b * x
    return fit, float(np.sum((y - fitted) ** 2))


def confidence(n: int, r2: float) -> Confidence:
    """The confidence of a fit of *n* figures with this R² (CONFIDENCE_RULES)."""
    for level, min_n, min_r2 in CONFIDENCE_RULES:
        if n >= min_n and r2 >= min_r2:
            return level
    return Confidence.LOW


def _reaches_on(fit: Fit, target: float, direction: Direction, today: date) -> date | None:
    sign = 1.0 if direction is Direction.UP else -1.0
    if sign * (fit.value(today) - target) >= 0:
        return today
    if sign * fit.b <= 0:
        return None  # flat, or moving away from the target
    x = fit.crossing(target)
    if x is None or not math.isfinite(x):
        return None
    days = seasons_.days_to_reach(fit.seasons, today, x - fit.x(today))  # a crossing on a whole day stays on it
    return today + timedelta(days=max(days, 0)) if days is not None and days <= HORIZON_DAYS else None
