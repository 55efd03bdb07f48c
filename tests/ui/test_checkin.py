"""The weekly check-in by keyboard only, its undo, a pasted column; the calm line; seasons and the review day.

The plan is pinned to Sunday 22 November 2026, its review day: a followers goal and a visits-a-week goal
wait for the week of 9-15 November, a leads-a-month goal for October, late (it was due on 1 November).
"""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from helpers import TODAY, type_keys
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from planner.domain.checkins import CheckIn
from planner.domain.goals import Goal, GoalPlatform, Observation
from planner.domain.review import Schedule, Weekday
from planner.domain.seasons import Season
from planner.store import plan_file
from planner.store.repository import Repository
from planner.ui.commands import CheckInGoals
from planner.ui.dialogs import ask
from planner.ui.goal_list import ReviewRole

FOLLOWERS = Goal("Instagram followers", "awareness", "followers", 1000, 2000, date(2026, 10, 5), date(2027, 6, 1),
                 platforms=(GoalPlatform("instagram"),))
VISITS = Goal("Website visits", "traffic", "website_visits", 100, 300, date(2026, 10, 5), date(2027, 6, 1),
              platforms=(GoalPlatform("website"),))
LEADS = Goal("Catering leads", "leads", "leads", 10, 40, date(2026, 9, 1), date(2027, 6, 1),
             platforms=(GoalPlatform("facebook"),))


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "review.sgplan"
    pf = plan_file.create(path, business_name="Nour Bakery")
    try:
        repo = Repository(pf.db)
        f = repo.add_goal(FOLLOWERS, [Observation(0, date(2026, 10, d), 1000 + 10 * d, "instagram")
                                      for d in (5, 12, 19, 26)] + [Observation(0, date(2026, 11, 5), 1330,
                                                                                "instagram")])
        v = repo.add_goal(VISITS, [Observation(0, date(2026, 11, 8), 150, "website")])
        repo.add_goal(LEADS, [Observation(0, date(2026, 10, 1), 12, "facebook")])
        repo.set_review_schedule(Schedule(Weekday.SUNDAY, time(9, 0)))
        assert (f.id, v.id) == (1, 2)
    finally:
        pf.close()
    return path


@pytest.fixture
def review_window(window, plan):
    assert window.open_path(plan)
    window.document.set_today(TODAY)
    return window


def focused():
    return QApplication.focusWidget()


def type_here(qtbot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def driving(monkeypatch, qtbot, steps):
    """ask.run_dialog replaced: the dialog is shown, *steps* use the keyboard, and its answer is returned."""
    seen = []

    def run(dialog: QDialog) -> bool:
        seen.append(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(lambda: focused() is not None and dialog.isAncestorOf(focused()))
        steps(dialog)
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(ask, "run_dialog", run)
    return seen


def test_the_overview_says_calmly_which_goals_wait_and_the_list_marks_the_late_one(review_window):
    w = review_window
    assert w.pages.currentWidget() is w.overview
    assert w.overview.waiting.text() == "3 goals wait for this period's figures; 1 of them is late"
    assert w.overview.check_in.isVisible()
    model = w.goal_list.model
    late = [model.index(r, 0).data(ReviewRole).late for r in range(1, model.rowCount())]
    assert late == [False, False, True]
    tip = model.index(3, 0).data(Qt.ItemDataRole.ToolTipRole).replace("\xa0", " ")
    assert "Figures late: The amount of 10/2/2026 – 10/31/2026" in tip
    assert "figures late" in model.index(3, 0).data(Qt.ItemDataRole.AccessibleTextRole)


def test_a_check_in_of_three_goals_by_keyboard_only_then_undo_of_all_of_it(review_window, qtbot, monkeypatch):
    w = review_window

    def steps(dialog):
        # focus starts on the first goal's figure; late goals come first: leads, then followers, then visits
        assert focused().objectName() == "figure_3_facebook"
        type_here(qtbot, "14")
        press(qtbot, Qt.Key.Key_Tab)
        assert focused().objectName() == "confidence_3"
        type_here(qtbot, "2")
        press(qtbot, Qt.Key.Key_Tab)
        type_here(qtbot, "ran an ad")
        press(qtbot, Qt.Key.Key_Tab)
        assert focused().objectName() == "figure_1_instagram"
        type_here(qtbot, "1,420")
        press(qtbot, Qt.Key.Key_Tab)
        type_here(qtbot, "4")
        press(qtbot, Qt.Key.Key_Tab)
        type_here(qtbot, "Ramadan series started")
        press(qtbot, Qt.Key.Key_Tab)
        assert focused().objectName() == "figure_2_website"
        type_keys(qtbot, focused(), "٢١٠")  # Arabic-Indic digits, as an Arabic keyboard types them
        press(qtbot, Qt.Key.Key_Return)  # Enter saves

    seen = driving(monkeypatch, qtbot, steps)
    w.act_check_in.trigger()
    assert seen and seen[0].result() == QDialog.DialogCode.Accepted
    doc = w.document
    figures = {(o.goal_id, o.platform, o.date): o.value for g in (1, 2, 3) for o in doc.observations(g)
               if o.source == "check-in"}
    assert figures == {(3, "facebook", date(2026, 10, 31)): 14,  # October's amount, on its last day
                       (1, "instagram", date(2026, 11, 22)): 1420,  # followers today
                       (2, "website", date(2026, 11, 15)): 210}  # the week's amount, on its last day
    assert [(c.confidence, c.note) for c in doc.checkins(3)] == [(2, "ran an ad")]
    assert [(c.date, c.confidence, c.note) for c in doc.checkins(1)] == [(TODAY, 4, "Ramadan series started")]
    assert doc.checkins(2) == []  # no confidence chosen: figures only
    assert not w.overview.waiting.isVisible()  # nothing waits any more
    assert doc.undo_stack.count() == 1 and doc.undo_stack.undoText() == "Check in on 3 goals"
    w.act_undo.trigger()
    assert all(o.source != "check-in" for g in (1, 2, 3) for o in doc.observations(g))
    assert doc.checkins(1) == [] and doc.checkins(3) == []
    assert w.overview.waiting.text().startswith("3 goals wait")
    pf = plan_file.open_plan(w.document.path, read_only=True, exclusive=False)
    try:  # the file, not only the window
        assert Repository(pf.db).checkins_by_goal() == {}
    finally:
        pf.close()
    w.act_redo.trigger()
    assert [(c.confidence, c.note) for c in doc.checkins(1)] == [(4, "Ramadan series started")]


def test_a_column_pasted_from_a_spreadsheet_fills_the_figure_entries_downwards(review_window, qtbot, monkeypatch):
    def steps(dialog):
        QApplication.clipboard().setText("15\n1 450\t(ignored)\n205\n99\n")
        press(qtbot, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        assert [e.text() for e in dialog.figure_edits()] == ["15", "1 450", "205"]
        assert "1 figure did not fit" in dialog.message.text()
        dialog.figure_edits()[1].setFocus()
        dialog.figure_edits()[1].clear()
        type_here(qtbot, "1,450")
        press(qtbot, Qt.Key.Key_Return)

    driving(monkeypatch, qtbot, steps)
    review_window.act_check_in.trigger()
    doc = review_window.document
    assert [o.value for o in doc.observations(1) if o.source == "check-in"] == [1450]
    assert [o.value for o in doc.observations(3) if o.source == "check-in"] == [15]


def test_a_value_that_is_not_a_number_is_refused_naming_the_goal_and_nothing_is_saved(review_window, qtbot,
                                                                                       monkeypatch):
    def steps(dialog):
        type_here(qtbot, "14")
        press(qtbot, Qt.Key.Key_Tab)
        press(qtbot, Qt.Key.Key_Tab)
        press(qtbot, Qt.Key.Key_Tab)
        type_here(qtbot, "12x")
        press(qtbot, Qt.Key.Key_Return)
        assert dialog.isVisible() and focused().objectName() == "figure_1_instagram"
        assert dialog.message.text() == "Instagram followers, Instagram: “12x” is not a number."
        dialog.reject()

    driving(monkeypatch, qtbot, steps)
    review_window.act_check_in.trigger()
    assert review_window.document.undo_stack.count() == 0
    assert all(o.source != "check-in" for g in (1, 2, 3) for o in review_window.document.observations(g))


def test_a_note_needs_a_confidence(review_window, qtbot, monkeypatch):
    def steps(dialog):
        dialog.entries[0].note.setFocus()
        type_here(qtbot, "closed for Eid")
        press(qtbot, Qt.Key.Key_Return)
        assert "choose how confident you are" in dialog.message.text()
        dialog.reject()

    driving(monkeypatch, qtbot, steps)
    review_window.act_check_in.trigger()
    assert review_window.document.undo_stack.count() == 0


def test_the_review_day_in_preferences_is_one_undo_step_and_changes_what_is_due(review_window, qtbot, monkeypatch):
    def steps(dialog):
        dialog.review_day.setCurrentIndex(dialog.review_day.findData(int(Weekday.SATURDAY)))
        dialog.accept()

    driving(monkeypatch, qtbot, steps)
    w = review_window
    w.act_preferences.trigger()
    assert w.document.schedule().day is Weekday.SATURDAY
    # the followers' week of 9-15 November is asked for at the first review after it: Saturday 21 now
    # (it was Sunday 22); October's leads were asked for on Saturday 7 November, and are late
    model = w.goal_list.model
    assert model.index(1, 0).data(ReviewRole).due_on == date(2026, 11, 21)
    assert model.index(3, 0).data(ReviewRole).due_on == date(2026, 11, 7)
    assert w.document.undo_stack.undoText() == "Change the review day"
    w.act_undo.trigger()
    assert w.document.schedule().day is Weekday.SUNDAY
    assert model.index(1, 0).data(ReviewRole).due_on == date(2026, 11, 22)


def test_seasons_with_a_holiday_shade_the_chart_bend_the_line_and_undo_in_one_step(review_window, qtbot,
                                                                                  monkeypatch):
    def steps(dialog):
        dialog._fill_holidays()
        texts = [a.text() for a in dialog.holidays_menu.actions()]
        assert texts[0].startswith("Black Friday to Cyber Monday: ")
        ramadan = next(a for a in dialog.holidays_menu.actions() if a.text().startswith("Ramadan"))
        ramadan.trigger()
        assert dialog.chosen() == [Season("Ramadan", date(2027, 2, 8), date(2027, 3, 8), 0.5)]
        dialog.effect.setFocus()
        dialog.effect.selectAll()
        type_here(qtbot, "2")
        press(qtbot, Qt.Key.Key_Tab)
        dialog._accept()

    driving(monkeypatch, qtbot, steps)
    w = review_window
    w.act_seasons.trigger()
    assert w.document.seasons() == [Season("Ramadan", date(2027, 2, 8), date(2027, 3, 8), 2.0)]
    assert all(g.seasons == tuple(w.document.seasons()) for g in w.document.goals())
    w.goal_list.select_goal(1)
    items = w.detail.chart.plot.items
    assert len(items["seasons"]) == 1
    w.act_undo.trigger()
    assert w.document.seasons() == [] and all(g.seasons == () for g in w.document.goals())


def test_the_chart_marks_check_ins_and_says_the_period_over_period(review_window):
    doc = review_window.document
    doc.undo_stack.push(CheckInGoals(doc, [], [CheckIn(1, date(2026, 11, 1), 5, "reel went viral")]))
    review_window.goal_list.select_goal(1)
    chart = review_window.detail.chart
    marks = chart.plot.items["checkins"]
    assert len(marks.data) == 1
    tip = chart.plot.items["checkin_labels"][0].toolTip().replace("\xa0", " ")
    assert "Check-in: 11/1/2026 · confidence 5 of 5 · reel went viral" in tip
    side = chart.status.text()
    assert "This week (" in side and "Against the week before:" in side
    assert "Last check-in: " in side and "confidence 5 of 5" in side
