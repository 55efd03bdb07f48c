"""Tracking: the chart of a goal, its figures table, and importing figures through the preview."""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from pathlib import Path

import pyqtgraph as pg
import pytest
from helpers import TODAY, digest
from PySide6.QtCore import QDate, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from planner.domain.goals import Goal, GoalPlatform
from planner.ui.chart.goal_plot import BandItem
from planner.ui.dialogs import ask
from planner.ui.dialogs.import_dialog import ImportDialog
from planner.ui.observations_table import DATE, VALUE, ObservationRole

DATA = Path(__file__).parent.parent / "data" / "imports"


def select(window, title_part: str):
    goal = next(g for g in window.document.goals() if title_part in g.title)
    window.goal_list.select_goal(goal.id)
    return goal


def test_chart_items_for_a_goal(sample_window):
    select(sample_window, "Instagram followers")
    items = sample_window.detail.chart.plot.items
    for name in ("target", "band", "figures:instagram", "forecast", "forecast_band", "today", "notes"):
        assert name in items, name
    target = items["target"]
    x, y = target.getData()
    assert y[0] == 1200 and y[-1] == 1900
    assert isinstance(items["band"], BandItem) and not items["band"].path().isEmpty()
    assert len(items["note_labels"]) == 2  # "Ramadan Reels series started", "Collaboration ..."
    legend_names = [label.text for _, label in sample_window.detail.chart.plot.legend.items]
    assert legend_names == ["Target line", "Stay above", "Instagram", "Forecast"]
    # the band's lower edge: the line less 5% of the way it has come (1,200 -> 1,900: 35 on the deadline)
    edge_x, edge_y = items["edge"].getData()
    assert list(edge_x) == list(x) and edge_y[0] == 1200 and edge_y[-1] == pytest.approx(1900 - 35)


def test_a_lower_is_better_goal_says_stay_below(sample_window):
    select(sample_window, "Answer messages")
    plot = sample_window.detail.chart.plot
    assert "Stay below" in [label.text for _, label in plot.legend.items]
    _, line = plot.items["target"].getData()
    _, edge = plot.items["edge"].getData()
    assert edge[-1] == pytest.approx(4 + 0.05 * 8)  # 12 h -> 4 h: the band is 0.4 h on the deadline
    assert all(e >= v for e, v in zip(edge, line, strict=True))


def test_several_platforms_get_their_colours_and_a_total(sample_window):
    select(sample_window, "Website visits")
    items = sample_window.detail.chart.plot.items
    assert {"figures:facebook", "figures:instagram", "total"} <= set(items)
    fb, ig = items["figures:facebook"], items["figures:instagram"]
    assert fb.opts["pen"].color() != ig.opts["pen"].color()
    total_y = items["total"].getData()[1]
    assert total_y[-1] == pytest.approx(fb.getData()[1][-1] + ig.getData()[1][-1])


def test_rates_step_up_and_flows_are_a_staircase(sample_window):
    goal = select(sample_window, "people reached engage")
    x, y = sample_window.detail.chart.plot.items["target"].getData()
    assert len(set(y.tolist())) <= 8 and len(y) > len(set(y.tolist()))  # monthly levels, each drawn flat
    assert y[0] == goal.baseline and y[-1] == goal.target


def test_pace_facts_beside_the_chart(sample_window):
    goal = select(sample_window, "Instagram followers")
    a = sample_window.detail.document.assessment(goal)
    lines = sample_window.detail.chart.status.text().split("\n")
    # the numbers are the domain's (tests/domain/test_verdict.py); here: the words and the writing
    assert lines[:5] == [
        f"Forecast for the deadline (24 March 2027): {a.forecast_at_deadline:,.0f}.",
        f"At this pace the target is reached on {a.reaches_on.day} {a.reaches_on:%B %Y}.",
        f"Needed from today: +{a.needed_per_week:.1f} a week.",
        f"Your pace: +{a.own_per_week:.1f} a week.",
        f"Buffer: {a.buffer_days} days before the latest figure falls out of the band, if nothing improves.",
    ]
    assert lines[5:8] == ["At this pace the figures stay in the band to the deadline.", "",
                          "Needed by (the target line, and the least the band allows):"]
    week = a.needed_by[0]
    assert lines[8] == f"in a week, 29 November 2026: {week.line:,.0f} ({week.edge:,.0f})"
    select(sample_window, "Website visits")
    text = sample_window.detail.chart.status.text()
    assert "Buffer: none, the latest figure is out of the band today." in text
    assert "At this pace the figures leave the band on 22 November 2026." in text


def test_hover_says_date_value_and_target(sample_window, qtbot):
    goal = select(sample_window, "Instagram followers")
    qtbot.waitExposed(sample_window)
    qtbot.wait(50)  # let the plot lay out its view box
    pane = sample_window.detail.chart
    last = sample_window.document.observations(goal.id)[-1]
    text = pane.describe_point(goal, last.date)
    assert "Instagram:" in text and "target line:" in text
    vb = pane.widget.getPlotItem().vb
    pane._mouse_moved(vb.mapViewToScene(QPointF(vb.viewRange()[0][0] + 86400 * 30, 1500)))
    assert "target line" in pane.hover.text()


def test_export_png_and_svg(sample_window, tmp_path):
    select(sample_window, "Instagram followers")
    pane = sample_window.detail.chart
    png = pane.export(tmp_path / "chart.png")
    svg = pane.export(tmp_path / "chart.svg")
    assert png.read_bytes()[:4] == b"\x89PNG" and png.stat().st_size > 5000
    text = svg.read_text(encoding="utf-8")
    assert "<svg" in text and "<path" in text


def test_zoom_reset(sample_window):
    select(sample_window, "Instagram followers")
    pane = sample_window.detail.chart
    vb = pane.widget.getPlotItem().vb
    vb.updateAutoRange()
    full = vb.viewRange()
    vb.scaleBy((0.2, 0.2))
    assert vb.viewRange()[0] != pytest.approx(full[0], rel=1e-3)
    pane.reset_zoom()
    assert vb.viewRange()[0] == pytest.approx(full[0], rel=1e-3)


# -- the figures table --------------------------------------------------------

def test_add_edit_delete_figures_with_undo(sample_window):
    goal = select(sample_window, "people reached engage")  # figures every two weeks, none today
    tab = sample_window.detail.figures
    doc = sample_window.document
    count = len(doc.observations(goal.id))
    tab.add_figure()
    assert len(doc.repo.observations(goal.id)) == count + 1
    new = max(doc.observations(goal.id), key=lambda o: o.date)
    assert new.date == TODAY
    row = next(r for r in range(tab.model.rowCount()) if tab.model.rows[r].id == new.id)
    assert tab.model.setData(tab.model.index(row, VALUE), 4.5)
    assert doc.repo.observations(goal.id)[-1].value == 4.5
    assert not tab.model.setData(tab.model.index(row, VALUE), -3.0)
    assert "cannot be negative" in tab.message.text()
    sample_window.act_undo.trigger()
    assert doc.repo.observations(goal.id)[-1].value == new.value
    sample_window.act_undo.trigger()
    assert len(doc.repo.observations(goal.id)) == count
    tab.view.selectRow(0)
    tab.delete_selected()
    assert len(doc.repo.observations(goal.id)) == count - 1
    sample_window.act_undo.trigger()
    assert len(doc.repo.observations(goal.id)) == count


def test_add_takes_the_first_week_without_a_figure_never_tomorrow(sample_window):
    """Item 2 of issue 17: Add dated a new figure tomorrow when today had one, and accepted it."""
    goal = select(sample_window, "Instagram followers")  # weekly figures, the last one today
    tab = sample_window.detail.figures
    doc = sample_window.document
    assert TODAY in {o.date for o in doc.observations(goal.id)}
    hole = date(2026, 10, 25)  # a Sunday like every figure of this goal: four weeks before 22 November
    gone = next(o for o in doc.observations(goal.id) if o.date == hole)
    tab.model.show(doc, goal)
    tab.view.selectRow(next(r for r in range(tab.model.rowCount())
                            if tab.model.index(r, 0).data(ObservationRole).id == gone.id))
    tab.delete_selected()
    tab.add_figure()
    added = [o for o in doc.repo.observations(goal.id) if o.date == hole]
    assert len(added) == 1 and added[0].platform == "instagram"
    assert max(o.date for o in doc.repo.observations(goal.id)) == TODAY
    assert "25" in tab.message.text() and "type its value" in tab.message.text()


def test_add_with_nothing_missing_adds_nothing_and_says_so(sample_window):
    goal = select(sample_window, "Instagram followers")
    tab = sample_window.detail.figures
    before = sample_window.document.repo.observations(goal.id)
    tab.add_figure()
    assert sample_window.document.repo.observations(goal.id) == before
    assert "Today already has a figure for Instagram" in tab.message.text()
    assert tab.view.currentIndex().data(ObservationRole).date == TODAY  # today's figure, open to change


def test_a_figure_dated_in_the_future_is_refused(sample_window):
    goal = select(sample_window, "Instagram followers")
    tab = sample_window.detail.figures
    before = sample_window.document.repo.observations(goal.id)
    index = tab.model.index(0, DATE)
    assert not tab.model.setData(index, QDate(2026, 11, 23))  # TODAY + 1
    assert "in the future" in tab.message.text() and "11/23/2026" in tab.message.text()
    assert sample_window.document.repo.observations(goal.id) == before


def test_sorting_by_value(sample_window):
    select(sample_window, "Instagram followers")
    tab = sample_window.detail.figures
    tab.view.sortByColumn(VALUE, Qt.SortOrder.AscendingOrder)
    values = [tab.model.index(r, VALUE).data(Qt.ItemDataRole.UserRole) for r in range(tab.model.rowCount())]
    assert values == sorted(values)


def test_paste_rows_from_a_spreadsheet(sample_window, monkeypatch):
    goal = select(sample_window, "Website visits")
    errors = []
    monkeypatch.setattr(ask, "error", lambda parent, title, text, details="": errors.append(details))
    tab = sample_window.detail.figures
    before = len(sample_window.document.observations(goal.id))
    tab.paste_text("Date\tPlatform\tValue\n2026-11-23\tFacebook\t140\n2026-11-23\tInstagram\t1,234\tRamadan\n"
                   "tomorrow\tFacebook\t3\n2026-11-20\tfacebook\tlots\n")
    figures = sample_window.document.repo.observations(goal.id)
    assert len(figures) == before + 2
    assert {(o.platform, o.value, o.note) for o in figures if o.date == date(2026, 11, 23)} == {
        ("facebook", 140, ""), ("instagram", 1234, "Ramadan")}
    assert "row 4: “tomorrow” is not a date" in errors[0] and "row 5: 'lots' is not a number" in errors[0]
    sample_window.act_undo.trigger()
    assert len(sample_window.document.repo.observations(goal.id)) == before


# -- importing ------------------------------------------------------------------

@pytest.fixture
def x_goal_window(window, tmp_path):
    """A plan with one goal on X's engagement rate, from the X account overview fixture: a rate is stored day by
    day (an amount per week would take one figure a week: tests/ui/test_period_figures.py)."""
    assert window.open_path(tmp_path / "x.sgplan", create=True)
    window.document.set_today(TODAY)
    goal = Goal("X engagement", "engagement", "engagement_rate_impressions", 1, 5, date(2025, 3, 1),
                date(2025, 12, 31), platforms=(GoalPlatform("x"),), statement="5% of the times a post is shown")
    saved = window.document.add_goal(goal)
    window.goal_list.select_goal(saved.id)
    return window


def wait_job(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.job is None or not dialog.job.is_running(), timeout=20000)
    qtbot.wait(10)


def test_import_preview_then_commit_then_undo(x_goal_window, qtbot):
    w = x_goal_window
    goal = w.current_goal()
    dialog = ImportDialog(w.document, goal, DATA / "x_account_overview.csv", w)
    qtbot.addWidget(dialog)
    wait_job(qtbot, dialog)
    assert "X/Twitter account overview" in dialog.recognised.text()
    assert dialog.preview.count == 3 and dialog.sample.rowCount() == 3
    assert dialog.rejected.item(0).text().startswith("row 5: ")
    assert dialog.import_button.isEnabled()
    assert w.document.repo.observations(goal.id) == []  # nothing written by the preview
    dialog.import_button.click()
    wait_job(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    figures = w.document.repo.observations(goal.id)
    # 100 x Engagements / Impressions: 20 / 1,000, 40 / 1,600, 96 / 2,400
    assert [(o.date.isoformat(), o.value) for o in figures] == [
        ("2025-03-19", 2.0), ("2025-03-20", 2.5), ("2025-03-21", 4.0)]
    assert len(w.detail.figures.model.rows) == 3  # the window shows them
    w.act_undo.trigger()
    assert w.document.repo.observations(goal.id) == []
    w.act_redo.trigger()
    assert len(w.document.repo.observations(goal.id)) == 3


def test_duplicates_can_be_kept_or_replaced(x_goal_window, qtbot):
    w = x_goal_window
    goal = w.current_goal()
    from planner.domain.goals import Observation

    w.document.put_figures(goal.id, [Observation(goal.id, date(2025, 3, 20), 7, "x", note="mine")])
    dialog = ImportDialog(w.document, goal, DATA / "x_account_overview.csv", w)
    qtbot.addWidget(dialog)
    wait_job(qtbot, dialog)
    assert dialog.preview.duplicates == 1 and dialog.duplicates_box.isEnabled()
    dialog.import_button.click()
    wait_job(qtbot, dialog)
    kept = {o.date: o.value for o in w.document.repo.observations(goal.id)}
    assert kept[date(2025, 3, 20)] == 7
    w.act_undo.trigger()
    dialog = ImportDialog(w.document, goal, DATA / "x_account_overview.csv", w)
    qtbot.addWidget(dialog)
    wait_job(qtbot, dialog)
    dialog.replace.setChecked(True)
    dialog.import_button.click()
    wait_job(qtbot, dialog)
    assert {o.date: o.value for o in w.document.repo.observations(goal.id)}[date(2025, 3, 20)] == 2.5
    w.act_undo.trigger()
    assert [(o.value, o.note) for o in w.document.repo.observations(goal.id)] == [(7, "mine")]


@pytest.mark.parametrize("name, words", [
    ("bad/empty.csv", "empty.csv: the file is empty. Nothing will be imported"),
    ("bad/binary_garbage.csv", "this is binary data, not a table of figures"),
    ("bad/unknown_format.csv", "no platform's layout is recognised, and no column holds dates"),
    ("meta_instagram_follows.csv", "This file has no figures of Engagement rate (per impression). It has figures of "
                                   "New followers per week."),
])
def test_unreadable_files_say_why_and_change_nothing(x_goal_window, qtbot, name, words):
    w = x_goal_window
    before = digest(w.document.path)
    dialog = ImportDialog(w.document, w.current_goal(), DATA / name, w)
    qtbot.addWidget(dialog)
    wait_job(qtbot, dialog)
    assert not dialog.import_button.isEnabled()
    assert words in dialog.summary.text()
    dialog.reject()
    assert digest(w.document.path) == before


def big_csv(path: Path, rows: int) -> Path:
    start = date(2000, 1, 1)  # the first day a plan holds
    with path.open("w", encoding="utf-8") as fh:
        fh.write("date,engagement_rate_impressions\n")
        for i in range(rows):
            fh.write(f"{(start + timedelta(days=i)).isoformat()},{i % 100}\n")
    return path


def test_cancel_while_reading_and_while_writing_leaves_the_plan_as_it_was(x_goal_window, qtbot, tmp_path):
    w = x_goal_window
    goal = w.current_goal()
    source = big_csv(tmp_path / "big.csv", 9_000)  # daily from 2000: all past
    dialog = ImportDialog(w.document, goal, source, w)
    qtbot.addWidget(dialog)
    wait_job(qtbot, dialog)
    assert dialog.preview.count == 9_000
    dialog.start_write()
    dialog.cancel()  # before the worker's first check: nothing is written
    wait_job(qtbot, dialog)
    assert "Cancelled" in dialog.summary.text()
    assert w.document.repo.observations(goal.id) == []
    dialog.start_read()
    dialog.cancel()
    wait_job(qtbot, dialog)
    assert "Cancelled" in dialog.summary.text()


def test_generic_table_asks_for_columns(x_goal_window, qtbot, tmp_path):
    w = x_goal_window
    table = tmp_path / "mine.csv"
    table.write_text("day;rate on x;note\n21/03/2025;2,5;launch\n22/03/2025;3,25;\n", encoding="utf-8")
    dialog = ImportDialog(w.document, w.current_goal(), table, w)
    qtbot.addWidget(dialog)
    wait_job(qtbot, dialog)
    assert dialog.mapping_box.isVisible() or not dialog.mapping_box.isHidden()
    assert not dialog.import_button.isEnabled()
    dialog.date_column.setCurrentText("day")
    dialog.value_column.setCurrentText("rate on x")
    dialog.date_format.setCurrentIndex(dialog.date_format.findData("%d/%m/%Y"))
    dialog.read_with_mapping()
    wait_job(qtbot, dialog)
    assert dialog.preview is not None and dialog.preview.count == 2
    assert [f.value for f in dialog.preview.sample] == [2.5, 3.25]


def test_dropping_a_file_opens_the_import_preview(x_goal_window, monkeypatch, tmp_path):
    w = x_goal_window
    seen = []
    monkeypatch.setattr(ask, "run_dialog", lambda dialog: seen.append(dialog) or False)
    copy = shutil.copy(DATA / "x_account_overview.csv", tmp_path / "export.csv")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(copy))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    w.dropEvent(event)
    assert len(seen) == 1 and isinstance(seen[0], ImportDialog) and seen[0].path == Path(copy)
