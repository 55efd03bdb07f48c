""""Use this": the dialog that shows what a suggested target changes, driven by keyboard and mouse."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QRadioButton

from planner.domain.goals import Milestone
from planner.ui.dialogs import ask
from planner.ui.dialogs.retarget_dialog import RetargetDialog


def tiktok(window):
    return next(g for g in window.document.goals() if g.title.startswith("TikTok"))


def test_the_dialog_shows_the_rewritten_words_and_lets_the_owner_edit_them(qtbot, sample_window):
    goal = replace(tiktok(sample_window), statement="Be known beyond our street.",
                   milestones=(Milestone(date(2026, 12, 20), 20_000, "halfway"),))
    dialog = RetargetDialog(goal, 750)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.title.text() == "TikTok: 750 followers in four months"
    labels = " | ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "The target becomes 750 (it was 50,000)." in labels
    assert "The statement does not write 50,000: check its numbers." in labels
    assert "Milestones beyond 750:" in labels and "20,000 halfway" in labels
    dialog.title.selectAll()
    qtbot.keyClicks(dialog.title, "TikTok: 750 followers by January")
    drop = dialog.findChild(QRadioButton, "milestones_drop")
    qtbot.mouseClick(drop, Qt.MouseButton.LeftButton, pos=QPoint(8, drop.height() // 2))  # on its round button
    after = dialog.result_goal()
    assert (after.target, after.title, after.milestones) == (750, "TikTok: 750 followers by January", ())
    dialog.title.clear()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()  # a goal needs a title


def test_use_this_with_milestones_rescaled_is_one_undo_step(sample_window, monkeypatch):
    doc = sample_window.document
    doc.update_goal(replace(tiktok(sample_window), milestones=(Milestone(date(2026, 10, 1), 500, "start"),
                                                               Milestone(date(2026, 12, 20), 20_000, "halfway"))))
    goal = tiktok(sample_window)
    sample_window.goal_list.select_goal(goal.id)

    def keep_the_defaults(dialog):
        dialog.accept()
        return True

    monkeypatch.setattr(ask, "run_dialog", keep_the_defaults)
    depth = doc.undo_stack.count()
    sample_window.detail.findings.use_button.click()
    changed = doc.goal(goal.id)
    # 500 is below the new 740 and stays; 20,000 keeps its place on the way from 300:
    # 300 + 19,700 · (740 - 300) / (50,000 - 300) = 474.4 -> 474
    assert sorted((m.value, m.label) for m in changed.milestones) == [(474, "halfway"), (500, "start")]
    assert changed.target == 740 and doc.undo_stack.count() == depth + 1
    assert doc.undo_stack.undoText() == "Use the target 740 for “TikTok: 740 followers in four months”"
    doc.undo_stack.undo()
    restored = doc.goal(goal.id)
    assert (restored.target, restored.title, restored.milestones) == (50_000, goal.title, goal.milestones)
