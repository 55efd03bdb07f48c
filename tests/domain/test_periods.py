"""The periods of an amount-per-period KPI: the steps of its target line, worked out by hand on a calendar."""

from __future__ import annotations

from datetime import date


from planner.domain import periods, series
from planner.domain.goals import Goal, Observation
from planner.domain.periods import Span


def flow(kpi: str, start: date, deadline: date) -> Goal:
    objective = {"website_visits": "traffic", "leads": "leads", "followers": "awareness",
                 "engagement_rate_reach": "engagement"}[kpi]
    return Goal("g", objective, kpi, 10, 100, start, deadline)


WEEKLY = flow("website_visits", date(2026, 11, 2), date(2027, 2, 1))  # a Monday: weeks run Monday to Sunday
MONTHLY = flow("leads", date(2026, 1, 1), date(2026, 12, 31))


def test_a_week_runs_seven_days_from_the_start_weekday():
    assert periods.period(WEEKLY, date(2026, 11, 2)) == Span(date(2026, 11, 2), date(2026, 11, 8))
    assert periods.period(WEEKLY, date(2026, 11, 8)) == Span(date(2026, 11, 2), date(2026, 11, 8))
    assert periods.period(WEEKLY, date(2026, 11, 9)) == Span(date(2026, 11, 9), date(2026, 11, 15))
    # the day before the start belongs to the week before it
    assert periods.period(WEEKLY, date(2026, 11, 1)) == Span(date(2026, 10, 26), date(2026, 11, 1))
    assert periods.index(WEEKLY, date(2026, 11, 1)) == -1 and periods.index(WEEKLY, date(2026, 11, 16)) == 2
    assert periods.period(WEEKLY, date(2026, 11, 2)).days == 7


def test_months_are_the_lines_steps_of_365_25_over_12_days():
    # step 30.4375 days: period 0 is days 0-30 (ceil 30.4375 = 31 days: 1-31 January); period 1 starts on
    # day 31 (1 February) and ends on day ceil(60.875) - 1 = 60: 2 March in 2026 (31 + 28 days = 1 March
    # is day 59); period 2 is days 61 (3 March) to ceil(91.3125) - 1 = 91 (2 April)
    assert periods.period(MONTHLY, date(2026, 1, 15)) == Span(date(2026, 1, 1), date(2026, 1, 31))
    assert periods.period(MONTHLY, date(2026, 2, 1)) == Span(date(2026, 2, 1), date(2026, 3, 2))
    assert periods.period(MONTHLY, date(2026, 3, 3)) == Span(date(2026, 3, 3), date(2026, 4, 2))
    assert [s.days for s in periods.periods(MONTHLY, date(2026, 1, 1), date(2026, 4, 2))] == [31, 30, 31]


def test_the_periods_between_two_days_and_the_last_complete_one():
    assert periods.periods(WEEKLY, date(2026, 11, 5), date(2026, 11, 20)) == [
        Span(date(2026, 11, 2), date(2026, 11, 8)), Span(date(2026, 11, 9), date(2026, 11, 15)),
        Span(date(2026, 11, 16), date(2026, 11, 22))]
    assert periods.periods(WEEKLY, date(2026, 11, 20), date(2026, 11, 5)) == []
    # on a Wednesday the week running is not complete: the last complete one ended on Sunday
    assert periods.last_complete(WEEKLY, date(2026, 11, 11)) == Span(date(2026, 11, 2), date(2026, 11, 8))
    # on the Sunday that ends a week, that week is complete
    assert periods.last_complete(WEEKLY, date(2026, 11, 15)) == Span(date(2026, 11, 9), date(2026, 11, 15))
    assert date(2026, 11, 15) in periods.period(WEEKLY, date(2026, 11, 9))
    assert date(2026, 11, 16) not in periods.period(WEEKLY, date(2026, 11, 9))


def test_only_amounts_per_period_are_added_up_but_every_kpi_is_reviewed_in_periods():
    assert periods.counts_in_periods(WEEKLY) and periods.counts_in_periods(MONTHLY)
    total, rate = flow("followers", date(2026, 1, 1), date(2026, 6, 1)), flow("engagement_rate_reach",
                                                                              date(2026, 1, 1), date(2026, 6, 1))
    assert not periods.counts_in_periods(total) and not periods.counts_in_periods(rate)
    # followers are reviewed weekly from the start (a Thursday): 1 February is day 31, in week 4 (days 28-34)
    assert periods.period(total, date(2026, 2, 1)) == Span(date(2026, 1, 29), date(2026, 2, 4))
    # a rate in the monthly steps of its line, like a monthly amount
    assert periods.period(rate, date(2026, 2, 1)) == Span(date(2026, 2, 1), date(2026, 3, 2))
    assert (periods.per_year(total), periods.per_year(rate), periods.per_year(MONTHLY)) == (52, 12, 12)


def test_periods_by_number_and_whether_they_are_months():
    # period 2 of MONTHLY is days 61 to 91 (3 March - 2 April 2026); period -1 of WEEKLY the week before its start
    assert periods.nth(MONTHLY, 2) == Span(date(2026, 3, 3), date(2026, 4, 2))
    assert periods.nth(WEEKLY, -1) == Span(date(2026, 10, 26), date(2026, 11, 1))
    total, rate = flow("followers", date(2026, 1, 1), date(2026, 6, 1)), flow("engagement_rate_reach",
                                                                              date(2026, 1, 1), date(2026, 6, 1))
    assert [periods.monthly(g) for g in (WEEKLY, MONTHLY, total, rate)] == [False, True, False, True]


# -- the figure a new row of the figures table is for (series.next_figure_date) --------------------------------

def figure(day: date, platform: str | None = "facebook") -> Observation:
    return Observation(1, day, 100.0, platform)


def test_a_new_weekly_figure_is_for_the_first_complete_week_without_one():
    # WEEKLY's weeks run Monday to Sunday from 2 November 2026; on Thursday 26 November the weeks of 2-8, 9-15
    # and 16-22 November are over.  The second one has no figure: its Sunday, 15 November.
    have = [figure(date(2026, 11, 8)), figure(date(2026, 11, 22))]
    assert series.next_figure_date(WEEKLY, have, "facebook", date(2026, 11, 26)) == date(2026, 11, 15)
    # a figure on any day of a week is that week's figure (typed on a Wednesday)
    have.append(figure(date(2026, 11, 11)))
    assert series.next_figure_date(WEEKLY, have, "facebook", date(2026, 11, 26)) is None
    # another platform's figures are not this one's
    assert series.next_figure_date(WEEKLY, have, "instagram", date(2026, 11, 26)) == date(2026, 11, 8)
    # never the week that is running: on Sunday 29 November that week is over, and is next
    assert series.next_figure_date(WEEKLY, have, "facebook", date(2026, 11, 29)) == date(2026, 11, 29)


def test_no_new_weekly_figure_before_the_first_week_ends():
    assert series.next_figure_date(WEEKLY, [], None, date(2026, 11, 7)) is None
    assert series.next_figure_date(WEEKLY, [], None, date(2026, 11, 8)) == date(2026, 11, 8)


def test_a_new_monthly_figure_is_for_the_last_day_of_the_goals_month():
    # MONTHLY's months: 1-31 January, 1 February - 2 March, 3 March - 2 April 2026
    have = [figure(date(2026, 1, 31))]
    assert series.next_figure_date(MONTHLY, have, "facebook", date(2026, 4, 10)) == date(2026, 3, 2)
    have.append(figure(date(2026, 2, 20)))
    assert series.next_figure_date(MONTHLY, have, "facebook", date(2026, 4, 10)) == date(2026, 4, 2)


def test_figures_before_the_start_are_periods_too():
    # a figure of the week before the start (26 October - 1 November): the weeks after it are checked from there
    have = [figure(date(2026, 10, 28))]
    assert series.next_figure_date(WEEKLY, have, "facebook", date(2026, 11, 10)) == date(2026, 11, 8)


def test_the_periods_of_one_day_and_of_days_after_the_first_week():
    # one day is one period (first == last is not an empty range)
    assert periods.periods(WEEKLY, date(2026, 11, 11), date(2026, 11, 11)) == [
        Span(date(2026, 11, 9), date(2026, 11, 15))]
    # from Friday 20 to Wednesday 25 November: weeks 2 and 3 (16-22, 23-29), not the weeks before them
    assert periods.periods(WEEKLY, date(2026, 11, 20), date(2026, 11, 25)) == [
        Span(date(2026, 11, 16), date(2026, 11, 22)), Span(date(2026, 11, 23), date(2026, 11, 29))]


def test_a_period_holds_its_first_and_last_day_and_only_dates():
    week = Span(date(2026, 11, 9), date(2026, 11, 15))
    assert date(2026, 11, 9) in week and date(2026, 11, 15) in week
    assert date(2026, 11, 8) not in week and "2026-11-09" not in week
