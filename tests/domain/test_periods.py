"""The periods of an amount-per-period KPI: the steps of its target line, worked out by hand on a calendar."""

from __future__ import annotations

from datetime import date


from planner.domain import periods
from planner.domain.goals import Goal
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
