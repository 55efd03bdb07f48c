"""Benchmark start-up to the first painted main window on a large plan, against a bare window.

Not a test: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_startup.py [goals] [days]``.
Makes a plan of 100 goals with a year of daily figures each (36,500 figures) through the store
API, then times, each in a fresh subprocess, from the moment the process is started to the first
Paint event of its main window (an event filter prints the time and quits):
  baseline  PySide6 + pyqtgraph: a QMainWindow holding a PlotWidget with one curve
  ours      the app's own start (planner.app.run_app) on the large plan: settings, window, the plan
            opened and checked, goal list, overview
Best of RUNS each; prints both, the ratio (target <= 1.15x) and a ``BENCH|`` line for run_all.py.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

RUNS = 5
TARGET = 1.15
SRC = Path(__file__).resolve().parents[1] / "src"


def make_plan(path: Path, goals: int = 100, days: int = 365) -> Path:
    """A plan of *goals* goals, each with *days* daily figures, written with the store API."""
    sys.path.insert(0, str(SRC))
    from planner.domain.goals import Goal, GoalPlatform, Observation
    from planner.store import plan_file
    from planner.store.repository import Repository

    pf = plan_file.create(path, business_name="Big bakery", currency="EUR")
    start = date(2025, 1, 1)
    kpis = [("awareness", "reach", 100, 5000), ("awareness", "followers", 1000, 2500),
            ("engagement", "engagement_rate_reach", 2, 4), ("traffic", "website_visits", 50, 400)]
    batch = []
    for g in range(goals):
        objective, kpi, base, target = kpis[g % len(kpis)]
        platform = ("instagram", "facebook", "tiktok", "x")[g % 4]
        goal = Goal(f"Goal {g + 1}: {kpi}", objective, kpi, base, target, start, start + timedelta(days=500),
                    platforms=(GoalPlatform(platform),))
        figures = [Observation(0, start + timedelta(days=d), base + (target - base) * d / 700, platform)
                   for d in range(days)]
        batch.append((goal, figures))
    Repository(pf.db).add_goals(batch)
    pf.close()
    return path


def child_env(home: Path) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYQTGRAPH_QT_LIB": "PySide6",
           "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"), "XDG_DATA_HOME": str(home / ".local/share"),
           "XDG_CACHE_HOME": str(home / ".cache")}
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(SRC), os.environ.get("PYTHONPATH", "")) if p)
    return env


# --------------------------------------------------------------------------- in the child

def _paint_watch(app, on_first_paint) -> object:
    """An application event filter calling *on_first_paint()* once, at the first Paint of a main window."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QMainWindow, QWidget

    class Watch(QObject):
        done = False

        def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
            if not self.done and event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) \
                    and isinstance(watched.window(), QMainWindow):
                self.done = True
                on_first_paint()
            return False

    watch = Watch(app)
    app.installEventFilter(watch)
    return watch


def child(mode: str, plan: str, settle_ms: int = 0) -> None:
    """Start like *mode*; at the first paint print the wall time (and, after *settle_ms*, the RSS)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    painted: list[float] = []

    def first_paint() -> None:
        painted.append(time.time())
        QTimer.singleShot(settle_ms, finish)

    def finish() -> None:
        print(f"PAINT {painted[0]:.6f}")
        if settle_ms:
            app.processEvents()
            print(f"RSS {rss_mb():.1f}")
        sys.stdout.flush()
        app.quit()

    watch = _paint_watch(app, first_paint)  # noqa: F841 - kept alive
    if mode == "ours":
        from planner.app import run_app

        run_app(Path(plan))
    else:
        import numpy as np
        import pyqtgraph as pg
        from PySide6.QtWidgets import QMainWindow

        window = QMainWindow()
        plot = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem()})
        x = np.arange(365, dtype=float) * 86400 + 1.7e9
        plot.plot(x, np.linspace(100, 5000, 365))
        window.setCentralWidget(plot)
        window.resize(1200, 780)
        window.show()
        app.exec()


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


# --------------------------------------------------------------------------- in the parent

def measure(mode: str, plan: Path, home: Path, settle_ms: int = 0) -> tuple[float, float | None]:
    """(seconds from process start to first paint, RSS in MB after settling or None)."""
    start = time.time()
    done = subprocess.run([sys.executable, __file__, "--child", mode, str(plan), str(settle_ms)],
                          capture_output=True, text=True, env=child_env(home), timeout=180)
    if done.returncode != 0 or "PAINT" not in done.stdout:
        raise RuntimeError(f"{mode} start failed ({done.returncode}):\n{done.stdout}\n{done.stderr[-3000:]}")
    values = dict(line.split(" ", 1) for line in done.stdout.splitlines() if line.startswith(("PAINT", "RSS")))
    rss = float(values["RSS"]) if "RSS" in values else None
    return float(values["PAINT"]) - start, rss


def main(goals: int = 100, days: int = 365) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        plan = make_plan(tmp_path / "big.sgplan", goals, days)
        home = tmp_path / "home"
        best: dict[str, float] = {}
        for _ in range(RUNS):
            for mode in ("baseline", "ours"):
                seconds, _ = measure(mode, plan, home)
                best[mode] = min(best.get(mode, seconds), seconds)
    ours, baseline = best["ours"], best["baseline"]
    ratio = ours / baseline
    status = "OK" if ratio <= TARGET else "OVER"
    print(f"start-up to first paint, plan of {goals} goals x {days} daily figures, best of {RUNS}")
    print(f"{'baseline (PySide6 + pyqtgraph window)':<44}{baseline * 1000:>9.0f} ms")
    print(f"{'ours (planner.app.run_app on the plan)':<44}{ours * 1000:>9.0f} ms")
    print(f"ratio ours/baseline: {ratio:.2f}x (target <= {TARGET}x) {status}")
    print(f"BENCH|start-up to first paint|{ours * 1000:.0f} ms|{baseline * 1000:.0f} ms|{ratio:.2f}x|"
          f"<= {TARGET}x|{status}")


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3], int(sys.argv[4]) if len(sys.argv) > 4 else 0)
    else:
        main(*(int(a) for a in sys.argv[1:3]))
