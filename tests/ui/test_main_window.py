"""The main window on the sample plan, driven as a user drives it."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import digest

from planner.domain.verdict import Verdict
from planner.ui.dialogs import ask
from planner.ui.goal_list import GoalIdRole, VerdictRole


def test_opens_on_the_sample_plan_and_selects_a_goal(sample_window, qtmodeltester):
    w = sample_window
    assert "Nour Bakery" in w.windowTitle()
    assert w.goal_list.model.rowCount() == 1 + 6  # "All goals", then each goal
    qtmodeltester.check(w.goal_list.model)
    assert w.pages.currentWidget() is w.overview and len(w.overview.cards) == 6
    goal = w.document.goals()[0]
    assert w.goal_list.select_goal(goal.id)
    assert w.pages.currentWidget() is w.detail
    assert w.detail.title.text() == goal.title
    assert w.detail.verdict.text().startswith("●  On course · About 1,937 by 24 March 2027 (target 1,900)")
    assert "Instagram" in w.detail.sentence.text()
    assert str(w.document.path) in w.plan_label.text()


def test_verdict_filter_shows_only_that_verdict(sample_window):
    panel = sample_window.goal_list
    assert [panel.filter.itemText(i) for i in range(panel.filter.count())] == [
        "Any status", "Achieved", "Missed", "Unrealistic", "Off course", "At risk", "Ahead", "On course", "Too early"]
    panel.filter.setCurrentIndex(panel.filter.findData(Verdict.AHEAD.value))
    shown = [panel.proxy.index(r, 0) for r in range(panel.proxy.rowCount())]
    assert [i.data(VerdictRole) for i in shown] == [None, "ahead", "ahead"]  # "All goals" stays first
    panel.filter.setCurrentIndex(panel.filter.findText("Unrealistic"))
    assert [panel.proxy.index(r, 0).data() for r in range(panel.proxy.rowCount())] == [
        "All goals", "TikTok: 50,000 followers in four months"]
    panel.filter.setCurrentIndex(0)
    assert panel.proxy.rowCount() == 1 + 6


def test_card_click_selects_the_goal(sample_window, qtbot):
    from PySide6.QtCore import Qt

    card = sample_window.overview.cards[2]
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert sample_window.goal_list.current_goal_id() == card.goal_id


def test_user_text_that_looks_like_html_is_shown_literally(window, tmp_path):
    from datetime import date

    from planner.domain.goals import Goal, GoalPlatform
    from planner.store import plan_file
    from planner.store.repository import Repository

    pf = plan_file.create(tmp_path / "p.sgplan")
    title = "<b>bold</b> & <script>alert(1)</script>"
    Repository(pf.db).add_goal(Goal(title, "awareness", "followers", 1, 2, date(2026, 1, 1), date(2026, 2, 1),
                                    platforms=(GoalPlatform("x"),)))
    pf.close()
    assert window.open_path(tmp_path / "p.sgplan")
    window.goal_list.select_goal(window.document.goals()[0].id)
    assert window.detail.title.text() == title
    from PySide6.QtCore import Qt

    assert window.detail.title.textFormat() == Qt.TextFormat.PlainText


def test_bad_file_gives_a_message_naming_it_and_is_untouched(window, tmp_path):
    junk = tmp_path / "photo.sgplan"
    junk.write_bytes(b"\xff\xd8\xff\xe0" + bytes(300))
    before = digest(junk)
    assert not window.open_path(junk)
    title, text = window.errors[-1]
    assert str(junk) in text and "JPEG" in text
    assert digest(junk) == before
    assert window.document is None


def test_new_plan_shows_the_empty_state(window, tmp_path, monkeypatch):
    target = tmp_path / "Corner shop"
    monkeypatch.setattr(ask, "save_path", lambda *a, **k: target)
    window.act_new_plan.trigger()
    assert window.document is not None and window.document.path.name == "Corner shop.sgplan"
    assert window.pages.currentWidget() is window.empty
    assert window.empty.heading.text() == "Create your first goal"
    assert window.empty.sample.isVisibleTo(window)


def test_close_then_recent_files_reopen(sample_window, sample_plan):
    w = sample_window
    w.act_close.trigger()
    assert w.document is None and w.empty.heading.text() == "No plan is open"
    assert not w.act_save_copy.isEnabled()
    assert w.recent_files()[0] == str(sample_plan.resolve())
    w._fill_recent_menu()
    w.recent_menu.actions()[0].trigger()
    assert w.document is not None and w.document.path == sample_plan


def test_open_sample_plan_makes_a_fresh_copy_in_the_data_folder(window):
    window.act_sample.trigger()
    first = window.document.path
    assert len(window.document.goals()) == 6
    window.act_sample.trigger()
    assert window.document.path != first and first.exists()


def test_save_copy_and_export_import_json(sample_window, tmp_path, monkeypatch, qtbot):
    w = sample_window
    monkeypatch.setattr(ask, "save_path", lambda *a, **k: tmp_path / "copy.sgplan")
    w.act_save_copy.trigger()
    assert (tmp_path / "copy.sgplan").exists()
    monkeypatch.setattr(ask, "save_path", lambda *a, **k: tmp_path / "plan.json")
    w.act_export_json.trigger()
    assert len(json.loads((tmp_path / "plan.json").read_text(encoding="utf-8"))["goals"]) == 6
    monkeypatch.setattr(ask, "open_path", lambda *a, **k: tmp_path / "plan.json")
    w.act_import_json.trigger()  # read and written on a worker
    qtbot.waitUntil(lambda: w.goal_list.model.rowCount() == 1 + 12, timeout=30_000)


def test_window_state_and_recent_files_persist(qtbot, qt_settings, sample_plan):
    from planner.ui.main_window import MainWindow

    first = MainWindow(qt_settings)
    qtbot.addWidget(first)
    first.show()
    first.open_path(sample_plan)
    first.resize(760, 580)  # within the offscreen screen (800x800)
    first.splitter.setSizes([250, 500])
    sizes = first.splitter.sizes()
    first.close()
    second = MainWindow(qt_settings)
    qtbot.addWidget(second)
    second.show()
    assert (second.size().width(), second.size().height()) == (760, 580)
    assert second.splitter.sizes() == sizes
    assert second.recent_files()[0] == str(Path(sample_plan).resolve())


def test_read_only_plan_says_so(window, sample_plan):
    assert window.open_path(sample_plan, read_only=True)
    assert "read-only" in window.plan_label.text()
    assert not window.act_import_json.isEnabled()


def test_every_action_has_a_tooltip_and_menus_have_shortcuts(window):
    from PySide6.QtGui import QAction

    actions = window.findChildren(QAction)
    assert all(a.toolTip() for a in actions if a.text())
    for name in ("act_open", "act_close", "act_quit", "act_undo", "act_redo", "act_new_plan", "act_save_copy"):
        assert not getattr(window, name).shortcut().isEmpty(), name


def test_goal_ids_in_the_model(sample_window):
    model = sample_window.goal_list.model
    ids = [model.index(r, 0).data(GoalIdRole) for r in range(model.rowCount())]
    assert ids == [None] + [g.id for g in sample_window.document.goals()]


def test_restore_from_backup_through_the_menu(sample_window, monkeypatch):
    from planner.ui.dialogs.restore_dialog import RestoreDialog

    w = sample_window
    monkeypatch.setattr(ask, "confirm", lambda *a: True)
    w.goal_list.select_goal(w.document.goals()[0].id)
    w.act_delete_goal.trigger()
    assert len(w.document.goals()) == 5

    def choose_newest(dialog):
        assert isinstance(dialog, RestoreDialog) and dialog.list.count() >= 1
        dialog.list.setCurrentRow(0)
        return True

    monkeypatch.setattr(ask, "run_dialog", choose_newest)
    w.act_restore.trigger()
    assert len(w.document.goals()) == 6
    assert "Restored the plan" in w.statusBar().currentMessage()


def test_second_window_on_the_same_plan_is_read_only_and_says_so(sample_window, qtbot, qt_settings, monkeypatch):
    from planner.ui.main_window import MainWindow

    shown = []
    monkeypatch.setattr(ask, "info", lambda parent, title, text: shown.append(text))
    other = MainWindow(qt_settings)
    qtbot.addWidget(other)
    assert other.open_path(sample_window.document.path)
    assert other.document.read_only and not other.act_new_goal.isEnabled()
    assert "open in another window" in shown[0]
    other.set_document(None)
