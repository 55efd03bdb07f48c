"""Due and late: each goal by its own periods, asked on the owner's review day (worked out on a calendar).

November 2026: Monday 2, Sunday 8, 15, 22, 29.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from planner.domain import review
from planner.domain.checkins import CheckIn, checkin_problems
from planner.domain.goals import Goal, Observation
from planner.domain.periods import Span
from planner.domain.review import Schedule, Weekday

SUNDAY = Weekday.SUNDAY
# followers (a level) reviewed weekly from Monday 2 November: weeks run Monday to Sunday
FOLLOWERS = Goal("Followers", "awareness", "followers", 1000, 2000, date(2026, 11, 2), date(2027, 6, 1), id=1)
# leads a month (an amount) from 1 October: periods 1-31 October, 1-30 November
LEADS = Goal("Leads", "leads", "leads", 10, 40, date(2026, 10, 1), date(2027, 6, 1), id=2)
# visits a week (an amount) from Wednesday 4 November: weeks run Wednesday to Tuesday
VISITS = Goal("Visits", "traffic", "website_visits", 100, 200, date(2026, 11, 4), date(2027, 6, 1), id=3)


def on(goal: Goal, *days: date) -> list[Observation]:
    return [Observation(goal.id, d, 1) for d in days]


def test_review_days_before_and_after_a_day():
    assert review.last_review(date(2026, 11, 25), SUNDAY) == date(2026, 11, 22)
    assert review.last_review(date(2026, 11, 22), SUNDAY) == date(2026, 11, 22)
    assert review.next_review(date(2026, 11, 23), SUNDAY) == date(2026, 11, 29)
    assert review.next_review(date(2026, 11, 22), SUNDAY) == date(2026, 11, 22)
    assert review.last_review(date(2026, 11, 22), Weekday.SATURDAY) == date(2026, 11, 21)


def test_a_weekly_goal_is_due_on_the_review_day_for_the_week_that_ended_and_late_when_two_are_missing():
    # Sunday 22: the last week complete by Saturday 21 is 9-15 November; the latest figure is of 5 November
    asked = review.ask(FOLLOWERS, on(FOLLOWERS, date(2026, 11, 5)), date(2026, 11, 22), SUNDAY)
    assert asked.due and asked.span == Span(date(2026, 11, 9), date(2026, 11, 15))
    assert asked.day == date(2026, 11, 22)  # a level is read on the day of the check-in
    assert asked.due_on == date(2026, 11, 22) and not asked.late  # the week before (2-8) has its figure
    # a week later nothing came in: 9-15 and 16-22 both lack one
    asked = review.ask(FOLLOWERS, on(FOLLOWERS, date(2026, 11, 5)), date(2026, 11, 29), SUNDAY)
    assert asked.due and asked.span == Span(date(2026, 11, 16), date(2026, 11, 22)) and asked.late


def test_a_goal_updated_this_period_is_never_reminded():
    # a figure on Friday 20 November (this week) covers the week asked for: a level carries on
    asked = review.ask(FOLLOWERS, on(FOLLOWERS, date(2026, 11, 20)), date(2026, 11, 22), SUNDAY)
    assert not asked.due and not asked.late
    # and today's own figure counts too
    asked = review.ask(FOLLOWERS, on(FOLLOWERS, date(2026, 11, 22)), date(2026, 11, 22), SUNDAY)
    assert not asked.due
    assert asked.span == Span(date(2026, 11, 16), date(2026, 11, 22)) and asked.day == date(2026, 11, 22)


def test_a_monthly_amount_is_due_at_the_first_review_after_the_month_and_late_after_the_next():
    # October (1-31) ends on a Saturday: asked for on Sunday 1 November, late on Sunday 8
    first = review.ask(LEADS, [], date(2026, 11, 1), SUNDAY)
    assert first.due and first.span == Span(date(2026, 10, 1), date(2026, 10, 31)) and not first.late
    assert first.day == date(2026, 10, 31) and first.amount  # an amount is dated on its period's last day
    later = review.ask(LEADS, [], date(2026, 11, 8), SUNDAY)
    assert later.due and later.span == first.span and later.late and later.due_on == date(2026, 11, 1)
    # its figure in: nothing is due until November is over; a check-in now asks for October again
    done = review.ask(LEADS, on(LEADS, date(2026, 10, 31)), date(2026, 11, 8), SUNDAY)
    assert not done.due and done.span == Span(date(2026, 10, 1), date(2026, 10, 31))
    # a figure of the running month does not count for October
    assert review.ask(LEADS, on(LEADS, date(2026, 11, 5)), date(2026, 11, 8), SUNDAY).due


def test_between_review_days_a_period_that_just_ended_waits_for_the_next_review_day():
    # weeks Wednesday to Tuesday; Wednesday 18: the review of Sunday 15 asked for 4-10 November, which has
    # its figure; 11-17 ended yesterday but is only asked for on Sunday 22
    figures = on(VISITS, date(2026, 11, 10))
    assert not review.ask(VISITS, figures, date(2026, 11, 18), SUNDAY).due
    asked = review.ask(VISITS, figures, date(2026, 11, 22), SUNDAY)
    assert asked.due and asked.span == Span(date(2026, 11, 11), date(2026, 11, 17)) and not asked.late


def test_the_review_day_decides_which_period_is_asked_for():
    figures = on(VISITS, date(2026, 11, 10))
    # with Wednesday as the review day, Wednesday 18 asks for 11-17 at once
    asked = review.ask(VISITS, figures, date(2026, 11, 18), Weekday.WEDNESDAY)
    assert asked.due and asked.span == Span(date(2026, 11, 11), date(2026, 11, 17))


def test_goals_not_reviewed():
    # archived; first period not over by the review day; past the deadline
    assert review.ask(replace(FOLLOWERS, archived=True), [], date(2026, 11, 22), SUNDAY) is None
    assert review.ask(FOLLOWERS, [], date(2026, 11, 8), SUNDAY) is None  # 2-8 November ends Sunday 8
    assert review.ask(FOLLOWERS, [], date(2026, 11, 15), SUNDAY) is not None
    over = replace(FOLLOWERS, deadline=date(2026, 11, 10))
    assert review.ask(over, [], date(2026, 11, 29), SUNDAY) is None


def test_weekday_names_and_the_default_review_day_by_language():
    assert Weekday.from_key("Sunday") is SUNDAY and SUNDAY.key == "sunday"
    with pytest.raises(ValueError, match="not a day of the week"):
        Weekday.from_key("someday")
    assert Schedule.default("fa").day is Weekday.SATURDAY and Schedule.default("ar").day is SUNDAY
    assert Schedule.default("en").day is Weekday.MONDAY and Schedule.default("xx").day is Weekday.MONDAY
    assert review.period_key(LEADS) == "month" and review.period_key(FOLLOWERS) == "week"


@pytest.mark.parametrize(("checkin", "words"), [
    (CheckIn(1, date(2026, 11, 22), 0), "from 1 to 5"),
    (CheckIn(1, date(2026, 11, 22), 6), "from 1 to 5"),
    (CheckIn(1, date(2026, 11, 22), True), "from 1 to 5"),
    (CheckIn(1, date(2026, 11, 22), 3, "two\nlines"), "one line"),
    (CheckIn(1, date(2026, 11, 22), 3, "x" * 201), "longer than 200"),
    (CheckIn(1, date(2101, 1, 1), 3), "between 2000-01-01 and 2100-12-31"),
])
def test_a_checkin_that_cannot_be_stored_says_why(checkin, words):
    assert any(words in m for _, m in checkin_problems(checkin))


def test_a_valid_checkin_has_no_problems():
    assert checkin_problems(CheckIn(1, date(2026, 11, 22), 5, "Ramadan series started")) == []
