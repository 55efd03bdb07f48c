"""A new target, and the goal's words, milestones and platform targets following it."""

from __future__ import annotations

from datetime import date

import pytest

from planner.domain.goals import Goal, GoalPlatform, Milestone
from planner.domain.retarget import MilestoneRule, replace_number, retarget

START, DEADLINE = date(2026, 1, 1), date(2026, 12, 31)


def goal(**kw) -> Goal:
    kw = {"title": "Grow Instagram followers to 5,000",
          "statement": "Grow our followers from 800 to 1,000 with Reels.", **kw}
    return Goal(kw.pop("title"), "awareness", kw.pop("kpi", "followers"), kw.pop("baseline", 800),
                kw.pop("target", 5000), START, DEADLINE, **kw)


@pytest.mark.parametrize(("text", "old", "new", "expected"), [
    ("Grow Instagram followers to 1,900", 1900, 1870, "Grow Instagram followers to 1,870"),
    ("from 1,200 to 1,900 by 2027, 1900 in all", 1900, 1870, "from 1,200 to 1,870 by 2027, 1870 in all"),
    ("رساندن دنبال‌کننده‌ها به ۱٬۹۰۰", 1900, 1870, "رساندن دنبال‌کننده‌ها به ۱٬۸۷۰"),  # Persian digits and mark
    ("إلى ١٬٩٠٠ متابع", 1900, 1870.5, "إلى ١٬٨٧٠٫٥ متابع"),  # Arabic-Indic, with the Arabic decimal mark
    ("reach 5% of people, 3.5% now", 5, 4.5, "reach 4.5% of people, 3.5% now"),
    ("reach 5.0%", 5, 4.5, "reach 4.5%"),
    ("50,000 followers", 50_000, 750, "750 followers"),
    ("50 000 followers", 50_000, 7500, "50 000 followers"),  # an ordinary space is not a group mark
    ("1,9000 is not 1,900", 1900, 1, "1,9000 is not 1"),
])
def test_numbers_equal_to_the_old_target_are_rewritten_in_the_same_digits_and_marks(text, old, new, expected):
    assert replace_number(text, old, new)[0] == expected


def test_the_issues_example_title_follows_and_the_statement_is_flagged():
    # 800 -> 5,000, "Use this" 940: the title says 5,000 and follows; the statement never said 5,000
    change = retarget(goal(milestones=(Milestone(date(2026, 4, 1), 900), Milestone(date(2026, 7, 1), 2500))), 940)
    assert change.after.title == "Grow Instagram followers to 940" and change.title_found
    assert change.after.statement == "Grow our followers from 800 to 1,000 with Reels." and not change.statement_found
    # 2,500 is beyond 940: it keeps its place on the way, 800 + 1,700 · 140 / 4,200 = 856.7 -> 857
    assert change.after.milestones == (Milestone(date(2026, 4, 1), 900), Milestone(date(2026, 7, 1), 857))
    assert change.beyond == (Milestone(date(2026, 7, 1), 2500),)


def test_milestones_beyond_can_be_dropped():
    change = retarget(goal(milestones=(Milestone(date(2026, 7, 1), 2500),)), 940, MilestoneRule.DROP)
    assert change.after.milestones == () and change.dropped == (Milestone(date(2026, 7, 1), 2500),)


def test_platform_targets_follow_and_still_add_up():
    g = goal(kpi="website_visits", baseline=80, target=200, title="200 visits a week", statement="",
             platforms=(GoalPlatform("facebook", 50, 110), GoalPlatform("instagram", 30, 90)))
    after = retarget(g, 131).after
    # each keeps its share of the way: (131 - 80) / (200 - 80) = 0.425; Facebook 50 + 60 · 0.425 = 75.5 -> 76,
    # and Instagram takes the rest so that they add up: 131 - 76 = 55 (its own 30 + 60 · 0.425 is 55.5)
    assert [p.target for p in after.platforms] == [76, 55]
    assert after.title == "131 visits a week"


def test_a_rate_platform_target_is_rescaled_on_its_own():
    g = goal(kpi="engagement_rate_reach", baseline=3, target=5, title="5% engage", statement="",
             platforms=(GoalPlatform("facebook", 2, 4), GoalPlatform("instagram", None, 6)))
    after = retarget(g, 4).after
    # factor (4 - 3) / (5 - 3) = 0.5: Facebook 2 + 2 · 0.5 = 3; Instagram (no baseline) 6 · 4 / 5 = 4.8
    assert [p.target for p in after.platforms] == [3, 4.8]
