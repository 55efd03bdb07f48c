"""Benchmark the idle memory (RSS) of the app on a large plan against a bare window.

Not a test: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_memory.py [goals] [days]``.
The same large plan and children as bench_startup.py (100 goals with a year of daily figures);
each child starts, waits SETTLE_MS after its main window's first paint so deferred work is done,
and reports VmRSS:
  baseline  PySide6 + pyqtgraph: a QMainWindow holding a PlotWidget with one curve
  ours      the app (planner.app.run_app) on the large plan
Median of RUNS each; prints both, the ratio (target <= 1.3x) and a ``BENCH|`` line for run_all.py.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_startup import make_plan, measure  # noqa: E402

RUNS = 3
SETTLE_MS = 2000
TARGET = 1.3


def main(goals: int = 100, days: int = 365) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        plan = make_plan(tmp_path / "big.sgplan", goals, days)
        rss: dict[str, list[float]] = {"baseline": [], "ours": []}
        for _ in range(RUNS):
            for mode in rss:
                rss[mode].append(measure(mode, plan, tmp_path / "home", SETTLE_MS)[1])
    ours, baseline = statistics.median(rss["ours"]), statistics.median(rss["baseline"])
    ratio = ours / baseline
    status = "OK" if ratio <= TARGET else "OVER"
    print(f"idle memory {SETTLE_MS} ms after the first paint, plan of {goals} goals x {days} daily figures, "
          f"median of {RUNS}")
    print(f"{'baseline (PySide6 + pyqtgraph window)':<44}{baseline:>9.1f} MB")
    print(f"{'ours (planner.app.run_app on the plan)':<44}{ours:>9.1f} MB")
    print(f"ratio ours/baseline: {ratio:.2f}x (target <= {TARGET}x) {status}")
    print(f"BENCH|idle memory (RSS)|{ours:.0f} MB|{baseline:.0f} MB|{ratio:.2f}x|<= {TARGET}x|{status}")


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3]))
