"""The target line as it is drawn (trajectory.line) and the goal's series (series.combined, series.by_platform).

Every expected point is worked out by hand from the goal's numbers in the comments.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from planner.domain import series, trajectory
from planner.domain.goals import Goal, GoalPlatform, Observation, Shape

START = date(2026, 1, 1)


def goal(kpi: str, baseline: float, target: float, days: int, shape: Shape = Shape.LINEAR, **more) -> Goal:
    objective = {"followers": "awareness", "website_visits": "traffic", "engagement_rate_followers": "engagement",
                 "conversions": "conversions", "response_time_hours": "service"}[kpi]
    return Goal("g", objective, kpi, baseline, target, START, START + timedelta(days=days), shape=shape, **more)


def day(n: int) -> date:
    return START + timedelta(days=n)


def test_a_running_total_ramps_straight_one_point_a_day_when_there_are_fewer_days_than_points():
    # followers 100 -> 200 in 10 days: +10 a day, 11 points (day 0 to day 10)
    assert trajectory.line(goal("followers", 100, 200, 10)) == [(day(d), 100 + 10 * d) for d in range(11)]


def test_a_long_ramp_is_sampled_evenly_and_keeps_both_ends():
    # 1,000 days, 5 points asked: days 0, 250, 500, 750, 1000; 0 -> 1000 followers, one a day
    points = trajectory.line(goal("followers", 0, 1000, 1000), points=5)
    assert points == [(day(0), 0), (day(250), 250), (day(500), 500), (day(750), 750), (day(1000), 1000)]


def test_a_growth_goal_grows_by_the_same_percentage_each_day():
    # 100 -> 400 in 10 days by a steady percentage: x2 every 5 days, so 200 at day 5
    points = trajectory.line(goal("followers", 100, 400, 10, Shape.GROWTH), points=3)
    assert [d for d, _ in points] == [day(0), day(5), day(10)]
    assert [v for _, v in points] == pytest.approx([100, 200, 400], rel=1e-12)


def test_a_weekly_flow_is_a_staircase_with_a_riser_at_each_week():
    # website visits per week 30 -> 60 in 21 days: 3 weekly steps of 10; each step rises on its first day
    assert trajectory.line(goal("website_visits", 30, 60, 21)) == [
        (day(0), 30),
        (day(7), 30), (day(7), 40),
        (day(14), 40), (day(14), 50),
        (day(21), 50), (day(21), 60),
    ]


def test_a_rate_steps_up_once_a_month():
    # engagement rate 2 % -> 5 % over 92 days: ceil(92 / 30.4375) = 4 monthly steps of 0.75 points,
    # on days 0, ceil(30.4375) = 31, ceil(60.875) = 61 and ceil(91.3125) = 92, which is the deadline
    assert trajectory.line(goal("engagement_rate_followers", 2, 5, 92)) == [
        (day(0), 2),
        (day(31), 2), (day(31), 2.75),
        (day(61), 2.75), (day(61), 3.5),
        (day(92), 3.5), (day(92), 5),
    ]


def test_a_staircase_of_more_than_400_steps_is_drawn_as_samples():
    # a monthly flow over 40 years has 480 steps: past MAX_DRAWN_STEPS (400), so 800 samples instead
    g = goal("conversions", 0, 480, 14610)
    points = trajectory.line(g)
    assert len(points) == 2 * trajectory.MAX_DRAWN_STEPS
    assert points[0] == (day(0), 0) and points[-1] == (day(14610), 480)
    assert all(v == trajectory.expected(g, d) for d, v in points[::97])


def test_a_goal_without_days_is_a_single_jump():
    assert trajectory.line(goal("followers", 100, 200, 0)) == [(day(0), 100), (day(0), 200)]


def test_the_tolerance_band_is_five_percent_of_the_climb_so_far_either_way():
    up, down = goal("followers", 1000, 3000, 90), goal("followers", 3000, 1000, 90)
    # on the deadline the line has climbed 2,000: 5% of it is 100; halfway (day 45, a straight line at 2,000)
    # it has climbed 1,000: 50; on the start day it has not moved: no band at all
    assert [trajectory.tolerance(up, day(d)) for d in (0, 45, 90)] == [0, 50, 100]
    assert [trajectory.tolerance(down, day(d)) for d in (0, 45, 90)] == [0, 50, 100]  # a goal to go down
    # the edge the figures must stay on the right side of: below the line for a KPI where higher is better,
    # above it where lower is better. Response time from 30 h to 10 h in 90 days is a rate: its line steps once
    # a month, three steps; on day 45 one step is done: 30 - 20/3 = 23.33 h, band 5% of 6.67 = 0.33 h, so 23.67 h
    faster = goal("response_time_hours", 30, 10, 90)
    assert trajectory.edge(up, day(45)) == 1950
    assert trajectory.edge(faster, day(45)) == pytest.approx(30 - 20 / 3 + 0.05 * 20 / 3)


def test_one_platform_one_value_a_day_the_later_entry_winning():
    obs = [Observation(1, day(2), 15, "instagram", id=3), Observation(1, day(1), 10, "instagram", id=1),
           Observation(1, day(1), 12, "instagram", id=2)]
    assert series.combined(goal("followers", 0, 100, 30), obs) == [(day(1), 12), (day(2), 15)]


def test_totals_on_several_platforms_add_each_platforms_latest_figure():
    g = goal("followers", 0, 1000, 30, platforms=(GoalPlatform("instagram"), GoalPlatform("facebook")))
    obs = [Observation(1, day(1), 100, "instagram"), Observation(1, day(1), 50, "facebook"),
           Observation(1, day(2), 110, "instagram"),  # facebook still 50
           Observation(1, day(3), 70, "facebook")]  # instagram still 110
    assert series.combined(g, obs) == [(day(1), 150), (day(2), 160), (day(3), 180)]


def test_rates_on_several_platforms_are_averaged():
    g = goal("engagement_rate_followers", 1, 5, 30,
             platforms=(GoalPlatform("instagram"), GoalPlatform("facebook")))
    obs = [Observation(1, day(1), 2.0, "instagram"), Observation(1, day(1), 4.0, "facebook"),
           Observation(1, day(2), 5.0, "instagram")]
    assert series.combined(g, obs) == [(day(1), 3.0), (day(2), 4.5)]


def test_a_figure_for_all_platforms_stands_for_its_day():
    g = goal("followers", 0, 1000, 30, platforms=(GoalPlatform("instagram"), GoalPlatform("facebook")))
    obs = [Observation(1, day(1), 100, "instagram"), Observation(1, day(1), 50, "facebook"),
           Observation(1, day(2), 500, None), Observation(1, day(2), 120, "instagram"),
           Observation(1, day(3), 60, "facebook")]
    # day 2: the overall 500 stands; instagram's 120 still counts from then on: day 3 is 120 + 60
    assert series.combined(g, obs) == [(day(1), 150), (day(2), 500), (day(3), 180)]


def test_no_figures_no_series():
    assert series.combined(goal("followers", 0, 100, 30), []) == []
    assert series.by_platform([]) == {}


def test_each_platforms_own_figures_oldest_first():
    obs = [Observation(1, day(2), 20, "facebook", id=4), Observation(1, day(1), 10, "facebook", id=2),
           Observation(1, day(1), 7, "instagram", id=1), Observation(1, day(3), 99, None, id=5),
           Observation(1, day(1), 11, "facebook", id=3)]
    assert series.by_platform(obs) == {
        "instagram": [(day(1), 7)],
        "facebook": [(day(1), 10), (day(1), 11), (day(2), 20)],
        None: [(day(3), 99)],
    }


def test_a_monthly_flow_steps_once_a_month():
    # conversions per month 0 -> 30 over 90 days: ceil(90 / 30.4375) = 3 steps of 10, on days 0, 31 and 61
    assert trajectory.line(goal("conversions", 0, 30, 90)) == [
        (day(0), 0),
        (day(31), 0), (day(31), 10),
        (day(61), 10), (day(61), 20),
        (day(90), 20), (day(90), 30),
    ]


def test_a_rate_under_one_percent_can_grow_by_a_steady_percentage():
    # engagement rate 0.5 % -> 2 % by a steady percentage over 121 days: ceil(121 / 30.4375) = 4 monthly
    # steps; at day 61 (floor(61 / 30.4375) = 2) the line has done two steps of four, x2 of the x4: 1 %,
    # not the straight line's 1.25 %
    g = goal("engagement_rate_followers", 0.5, 2, 121, Shape.GROWTH)
    assert trajectory.expected(g, day(61)) == pytest.approx(1.0, rel=1e-12)
    g = goal("engagement_rate_followers", 0.25, 1, 121, Shape.GROWTH)  # a target of 1 % grows the same way
    assert trajectory.expected(g, day(61)) == pytest.approx(0.5, rel=1e-12)


def test_a_ramp_is_drawn_with_200_points_unless_told():
    points = trajectory.line(goal("followers", 0, 1990, 1990))
    assert len(points) == 200
    assert points[1] == (day(10), 10)  # 1990 days in 199 gaps of 10


def test_two_points_are_the_two_ends():
    assert trajectory.line(goal("followers", 0, 100, 100), points=2) == [(day(0), 0), (day(100), 100)]


def test_a_staircase_of_exactly_400_steps_is_still_drawn_step_by_step():
    # weekly website visits over 2,800 days: 400 steps, the most drawn as a staircase (1 + 2 x 399 + 2 points)
    points = trajectory.line(goal("website_visits", 0, 400, 2800))
    assert len(points) == 801
    assert points[1:3] == [(day(7), 0), (day(7), 1)]


def test_a_one_day_flow_keeps_its_baseline_until_the_deadline():
    assert trajectory.line(goal("website_visits", 30, 60, 1)) == [(day(0), 30), (day(1), 30), (day(1), 60)]
