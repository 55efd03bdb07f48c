"""Period over period, worked out by hand: the last complete period against the one before and a year before."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from planner.domain.change import better, period_change
from planner.domain.goals import Goal, GoalPlatform, Observation
from planner.domain.periods import Span

START = date(2025, 11, 3)  # a Monday: weeks run Monday to Sunday


def goal(kpi: str, baseline: float, target: float) -> Goal:
    objective = {"website_visits": "traffic", "followers": "awareness", "bounce_rate": "conversions",
                 "engagement_rate_reach": "engagement"}[kpi]
    return Goal("g", objective, kpi, baseline, target, START, date(2027, 1, 1),
                platforms=(GoalPlatform("instagram"),), id=7)


def obs(day: date, value: float) -> Observation:
    return Observation(7, day, value, "instagram")


def test_weekly_visits_this_week_against_last_week_and_a_year_ago():
    g = goal("website_visits", 50, 200)
    # weeks end on Sundays; on Wednesday 25 November 2026 the last complete week is 16-22 November 2026,
    # the one before 9-15 November, and 52 weeks earlier (364 days) 17-23 November 2025
    figures = [obs(date(2025, 11, 23), 60), obs(date(2026, 11, 15), 90), obs(date(2026, 11, 22), 120)]
    change = period_change(g, figures, date(2026, 11, 25))
    assert change.span == Span(date(2026, 11, 16), date(2026, 11, 22)) and change.value == 120
    assert change.previous.earlier_span == Span(date(2026, 11, 9), date(2026, 11, 15))
    assert change.previous.earlier == 90 and change.previous.delta == 30
    assert change.previous.percent == pytest.approx(100 * 30 / 90)
    assert change.last_year.earlier_span == Span(date(2025, 11, 17), date(2025, 11, 23))
    assert change.last_year.earlier == 60 and change.last_year.delta == 60 and change.last_year.percent == 100
    assert better(g, change.previous) is True


def test_a_period_without_a_figure_gives_nothing_to_compare():
    g = goal("website_visits", 50, 200)
    figures = [obs(date(2026, 11, 15), 90)]
    assert period_change(g, figures, date(2026, 11, 25)) is None  # 16-22 November has no figure
    change = period_change(g, figures, date(2026, 11, 16))  # on Monday the last complete week is 9-15 Nov
    assert change.value == 90 and change.previous.earlier is None and change.previous.delta is None
    assert change.previous.percent is None and better(g, change.previous) is None


def test_followers_carry_over_from_one_week_to_the_next():
    g = goal("followers", 1000, 2000)
    # the last figure before the week 16-22 Nov ends is the one of 18 Nov; the week before ends on 15 Nov,
    # when the latest figure was the one of 10 Nov (nothing was entered on 11-15 Nov)
    figures = [obs(date(2026, 11, 10), 1200), obs(date(2026, 11, 18), 1260), obs(date(2026, 11, 24), 1300)]
    change = period_change(g, figures, date(2026, 11, 25))
    assert change.value == 1260 and change.previous.earlier == 1200 and change.previous.delta == 60
    assert change.last_year.earlier is None  # no figure on or before 23 Nov 2025


def test_a_rate_goes_by_the_lines_monthly_steps_and_down_can_be_good_news():
    g = goal("bounce_rate", 70, 50)
    # monthly steps from 3 Nov 2025 of 30.4375 days: step 12 is days ceil(365.25) = 366 to
    # ceil(395.6875) - 1 = 395: 4 Nov to 3 Dec 2026; on 10 Dec the last complete one is step 12... not yet
    # over on 25 Nov, so on 25 Nov it is step 11: days ceil(334.8125) = 335 to 365, 4 Oct to 3 Nov 2026
    figures = [obs(date(2026, 9, 20), 66), obs(date(2026, 10, 10), 64), obs(date(2026, 11, 1), 61)]
    change = period_change(g, figures, date(2026, 11, 25))
    assert change.span == Span(date(2026, 10, 4), date(2026, 11, 3))
    assert change.value == 61 and change.previous.earlier == 66 and change.previous.delta == -5
    assert better(g, change.previous) is True  # a lower bounce rate is better


def test_a_year_is_fifty_two_weeks_or_twelve_steps():
    weekly, monthly = goal("website_visits", 1, 2), goal("engagement_rate_reach", 1, 2)
    today = START + timedelta(days=800)
    daily = [obs(today - timedelta(days=d), 5) for d in range(60)]  # every period near today has a figure
    w, m = period_change(weekly, daily, today), period_change(monthly, daily, today)
    assert (w.span.first - w.last_year.earlier_span.first).days == 52 * 7
    # twelve steps of 30.4375 days are 365.25 days: 365 or 366 whole days, by where the steps fall
    assert (m.span.first - m.last_year.earlier_span.first).days in (365, 366)


def test_the_change_names_its_goal_and_both_earlier_periods():
    g = goal("website_visits", 50, 200)
    change = period_change(g, [obs(date(2026, 11, 22), 120)], date(2026, 11, 25))
    assert change.goal_id == 7
    # both comparisons are of the week 16-22 November 2026
    assert change.previous.span == change.last_year.span == Span(date(2026, 11, 16), date(2026, 11, 22))


def test_the_platforms_figures_are_added_up_before_comparing():
    g = replace(goal("website_visits", 50, 200), platforms=(GoalPlatform("instagram"), GoalPlatform("facebook")))
    figures = [Observation(7, date(2026, 11, 15), 50, "instagram"), Observation(7, date(2026, 11, 15), 30, "facebook"),
               Observation(7, date(2026, 11, 22), 60, "instagram"), Observation(7, date(2026, 11, 22), 40, "facebook")]
    change = period_change(g, figures, date(2026, 11, 25))
    # 60 + 40 = 100 visits in the week of 16-22 November against 50 + 30 = 80 the week before: +20, +25%
    assert (change.value, change.previous.earlier, change.previous.delta) == (100, 80, 20)
    assert change.previous.percent == 25


def test_a_running_total_on_the_periods_last_day_is_that_periods_figure():
    g = goal("followers", 1000, 2000)
    # figures on Sunday 15 and Sunday 22 November, the last days of their weeks
    figures = [obs(date(2026, 11, 15), 1200), obs(date(2026, 11, 22), 1260)]
    change = period_change(g, figures, date(2026, 11, 25))
    assert (change.value, change.previous.earlier) == (1260, 1200)


@pytest.mark.parametrize(("before", "after", "good"), [
    (90, 90, None),  # flat: neither good nor bad news
    (90, 91, True),  # one more visit is good news
    (91, 90, False),
])
def test_whether_a_change_is_good_news(before, after, good):
    g = goal("website_visits", 50, 200)
    change = period_change(g, [obs(date(2026, 11, 15), before), obs(date(2026, 11, 22), after)],
                           date(2026, 11, 25))
    assert better(g, change.previous) is good

