"""Benchmark a full chart redraw with 1,000,000 figures against a bare pyqtgraph curve.

Not a test: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_chart.py [points]``.
In one run, on the same arrays (a million figures of one goal; an hour apart, since a
million days would go back before year 1):
  baseline  a PlotWidget holding one bare PlotDataItem(x, y), repainted (widget.grab())
  ours      GoalPlot.draw() of the goal (target line, band, figures, forecast, today marker,
            legend) from its cached series, then repainted the same way
Median of several repaints each; prints both, the ratio (target <= 1.2x) and ours in ms
(target < 50 ms).
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from datetime import date, timedelta

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import numpy as np  # noqa: E402
import pyqtgraph as pg  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

REPEATS = 15


def median_ms(action) -> float:
    times = []
    for _ in range(REPEATS):
        t0 = time.perf_counter()
        action()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main(points: int) -> None:
    app = QApplication.instance() or QApplication([])
    from planner.domain.goals import Goal, GoalPlatform, Observation
    from planner.domain.verdict import assess
    from planner.ui.chart.goal_plot import GoalPlot, Series, make_plot_widget, to_x

    today = date(2026, 11, 22)
    first = today - timedelta(hours=points - 1)
    goal = Goal("A million figures", "awareness", "reach", 1000, 5000, first, today + timedelta(days=90),
                platforms=(GoalPlatform("instagram"),))
    x = to_x(today) - np.arange(points, dtype=np.float64)[::-1] * 3600
    rng = np.random.default_rng(7)
    values = np.linspace(1000, 4000, points) + rng.normal(0, 50, points)
    recent = [today - timedelta(days=i) for i in range(120, -1, -1)]
    observations = [Observation(1, d, float(values[-1 - 24 * (120 - i)]), "instagram") for i, d in enumerate(recent)]
    state = assess(goal, observations, today)  # the window caches this per goal
    cached = [Series("instagram", x, values)]

    bare = pg.PlotWidget()
    bare.resize(900, 420)
    bare.show()
    bare.getPlotItem().addItem(pg.PlotDataItem(cached[0].x, cached[0].y))
    app.processEvents()
    baseline = median_ms(bare.grab)

    widget = make_plot_widget()
    widget.resize(900, 420)
    widget.show()
    plot = GoalPlot(widget.getPlotItem())
    app.processEvents()

    def ours() -> None:
        plot.draw(goal, observations, state, today, cached=cached)
        widget.grab()

    ours_ms = median_ms(ours)
    ratio = ours_ms / baseline
    print(f"chart redraw with {points:,} figures, median of {REPEATS}")
    print(f"{'baseline (bare PlotDataItem, repaint)':<44}{baseline:>9.1f} ms")
    print(f"{'ours (GoalPlot.draw + repaint)':<44}{ours_ms:>9.1f} ms")
    print(f"ratio ours/baseline: {ratio:.2f}x (target <= 1.2x) {'OK' if ratio <= 1.2 else 'OVER'}; "
          f"ours {'under' if ours_ms < 50 else 'OVER'} 50 ms")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
