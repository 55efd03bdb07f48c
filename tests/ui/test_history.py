"""Undo and redo (issue 17, item 3): they bring the goal they change into view and say what they did.

Undo while looking at goal B once restored a figure in goal A without a word.
"""

from __future__ import annotations

from datetime import date

from planner.domain.goals import Observation
from planner.ui.commands import PutFigures
from planner.ui.dialogs import ask


def _goal(window, part: str):
    return next(g for g in window.document.goals() if part in g.title)


def test_undo_shows_the_goal_it_changes_and_says_what_it_did(sample_window):
    w = sample_window
    a, b = _goal(w, "Instagram followers"), _goal(w, "Website visits")
    w.goal_list.select_goal(a.id)
    w.detail.tabs.setCurrentIndex(2)
    tab = w.detail.figures
    tab.view.selectRow(0)
    tab.delete_selected()  # a figure of goal A
    w.goal_list.select_goal(b.id)  # now looking at goal B
    w.detail.tabs.setCurrentIndex(1)
    w.act_undo.trigger()
    assert w.goal_list.current_goal_id() == a.id  # A is shown: the change is in sight
    assert w.detail.tabs.currentWidget() is w.detail.figures
    assert w.statusBar().currentMessage() == "Undone: Delete 1 figure (in “Grow Instagram followers to 1,900”)"
    w.goal_list.select_goal(b.id)
    w.act_redo.trigger()
    assert w.goal_list.current_goal_id() == a.id
    assert w.statusBar().currentMessage().startswith("Redone: Delete 1 figure")


def test_undo_of_a_new_goal_goes_back_to_the_overview(sample_window, monkeypatch):
    w = sample_window
    goal = w.document.goals()[0]
    w.goal_list.select_goal(goal.id)
    w.act_duplicate_goal.trigger()
    copy = w.document.goals()[-1]
    assert w.goal_list.current_goal_id() == copy.id
    w.act_undo.trigger()
    assert w.goal_list.current_goal_id() is None and w.pages.currentWidget() is w.overview
    assert "Undone: Duplicate goal" in w.statusBar().currentMessage()


def test_undo_finds_an_archived_goal_the_list_hides(sample_window):
    w = sample_window
    goal = w.document.goals()[0]
    w.goal_list.select_goal(goal.id)
    w.act_archive_goal.trigger()  # hidden now: archived goals are not listed
    w.act_undo.trigger()  # restored: shown and selected again
    assert w.goal_list.current_goal_id() == goal.id
    w.act_redo.trigger()  # archived again: the list shows archived goals so that it can be seen
    assert w.goal_list.archived.isChecked() and w.goal_list.current_goal_id() == goal.id


def test_undo_and_redo_say_why_they_are_greyed_out(window, sample_plan):
    assert window.open_path(sample_plan)
    assert not window.act_undo.isEnabled() and "nothing to undo yet" in window.act_undo.toolTip()
    assert not window.act_redo.isEnabled() and "nothing to redo" in window.act_redo.toolTip()


def test_undo_of_a_paste_puts_back_the_figures_it_replaced(sample_window):
    """PutFigures.undo must restore what a paste replaced (issue 12): the replaced figure comes back with
    its own value, note and source, not just the pasted one removed."""
    w = sample_window
    goal = _goal(w, "Instagram followers")
    doc = w.document
    before = doc.repo.observations(goal.id)
    doc.undo_stack.push(PutFigures(doc, goal.id, [Observation(goal.id, date(2026, 8, 2), 1234.0, "instagram",
                                                              source="pasted")]))
    replaced = next(o for o in doc.repo.observations(goal.id) if o.date == date(2026, 8, 2))
    assert replaced.value == 1234.0 and replaced.source == "pasted"
    w.act_undo.trigger()
    assert doc.repo.observations(goal.id) == before
    assert doc.observations(goal.id) == before  # the window's copy too
    w.act_redo.trigger()
    assert next(o for o in doc.repo.observations(goal.id) if o.date == date(2026, 8, 2)).value == 1234.0


def test_undo_of_business_details(sample_window, monkeypatch):
    from planner.ui.dialogs.business_dialog import BusinessDialog

    w = sample_window

    def rename(dialog):
        assert isinstance(dialog, BusinessDialog)
        dialog.name.setText("Nour Bakery & Café")
        return True

    monkeypatch.setattr(ask, "run_dialog", rename)
    w.act_business.trigger()
    assert w.document.repo.meta().business_name == "Nour Bakery & Café"
    assert "Nour Bakery & Café" in w.windowTitle()
    w.act_undo.trigger()
    assert w.document.repo.meta().business_name == "Nour Bakery"
    assert w.statusBar().currentMessage() == "Undone: Change the business details"
