"""Findings where the owner sees them: the goal's Findings tab and the goal list."""

from __future__ import annotations

from dataclasses import replace

from planner.ui.dialogs import ask
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


def test_findings_tab_lists_findings_and_use_this_keeps_the_goal_coherent_in_one_undo_step(sample_window,
                                                                                          monkeypatch):
    goal = select(sample_window, "TikTok")
    panel = sample_window.detail.findings
    assert [f.code for f in panel.findings][0] == "own_pace"
    assert "Findings (3)" in sample_window.detail.tabs.tabText(1).replace("&", "")
    assert panel.use_button is not None
    # the sample's TikTok trend (seed 7) is at 744 on the deadline: 740, rounded towards the latest figure
    assert panel.suggested_value == 740
    shown: list = []

    def accept(dialog):
        shown.append((dialog.title.text(), dialog.statement.toPlainText()))
        dialog.accept()
        return True

    monkeypatch.setattr(ask, "run_dialog", accept)
    depth = sample_window.document.undo_stack.count()
    panel.use_button.click()
    assert shown == [("TikTok: 740 followers in four months",
                      "Reach 740 TikTok followers in four months with behind-the-counter videos.")]
    changed = sample_window.document.repo.goal(goal.id)
    assert (changed.target, changed.title) == (740, "TikTok: 740 followers in four months")
    assert changed.statement == "Reach 740 TikTok followers in four months with behind-the-counter videos."
    assert sample_window.document.undo_stack.count() == depth + 1
    assert sample_window.document.assessment(changed).verdict.value != "unrealistic"
    sample_window.act_undo.trigger()
    assert replace(sample_window.document.repo.goal(goal.id), modified=None) == replace(goal, modified=None)


def test_use_this_cancelled_changes_nothing(sample_window, monkeypatch):
    goal = select(sample_window, "TikTok")
    monkeypatch.setattr(ask, "run_dialog", lambda dialog: False)
    sample_window.detail.findings.use_button.click()
    assert sample_window.document.repo.goal(goal.id) == goal


def test_a_realistic_goal_says_so(sample_window):
    select(sample_window, "Instagram followers")
    panel = sample_window.detail.findings
    assert panel.findings == []
    assert "Findings" == sample_window.detail.tabs.tabText(1).replace("&", "")
