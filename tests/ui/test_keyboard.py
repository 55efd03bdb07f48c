"""Keyboard (issue 17, item 11): every Alt+letter leads to one place in each window, frequent actions have
shortcuts, and a greyed-out action says why.

Alt+G was both the Goals list and the Goal menu; there was no shortcut to add a figure; Import was grey on
the overview with no hint.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QMenu, QTabBar, QToolButton, QWidget

from planner.ui import preferences
from planner.ui.preferences import Preferences

_MNEMONIC = re.compile(r"&([^&\s])")


def _letter(text: str) -> str | None:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def mnemonics(window: QWidget) -> list[tuple[str, str]]:
    """(letter, where) for every Alt+letter the user can press in *window* now: its menu bar, and the
    buttons, labels with a buddy and tabs that are shown."""
    out: list[tuple[str, str]] = []
    bar = getattr(window, "menuBar", None)
    if bar is not None and callable(bar):
        for action in bar().actions():
            if action.isVisible() and _letter(action.text()):
                out.append((_letter(action.text()), f"menu {action.text()}"))
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        if isinstance(widget, QToolButton) and widget.defaultAction() is not None:
            continue  # shows the action's icon text: Qt strips its "&", it has no mnemonic
        if isinstance(widget, QAbstractButton) and _letter(widget.text()):
            out.append((_letter(widget.text()), f"button {widget.text()}"))
        elif isinstance(widget, QLabel) and widget.buddy() is not None and _letter(widget.text()):
            out.append((_letter(widget.text()), f"label {widget.text()}"))
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if widget.isTabVisible(i) and _letter(widget.tabText(i)):
                    out.append((_letter(widget.tabText(i)), f"tab {widget.tabText(i)}"))
    return out


def duplicates(found: list[tuple[str, str]]) -> dict[str, list[str]]:
    counts = Counter(letter for letter, _ in found)
    return {letter: [where for l, where in found if l == letter] for letter, n in counts.items() if n > 1}


def menu_duplicates(menu: QMenu) -> dict[str, list[str]]:
    found = [(_letter(a.text()), a.text()) for a in menu.actions() if a.isVisible() and _letter(a.text())]
    out = duplicates(found)
    for action in menu.actions():
        if action.menu() is not None:
            out |= menu_duplicates(action.menu())
    return out


@pytest.fixture(params=["en", "ar", "fa"])
def language(request, qapp, qt_settings):
    preferences.apply(qapp, Preferences(language=request.param))
    yield request.param
    preferences.apply(qapp, Preferences(language="en"))


def test_every_mnemonic_of_the_main_window_is_unique(language, window, sample_plan, tmp_path):
    from helpers import TODAY

    w = window
    assert w.open_path(tmp_path / "empty.sgplan", create=True)  # the first start
    assert duplicates(mnemonics(w)) == {}
    assert w.open_path(sample_plan)
    w.document.set_today(TODAY)
    assert duplicates(mnemonics(w)) == {}, "overview"
    w.goal_list.select_goal(next(g.id for g in w.document.goals() if "TikTok" in g.title))  # has "Use this"
    for tab in range(w.detail.tabs.count()):
        w.detail.tabs.setCurrentIndex(tab)
        assert duplicates(mnemonics(w)) == {}, w.detail.tabs.tabText(tab)
    for action in w.menuBar().actions():
        w._fill_recent_menu()
        assert menu_duplicates(action.menu()) == {}, action.text()


def test_every_mnemonic_of_the_wizard_is_unique_on_each_page(language, window, sample_plan):
    from planner.ui.wizard.goal_wizard import GoalWizard

    assert window.open_path(sample_plan)
    goal = window.document.goals()[2]
    wizard = GoalWizard(window.document, goal)
    wizard.show()
    for _ in wizard.pages:
        assert duplicates(mnemonics(wizard)) == {}, wizard.currentPage().title()
        wizard.next()
    wizard.reject()


def test_every_mnemonic_of_each_dialog_is_unique(language, window, sample_plan, qtbot):
    from planner.ui.dialogs.business_dialog import BusinessDialog
    from planner.ui.dialogs.export_pdf_dialog import ExportPdfDialog
    from planner.ui.dialogs.guide import GuideDialog
    from planner.ui.dialogs.preferences_dialog import PreferencesDialog
    from planner.ui.dialogs.restore_dialog import RestoreDialog

    assert window.open_path(sample_plan)
    doc = window.document
    files = QFileDialog(window)  # Qt's own, as the app shows it, with the words the app adds (qt_words)
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    for dialog in (BusinessDialog(doc.meta(), window), ExportPdfDialog(doc.goals(), None, window),
                   PreferencesDialog(preferences.load(window.settings), window), RestoreDialog(doc.path, window),
                   GuideDialog(window), files):
        qtbot.addWidget(dialog)
        dialog.show()
        assert duplicates(mnemonics(dialog)) == {}, type(dialog).__name__
        dialog.close()


def test_the_import_dialog_has_unique_mnemonics(language, sample_window, qtbot):
    from pathlib import Path

    from planner.ui.dialogs.import_dialog import ImportDialog

    data = Path(__file__).parent.parent / "data" / "imports"
    path = sorted(data.glob("*.csv"))[0]
    goal = sample_window.document.goals()[0]
    dialog = ImportDialog(sample_window.document, goal, path, sample_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.job is None or not dialog.job.is_running(), timeout=20000)
    assert duplicates(mnemonics(dialog)) == {}
    dialog.reject()


def test_frequent_actions_have_shortcuts(window):
    for action, keys in ((window.act_new_goal, QKeySequence.StandardKey.New),
                         (window.act_add_figure, "Ctrl+Shift+F"), (window.act_import_figures, "Ctrl+I"),
                         (window.act_export_pdf, QKeySequence.StandardKey.Print), (window.act_edit_goal, "Ctrl+E"),
                         (window.act_all_goals, "Alt+Home"), (window.act_guide, QKeySequence.StandardKey.HelpContents),
                         (window.tab_actions[0], "Ctrl+1"), (window.tab_actions[1], "Ctrl+2")):
        assert action.shortcut() == QKeySequence(keys), action.objectName()
    shortcuts = [a.shortcut().toString() for a in window.findChildren(QAction) if not a.shortcut().isEmpty()]
    assert len(shortcuts) == len(set(shortcuts)), Counter(shortcuts).most_common(3)


def test_add_a_figure_from_the_keyboard(sample_window, qtbot):
    w = sample_window
    goal = next(g for g in w.document.goals() if "reached engage" in g.title)
    w.goal_list.select_goal(goal.id)
    w.detail.tabs.setCurrentIndex(2)
    count = len(w.document.observations(goal.id))
    w.act_add_figure.trigger()  # Ctrl+Shift+F
    assert len(w.document.observations(goal.id)) == count + 1
    assert w.detail.tabs.currentWidget() is w.detail.figures


def test_greyed_out_actions_say_why(sample_window, window):
    w = sample_window
    w.goal_list.select_goal(None)  # the overview: no goal selected
    assert not w.act_import_figures.isEnabled()
    assert "select a goal in the list first" in w.act_import_figures.toolTip()
    assert "select a goal in the list first" in w.act_add_figure.statusTip()
    w.goal_list.select_goal(w.document.goals()[0].id)
    assert w.act_import_figures.isEnabled() and "Not available" not in w.act_import_figures.toolTip()
    assert "(Ctrl+I)" in w.act_import_figures.toolTip()
    w.set_document(None)
    assert "open or create a plan first" in w.act_export_pdf.toolTip()
    assert all(m.toolTipsVisible() for m in (w.file_menu, w.goal_menu, w.plan_menu))


def test_read_only_says_so_on_every_action_that_would_write(window, sample_plan):
    assert window.open_path(sample_plan, read_only=True)
    for action in (window.act_new_goal, window.act_business, window.act_import_json):
        assert not action.isEnabled() and "read-only" in action.toolTip(), action.objectName()
    window.goal_list.select_goal(window.document.goals()[0].id)
    assert not window.act_edit_goal.isEnabled() and "read-only" in window.act_edit_goal.toolTip()
