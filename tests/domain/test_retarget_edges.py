"""Retargeting at the edges mutation testing found untested: three platforms adding up, the statement, a
milestone beyond the old target, a goal whose baseline is its target, and numbers in the owner's marks."""

from __future__ import annotations

from datetime import date

from planner.domain.goals import Goal, GoalPlatform, Milestone
from planner.domain.retarget import replace_number, retarget, write_like

START, DEADLINE = date(2026, 1, 1), date(2026, 12, 31)


def goal(**kw) -> Goal:
    kw = {"title": "Grow Instagram followers to 5,000", "statement": "Reach 5,000 followers with Reels.", **kw}
    return Goal(kw.pop("title"), "awareness", kw.pop("kpi", "followers"), kw.pop("baseline", 800),
                kw.pop("target", 5000), START, DEADLINE, **kw)


def test_three_platforms_still_add_up_and_the_last_takes_the_rounding():
    g = goal(target=900, platforms=(GoalPlatform("facebook", None, 300), GoalPlatform("instagram", None, 300),
                                    GoalPlatform("tiktok", None, 300)))
    change = retarget(g, 700)
    # each 300 · 700 / 900 = 233.3 -> 233; the last takes the rest: 700 - 466 = 234
    assert [(p.platform, p.target) for p in change.after.platforms] == [
        ("facebook", 233), ("instagram", 233), ("tiktok", 234)]
    assert change.before is g


def test_the_statement_follows_the_target_too():
    change = retarget(goal(), 940)
    assert (change.after.statement, change.statement_found) == ("Reach 940 followers with Reels.", True)
    assert replace_number("no number here", 5, 4) == ("no number here", False)


def test_a_milestone_beyond_the_old_target_stops_at_the_new_one():
    # 5,200 rescaled: 800 + 4,400 · 140 / 4,200 = 946.7 -> 947, past 940: it is 940
    change = retarget(goal(milestones=(Milestone(date(2026, 11, 1), 5200),)), 940)
    assert change.after.milestones == (Milestone(date(2026, 11, 1), 940),)


def test_a_goal_whose_baseline_is_its_target_keeps_its_platforms_place():
    g = goal(baseline=5000, platforms=(GoalPlatform("facebook", 100, 200), GoalPlatform("x", 50, None)))
    # no way from the baseline to the target to keep a share of: the factor is 1, the platform target stays
    assert [p.target for p in retarget(g, 6000).after.platforms] == [200, None]


def test_a_rate_platform_target_keeps_two_decimals():
    g = goal(kpi="engagement_rate_reach", baseline=3, target=5, title="", statement="",
             platforms=(GoalPlatform("facebook", 2, 4.125),))
    # factor (4 - 3) / (5 - 3) = 0.5: 2 + 2.125 · 0.5 = 3.0625 -> 3.06
    assert [p.target for p in retarget(g, 4).after.platforms] == [3.06]


def test_numbers_in_the_owners_marks():
    assert replace_number("٣٫٥٪ الآن", 3.5, 4) == ("٤٪ الآن", True)  # the Arabic decimal mark is read
    assert replace_number("from 4 to 5", 5, 6) == ("from 4 to 6", True)  # 4 is not 5
    assert write_like(1.23456, "1.5") == "1.2346"  # at most 4 decimals
    assert write_like(1234567.0001, "1") == "1234567.0001"  # the ten-thousandth kept on a big number
    assert write_like(0.1 + 0.2, "0.5") == "0.3"  # float noise is not a decimal to write
    assert write_like(-5, "5") == "-5"
