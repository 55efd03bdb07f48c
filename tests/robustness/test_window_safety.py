"""The window's file actions and its views on hostile or huge plans (issue 16: items 1, 2, 9, 11, 13, 14, 16)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtGui import QTextDocument
from robust import beside, goal, make_plan, state, tamper

from planner.domain.catalog import PLATFORMS
from planner.domain.goals import MAX_FIGURES_PER_GOAL, MAX_NOTE, MAX_TITLE, GoalPlatform
from planner.store import backups, plan_file
from planner.ui import document as document_module
from planner.ui.commands import AddGoal
from planner.ui.dialogs import ask
from planner.ui.observations_table import DATE, FETCH, NOTE, VALUE, ObservationsModel


@pytest.fixture
def shop(window, tmp_path):
    plan = make_plan(tmp_path / "shop.sgplan")
    assert window.open_path(plan)
    return window, plan


def test_exporting_json_onto_the_open_plan_is_refused_and_later_edits_land_in_it(shop, monkeypatch):
    w, plan = shop
    monkeypatch.setattr(ask, "save_path", lambda *a, **k: plan)
    w.act_export_json.trigger()
    assert w.errors[-1][0] == "The plan was not exported" and "the plan itself" in w.errors[-1][1]
    w.document.undo_stack.push(AddGoal(w.document, goal("After the export")))
    w.set_document(None)
    assert [t for _, t in state(plan)[0]] == ["Goal 1", "Goal 2", "Goal 3", "After the export"]


def test_a_pdf_onto_the_open_plan_is_refused(shop, monkeypatch):
    w, plan = shop
    monkeypatch.setattr(ask, "run_dialog", lambda dialog: True)
    monkeypatch.setattr(ask, "save_path", lambda *a, **k: plan.with_name("shop.sgplan.backups") / "x.pdf")
    plan.with_name("shop.sgplan.backups").mkdir(exist_ok=True)
    w.act_export_pdf.trigger()
    assert w.errors[-1][0] == "The PDF was not made" and "one of its own files" in w.errors[-1][1]


def test_a_pdf_is_announced_only_when_it_was_written(shop, monkeypatch, qtbot, tmp_path):
    from planner.report import pdf_report
    from planner.report.pdf_report import PageNumber

    w, _ = shop

    def broken(data, out, options=None):
        def pages():
            yield PageNumber(0, 0)
            raise RuntimeError("the chart could not be drawn")
        return pages()

    asked = []
    monkeypatch.setattr(pdf_report, "render_pages", broken)
    monkeypatch.setattr(ask, "run_dialog", lambda dialog: True)
    monkeypatch.setattr(ask, "save_path", lambda *a, **k: tmp_path / "summary.pdf")
    monkeypatch.setattr(ask, "confirm", lambda *a: asked.append(a) or False)
    w.act_export_pdf.trigger()
    qtbot.waitUntil(lambda: not w.pdf_export.timer.isActive(), timeout=30_000)
    assert asked == []  # never "The PDF is ready… Open it now?"
    assert w.errors[-1][0] == "The PDF was not made" and "the chart could not be drawn" in w.errors[-1][1]
    assert not (tmp_path / "summary.pdf").exists()
    assert "Wrote the PDF" not in w.statusBar().currentMessage()


def test_a_report_that_ends_without_its_file_is_not_announced(shop, monkeypatch, qtbot, tmp_path):
    from planner.report import pdf_report

    w, _ = shop
    asked = []
    monkeypatch.setattr(pdf_report, "render_pages", lambda data, out, options=None: iter(()))
    monkeypatch.setattr(ask, "run_dialog", lambda dialog: True)
    monkeypatch.setattr(ask, "save_path", lambda *a, **k: tmp_path / "summary.pdf")
    monkeypatch.setattr(ask, "confirm", lambda *a: asked.append(a) or False)
    w.act_export_pdf.trigger()
    qtbot.waitUntil(lambda: not w.pdf_export.timer.isActive(), timeout=30_000)
    assert asked == [] and w.errors[-1] == ("The PDF was not made",
                                            f"{tmp_path / 'summary.pdf'}: the PDF file was not written")


def test_restoring_the_oldest_backup_through_the_menu(shop, monkeypatch):
    w, plan = shop
    for i in range(5):
        w.document.undo_stack.push(AddGoal(w.document, goal(f"More {i}")))
        w.open_path(plan)  # opened again (File > Open recent): each open after a change keeps a backup
        assert not w.document.read_only
    assert len(backups.listing(plan)) == 5

    def choose_oldest(dialog):
        dialog.list.setCurrentRow(dialog.list.count() - 1)
        return True

    monkeypatch.setattr(ask, "run_dialog", choose_oldest)
    w.act_restore.trigger()
    assert [g.title for g in w.document.goals()] == ["Goal 1", "Goal 2", "Goal 3", "More 0"]
    assert not [e for e in w.errors if e[0] == "The backup was not restored"]


def test_a_plan_with_a_goal_that_cannot_be_read_opens_and_names_it(window, tmp_path):
    plan = make_plan(tmp_path / "shop.sgplan")
    tamper(plan, "UPDATE goals SET deadline = '9999-12-31' WHERE id = 2")
    assert window.open_path(plan)
    assert [g.title for g in window.document.goals()] == ["Goal 1", "Goal 3"]
    title, text = window.errors[-1]
    assert title == "Part of the plan cannot be read" and "goal 2 ('Goal 2')" in text and "9999-12-31" in text
    window.goal_list.select_goal(3)
    assert window.detail.title.text() == "Goal 3"


def test_a_plan_the_window_cannot_show_is_closed_again_with_its_lock(window, tmp_path, monkeypatch):
    plan = make_plan(tmp_path / "shop.sgplan")

    def fail(self):
        raise RuntimeError("something nobody foresaw")

    monkeypatch.setattr(document_module.PlanDocument, "reload", fail)
    assert not window.open_path(plan)
    assert window.document is None and "something nobody foresaw" in window.errors[-1][1]
    again = plan_file.open_plan(plan)
    assert not again.read_only  # the lock went with the failed open
    again.close()


def test_closing_the_window_leaves_the_plan_one_file(shop):
    w, plan = shop
    w.document.undo_stack.push(AddGoal(w.document, goal("Fourth")))
    w.close()
    assert beside(plan) == ["shop.sgplan", "shop.sgplan.backups"]


def test_a_title_is_shown_as_text_in_the_goal_list_tooltip(window, tmp_path):
    plan = tmp_path / "shop.sgplan"
    title = "<b>bold</b> <img src='x.png'> <script>x</script>"
    pf = plan_file.create(plan)
    from planner.store.repository import Repository

    Repository(pf.db).add_goal(goal(title))
    pf.close()
    assert window.open_path(plan)
    model = window.goal_list.model
    tip = model.index(model.row_of(window.document.goals()[0].id), 0).data(Qt.ItemDataRole.ToolTipRole)
    from PySide6.QtGui import Qt as QtGui

    shown = QTextDocument()  # what a tooltip shows: rich text when it looks like it, else plain
    shown.setHtml(tip) if QtGui.mightBeRichText(tip) else shown.setPlainText(tip)
    assert shown.toPlainText().splitlines()[0] == title


# -- limits at the window's doors --------------------------------------------------------------------

def test_the_wizard_and_the_figures_table_keep_to_the_limits(shop, qtbot):
    from planner.ui.wizard.goal_wizard import GoalWizard

    w, _ = shop
    wizard = GoalWizard(w.document, None, w)
    qtbot.addWidget(wizard)
    assert wizard.measure_page.title_edit.maxLength() == MAX_TITLE
    wizard.measure_page.title_edit.setText("t" * (MAX_TITLE + 50))
    assert len(wizard.measure_page.title_edit.text()) == MAX_TITLE
    wizard.measure_page.statement.setPlainText("s" * 2001)
    assert "longer than 2,000 characters" in wizard.measure_page.problem()
    w.goal_list.select_goal(1)
    model = w.detail.figures.model
    row = model.index(0, DATE)
    assert not model.setData(row, QDate(1999, 12, 31))
    assert "between" in w.detail.figures.message.text()
    assert not model.setData(model.index(0, NOTE), "n" * (MAX_NOTE + 1))
    assert "at most 1,000 characters" in w.detail.figures.message.text()
    w.detail.figures.paste_text(f"2026-03-01\t5\t{'n' * (MAX_NOTE + 1)}\n")
    assert "the note is longer than 1,000 characters" in w.errors[-1][1]


@pytest.fixture
def huge_goal_plan(tmp_path):
    """A goal on every platform holding a figure per platform (and for all of them) on every day from
    2000 to 2100: 479,570 figures, the most a goal can ever hold."""
    plan = tmp_path / "huge.sgplan"
    pf = plan_file.create(plan)
    from planner.store.repository import Repository

    ids = [p.id for p in PLATFORMS]
    saved = Repository(pf.db).add_goal(goal("Everything", start=date(2000, 1, 1), deadline=date(2100, 12, 31),
                                            target=10**6, platforms=tuple(GoalPlatform(p) for p in ids)))
    series = [*ids, None]
    first = date(2000, 1, 1).toordinal()
    days = date(2100, 12, 31).toordinal() - first + 1
    with pf.db.atomic():
        pf.db.conn.executemany(
            "INSERT INTO observations (goal_id, platform, date, value, source) VALUES (?, ?, ?, ?, 'test')",
            ((saved.id, series[i % 13], date.fromordinal(first + i // 13).isoformat(), float((i * 7919) % 100_003))
             for i in range(days * 13)))
    pf.close()
    assert days * 13 <= MAX_FIGURES_PER_GOAL
    return plan, days * 13


def test_a_goal_with_half_a_million_figures_is_shown_without_touching_every_one(window, huge_goal_plan,
                                                                               monkeypatch):
    plan, count = huge_goal_plan
    assert window.open_path(plan)
    calls = [0]
    real = ObservationsModel.data

    def counted(self, index, role=Qt.ItemDataRole.DisplayRole):
        calls[0] += 1
        return real(self, index, role)

    monkeypatch.setattr(ObservationsModel, "data", counted)
    window.goal_list.select_goal(1)
    model = window.detail.figures.model
    assert len(model.rows) == count
    assert model.rowCount() == FETCH and model.canFetchMore(QModelIndex())
    assert calls[0] < 20 * FETCH  # the view asked for what it shows, not for half a million cells
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * FETCH
    assert model.index(0, DATE).data(Qt.ItemDataRole.UserRole) == date(2100, 12, 31).toordinal()  # newest first
    window.detail.figures.view.sortByColumn(VALUE, Qt.SortOrder.AscendingOrder)
    values = [model.rows[i].value for i in range(0, count, 997)]
    assert values == sorted(values) and model.index(0, VALUE).data(Qt.ItemDataRole.UserRole) == 0.0
    curves = [item for name, item in window.detail.chart.plot.items.items() if name.startswith("figures:")]
    assert len(curves) == 13
    for curve in curves:  # drawn downsampled to the pixels and clipped to the view
        assert curve.opts["autoDownsample"] and curve.opts["clipToView"]
