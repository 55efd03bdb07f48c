"""Findings where the owner sees them: the goal's Findings tab and the goal list."""

from __future__ import annotations

from planner.ui.goal_list import SeverityRole


def select(window, title_part: str):
    goal = next(g for g in window.document.goals() if title_part in g.title)
    window.goal_list.select_goal(goal.id)
    return goal


def test_goal_list_shows_the_worst_severity(sample_window):
    model = sample_window.goal_list.model
    by_title = {model.index(r, 0).data(): model.index(r, 0).data(SeverityRole) for r in range(model.rowCount())}
    assert by_title["TikTok: 50,000 followers in four months"] == "error"
    assert by_title["Grow Instagram followers to 1,900"] is None
    tip = model.index([*by_title].index("TikTok: 50,000 followers in four months"), 0).data(3)  # ToolTipRole
    assert "Unrealistic:" in tip


def test_findings_tab_lists_findings_and_use_this_is_undoable(sample_window):
    goal = select(sample_window, "TikTok")
    panel = sample_window.detail.findings
    assert [f.code for f in panel.findings][0] == "own_pace"
    assert "Findings (3)" in sample_window.detail.tabs.tabText(1).replace("&", "")
    assert panel.use_button is not None
    suggested = panel.suggested_value
    panel.use_button.click()
    changed = sample_window.document.repo.goal(goal.id)
    assert changed.target == suggested < 50_000
    sample_window.act_undo.trigger()
    assert sample_window.document.repo.goal(goal.id).target == 50_000


def test_a_realistic_goal_says_so(sample_window):
    select(sample_window, "Instagram followers")
    panel = sample_window.detail.findings
    assert panel.findings == []
    assert "Findings" == sample_window.detail.tabs.tabText(1).replace("&", "")
