"""The sample plan is realistic: one bakery, goals on course, off course, ahead, achieved, and one unrealistic."""

from __future__ import annotations

from datetime import date, timedelta

from planner.domain import sample
from planner.domain.verdict import Verdict, assess

from helpers import TODAY


def test_sample_plan_shape():
    plan = sample.build(TODAY)
    assert plan.business_name == "Nour Bakery"
    assert 5 <= len(plan.goals) <= 6
    assert len({g.objective for g, _ in plan.goals}) >= 4
    assert len({p for g, _ in plan.goals for p in g.platform_ids}) >= 4
    for goal, figures in plan.goals:
        assert goal.problems() == [], goal.title
        assert figures, goal.title
        assert all(f.date <= TODAY for f in figures)
    first = min(f.date for _, figs in plan.goals for f in figs)
    assert TODAY - first >= timedelta(days=175)  # about six months of figures


def test_sample_plan_verdicts_tell_the_story_of_their_charts():
    verdicts = {g.title: assess(g, figs, TODAY).verdict for g, figs in sample.build(TODAY).goals}
    assert verdicts == {
        "Grow Instagram followers to 1,900": Verdict.ON_COURSE,  # on the line, faster since the blogger
        "Website visits from social: 200 a week": Verdict.OFF_COURSE,  # +1.5 a week where +9 are needed
        "TikTok: 50,000 followers in four months": Verdict.UNREALISTIC,  # 167 times in four months
        "Facebook: 5% of people reached engage": Verdict.AHEAD,  # 0.15 points above its monthly steps
        "Answer messages within 4 hours": Verdict.ACHIEVED,  # 3.5 h before its deadline
        "40 catering leads a month from Facebook": Verdict.AHEAD,  # 37 where the line expects 29
    }


def test_sample_plan_is_deterministic():
    assert sample.build(TODAY) == sample.build(TODAY)


# -- issue 17, item 14: every date, shape and sentence of the sample agrees ---------------------------

from datetime import date  # noqa: E402

import pytest  # noqa: E402

from planner.domain import statement, templates  # noqa: E402
from planner.domain.statement import ClueKind  # noqa: E402

#: 1 Ramadan in the arithmetic Islamic calendar (what Qt's IslamicCivil calendar and the app count);
#: the observed month began on 18 February 2026 and 8 February 2027 too, give or take a day.
RAMADAN = {2026: date(2026, 2, 18), 2027: date(2027, 2, 8), 2028: date(2028, 1, 28)}


@pytest.mark.parametrize("today", [TODAY, date(2027, 6, 1), date(2028, 3, 15)])
def test_every_statement_agrees_with_its_goal(today):
    """The length a statement names is the goal's length; the platforms it names are the goal's."""
    for goal, _ in sample.build(today).goals:
        clue = statement.deadline_clue(goal.statement)
        assert clue is not None and clue.kind is ClueKind.DURATION, goal.statement
        assert statement.duration_agrees(clue, goal.start, goal.deadline), (goal.statement, goal.days)
        assert statement.mentioned_platforms(goal.statement) == goal.platform_ids, goal.statement


def test_the_website_goal_runs_the_eight_months_it_says():
    goal = next(g for g, _ in sample.build(TODAY).goals if g.kpi == "website_visits")
    assert "within eight months" in goal.statement and "quarter" not in goal.statement
    assert 8 * 30 <= goal.days <= 8 * 31


@pytest.mark.parametrize("today, ramadan", [(date(2027, 6, 1), RAMADAN[2027]), (date(2028, 5, 1), RAMADAN[2028]),
                                            (date(2026, 4, 30), RAMADAN[2026])])
def test_the_ramadan_note_is_dated_in_the_first_week_of_ramadan(today, ramadan):
    figures = sample.build(today).goals[0][1]
    noted = [f.date for f in figures if f.note == "Ramadan Reels series started"]
    assert len(noted) == 1 and ramadan <= noted[0] < ramadan + timedelta(days=7)


def test_without_a_ramadan_in_the_figures_no_note_speaks_of_one():
    figures = sample.build(TODAY).goals[0][1]  # May to November 2026: Ramadan 1447 ended in March
    assert not any("Ramadan" in f.note for f in figures)
    assert [f.note for f in figures if f.note] == ["Reels of the morning bake started",
                                                   "Collaboration with a local food blogger"]


def test_ramadan_start_matches_the_calendar():
    assert sample.ramadan_start(1447) == RAMADAN[2026]
    assert sample.ramadan_start(1448) == RAMADAN[2027]


def test_every_template_statement_agrees_with_its_length_and_platforms():
    for t in templates.TEMPLATES:
        clue = statement.deadline_clue(t.statement)
        assert clue is not None and statement.duration_agrees(clue, TODAY, TODAY + timedelta(days=t.days)), t.id
        assert set(statement.mentioned_platforms(t.statement)) == set(t.platforms), t.id


def test_amounts_per_period_are_dated_on_the_last_day_of_each_period_over():
    # TODAY is Sunday 22 November 2026; both goals start 182 days before, on Sunday 24 May.  Visits per week:
    # weeks of Sunday to Saturday, the last one over ends on Saturday 21 November.  Leads per month: months of
    # 365.25 / 12 days, ending on days 30, 60, 91, 121, 152 and 182 after the start (ceil(k x 30.4375) - 1).
    goals = {g.kpi: figs for g, figs in sample.build(TODAY).goals}
    for platform in ("facebook", "instagram"):
        days = [f.date for f in goals["website_visits"] if f.platform == platform]
        assert days == [date(2026, 5, 30) + timedelta(weeks=w) for w in range(26)], platform
    assert [f.date for f in goals["leads"]] == [date(2026, 6, 23), date(2026, 7, 23), date(2026, 8, 23),
                                                date(2026, 9, 22), date(2026, 10, 23), date(2026, 11, 22)]
