"""Long work keeps its functional contract: the import reads on a worker, the PDF comes page by page,
and Cancel leaves nothing behind.

How long the window stalls and how quickly Cancel answers are speeds, so they are measured in
``bench/bench_responsiveness.py`` as ratios against baselines taken in the same run, never asserted
here: a wall-clock limit is red on a busy two-core machine.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from planner.domain.goals import Goal, GoalPlatform, Observation
from planner.ui.dialogs import ask
from planner.ui.dialogs.import_dialog import ImportDialog

PLATFORMS = ("facebook", "instagram", "x", "youtube", "tiktok", "linkedin", "pinterest", "snapchat", "website",
             "clubhouse", "spotify", "shopify")
ROWS = 108_000  # several batches of the reader and the writer: 9,000 days from 2000 on 12 platforms, all past


def many_rows(path, rows: int = ROWS) -> None:
    start = date(2000, 1, 1).toordinal()
    with path.open("w", encoding="utf-8") as fh:
        fh.write("date,platform,followers\n")
        n = len(PLATFORMS)
        fh.writelines(f"{date.fromordinal(start + i // n).isoformat()},{PLATFORMS[i % n]},{i % 9000}\n"
                      for i in range(rows))


@pytest.fixture
def followers_window(window, tmp_path):
    assert window.open_path(tmp_path / "big.sgplan", create=True)
    # followers, a running total, are stored day by day (an amount per week would be one figure a week)
    goal = window.document.add_goal(Goal("Followers everywhere", "awareness", "followers", 100, 9000,
                                         date(2000, 1, 1), date(2030, 1, 1),
                                         platforms=tuple(GoalPlatform(p) for p in PLATFORMS)))
    window.goal_list.select_goal(goal.id)
    return window


def test_a_long_import_reads_on_a_worker_while_the_event_loop_runs_and_cancel_writes_nothing(
        followers_window, qtbot, tmp_path):
    w = followers_window
    source = tmp_path / "many.csv"
    many_rows(source)
    ticks: list[int] = []
    dialog = ImportDialog(w.document, w.current_goal(), source, w)
    qtbot.addWidget(dialog)
    # the GUI thread keeps serving events while the worker reads: a zero-delay timer fires many times
    while dialog.preview is None:
        ticks.append(1)
        qtbot.wait(1)
    assert dialog.preview.count == ROWS
    assert len(ticks) > 1, "the preview was read on the GUI thread in one go"
    dialog.start_write()
    assert dialog.job.is_running()
    dialog.cancel()
    qtbot.waitUntil(lambda: not dialog.job.is_running(), timeout=60_000)
    assert "Cancelled" in dialog.summary.text()
    assert w.document.repo.observations(w.current_goal().id) == []


@pytest.fixture
def twelve_goals(window, tmp_path):
    assert window.open_path(tmp_path / "twelve.sgplan", create=True)
    first = date(2025, 11, 22)
    goals = []
    for i in range(12):
        goal = Goal(f"Goal {i + 1}", "awareness", "followers", 1000, 2000, first, first + timedelta(days=400),
                    platforms=(GoalPlatform("instagram"),), statement=f"Reach 2,000 followers, goal {i + 1}")
        figures = [Observation(0, first + timedelta(days=d), 1000 + d * 2.2 + (i % 7), "instagram")
                   for d in range(365)]
        goals.append((goal, figures))
    window.document.repo.add_goals(goals)
    window.document.reload()
    window.document.set_today(date(2026, 11, 21))
    return window


def test_the_pdf_comes_page_by_page_and_cancel_leaves_no_file(twelve_goals, qtbot, tmp_path, monkeypatch):
    w = twelve_goals
    out = tmp_path / "twelve.pdf"
    monkeypatch.setattr(ask, "run_dialog", lambda dialog: True)
    monkeypatch.setattr(ask, "save_path", lambda *a, **k: out)
    monkeypatch.setattr(ask, "confirm", lambda *a: False)
    seen: list[int] = []
    w.act_export_pdf.trigger()
    with qtbot.waitSignal(w.pdf_export.finished, timeout=180_000) as done:
        while w.pdf_export.timer.isActive():  # between two steps the event loop runs: record the page shown
            page = w.pdf_export.progress.value()
            if page > 0 and (not seen or seen[-1] != page):
                seen.append(page)
            qtbot.wait(2)
    assert done.args == [True] and out.exists()
    assert len(seen) >= 3 and seen == sorted(seen), f"pages were not made one step at a time: {seen}"
    out.unlink()
    w.act_export_pdf.trigger()
    qtbot.waitUntil(lambda: w.pdf_export.page_count > 0, timeout=60_000)
    with qtbot.waitSignal(w.pdf_export.finished, timeout=10_000) as cancelled:
        w.pdf_export.cancel()
    assert cancelled.args == [False]
    assert not out.exists()
    assert not list(tmp_path.glob("*.part")) and not list(tmp_path.glob(".*.part"))
