"""How long the window stalls during long work, and how quickly Cancel answers, as ratios.

Not a test (wall-clock limits are red on a busy two-core machine): ``make bench`` runs it.  A 5 ms
timer ticks on the GUI thread; its longest gap is how long the window could not repaint.  Each of
ours is set against a baseline measured in the same run, so a busy machine moves both:

  import stall    the longest gap while the window reads and writes a 115,200-row CSV on its
                  worker, against the longest gap while a bare Python thread runs ``csv.reader`` +
                  ``executemany`` over the same file (what any threaded import costs the GUI: the GIL)
  import cancel   from Cancel to the worker's end, against the bare thread's time for one batch of
                  8,192 rows (it checks for Cancel between batches)
  PDF stall       the longest gap while a 100-goal PDF is made step by step on the event loop, against
                  the longest single step of the same report driven without an event loop (a step is
                  the smallest unit of work: the loop should add nothing to it)
  PDF cancel      from Cancel to ``finished``, against the same longest step
  huge goal       selecting a goal of 479,570 figures (the most a goal can hold: every platform and the
                  total, every day from 2000 to 2100) until the window has drawn it, against reading
                  those figures from the plan file (what showing them at all costs)

Prints ``BENCH|name|ours|baseline|ratio|target|OK or OVER`` lines (``bench/run_all.py``).
"""

from __future__ import annotations

import csv
import gc
import os
import sqlite3
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

#: The most figures one goal can be given from a file: 12 platforms x 9,600 days from 2000-01-01 (the
#: first day a plan holds) to 2026-04-13 (figures are never in the future).
ROWS = 115_200
BATCH = 8192
PLATFORMS = ("facebook", "instagram", "x", "youtube", "tiktok", "linkedin", "pinterest", "snapchat", "website",
             "clubhouse", "spotify", "shopify")
TARGETS = {"import stall": 1.5, "import cancel": 3.0, "PDF stall": 1.5, "PDF cancel": 3.0, "huge goal": 1.0}


class Heartbeat:
    """A 5 ms timer on the GUI thread; ``longest_gap`` is the longest time it could not fire."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.ticks: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))

    def __enter__(self) -> Heartbeat:
        self.timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.timer.stop()

    def longest_gap(self) -> float:
        return max((b - a for a, b in zip(self.ticks, self.ticks[1:], strict=False)), default=float("nan"))


def spin(app, until) -> None:
    while not until():
        app.processEvents()
        time.sleep(0.001)


def write_csv(path: Path) -> None:
    start = date(2000, 1, 1).toordinal()
    with path.open("w", encoding="utf-8") as fh:
        fh.write("date,platform,followers\n")
        n = len(PLATFORMS)
        fh.writelines(f"{date.fromordinal(start + i // n).isoformat()},{PLATFORMS[i % n]},{i % 9000}\n"
                      for i in range(ROWS))


def bare_import(path: Path, db_path: Path, cancel: threading.Event, batch_times: list[float]) -> None:
    """csv.reader + executemany in batches, checking *cancel* between batches: a plain threaded import."""
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE figures (date TEXT, platform TEXT, value REAL)")
    with path.open(newline="", encoding="utf-8") as fh, conn:
        rows = csv.reader(fh)
        next(rows)
        batch: list[tuple[str, str, float]] = []
        started = time.perf_counter()
        for day, platform, value in rows:
            batch.append((day, platform, float(value)))
            if len(batch) == BATCH:
                conn.executemany("INSERT INTO figures VALUES (?, ?, ?)", batch)
                batch.clear()
                batch_times.append(time.perf_counter() - started)
                started = time.perf_counter()
                if cancel.is_set():
                    return
        conn.executemany("INSERT INTO figures VALUES (?, ?, ?)", batch)
    conn.close()


def measure_import(app, folder: Path) -> dict[str, tuple[float, float]]:
    from planner.domain.goals import Goal, GoalPlatform
    from planner.ui.dialogs.import_dialog import ImportDialog
    from planner.store import plan_file
    from planner.ui.document import PlanDocument

    source = folder / "many.csv"
    write_csv(source)
    batch_times: list[float] = []
    with Heartbeat() as beat:
        worker = threading.Thread(target=bare_import, args=(source, folder / "bare.db", threading.Event(),
                                                            batch_times))
        worker.start()
        spin(app, lambda: not worker.is_alive())
    bare_gap = beat.longest_gap()
    one_batch = sorted(batch_times)[len(batch_times) // 2]

    doc = PlanDocument(plan_file.create(folder / "big.sgplan"))
    goal = doc.add_goal(Goal("Followers everywhere", "awareness", "followers", 100, 9000, date(2000, 1, 1),
                             date(2030, 1, 1), platforms=tuple(GoalPlatform(p) for p in PLATFORMS)))
    gc.collect()
    with Heartbeat() as beat:
        dialog = ImportDialog(doc, goal, source)
        spin(app, lambda: dialog.preview is not None)
        dialog.start_write()
        spin(app, lambda: dialog.progress.value() > 300)  # well into the transaction
        asked = time.perf_counter()
        dialog.cancel()
        spin(app, lambda: not dialog.job.is_running())
        answered = time.perf_counter() - asked
    ours_gap = beat.longest_gap()
    assert dialog.preview.count == ROWS and doc.repo.observations(goal.id) == []
    dialog.deleteLater()
    doc.close()
    return {"import stall": (ours_gap, bare_gap), "import cancel": (answered, one_batch)}


def measure_pdf(app, folder: Path) -> dict[str, tuple[float, float]]:
    from PySide6.QtWidgets import QWidget

    from planner.domain.goals import Goal, GoalPlatform, Observation
    from planner.report.pdf_report import ReportData, ReportOptions, render_pages
    from planner.store.repository import PlanMeta
    from planner.ui.pdf_export import PdfExport

    first = date(2025, 11, 22)
    goals, figures = [], {}
    for i in range(1, 101):
        goals.append(Goal(f"Goal {i}", "awareness", "followers", 1000, 2000, first, first + timedelta(days=400),
                          platforms=(GoalPlatform("instagram"),), statement=f"Reach 2,000 followers, goal {i}",
                          id=i))
        figures[i] = [Observation(i, first + timedelta(days=d), 1000 + d * 2.2 + (i % 7), "instagram")
                      for d in range(365)]
    data = ReportData(PlanMeta(business_name="Bench"), goals, figures)

    options = ReportOptions(page_size="A4", today=date(2026, 11, 21))
    steps = []
    pages = render_pages(data, folder / "sync.pdf", options)
    while True:  # the same generator driven without an event loop: the work of each step alone
        started = time.perf_counter()
        try:
            next(pages)
        except StopIteration:
            break
        steps.append(time.perf_counter() - started)
    one_step = max(steps)
    widget = QWidget()

    results: dict[str, list[bool]] = {}
    with Heartbeat() as beat:
        export = PdfExport(render_pages(data, folder / "report.pdf", options), folder / "report.pdf", widget)
        export.finished.connect(lambda complete: results.setdefault("done", []).append(complete))
        export.start()
        spin(app, lambda: "done" in results)
    stall = beat.longest_gap()
    assert results["done"] == [True]
    export = PdfExport(render_pages(data, folder / "again.pdf", options), folder / "again.pdf", widget)
    export.finished.connect(lambda complete: results.setdefault("again", []).append(complete))
    export.start()
    spin(app, lambda: export.page_count > 0)
    asked = time.perf_counter()
    export.cancel()
    spin(app, lambda: "again" in results)
    answered = time.perf_counter() - asked
    assert results["again"] == [False] and not (folder / "again.pdf").exists()
    return {"PDF stall": (stall, one_step), "PDF cancel": (answered, one_step)}


def measure_huge_goal(app, folder: Path) -> dict[str, tuple[float, float]]:
    from planner.domain.goals import Goal, GoalPlatform
    from planner.store import plan_file
    from planner.store.repository import Repository
    from planner.ui.main_window import MainWindow
    from PySide6.QtCore import QSettings

    path = folder / "huge.sgplan"
    pf = plan_file.create(path)
    saved = Repository(pf.db).add_goal(Goal("Everything", "awareness", "reach", 10, 10**6, date(2000, 1, 1),
                                            date(2100, 12, 31), platforms=tuple(GoalPlatform(p) for p in PLATFORMS)))
    series = [*PLATFORMS, None]
    first, days = date(2000, 1, 1).toordinal(), (date(2100, 12, 31) - date(2000, 1, 1)).days + 1
    with pf.db.atomic():
        pf.db.conn.executemany("INSERT INTO observations (goal_id, platform, date, value) VALUES (?, ?, ?, ?)",
                               ((saved.id, series[i % 13], date.fromordinal(first + i // 13).isoformat(),
                                 float(i % 9973)) for i in range(days * 13)))
    pf.close()
    started = time.perf_counter()
    reader = plan_file.open_plan(path, read_only=True)
    Repository(reader.db).observations(saved.id)
    read = time.perf_counter() - started
    reader.close()
    window = MainWindow(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window.show()
    window.open_path(path)
    app.processEvents()
    started = time.perf_counter()
    window.goal_list.select_goal(saved.id)
    app.processEvents()
    selected = time.perf_counter() - started
    window.close()
    return {"huge goal": (selected, read)}


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from planner.app import configure_application

    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure_application(app)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        rows = measure_import(app, folder) | measure_pdf(app, folder) | measure_huge_goal(app, folder)
    print("Responsiveness: longest GUI stall and Cancel latency against bare baselines in the same run")
    for name, (ours, base) in rows.items():
        ratio = ours / base if base > 0 else float("inf")
        target = TARGETS[name]
        print(f"BENCH|{name}|{ours * 1000:.0f} ms|{base * 1000:.0f} ms|{ratio:.2f}x|<= {target}x|"
              f"{'OK' if ratio <= target else 'OVER'}")


if __name__ == "__main__":
    main()
