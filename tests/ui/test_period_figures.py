"""Issue 15b in the window: a goal per week or per month takes one figure per period.  Add proposes the last day of
the first week over without a figure; a figure typed on another day of its week is kept as typed and said; the
import preview says how days were added up into weeks; import messages count in Arabic's plural forms."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate

from planner.domain.goals import Goal, GoalPlatform, Observation
from planner.exchange.messages import Counted, Msg
from planner.ui import preferences
from planner.ui.dialogs.import_dialog import ImportDialog
from planner.ui.import_texts import text
from planner.ui.observations_table import DATE, ObservationRole
from planner.ui.preferences import Preferences

DATA = Path(__file__).parent.parent / "data" / "imports"
TODAY = date(2025, 11, 27)  # a Thursday


def weekly_goal(window, tmp_path, kpi: str = "website_visits", objective: str = "traffic"):
    """A goal from Monday 3 November 2025: its weeks run Monday to Sunday."""
    assert window.open_path(tmp_path / "plan.sgplan", create=True)
    window.document.set_today(TODAY)
    goal = window.document.add_goal(Goal("Visits", objective, kpi, 140, 320, date(2025, 11, 3), date(2026, 1, 26),
                                         platforms=(GoalPlatform("facebook"),)))
    window.goal_list.select_goal(goal.id)
    return goal


def figures(window, goal_id: int) -> dict[str, float]:
    return {o.date.isoformat(): o.value for o in window.document.repo.observations(goal_id)}


def test_add_proposes_the_last_day_of_the_first_week_over_without_a_figure(window, tmp_path):
    goal = weekly_goal(window, tmp_path)
    tab = window.detail.figures
    # on Thursday 27 November the weeks ending 9, 16 and 23 November are over; 16 November has a figure
    window.document.put_figures(goal.id, [Observation(goal.id, date(2025, 11, 16), 167, "facebook")])
    tab.add_figure()
    assert set(figures(window, goal.id)) == {"2025-11-09", "2025-11-16"}
    assert "Added a figure for Facebook on 11/9/2025: type its value." == tab.message.text()
    tab.add_figure()
    assert set(figures(window, goal.id)) == {"2025-11-09", "2025-11-16", "2025-11-23"}  # never 27 November
    before = figures(window, goal.id)
    tab.add_figure()  # every week over has its figure: the last one is opened to change, nothing added
    assert figures(window, goal.id) == before
    assert "Every period of this goal up to 11/23/2025 has a figure for Facebook" in tab.message.text()
    assert tab.view.currentIndex().data(ObservationRole).date == date(2025, 11, 23)


def test_add_before_the_first_week_is_over_adds_nothing(window, tmp_path):
    goal = weekly_goal(window, tmp_path)
    window.document.set_today(date(2025, 11, 5))
    window.detail.figures.add_figure()
    assert figures(window, goal.id) == {}
    assert "This goal's first period ends on 11/9/2025" in window.detail.figures.message.text()


def test_a_weekly_figure_dated_midweek_is_kept_and_said(window, tmp_path):
    goal = weekly_goal(window, tmp_path)
    window.document.put_figures(goal.id, [Observation(goal.id, date(2025, 11, 16), 167, "facebook")])
    tab = window.detail.figures
    tab.model.show(window.document, goal)
    assert tab.model.setData(tab.model.index(0, DATE), QDate(2025, 11, 19))  # a Wednesday
    assert figures(window, goal.id) == {"2025-11-19": 167}  # never moved
    said = tab.message.text()
    assert said.startswith("A figure of Website visits from social per week is a week's total: this one is dated "
                           "Wednesday, November 19, 2025, in the goal's week of Monday, November 17, 2025 to Sunday, "
                           "November 23, 2025.")
    assert "Not saved" not in said
    assert tab.model.setData(tab.model.index(0, DATE), QDate(2025, 11, 23))  # the week's last day: nothing to say
    assert tab.message.text() == ""


def test_pasted_weekly_figures_off_the_weeks_last_day_are_said(window, tmp_path):
    goal = weekly_goal(window, tmp_path)
    tab = window.detail.figures
    tab.paste_text("11/9/2025\t150\n11/12/2025\t160\n11/18/2025\t170\n")
    assert figures(window, goal.id) == {"2025-11-09": 150, "2025-11-12": 160, "2025-11-18": 170}
    assert tab.message.text() == ("Pasted 3 figures. 2 figures are not dated on the last day of the goal's period "
                                  "that holds them: each is still that period's total (the dates are kept as "
                                  "pasted).")


def test_the_import_preview_says_the_days_were_added_up_into_weeks(window, tmp_path, qtbot):
    goal = weekly_goal(window, tmp_path)
    dialog = ImportDialog(window.document, goal, DATA / "ga4_source_medium_3_weeks.csv", window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.job is None or not dialog.job.is_running(), timeout=20000)
    said = dialog.notes.text()
    assert "• 21 daily figures added up into 3 weeks for Facebook" in said
    assert "• The week of Monday, November 24, 2025 – Sunday, November 30, 2025 is not complete (3 of 7 days)" in said
    assert [(f.date, f.value) for f in dialog.preview.sample] == [(date(2025, 11, 9), 150),
                                                                  (date(2025, 11, 16), 167),
                                                                  (date(2025, 11, 23), 184)]
    assert dialog.duplicates_box.title() == "Periods that already have a figure"
    assert dialog.summary.text().startswith("3 figures of Website visits from social per week, one per period")
    dialog.start_write()
    qtbot.waitUntil(lambda: dialog.job is None or not dialog.job.is_running(), timeout=20000)
    assert figures(window, goal.id) == {"2025-11-09": 150, "2025-11-16": 167, "2025-11-23": 184}


@pytest.mark.parametrize("n, words", [(1, "صف واحد"), (2, "صفّان"), (5, "٥ صفوف"), (11, "١١ صفًّا"), (100, "١٠٠ صف")])
def test_import_messages_count_rows_in_arabics_plural_forms(qapp, n, words):
    preferences.apply(qapp, Preferences(language="ar"))
    try:
        said = text(Msg("{rows} skipped: {why}", rows=Counted("rows", n), why="x"))
    finally:
        preferences.apply(qapp, Preferences(language="en"))
    assert words in said
