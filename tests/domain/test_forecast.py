"""The forecast: least squares over recent figures, linear or log-linear, and what it says about the deadline."""

from __future__ import annotations

import math
from datetime import date, timedelta

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from planner.domain.forecast import (REASON_FEW_DATES, REASON_ONE_DATE, REASON_TOO_FEW, WINDOW_DAYS, Confidence,
                                     Model, confidence, forecast)
from planner.domain.goals import Goal, GoalPlatform, Observation

START = date(2026, 1, 1)
DEADLINE = date(2026, 12, 31)


def goal(kpi: str = "followers", baseline: float = 1000, target: float = 2000, **kw) -> Goal:
    return Goal("g", "awareness", kpi, baseline, target, START, DEADLINE, **kw)


def obs(day: int, value: float, platform: str | None = None) -> Observation:
    return Observation(1, START + timedelta(days=day), value, platform)


def line(days: list[int], a: float, b: float) -> list[Observation]:
    return [obs(d, a + b * d) for d in days]


@pytest.mark.parametrize(("observations", "reason"), [
    ([], REASON_TOO_FEW),
    ([obs(0, 1), obs(7, 2)], REASON_TOO_FEW),
    ([obs(0, 1, "x"), obs(0, 2, "facebook"), obs(0, 3, "instagram")], REASON_ONE_DATE),
    ([obs(0, 1, "x"), obs(0, 2, "facebook"), obs(7, 3)], REASON_FEW_DATES),
])
def test_refuses_with_a_reason(observations, reason):
    fc = forecast(goal(), observations, START)
    assert not fc.ok and fc.reason == reason
    assert fc.points(DEADLINE) == []
    with pytest.raises(ValueError, match=reason):
        fc.value_at(DEADLINE)


def test_three_figures_are_enough():
    fc = forecast(goal(), line([0, 7, 14], 1000, 10), START)
    assert fc.ok and fc.n == 3 and fc.model is Model.LINEAR


def test_straight_line_is_linear_and_projects_the_deadline():
    fc = forecast(goal(), line(list(range(0, 70, 7)), 1000, 10), date(2026, 3, 15))
    assert fc.model is Model.LINEAR
    assert fc.r2 == pytest.approx(1.0)
    assert fc.confidence is Confidence.HIGH
    assert fc.deadline_value == pytest.approx(1000 + 10 * 364)
    assert fc.reaches_on == START + timedelta(days=100)
    assert fc.days_late == 100 - 364
    assert not fc.misses_deadline(0)


def test_compound_growth_is_log_linear():
    observations = [obs(d, 1000 * 1.01 ** d) for d in range(0, 70, 7)]
    fc = forecast(goal(target=5000), observations, date(2026, 3, 15))
    assert fc.model is Model.LOG_LINEAR
    assert fc.value_at(START + timedelta(days=100)) == pytest.approx(1000 * 1.01 ** 100)
    assert fc.reaches_on == START + timedelta(days=math.ceil(math.log(5) / math.log(1.01)))


def test_zero_values_rule_out_the_log_model():
    observations = [obs(d, d * d) for d in range(0, 70, 7)]
    assert forecast(goal(baseline=0, target=10_000), observations, START).model is Model.LINEAR


def test_trend_going_the_wrong_way_never_reaches():
    fc = forecast(goal(), line(list(range(0, 50, 7)), 1000, -2), date(2026, 2, 20))
    assert fc.ok and fc.reaches_on is None and fc.days_late is None
    assert fc.misses_deadline(30)


def test_flat_trend_never_reaches_and_fits_perfectly():
    fc = forecast(goal(), line(list(range(0, 50, 7)), 1000, 0), date(2026, 2, 20))
    assert fc.r2 == 1.0 and fc.reaches_on is None


def test_late_forecast_counts_the_days():
    fc = forecast(goal(), line(list(range(0, 50, 7)), 1000, 2), date(2026, 2, 20))
    assert fc.reaches_on == START + timedelta(days=500)
    assert fc.days_late == 500 - 364
    assert fc.misses_deadline(14)


def test_already_at_target_is_today():
    fc = forecast(goal(target=1100), line([0, 10, 20, 30], 1000, 5), date(2026, 2, 1))
    assert fc.reaches_on == date(2026, 2, 1)


def test_lower_is_better_kpi_reaches_going_down():
    g = goal("response_time_hours", baseline=20, target=4)
    fc = forecast(g, line([0, 10, 20, 30], 20, -0.2), date(2026, 2, 1))
    assert fc.reaches_on == START + timedelta(days=80)


def test_projection_is_clipped_to_the_kpis_range():
    g = goal("engagement_rate_followers", baseline=1, target=5)
    fc = forecast(g, line([0, 10, 20, 30], 10, 2), date(2026, 2, 1))
    assert fc.deadline_value == 100.0
    down = forecast(g, line([0, 10, 20, 30], 10, -0.3), date(2026, 2, 1))
    assert down.deadline_value == 0.0


def test_window_keeps_the_last_90_days():
    old = [obs(d, 5000 - 40 * d) for d in range(0, 60, 7)]  # falling long ago
    recent = line(list(range(200, 290, 7)), 1000, 10)  # rising lately
    fc = forecast(goal(), old + recent, date(2026, 10, 20))
    assert fc.window_start >= fc.last_date - timedelta(days=WINDOW_DAYS)
    assert fc.fit.b == pytest.approx(10)


def test_a_figure_exactly_90_days_before_the_last_is_in_the_window():
    # the last figure on day 100: day 10 is exactly 90 days before it, day 0 is 100 days before
    fc = forecast(goal(), line([0, 10, 40, 70, 100], 1000, 2), date(2026, 5, 1))
    assert fc.window_start == START + timedelta(days=10) and fc.n == 4


def test_window_keeps_at_least_three_figures():
    fc = forecast(goal(), [obs(0, 1000), obs(100, 1100), obs(200, 1200)], date(2026, 8, 1))
    assert fc.n == 3 and fc.window_start == START


@pytest.mark.parametrize(("n", "noise", "level"), [
    (8, 0, Confidence.HIGH),
    (7, 0, Confidence.MEDIUM),
    (5, 0, Confidence.MEDIUM),
    (4, 0, Confidence.LOW),
    (10, 400, Confidence.LOW),
])
def test_confidence_from_r2_and_count(n, noise, level):
    observations = [obs(7 * i, 1000 + 70 * i + (noise if i % 2 else -noise)) for i in range(n)]
    assert forecast(goal(), observations, START).confidence is level


@pytest.mark.parametrize(("n", "r2", "level"), [
    (8, 0.9, Confidence.HIGH), (8, 0.8999, Confidence.MEDIUM), (7, 0.99, Confidence.MEDIUM),
    (5, 0.6, Confidence.MEDIUM), (5, 0.5999, Confidence.LOW), (4, 0.99, Confidence.LOW),
])
def test_confidence_at_its_boundaries(n, r2, level):
    assert confidence(n, r2) is level


def test_the_interval_is_an_80_percent_band_worked_out_by_hand():
    # x = 0, 1, 2, 3 and y = 0, 2, 2, 4 (a zero rules out the log model): x̄ = 1.5, Sxx = 5, ȳ = 2,
    # b = Σ(x - x̄)(y - ȳ) / Sxx = (3 + 0 + 0 + 3) / 5 = 1.2, a = 2 - 1.2 · 1.5 = 0.2;
    # residuals -0.2, 0.6, -0.6, 0.2: SSE 0.8, σ = √(0.8 / 2) = 0.632456.
    # On day 3: se = σ · √(1 + 1/4 + 1.5² / 5) = 0.632456 · √1.7 = 0.824621; the trend is 3.8, and z = 1.2816
    # (80% of a normal) gives 3.8 ∓ 1.056834.
    g = goal(baseline=0, target=10)
    fc = forecast(g, [obs(0, 0), obs(1, 2), obs(2, 2), obs(3, 4)], START)
    low, high = fc.interval(START + timedelta(days=3))
    assert (low, high) == (pytest.approx(3.8 - 1.056834, abs=1e-6), pytest.approx(3.8 + 1.056834, abs=1e-6))


def test_points_draw_from_the_window_to_until():
    fc = forecast(goal(), line(list(range(0, 50, 7)), 1000, 2), START)
    pts = fc.points(DEADLINE)
    assert pts[0] == (START, pytest.approx(1000)) and pts[-1][0] == DEADLINE
    assert len(pts) <= 50
    assert fc.points(START - timedelta(days=5)) == [(START, pytest.approx(1000))]


def test_interval_widens_with_noise_and_contains_the_trend():
    observations = [obs(7 * i, 1000 + 70 * i + (30 if i % 2 else -30)) for i in range(10)]
    fc = forecast(goal(), observations, START)
    low, high = fc.interval(DEADLINE)
    assert low < fc.deadline_value < high


def test_platform_figures_are_combined():
    observations = [o for d in (0, 7, 14, 21) for o in (obs(d, 100 + d, "x"), obs(d, 200 + d, "facebook"))]
    g = goal(platforms=(GoalPlatform("x"), GoalPlatform("facebook")))
    assert forecast(g, observations, START).value_at(START) == pytest.approx(300)


@settings(max_examples=200, deadline=None)
@given(a=st.floats(0, 1e6), b=st.floats(-1e3, 1e3), days=st.lists(st.integers(0, 400), min_size=3, unique=True))
def test_points_on_a_line_reproduce_the_line(a, b, days):
    days = sorted(days)
    assume(min(a + b * d for d in days) >= 0)  # a valid count
    observations = line(days, a, b)
    fc = forecast(goal(), observations, START)
    assert fc.ok
    scale = 1 + abs(a) + abs(b) * 400
    for d in days:
        assert fc.value_at(START + timedelta(days=d)) == pytest.approx(a + b * d, abs=1e-6 * scale)
    if fc.model is Model.LINEAR:
        assert fc.fit.b == pytest.approx(b, abs=1e-9 * scale)


def test_a_monthly_kpi_keeps_its_four_latest_month_figures():
    # leads per month from 1 January 2026: the goal's months end on 31 January, 2 March, 2 April, 2 May and
    # 2 June (periods of 30 and 31 days).  The 2 March to 2 June span is 92 days: past the 90-day window of a
    # weekly figure, so a monthly KPI's window reaches 93 days back and holds the four latest figures, as the
    # realism rules' monthly trend needs.  The first, 31 January, is 122 days before the last and stays out.
    g = goal("leads", baseline=10, target=40)
    days = [date(2026, 1, 31), date(2026, 3, 2), date(2026, 4, 2), date(2026, 5, 2), date(2026, 6, 2)]
    figures = [Observation(1, d, v) for d, v in zip(days, [12, 15, 18, 21, 24], strict=True)]
    fc = forecast(g, figures, date(2026, 6, 3))
    assert fc.n == 4 and fc.window_start == date(2026, 3, 2)
    weekly = forecast(goal("website_visits", baseline=10, target=40), figures, date(2026, 6, 3))
    assert weekly.n == 3 and weekly.window_start == date(2026, 4, 2)
