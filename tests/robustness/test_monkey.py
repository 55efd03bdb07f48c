"""A monkey on the main window: thousands of seeded random actions on the sample plan.

Random enabled actions (dialogs answered at random), goal selection, tabs, the goal filter,
edits of the figures table through its model (sometimes with invalid values), pasted text,
undo and redo.  Any uncaught exception fails the test with the last actions; afterwards the
plan passes ``PRAGMA integrity_check`` and the document's cache equals what the plan holds.
``--soak N`` or ``SGP_SOAK=N`` for N actions.
"""

from __future__ import annotations

import json
import os
import random
import sys
import traceback
from datetime import date, timedelta
from pathlib import Path

import pytest
from helpers import TODAY
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from planner.ui.dialogs import ask
from planner.ui.dialogs.import_dialog import ImportDialog
from planner.ui.observations_table import DATE, NOTE, PLATFORM, VALUE
from planner.ui.wizard.goal_wizard import GoalWizard

SEED = 1122
CI_ACTIONS = 1500  # the same sequence on every machine; --soak N for more
HOSTILE = Path(__file__).resolve().parent.parent / "data" / "hostile"
IMPORTS = Path(__file__).resolve().parent.parent / "data" / "imports"
#: never triggered: they end the session or open file dialogs that would change the plan under test
EXCLUDED = {"action_quit", "action_close_plan", "action_new_plan", "action_open_plan", "action_save_copy",
            "action_sample_plan"}


class Monkey:
    def __init__(self, window, qtbot, tmp_path: Path, rnd: random.Random) -> None:
        self.w, self.qtbot, self.tmp, self.rnd = window, qtbot, tmp_path, rnd
        self.log: list[str] = []
        self.messages: list[str] = []
        self.exceptions: list[str] = []

    # -- dialogs -------------------------------------------------------------------------------
    def install(self, monkeypatch) -> None:
        rnd = self.rnd
        monkeypatch.setattr(ask, "confirm", self.confirm)
        monkeypatch.setattr(ask, "error", lambda parent, title, text, details="": self.messages.append(title))
        monkeypatch.setattr(ask, "info", lambda parent, title, text: self.messages.append(title))
        monkeypatch.setattr(ask, "open_path", self.open_path)
        monkeypatch.setattr(ask, "save_path", self.save_path)
        monkeypatch.setattr(ask, "run_dialog", self.run_dialog)
        previous = sys.excepthook

        def hook(kind, value, tb):
            self.exceptions.append("".join(traceback.format_exception(kind, value, tb)))
            previous(kind, value, tb)
        monkeypatch.setattr(sys, "excepthook", hook)

    def confirm(self, parent, title, text, yes="") -> bool:
        if "restart" in f"{title} {text} {yes}".lower():
            return False  # a restart for a new language closes the window, like Quit (excluded)
        answer = self.rnd.random() < 0.5
        self.log.append(f"  confirm {title!r} -> {answer}")
        return answer

    def open_path(self, parent, caption, file_filter, folder=""):
        choices = [None, *sorted(IMPORTS.glob("*.csv"))[:6], *sorted(HOSTILE.glob("*.csv"))[:8],
                   *sorted(HOSTILE.glob("*.json"))[:8], self.tmp / "export.json", self.tmp / "missing.csv"]
        path = self.rnd.choice(choices)
        self.log.append(f"  open_path -> {path}")
        return path

    def save_path(self, parent, caption, file_filter, suggested=""):
        path = self.rnd.choice([None, self.tmp / "export.json", self.tmp / "no such folder" / "x.json"])
        self.log.append(f"  save_path -> {path}")
        return path

    def run_dialog(self, dialog: QDialog) -> bool:
        if isinstance(dialog, GoalWizard):
            self.fill_wizard(dialog)
            if self.rnd.random() < 0.7:
                dialog.accept()
            else:
                dialog.reject()
        elif isinstance(dialog, ImportDialog) and self.rnd.random() < 0.5:
            self.qtbot.waitUntil(lambda: dialog.job is None or not dialog.job.is_running(), timeout=20000)
            if dialog.import_button.isEnabled():
                dialog.import_button.click()
                self.qtbot.waitUntil(lambda: dialog.job is None or not dialog.job.is_running(), timeout=20000)
                self.qtbot.wait(5)
            if dialog.result() != QDialog.DialogCode.Accepted:
                dialog.reject()
        else:
            dialog.reject()
        accepted = dialog.result() == QDialog.DialogCode.Accepted
        self.log.append(f"  run_dialog({type(dialog).__name__}) -> {accepted}")
        dialog.deleteLater()
        return accepted

    def fill_wizard(self, wizard: GoalWizard) -> None:
        rnd = self.rnd
        wizard.restart()
        if rnd.random() < 0.5:
            wizard.objective_page.objectives.setCurrentRow(rnd.randrange(wizard.objective_page.objectives.count()))
        m = wizard.measure_page
        m.initializePage()
        if rnd.random() < 0.6:
            m.title_edit.setText(rnd.choice(["", "Grow", "\u202eevil", "=cmd|' /C calc'!A0", "x" * 3000,
                                             "متابعون أكثر"]))
        if m.kpi.count() and rnd.random() < 0.5:
            m.kpi.setCurrentIndex(rnd.randrange(m.kpi.count()))
        for edit in (m.baseline, m.target):
            if rnd.random() < 0.6:
                edit.setText(rnd.choice(["", "0", "10", "1,000", "-5", "abc", "1e12", "٣٠٠", "99.5", "nan"]))
        t = wizard.timing_page
        if rnd.random() < 0.5:
            start = TODAY + timedelta(days=rnd.randint(-4000, 400))
            t.set_dates(start, start + timedelta(days=rnd.randint(-30, 4000)))
        if rnd.random() < 0.3:
            wizard.relevant_page.hours.setText(rnd.choice(["", "5", "500", "-1", "x"]))
        self.log.append(f"  wizard title={m.title_edit.text()[:20]!r} baseline={m.baseline.text()!r} "
                        f"target={m.target.text()!r}")

    # -- actions -------------------------------------------------------------------------------
    def actions(self) -> list[QAction]:
        # the app names every action it makes; unnamed ones are pyqtgraph's own plot menu, which
        # only works from a right click (its Export... needs the clicked item)
        return [a for a in self.w.findChildren(QAction)
                if a.isEnabled() and a.objectName() and a.objectName() not in EXCLUDED and not a.menu()]

    def step(self, i: int) -> None:
        rnd, w = self.rnd, self.w
        kind = rnd.choices(["action", "select", "tab", "filter", "edit", "paste", "undo"],
                           weights=[25, 20, 8, 6, 22, 8, 11])[0]
        if kind == "action":
            choices = self.actions()
            action = rnd.choice(choices)
            self.log.append(f"{i} trigger {action.objectName()}")
            action.trigger()
        elif kind == "select":
            ids = [g.id for g in w.document.goals()] + [None]
            goal_id = rnd.choice(ids)
            self.log.append(f"{i} select {goal_id}")
            w.goal_list.select_goal(goal_id)
        elif kind == "tab":
            index = rnd.randrange(w.detail.tabs.count())
            self.log.append(f"{i} tab {index}")
            w.detail.tabs.setCurrentIndex(index)
        elif kind == "filter":
            if rnd.random() < 0.7:
                index = rnd.randrange(w.goal_list.filter.count())
                self.log.append(f"{i} filter {index}")
                w.goal_list.filter.setCurrentIndex(index)
            else:
                self.log.append(f"{i} archived toggle")
                w.goal_list.archived.toggle()
        elif kind == "edit":
            self.edit_cell(i)
        elif kind == "paste":
            text = self.paste_text()
            self.log.append(f"{i} paste {text[:60]!r}")
            w.detail.figures.paste_text(text)
        else:
            action = w.act_undo if rnd.random() < 0.6 else w.act_redo
            self.log.append(f"{i} {action.objectName()} enabled={action.isEnabled()}")
            action.trigger()

    def edit_cell(self, i: int) -> None:
        rnd = self.rnd
        model = self.w.detail.figures.model
        if not model.rowCount():
            self.log.append(f"{i} edit: no figures shown")
            return
        row, col = rnd.randrange(model.rowCount()), rnd.choice([DATE, PLATFORM, VALUE, NOTE, 4])
        value = self.cell_value(col)
        self.log.append(f"{i} setData({row}, {col}, {value!r:.60})")
        model.setData(model.index(row, col), value, Qt.ItemDataRole.EditRole)

    def cell_value(self, col: int):
        rnd = self.rnd
        if col == DATE:
            day = TODAY + timedelta(days=rnd.randint(-3000, 30))
            return rnd.choice([QDate(day.year, day.month, day.day), QDate(day.year, day.month, day.day), QDate(),
                               None, "2026-01-01", QDate(1, 1, 1), QDate(9999, 12, 31)])
        if col == PLATFORM:
            return rnd.choice([None, "", "instagram", "facebook", "x", "tiktok", "myspace"])
        if col == VALUE:
            return rnd.choice([rnd.uniform(0, 5000), float(rnd.randint(0, 100)), -1.0, float("nan"), float("inf"),
                               1e12, 1e308, 150.0, "12", None, 7])
        return rnd.choice(["", "note", "\u202eevil", "=cmd|' /C calc'!A0", "a\x00b", "ملاحظة", "n" * 5000, 5])

    def paste_text(self) -> str:
        rnd = self.rnd
        lines = []
        for _ in range(rnd.randint(0, 6)):
            day = (TODAY - timedelta(days=rnd.randint(-5, 2000))).isoformat()
            cells = [rnd.choice([day, day, "31/12/2025", "tomorrow", "", "9999-12-31", "1900-01-01", "0001-01-01",
                                 "2/30/2026", "۱۴۰۵/۱۲/۳۰"])]
            if rnd.random() < 0.4:
                cells.append(rnd.choice(["Facebook", "instagram", "X", "myspace", ""]))
            cells.append(rnd.choice(["12", "1,234", "-5", "nan", "=1+1", "١٢٣", "1e400", "", "50%"]))
            if rnd.random() < 0.3:
                cells.append(rnd.choice(["note", "\u202e", "=cmd|' /C calc'!A0"]))
            lines.append(rnd.choice(["\t", ",", ";"]).join(cells))
        return rnd.choice(["\n", "\r\n"]).join(lines) + rnd.choice(["", "\n", "\x00", "\ufeff"])

    # -- checks --------------------------------------------------------------------------------
    def check(self) -> None:
        doc = self.w.document
        assert doc is not None, "the plan was closed"
        db = doc.repo.db
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert doc.goals() == doc.repo.goals(), "the window's goals differ from the plan's"
        stored = doc.repo.observations_by_goal()
        for goal in doc.goals():
            assert doc.observations(goal.id) == stored.get(goal.id, []), f"figures of goal {goal.id} differ"


def test_monkey_on_the_sample_plan(sample_window, qtbot, monkeypatch, tmp_path, soak):
    w = sample_window
    rnd = random.Random(SEED)
    monkey = Monkey(w, qtbot, tmp_path, rnd)
    monkey.install(monkeypatch)
    (tmp_path / "export.json").write_text(json.dumps({"format": "social-goal-plan", "version": 1, "goals": [
        {"title": "From JSON", "objective": "awareness", "kpi": "reach", "baseline": 10, "target": 100,
         "start": "2026-01-01", "deadline": "2026-12-31"}]}))
    steps = soak or CI_ACTIONS
    done = 0
    for i in range(steps):
        try:
            monkey.step(i)
            qtbot.wait(0) if i % 10 else qtbot.wait(1)
            if monkey.exceptions:
                raise AssertionError("uncaught exception in a Qt slot or virtual:\n" + monkey.exceptions[0])
            if i % 250 == 249:
                monkey.check()
        except BaseException as exc:
            tail = "\n".join(monkey.log[-int(os.environ.get("SGP_MONKEY_LOG", "40")):])
            raise AssertionError(f"after {i + 1} actions (seed {SEED}): {exc}\nlast actions:\n{tail}") from exc
        done = i + 1
    monkey.check()
    kinds = {line.split(" ", 2)[1].split("(")[0] for line in monkey.log if not line.startswith(" ")}
    print(f"monkey: {done} actions, {len(w.document.goals())} goals, {len(monkey.messages)} messages, "
          f"undo stack {w.document.undo_stack.count()}")
    assert done == steps and {"trigger", "select", "setData", "paste"} <= kinds


@pytest.mark.parametrize("value", [QDate(), None, "2026-01-01", QDate(1, 1, 1)],
                         ids=["invalid QDate", "None", "text", "year 1"])
def test_setdata_refuses_a_date_that_is_not_one(sample_window, value):
    """setData on the Date column with anything but a valid QDate in the plan's range once raised
    (observations_table.replace_date): it refuses, says so, and changes nothing."""
    model = sample_window.detail.figures.model
    goal = sample_window.document.goals()[0]
    sample_window.goal_list.select_goal(goal.id)
    before = sample_window.document.repo.observations(goal.id)
    assert model.rowCount()
    assert model.setData(model.index(0, DATE), value, Qt.ItemDataRole.EditRole) is False
    assert sample_window.detail.figures.message.text().startswith("Not saved:")
    assert sample_window.document.repo.observations(goal.id) == before


def test_setdata_refuses_a_platform_the_catalog_does_not_know(sample_window):
    """setData on the Platform column once stored any text; the chart then raised KeyError on every redraw."""
    model = sample_window.detail.figures.model
    goal = sample_window.document.goals()[0]
    sample_window.goal_list.select_goal(goal.id)
    before = sample_window.document.repo.observations(goal.id)
    assert model.setData(model.index(0, PLATFORM), "myspace", Qt.ItemDataRole.EditRole) is False
    assert "myspace is not a platform" in sample_window.detail.figures.message.text()
    assert sample_window.document.repo.observations(goal.id) == before
