"""The sample plan is realistic: one bakery, goals on course, off course, ahead, achieved, and one unrealistic."""

from __future__ import annotations

from datetime import timedelta

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
