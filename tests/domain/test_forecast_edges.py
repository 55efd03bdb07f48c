"""The forecast at its edges, worked out by hand: R², when a trend reaches, values under 1, a pause that
pushes the window back, the horizon, and what a refused forecast answers.  Mutation testing
(docs/testing.md) found these untested."""

from __future__ import annotations

import math
from datetime import date, timedelta

import pytest

from planner.domain.forecast import HORIZON_DAYS, REASON_PAUSED, REASON_TOO_FEW, Model, forecast
from planner.domain.goals import Goal, Observation
from planner.domain.seasons import Season

START = date(2026, 1, 1)
DEADLINE = date(2026, 12, 31)


def goal(kpi: str = "followers", baseline: float = 1000, target: float = 2000, objective: str = "awareness",
         start: date = START, deadline: date = DEADLINE, **kw) -> Goal:
    return Goal("g", objective, kpi, baseline, target, start, deadline, **kw)


def obs(day: int, value: float) -> Observation:
    return Observation(1, START + timedelta(days=day), value)


def test_r2_worked_out_by_hand():
    # y = 0, 2, 2, 4 on x = 0..3 (test_forecast's interval example): the line 0.2 + 1.2 x leaves an SSE of
    # 0.8; around the mean 2 the squares add up to 4 + 0 + 0 + 4 = 8; R² = 1 - 0.8 / 8 = 0.9
    fc = forecast(goal(baseline=0, target=10), [obs(0, 0), obs(1, 2), obs(2, 2), obs(3, 4)], START)
    assert fc.r2 == pytest.approx(0.9)


def test_compound_growth_below_one_is_still_log_linear():
    # a reach rate of 0.5% growing 20% a week: 0.5, 0.6, 0.72 (ln: a straight line)
    g = goal("engagement_rate_reach", 0.5, 2, objective="engagement")
    fc = forecast(g, [obs(0, 0.5), obs(7, 0.6), obs(14, 0.72)], START + timedelta(days=14))
    assert fc.model is Model.LOG_LINEAR


def test_the_pace_of_compound_growth_is_the_slope_of_the_curve_on_that_day():
    # 1,000 · 1.01^d: d/dd = ln(1.01) · 1,000 · 1.01^d; on day 63, 0.00995 · 1,872.5 = 18.63 a day
    fc = forecast(goal(target=5000), [obs(d, 1000 * 1.01 ** d) for d in range(0, 70, 7)], START)
    assert fc.fit.per_day(START + timedelta(days=63)) == pytest.approx(math.log(1.01) * 1000 * 1.01 ** 63)


# ---------------------------------------------------------------- when the trend reaches the target

def test_a_flat_trend_exactly_at_the_target_reaches_it_today():
    today = START + timedelta(days=14)
    assert forecast(goal(target=1100), [obs(0, 1100), obs(7, 1100), obs(14, 1100)], today).reaches_on == today
    # half a follower above it counts too (today, not never)
    assert forecast(goal(target=1100), [obs(0, 1100.5), obs(7, 1100.5), obs(14, 1100.5)], today).reaches_on == today


def test_a_crossing_exactly_at_the_horizon_is_reported_one_day_further_is_not():
    # 1 a day from 1,000: 1,002 on day 2 (today); the target 1,002 + 3,653 is reached 3,653 days from today
    today = START + timedelta(days=2)
    figures = [obs(0, 1000), obs(1, 1001), obs(2, 1002)]
    assert forecast(goal(target=1002 + HORIZON_DAYS), figures, today).reaches_on == today + timedelta(
        days=HORIZON_DAYS)
    assert forecast(goal(target=1003 + HORIZON_DAYS), figures, today).reaches_on is None


def test_a_halving_trend_reaches_half_an_hour_but_never_zero():
    # response time halving every week: 16, 8, 4 h on days 0, 7, 14; 0.5 h is 5 halvings from 16: day 35
    figures = [obs(0, 16), obs(7, 8), obs(14, 4)]
    today = START + timedelta(days=14)
    to_half = forecast(goal("response_time_hours", 20, 0.5, objective="service"), figures, today)
    assert to_half.model is Model.LOG_LINEAR and to_half.reaches_on == START + timedelta(days=35)
    # a share a day never takes it to 0
    assert forecast(goal("response_time_hours", 20, 0, objective="service"), figures, today).reaches_on is None


# ---------------------------------------------------------------- seasons

def test_a_pause_in_the_window_reaches_back_for_figures_on_other_days():
    pause = Season("closed", date(2027, 1, 1), date(2027, 1, 31), 0.0)
    g = goal(baseline=50, target=400, start=date(2026, 9, 1), deadline=date(2027, 6, 1), seasons=(pause,))
    figures = [Observation(1, d, v) for d, v in [
        (date(2026, 9, 1), 60), (date(2026, 9, 15), 70), (date(2026, 10, 1), 80),
        (date(2027, 1, 5), 100), (date(2027, 1, 10), 120), (date(2027, 1, 20), 130)]]
    fc = forecast(g, figures, date(2027, 1, 20))
    # the last 90 days (from 22 October) hold only the three January figures, all in the pause: one effective
    # time.  Back from there: 1 October is a second, 15 September a third; 1 September stays out.
    assert fc.ok and fc.n == 5 and fc.window_start == date(2026, 9, 15)


def test_all_figures_in_a_pause_is_no_forecast_and_says_how_many_there_are():
    pause = Season("closed", date(2027, 1, 1), date(2027, 1, 31), 0.0)
    g = goal(baseline=50, target=400, start=date(2026, 12, 1), deadline=date(2027, 6, 1), seasons=(pause,))
    figures = [Observation(1, date(2027, 1, d), v) for d, v in [(5, 100), (10, 120), (20, 130)]]
    fc = forecast(g, figures, date(2027, 1, 20))
    assert (fc.ok, fc.reason, fc.n) == (False, REASON_PAUSED, 3)


def test_compound_growth_waits_out_a_coming_pause():
    # doubling every 10 days: 100, 200, 400 on 1, 11 and 21 January; 25 January - 3 February is paused.
    # 10 February is 40 calendar days from 1 January, 30 of them effective: 100 · 2^3 = 800 (not 1,600)
    pause = Season("closed", date(2027, 1, 25), date(2027, 2, 3), 0.0)
    g = goal(baseline=100, target=5000, start=date(2027, 1, 1), deadline=date(2027, 6, 1), seasons=(pause,))
    figures = [Observation(1, date(2027, 1, d), v) for d, v in [(1, 100), (11, 200), (21, 400)]]
    fc = forecast(g, figures, date(2027, 1, 21))
    assert fc.model is Model.LOG_LINEAR
    assert fc.value_at(date(2027, 2, 10)) == pytest.approx(800)


# ---------------------------------------------------------------- a refused forecast, and drawing

def test_a_refused_forecast_says_why_everywhere_and_misses_nothing():
    fc = forecast(goal(), [obs(0, 1), obs(7, 2)], START)
    assert (fc.ok, fc.n) == (False, 2)
    with pytest.raises(ValueError, match=REASON_TOO_FEW):
        fc.interval(DEADLINE)
    assert fc.misses_deadline(0) is False  # no trend: no claim that it misses


def test_points_over_one_day_and_with_two_samples():
    fc = forecast(goal(), [obs(d, 1000 + 2 * d) for d in (0, 7, 14)], START)
    # the window starts on day 0: one day on draws both ends
    assert fc.points(START + timedelta(days=1)) == [(START, pytest.approx(1000)),
                                                    (START + timedelta(days=1), pytest.approx(1002))]
    # two samples over 10 days: the two ends only
    assert [d for d, _ in fc.points(START + timedelta(days=10), samples=2)] == [START, START + timedelta(days=10)]
    # over 5 days with room for 50 samples: every day
    assert [d for d, _ in fc.points(START + timedelta(days=5))] == [START + timedelta(days=i) for i in range(6)]
