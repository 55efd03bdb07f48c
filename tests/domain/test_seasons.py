"""Seasons bend the target line and the forecast: worked out by hand, in effective days.

Inside a season with effect e a calendar day counts e days of progress; the line is straight in those
days from the baseline on the start date to the target on the deadline.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from planner.domain import forecast as fc_mod
from planner.domain import realism, seasons, trajectory, verdict
from planner.domain.forecast import forecast
from planner.domain.goals import Goal, GoalPlatform, Observation
from planner.domain.seasons import Season

JAN = date(2027, 1, 1)


def followers(baseline: float, target: float, start: date, deadline: date, *given: Season) -> Goal:
    return Goal("Followers", "awareness", "followers", baseline, target, start, deadline, platforms=(),
                seasons=tuple(given))


def figures(goal_id: int, *points: tuple[date, float]) -> list[Observation]:
    return [Observation(goal_id, d, v) for d, v in points]


# ---------------------------------------------------------------- effective time


def test_effective_days_weight_each_day_by_its_season_and_overlaps_multiply():
    half = Season("summer", date(2027, 1, 1), date(2027, 1, 10), 0.5)
    closed = Season("Eid", date(2027, 1, 5), date(2027, 1, 6), 0.0)
    # 1-10 January: 4 days at 0.5, 2 paused (0.5 x 0), 4 at 0.5 = 4 effective days; then 5 ordinary days
    assert seasons.effective_days([half, closed], JAN, date(2027, 1, 11)) == 4.0
    assert seasons.effective_days([half, closed], JAN, date(2027, 1, 16)) == 9.0
    assert seasons.effective_days([half, closed], date(2027, 1, 16), JAN) == -9.0
    # a day counts once it has passed: 1 January alone is half a day
    assert seasons.effective_days([half], JAN, date(2027, 1, 2)) == 0.5
    assert seasons.weight([half, closed], date(2027, 1, 5)) == 0.0
    assert seasons.weight([half, closed], date(2027, 1, 11)) == 1.0
    assert seasons.effective_days([], JAN, date(2027, 3, 1)) == 59.0


def test_days_to_reach_an_amount_of_effective_days_skip_a_pause():
    pause = Season("closed", date(2027, 1, 25), date(2027, 2, 3), 0.0)
    # from 21 January: 21-24 give 4 days, 25 January - 3 February none, then 6 more: 4 + 10 + 6 = 20
    assert seasons.days_to_reach([pause], date(2027, 1, 21), 10) == 20
    assert seasons.days_to_reach([], date(2027, 1, 21), 10) == 10
    assert seasons.days_to_reach([pause], date(2027, 1, 21), 0) == 0
    faster = Season("sale", date(2027, 1, 1), date(2027, 1, 3), 2.0)
    assert seasons.days_to_reach([faster], JAN, 6) == 3  # three days at twice the pace
    assert seasons.days_to_reach([faster], JAN, 7) == 4


# ---------------------------------------------------------------- the target line


def test_a_pause_keeps_the_line_flat_and_the_rest_of_the_line_makes_up_for_it():
    # 1,000 -> 1,300 over January's 30 days; 11-20 January paused: 20 effective days, 15 a day outside
    pause = Season("Eid", date(2027, 1, 11), date(2027, 1, 20), 0.0)
    goal = followers(1000, 1300, JAN, date(2027, 1, 31), pause)
    assert trajectory.expected(goal, date(2027, 1, 11)) == pytest.approx(1150)
    assert trajectory.expected(goal, date(2027, 1, 15)) == pytest.approx(1150)
    assert trajectory.expected(goal, date(2027, 1, 21)) == pytest.approx(1150)
    assert trajectory.expected(goal, date(2027, 1, 26)) == pytest.approx(1225)
    assert trajectory.expected(goal, date(2027, 1, 31)) == 1300
    # without the pause the line is the straight one: 10 a day
    assert trajectory.expected(replace(goal, seasons=()), date(2027, 1, 11)) == pytest.approx(1100)
    # the band follows the line: flat through the pause too
    assert trajectory.edge(goal, date(2027, 1, 15)) == pytest.approx(1150 - 0.05 * 150)


def test_a_season_of_twice_the_pace_doubles_the_slope_there():
    # 1,000 -> 1,400 over 40 days; 11-20 January x2: 30 + 20 = 50 effective days, 8 a day outside, 16 inside
    double = Season("Ramadan", date(2027, 1, 11), date(2027, 1, 20), 2.0)
    goal = followers(1000, 1400, JAN, date(2027, 2, 10), double)
    at = lambda d: trajectory.expected(goal, d)  # noqa: E731
    assert at(date(2027, 1, 11)) == pytest.approx(1080)
    assert at(date(2027, 1, 21)) == pytest.approx(1240)
    assert at(date(2027, 1, 31)) == pytest.approx(1320)
    assert at(date(2027, 2, 10)) == 1400
    inside = at(date(2027, 1, 16)) - at(date(2027, 1, 15))
    outside = at(date(2027, 1, 26)) - at(date(2027, 1, 25))
    assert inside == pytest.approx(16) and outside == pytest.approx(8)


def test_the_drawn_line_has_its_corners_where_seasons_start_and_end():
    double = Season("Ramadan", date(2027, 1, 11), date(2027, 1, 20), 2.0)
    goal = followers(1000, 1400, JAN, date(2027, 2, 10), double)
    points = dict(trajectory.line(goal, points=5))
    assert points[date(2027, 1, 11)] == pytest.approx(1080)
    assert points[date(2027, 1, 21)] == pytest.approx(1240)


def test_a_staircase_keeps_its_steps_on_the_calendar_and_stays_level_through_a_pause():
    # visits a week 100 -> 200 over 10 weeks; weeks 3 and 4 (days 14-27) paused: 56 effective days.
    # Each step's level is the bent line at its start: week 3 (day 14) 14/56 of the way = 125; weeks 4 and 5
    # (days 21, 28) still 14/56 = 125; week 6 (day 35) 21/56 = 137.5
    start = date(2027, 1, 4)
    pause = Season("holidays", start + timedelta(days=14), start + timedelta(days=27), 0.0)
    goal = Goal("Visits", "traffic", "website_visits", 100, 200, start, start + timedelta(days=70), seasons=(pause,))
    level = lambda n: trajectory.expected(goal, start + timedelta(days=n))  # noqa: E731
    assert level(14) == pytest.approx(125) and level(20) == pytest.approx(125)
    assert level(21) == pytest.approx(125) and level(28) == pytest.approx(125)
    assert level(35) == pytest.approx(137.5)
    assert level(7) == pytest.approx(112.5)  # week 2: 7/56 of the way


def test_the_pace_needed_is_per_ordinary_day_and_the_whole_goal_paused_is_not_bent():
    pause = Season("Eid", date(2027, 1, 11), date(2027, 1, 20), 0.0)
    goal = followers(1000, 1300, JAN, date(2027, 1, 31), pause)
    # 300 in 20 effective days: 15 an ordinary day (the straight line would say 10)
    assert trajectory.needed_per_day(goal, 1000, JAN, JAN) == pytest.approx(15)
    # from inside the pause: 1,150 reached, 150 to go in the 10 days after it
    assert trajectory.needed_per_day(goal, 1150, date(2027, 1, 15), date(2027, 1, 15)) == pytest.approx(15)
    assert goal.active_days == 20
    whole = Season("closed", JAN, date(2027, 1, 31), 0.0)
    paused = followers(1000, 1300, JAN, date(2027, 1, 31), whole)
    assert trajectory.expected(paused, date(2027, 1, 16)) == pytest.approx(1150)  # nothing to bend: straight
    assert trajectory.needed_per_day(paused, 1000, JAN, JAN) is None


# ---------------------------------------------------------------- the forecast


PEAK = Season("Ramadan", date(2027, 2, 8), date(2027, 3, 9), 2.0)  # 30 days: 21 in February, 9 in March
IN_THE_PEAK = [(date(2027, 2, 8) + timedelta(days=5 * i), 1000 + 100 * i) for i in range(6)]  # 20 a day


def test_a_trend_measured_during_a_peak_is_not_carried_across_the_year():
    goal = followers(1000, 3000, JAN, date(2027, 12, 31), PEAK)
    f = forecast(goal, figures(1, *IN_THE_PEAK), date(2027, 3, 5))
    # effective days since 8 February: 0, 10, ..., 50 for +100 each: 10 an ordinary day.  To 31 December:
    # 326 calendar days, the 30 of the peak counted twice: 356 effective days -> 1,000 + 3,560
    assert f.ok and f.model is fc_mod.Model.LINEAR
    assert f.fit.per_day(date(2027, 3, 5)) == pytest.approx(10)
    assert f.deadline_value == pytest.approx(4560)
    # the same figures with no season would carry the peak's 20 a day to the deadline: 1,000 + 20 x 326
    naive = forecast(replace(goal, seasons=()), figures(1, *IN_THE_PEAK), date(2027, 3, 5))
    assert naive.deadline_value == pytest.approx(7520)
    a = verdict.assess(goal, figures(1, *IN_THE_PEAK), date(2027, 3, 5), f)
    assert a.own_per_week == pytest.approx(70)  # an ordinary week at the trend's pace


def test_the_forecast_waits_out_a_coming_pause():
    pause = Season("closed", date(2027, 1, 25), date(2027, 2, 3), 0.0)
    goal = followers(100, 400, JAN, date(2027, 6, 1), pause)
    points = figures(1, (JAN, 100), (date(2027, 1, 11), 200), (date(2027, 1, 21), 300))
    f = forecast(goal, points, date(2027, 1, 21))
    # 10 a day: 400 needs 10 more effective days from 21 January: 4 before the pause, 6 after it
    assert f.reaches_on == date(2027, 2, 10)
    assert f.value_at(date(2027, 2, 3)) == pytest.approx(340)  # flat through the pause at 300 + 4 x 10
    assert forecast(replace(goal, seasons=()), points, date(2027, 1, 21)).reaches_on == date(2027, 1, 31)
    drawn = dict(f.points(date(2027, 2, 20), start=date(2027, 1, 21), samples=3))
    assert drawn[date(2027, 1, 25)] == pytest.approx(340) and drawn[date(2027, 2, 4)] == pytest.approx(340)


def test_figures_all_inside_one_pause_give_no_trend():
    pause = Season("closed", date(2027, 1, 1), date(2027, 1, 31), 0.0)
    goal = followers(100, 400, JAN, date(2027, 6, 1), pause)
    points = figures(1, (date(2027, 1, 5), 100), (date(2027, 1, 10), 120), (date(2027, 1, 20), 130))
    f = forecast(goal, points, date(2027, 1, 20))
    assert not f.ok and f.reason == fc_mod.REASON_PAUSED
    # one figure before the pause is a second time only; two before it make three
    one = figures(1, (date(2026, 12, 20), 90)) + points
    assert not forecast(goal, one, date(2027, 1, 20)).ok
    two = figures(1, (date(2026, 12, 10), 80)) + one
    assert forecast(goal, two, date(2027, 1, 20)).ok


def test_realism_measures_the_growth_needed_in_months_outside_a_pause():
    # 1,000 -> 2,000 followers in 6 months needs 12.2% a month; with a month paused, in 5 months: 14.9%
    start, deadline = date(2027, 1, 1), date(2027, 7, 2)
    goal = Goal("Followers", "awareness", "followers", 1000, 2000, start, deadline, platforms=(),
                hours_per_week=5)
    plain = next(f for f in realism.check(goal, [], start) if f.code == "benchmark_pace")
    paused = replace(goal, seasons=(Season("closed", date(2027, 3, 1), date(2027, 3, 31), 0.0),))
    slower = next(f for f in realism.check(paused, [], start) if f.code == "benchmark_pace")
    months = (deadline - start).days / (365.25 / 12)
    assert plain.numbers["cmgr_percent"] == pytest.approx(100 * (2 ** (1 / months) - 1))
    months_active = ((deadline - start).days - 31) / (365.25 / 12)
    assert slower.numbers["cmgr_percent"] == pytest.approx(100 * (2 ** (1 / months_active) - 1))
    assert slower.numbers["cmgr_percent"] > plain.numbers["cmgr_percent"]


def test_a_flow_goal_s_growth_is_measured_in_months_outside_a_pause():
    # 1,000 -> 4,000 visits a month by 2 July (182 days, 5.98 months) needs 26.1% a month: ambitious (above 15%);
    # with March closed, in 151 days (4.96 months) 32.2% a month: above 30%, a warning (the rulebook's FLOW steps)
    start, deadline = date(2027, 1, 1), date(2027, 7, 2)
    goal = Goal("Visits", "traffic", "website_visits", 1000, 4000, start, deadline, platforms=(), hours_per_week=5)
    plain = next(f for f in realism.check(goal, [], start) if f.code == "flow_pace")
    paused = replace(goal, seasons=(Season("closed", date(2027, 3, 1), date(2027, 3, 31), 0.0),))
    slower = next(f for f in realism.check(paused, [], start) if f.code == "flow_pace")
    assert plain.numbers["cmgr_percent"] == pytest.approx(26.1, abs=0.05)
    assert slower.numbers["cmgr_percent"] == pytest.approx(32.2, abs=0.05)
    assert (plain.severity, slower.severity) == (realism.Severity.ADVICE, realism.Severity.WARNING)


def test_a_goal_paused_to_its_deadline_is_not_judged_by_its_pace():
    # no effective day at all: no growth a month to speak of, and no crash dividing by it
    start, deadline = date(2027, 1, 1), date(2027, 3, 1)
    goal = Goal("Visits", "traffic", "website_visits", 1000, 4000, start, deadline, platforms=(), hours_per_week=5,
                seasons=(Season("closed", start, deadline, 0.0),))
    assert not {"flow_pace", "benchmark_pace"} & {f.code for f in realism.check(goal, [], start)}
    paused = replace(goal, kpi="followers", objective="awareness")
    assert not {"flow_pace", "benchmark_pace"} & {f.code for f in realism.check(paused, [], start)}
    assert realism.suggest_target(paused, [], start) is None


def test_the_suggested_target_grows_only_in_months_outside_a_pause():
    # a page of 1,000 aiming at 5,000 in a year: the typical growth g a month reaches 1,000 x (1 + g)^12.0;
    # with three months closed, 1,000 x (1 + g)^9.0 (365 and 273 days of 30.44)
    start, deadline = date(2027, 1, 1), date(2028, 1, 1)
    goal = Goal("Followers", "awareness", "followers", 1000, 5000, start, deadline,
                platforms=(GoalPlatform("facebook"),), hours_per_week=5)
    plain = realism.suggest_target(goal, [], start)
    closed = replace(goal, seasons=(Season("closed", date(2027, 6, 1), date(2027, 8, 31), 0.0),))
    paused = realism.suggest_target(closed, [], start)
    assert plain is not None and paused is not None
    growth = 1 + plain.numbers["growth_percent"] / 100
    assert paused.numbers["growth_percent"] == plain.numbers["growth_percent"]
    assert plain.value == pytest.approx(1000 * growth ** (365 / (365.25 / 12)), rel=0.01)
    assert paused.value == pytest.approx(1000 * growth ** (273 / (365.25 / 12)), rel=0.01)
    assert paused.value < plain.value


# ---------------------------------------------------------------- what a plan may hold


@pytest.mark.parametrize(("season", "field", "words"), [
    (Season("", JAN, JAN, 1.0), "name", "has no name"),
    (Season("a\nb", JAN, JAN, 1.0), "name", "one line"),
    (Season("x" * 101, JAN, JAN, 1.0), "name", "longer than 100"),
    (Season("x", date(2027, 2, 1), JAN, 1.0), "end", "ends before it starts"),
    (Season("x", JAN, date(2028, 1, 2), 1.0), "end", "at most 366 days"),
    (Season("x", JAN, JAN, -0.5), "effect", "from 0"),
    (Season("x", JAN, JAN, 10.5), "effect", "to 10"),
    (Season("x", JAN, JAN, float("nan")), "effect", "from 0"),
    (Season("x", date(1999, 12, 31), JAN, 1.0), "start", "between 2000-01-01 and 2100-12-31"),
])
def test_a_season_that_cannot_be_in_a_plan_says_why(season, field, words):
    problems = season.problems()
    assert problems and problems[0][0] == field and words in problems[0][1]


def test_a_valid_season_has_no_problems_and_a_word_for_its_effect():
    assert Season("Ramadan", date(2027, 2, 8), date(2027, 3, 9), 0.5).problems() == []
    assert Season("year", JAN, date(2027, 12, 31), 0.0).problems() == []  # 365 days
    assert [seasons.effect_word(e) for e in (0, 0.5, 1, 2)] == ["pause", "slower", "the usual pace", "faster"]
