"""The import preview (issue 15): what the file is and where each figure comes from, what may make it wrong,
rows left out summarised, the choice for another platform's figures (one undo step with the import), and
follower totals rebuilt from a count typed in the dialog."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from exchange.import_cli import saved_on
from PySide6.QtCore import QDate, QPoint, Qt

from planner.domain.goals import Goal, GoalPlatform
from planner.ui import preferences
from planner.ui.dialogs.import_dialog import ImportDialog
from planner.ui.preferences import Preferences

DATA = Path(__file__).parent.parent / "data" / "imports"
TODAY = date(2026, 1, 15)


def goal_window(window, tmp_path, kpi: str, objective: str, *platforms: str):
    assert window.open_path(tmp_path / "plan.sgplan", create=True)
    window.document.set_today(TODAY)
    baseline, target = (1, 2) if kpi.startswith("engagement_rate") else (100, 900)
    goal = window.document.add_goal(Goal(f"{kpi} goal", objective, kpi, baseline, target, date(2010, 1, 1),
                                         date(2027, 12, 31), platforms=tuple(GoalPlatform(p) for p in platforms)))
    window.goal_list.select_goal(goal.id)
    return goal


def open_dialog(qtbot, window, goal, path: Path) -> ImportDialog:
    dialog = ImportDialog(window.document, goal, path, window)
    qtbot.addWidget(dialog)
    dialog.show()
    wait(qtbot, dialog)
    return dialog


def wait(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: dialog.job is None or not dialog.job.is_running(), timeout=20000)
    qtbot.wait(10)


def click(qtbot, button) -> None:
    """A click on a radio button's indicator (its label may end well before the middle of its row)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def stored(window, goal_id: int) -> dict[tuple[str, str | None], float]:
    return {(o.date.isoformat(), o.platform): o.value for o in window.document.repo.observations(goal_id)}


def test_another_platforms_figures_wait_for_a_choice_then_add_the_platform_in_one_undo_step(window, tmp_path,
                                                                                             qtbot):
    goal = goal_window(window, tmp_path, "engagement_rate_impressions", "engagement", "facebook")
    dialog = open_dialog(qtbot, window, goal, DATA / "x_account_overview.csv")
    assert dialog.others.isVisible() and "X (Twitter)" in dialog.others.text.text()
    assert "this goal is on Facebook" in dialog.others.text.text()
    assert not dialog.import_button.isEnabled()  # no choice is made for the owner
    click(qtbot, dialog.others.add)
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait(qtbot, dialog)
    assert window.document.goal(goal.id).platform_ids == ("facebook", "x")
    # a rate, stored day by day: 100 x Engagements / Impressions = 20 / 1,000, 40 / 1,600, 96 / 2,400
    assert stored(window, goal.id) == {("2025-03-19", "x"): 2.0, ("2025-03-20", "x"): 2.5, ("2025-03-21", "x"): 4.0}
    assert window.document.undo_stack.count() == 1
    window.act_undo.trigger()
    assert window.document.goal(goal.id).platform_ids == ("facebook",) and stored(window, goal.id) == {}
    window.act_redo.trigger()
    assert window.document.goal(goal.id).platform_ids == ("facebook", "x") and len(stored(window, goal.id)) == 3


def test_leaving_the_other_platforms_figures_out(window, tmp_path, qtbot):
    goal = goal_window(window, tmp_path, "followers", "awareness", "instagram")
    dialog = open_dialog(qtbot, window, goal, DATA / "generic_utf16_tab.csv")
    click(qtbot, dialog.others.skip)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait(qtbot, dialog)
    assert stored(window, goal.id) == {("2025-05-01", "instagram"): 100, ("2025-05-02", "instagram"): 110}
    assert window.document.goal(goal.id).platform_ids == ("instagram",)


def test_a_file_only_of_another_platform_cannot_be_left_out_into_nothing(window, tmp_path, qtbot):
    goal = goal_window(window, tmp_path, "engagement_rate_impressions", "engagement", "facebook")
    dialog = open_dialog(qtbot, window, goal, DATA / "x_account_overview.csv")
    click(qtbot, dialog.others.skip)
    assert not dialog.import_button.isEnabled()


def test_follower_totals_rebuilt_from_a_count_typed_in_the_dialog(window, tmp_path, qtbot):
    goal = goal_window(window, tmp_path, "followers", "awareness", "x")
    dialog = open_dialog(qtbot, window, goal, DATA / "x_account_overview.csv")
    box = dialog.rebuild_box
    assert box.isVisible() and not dialog.import_button.isEnabled()
    assert dialog.recipe.text() == "New followers per week = New follows − Unfollows"
    qtbot.keyClicks(box.count, "1,2x40")
    assert not box.button.isEnabled() and box.problem.isVisible()
    box.count.clear()
    qtbot.keyClicks(box.count, "1,240")
    box.day.setDate(QDate(2025, 3, 21))
    qtbot.mouseClick(box.button, Qt.MouseButton.LeftButton)
    wait(qtbot, dialog)
    assert [(f.date.isoformat(), f.value) for f in dialog.preview.sample] == [
        ("2025-03-19", 1233), ("2025-03-20", 1236), ("2025-03-21", 1240)]
    assert "Followers rebuilt from your count of 1,240 on Friday, March 21, 2025" in dialog.notes.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait(qtbot, dialog)
    assert stored(window, goal.id) == {("2025-03-19", "x"): 1233, ("2025-03-20", "x"): 1236,
                                       ("2025-03-21", "x"): 1240}


def test_a_per_post_file_says_where_its_figures_come_from_and_how_they_were_rolled_up(window, tmp_path, qtbot):
    goal = goal_window(window, tmp_path, "impressions", "awareness", "instagram")
    dialog = open_dialog(qtbot, window, goal, DATA / "meta_instagram_posts_Mar-01-2025_Mar-31-2025_1789.csv")
    assert dialog.recognised.text() == ("Meta Business Suite Instagram posts (one row per post, by publish time) — "
                                        "Instagram")
    assert dialog.recipe.text() == "Impressions per week = Views"
    assert "⚠ 3 posts rolled into 2 days: each post's lifetime figures count on its publish day" in \
        dialog.warnings.text()  # apart from the notes, in orange: what may make the figures wrong
    assert "• Empty metric cells count as 0" in dialog.notes.text()
    assert not dialog.platform.isVisible()  # every figure is Instagram's: nothing to ask
    # the posts are from 18 to 20 March 2025: the goal's week (Friday to Thursday, from 1 January 2010) is not in
    # the file whole, and impressions are counted per week
    assert ("• The week of Friday, March 14, 2025 – Thursday, March 20, 2025 is not complete (3 of 7 days in the "
            "file): left out.") in dialog.notes.text()
    assert not dialog.import_button.isEnabled()


def test_rows_left_out_alike_come_in_one_line_with_the_skipped_ones(window, tmp_path, qtbot):
    goal = goal_window(window, tmp_path, "followers", "awareness", "tiktok")
    source = saved_on(tmp_path, "tiktok/FollowerHistory_undefined.csv", "2025-02-15T09:00:00")
    dialog = open_dialog(qtbot, window, goal, source)
    lines = [dialog.rejected.item(i).text() for i in range(dialog.rejected.count())]
    assert len(lines) == 1 and lines[0].startswith("25 rows (1/11/2025, 1/12/2025, 1/13/2025 and 22 more days): ")
    assert "TikTok writes dates without a year" in dialog.warnings.text()


def test_impossible_figures_are_refused_with_the_reason_in_the_window(window, tmp_path, qtbot):
    goal = goal_window(window, tmp_path, "impressions", "awareness", "facebook")
    dialog = open_dialog(qtbot, window, goal, DATA / "meta_facebook_posts_May-01-2025_May-31-2025_200.csv")
    assert "Views is 0 on every post while Reach is not" in dialog.warnings.text()
    assert "No figure could be read" in dialog.summary.text() and not dialog.import_button.isEnabled()


def test_a_per_video_table_says_which_files_to_export(window, tmp_path, qtbot):
    goal = goal_window(window, tmp_path, "video_views", "awareness", "youtube")
    dialog = open_dialog(qtbot, window, goal, DATA / "youtube_table_data_de.csv")
    assert "per-video Table data" in dialog.summary.text() and "Chart data or Totals" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()


@pytest.mark.parametrize("code, words", [("fa", "روز"), ("ar", "يوم")])
def test_the_preview_speaks_the_owners_language(window, tmp_path, qtbot, qapp, code, words):
    goal = goal_window(window, tmp_path, "impressions", "awareness", "x")
    preferences.apply(qapp, Preferences(language=code))
    try:
        dialog = open_dialog(qtbot, window, goal, DATA / "x_account_content_late2025.csv")
        notes = dialog.warnings.text()
        assert words in notes and "posts rolled" not in notes  # translated, with the numbers in the sentence
        assert "Impressions per week" not in dialog.recipe.text()  # the KPI by its translated name
    finally:
        preferences.apply(qapp, Preferences(language="en"))
