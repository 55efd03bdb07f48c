"""The sample plan is realistic: one bakery, goals on track, behind, done, and one unrealistic."""

from __future__ import annotations

from datetime import timedelta

from planner.domain import progress, sample

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


def test_sample_plan_statuses():
    statuses = {g.title: progress.assess(g, figs, TODAY).status for g, figs in sample.build(TODAY).goals}
    assert statuses["Grow Instagram followers to 1,900"] is progress.Status.ON_TRACK
    assert statuses["Website visits from social: 200 a week"] in (progress.Status.BEHIND, progress.Status.AT_RISK)
    assert statuses["Answer messages within 4 hours"] is progress.Status.DONE
    assert statuses["TikTok: 50,000 followers in four months"] in (progress.Status.BEHIND,
                                                                    progress.Status.AT_RISK)


def test_sample_plan_is_deterministic():
    assert sample.build(TODAY) == sample.build(TODAY)
