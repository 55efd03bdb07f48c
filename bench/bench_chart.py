"""Benchmark a full chart redraw with 1,000,000 figures against bare pyqtgraph drawing the same curve.

Not a test: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_chart.py [points]``.
In one run, on the same arrays (a million figures of one goal; an hour apart, since a
million days would go back before year 1):
  baseline  bare pyqtgraph: a PlotWidget holding one PlotDataItem(x, y) with pyqtgraph's
            defaults, repainted (widget.grab()); its path is already built, so this is the
            cheapest redraw bare pyqtgraph has
  ours      GoalPlot.draw() of the goal (target line, band, figures, forecast, today marker,
            legend) from its cached series, then repainted the same way

How it is measured, so that the ratio means the same on a quiet and a busy machine: WARMUP
untimed rounds, then ROUNDS pairs, baseline and ours alternating (a burst of load falls on both,
not on one block of either), each timed in CPU time of this process (time taken by other
processes does not count; wall time is printed too), the collector off while timing (its pauses
land on whichever side allocates at the wrong moment).  The ratio is the median of the
per-pair ratios.  Prints ``BENCH|`` lines for run_all.py: the ratio (target <= 1.0x: no slower
than bare pyqtgraph) and ours in CPU ms (target < 50 ms).
"""

from __future__ import annotations

import gc
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

WARMUP = 3
ROUNDS = 15
TARGET = 1.0
TARGET_MS = 50


def timed(action) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one call."""
    c0, w0 = time.process_time(), time.perf_counter()
    action()
    return time.process_time() - c0, time.perf_counter() - w0


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
    bare.getPlotItem().addItem(pg.PlotDataItem(x, values))
    widget = make_plot_widget()
    widget.resize(900, 420)
    widget.show()
    plot = GoalPlot(widget.getPlotItem())
    app.processEvents()

    def baseline() -> None:
        bare.grab()

    def ours() -> None:
        plot.draw(goal, observations, state, today, cached=cached)
        widget.grab()

    for _ in range(WARMUP):
        baseline()
        ours()
    pairs = []
    gc.collect()
    gc.disable()
    try:
        for _ in range(ROUNDS):
            pairs.append((timed(baseline), timed(ours)))
            app.processEvents()
    finally:
        gc.enable()
    base_cpu = statistics.median(b[0] for b, _ in pairs)
    ours_cpu = statistics.median(o[0] for _, o in pairs)
    ratio = statistics.median(o[0] / b[0] for b, o in pairs)
    wall_ratio = statistics.median(o[1] / b[1] for b, o in pairs)
    spread = sorted(o[0] / b[0] for b, o in pairs)
    print(f"chart redraw with {points:,} figures, median of {ROUNDS} alternating pairs after {WARMUP} warm-ups")
    print(f"{'baseline (bare PlotDataItem, repaint)':<44}{base_cpu * 1000:>9.1f} ms CPU")
    print(f"{'ours (GoalPlot.draw + repaint)':<44}{ours_cpu * 1000:>9.1f} ms CPU")
    print(f"ratio ours/baseline: {ratio:.2f}x CPU (pairs from {spread[0]:.2f}x to {spread[-1]:.2f}x), "
          f"{wall_ratio:.2f}x wall")
    status = "OK" if ratio <= TARGET else "OVER"
    print(f"BENCH|chart redraw, {points:,} figures|{ours_cpu * 1000:.1f} ms|{base_cpu * 1000:.1f} ms|{ratio:.2f}x|"
          f"<= {TARGET}x|{status}")
    print(f"BENCH|chart redraw, {points:,} figures (ours alone)|{ours_cpu * 1000:.1f} ms|-|-|< {TARGET_MS} ms|"
          f"{'OK' if ours_cpu * 1000 < TARGET_MS else 'OVER'}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
