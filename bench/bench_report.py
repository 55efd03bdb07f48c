"""Benchmark the PDF report of a large plan against bare chart pages.

Not a test: run ``.venv/bin/python bench/bench_report.py [goals]``.  It builds
a plan in memory with GOALS goals (default 100), each with a year of daily
figures (365), then times, best of three, in the same process:
  baseline  a QPdfWriter (96 dpi) writing one page per goal, each with one
            pyqtgraph PlotDataItem of the same 365 points rendered as vectors
  ours      write_report for every goal: cover, overview, and per goal its
            findings, forecast, text, tables and the full GoalPlot chart
and prints both times, the ratio and whether the report is under 5 seconds, and a ``BENCH|``
line for run_all.py whether the target is met or not.  The machine may be shared, so CPU time
decides (wall time is shown too).
"""

from __future__ import annotations

import math
import os
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

RUNS = 3
DAYS = 365
TODAY = date(2026, 11, 22)
TARGET_SECONDS = 5.0


def make_data(goals: int):
    from planner.domain.goals import Goal, GoalPlatform, Observation
    from planner.report import ReportData
    from planner.store.repository import PlanMeta

    start = TODAY - timedelta(days=DAYS)
    items, figures = [], {}
    for i in range(1, goals + 1):
        baseline = 500.0 + 10 * i
        goal = Goal(title=f"Goal {i}: grow Instagram followers", objective="awareness", kpi="followers",
                    baseline=baseline, target=baseline * 3, start=start, deadline=TODAY + timedelta(days=120),
                    platforms=(GoalPlatform("instagram"),), statement="Grow followers with daily Reels.",
                    budget=100.0, currency="USD", hours_per_week=4.0, id=i)
        items.append(goal)
        figures[i] = [Observation(i, start + timedelta(days=d), round(baseline + 2.2 * d + 15 * math.sin(d / 9)),
                                  "instagram") for d in range(DAYS)]
    return ReportData(PlanMeta(business_name="Benchmark Bakery", currency="USD"), items, figures)


def baseline(data, out: Path) -> None:
    """As many pages as goals, each with one curve of the same points: what drawing alone costs."""
    import numpy as np
    import pyqtgraph as pg
    from PySide6.QtCore import QMarginsF, QRectF
    from PySide6.QtGui import QPageSize, QPainter, QPdfWriter

    from planner.ui.chart.goal_plot import dates_to_x, make_plot_widget

    writer = QPdfWriter(str(out))
    writer.setResolution(96)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    widget = make_plot_widget()
    widget.resize(680, 300)
    widget.show()
    painter = QPainter(writer)
    for n, goal in enumerate(data.goals):
        if n:
            writer.newPage()
        obs = data.observations[goal.id]
        widget.getPlotItem().clear()
        widget.getPlotItem().addItem(pg.PlotDataItem(dates_to_x([o.date for o in obs]),
                                                     np.array([o.value for o in obs])))
        widget.scene().render(painter, QRectF(56, 400, 680, 300), QRectF(widget.rect()))
    painter.end()
    widget.close()


def best(run, *args) -> tuple[float, float]:
    """The least CPU time of RUNS runs, and the wall time of that run."""
    times = []
    for _ in range(RUNS):
        cpu, wall = time.process_time(), time.perf_counter()
        run(*args)
        times.append((time.process_time() - cpu, time.perf_counter() - wall))
    return min(times)


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from planner.report import ReportOptions, write_report

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 - pyqtgraph needs one
    goals = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    data = make_data(goals)
    with tempfile.TemporaryDirectory() as folder:
        bare = best(baseline, data, Path(folder) / "bare.pdf")
        pages = write_report(data, Path(folder) / "report.pdf", ReportOptions(page_size="A4", today=TODAY))
        ours = best(write_report, data, Path(folder) / "report.pdf", ReportOptions(page_size="A4", today=TODAY))
        size = (Path(folder) / "report.pdf").stat().st_size
    print(f"{goals} goals x {DAYS} daily figures, best of {RUNS}")
    print(f"  baseline  {goals} bare chart pages       {bare[0]:6.2f} s CPU ({bare[1]:.2f} s wall)")
    print(f"  report    {pages} pages, {size / 1e6:.1f} MB  {ours[0]:6.2f} s CPU ({ours[1]:.2f} s wall)")
    print(f"  ratio     {ours[0] / bare[0]:.1f}x;  target under {TARGET_SECONDS:.0f} s: "
          f"{'met' if ours[0] < TARGET_SECONDS else 'NOT met'}")
    print(f"BENCH|PDF report, {goals} goals ({pages} pages)|{ours[0]:.2f} s|{bare[0]:.2f} s|{ours[0] / bare[0]:.1f}x|"
          f"< {TARGET_SECONDS:.0f} s|{'OK' if ours[0] < TARGET_SECONDS else 'OVER'}")


if __name__ == "__main__":
    main()
