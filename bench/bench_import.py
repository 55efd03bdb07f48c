"""Benchmark the generic CSV import against a plain csv.reader + sqlite3.executemany baseline.

Not a test: run ``.venv/bin/python bench/bench_import.py [rows]``.  It writes a
generic table of ``date,platform,followers`` rows (a platform column cycling the
catalog ids so each (platform, date) is unique; followers, a running total, are
stored day by day as the baseline stores them: an amount per week would be
added up into weeks, fewer rows than the baseline writes), then times, each in its own
subprocess so peak memory (ru_maxrss) is per run, best of three by CPU time (the
machine may be shared, so wall time is shown but CPU time decides), each into
the observations table of a fresh plan file (the app's schema and indexes):
  baseline  csv.reader rows -> executemany INSERT into observations
  ours      the app's whole import: open_source -> figures_import.read (checks, duplicates,
            preview) -> figures_import.write (one transaction, undo data)
and prints both times, the ratio (target <= 1.2x) and peak memory (target < 300 MB), and
``BENCH|`` lines for run_all.py.
"""

from __future__ import annotations

import csv
import datetime as dt
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 3
TARGET = 1.2
TARGET_MB = 300
INSERT = "INSERT INTO observations (goal_id, platform, date, value) VALUES (?, ?, ?, ?)"


def write_table(path: Path, rows: int) -> None:
    from planner.domain.catalog import PLATFORMS

    ids = [p.id for p in PLATFORMS]
    start = dt.date(2000, 1, 1).toordinal()  # the first day a plan holds; 115,200 rows end in 2026: all past
    with open(path, "w", newline="") as f:
        f.write("date,platform,followers\n")
        w = f.write
        for i in range(rows):
            day = dt.date.fromordinal(start + i // len(ids)).isoformat()
            w(f"{day},{ids[i % len(ids)]},{(i * 37) % 100000}\n")


def _plan(db: Path) -> tuple[object, int]:
    from planner.domain.goals import Goal
    from planner.store import plan_file
    from planner.store.repository import Repository

    pf = plan_file.create(db)
    goal = Repository(pf.db).add_goal(Goal("Followers", "awareness", "followers", 1, 2, dt.date(2000, 1, 1),
                                           dt.date(2100, 12, 31)))
    return pf, goal.id


def run(mode: str, src: Path, db: Path) -> None:
    from planner.store.repository import Repository

    pf, goal_id = _plan(db)
    con = pf.db.conn
    t0, c0 = time.perf_counter(), time.process_time()
    if mode == "baseline":
        with pf.db.atomic():
            with open(src, newline="") as f:
                reader = csv.reader(f)
                next(reader)
                con.executemany(INSERT, ((goal_id, r[1], r[0], float(r[2])) for r in reader))
    else:
        from planner.exchange import figures_import
        from planner.exchange.importers import open_source
        from planner.store.repository import OnDuplicate

        repo = Repository(pf.db)
        preview = figures_import.read(open_source(src), "followers", platform=None,
                                      existing=repo.existing_days(goal_id), today=dt.date.today())
        figures_import.write(repo, goal_id, preview, OnDuplicate.SKIP, dt.datetime.now())
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    count = con.execute("SELECT count(*) FROM observations").fetchone()[0]
    pf.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{elapsed:.3f} {cpu:.3f} {peak:.1f} {count}")


def main() -> None:
    # the most one goal can be given from a file: 12 platforms x 9,600 days from 2000-01-01
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 115_200
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "generic.csv"
        write_table(src, rows)
        size = src.stat().st_size / 1e6
        results: dict[str, tuple[float, float, float, int]] = {}
        for mode in ("baseline", "ours") * RUNS:
            db = Path(tmp) / f"{mode}.sqlite"
            db.unlink(missing_ok=True)
            out = subprocess.run([sys.executable, __file__, "--run", mode, str(src), str(db)], check=True,
                                 capture_output=True, text=True)
            wall, cpu, peak, count = out.stdout.split()
            best = results.get(mode)
            if best is None or float(cpu) < best[1]:
                results[mode] = (float(wall), float(cpu), float(peak), int(count))
    b, o = results["baseline"], results["ours"]
    print(f"generic CSV import, {rows:,} rows ({size:.1f} MB), best of {RUNS} runs each (by CPU time)")
    print(f"{'run':<10}{'wall s':>9}{'CPU s':>9}{'rows stored':>14}{'peak MB':>10}")
    for name, r in (("baseline", b), ("ours", o)):
        print(f"{name:<10}{r[0]:>9.2f}{r[1]:>9.2f}{r[3]:>14,}{r[2]:>10.1f}")
    ratio, wall_ratio = o[1] / b[1], o[0] / b[0]
    status = "OK" if ratio <= TARGET else "OVER"
    print(f"ratio ours/baseline: {ratio:.2f}x CPU, {wall_ratio:.2f}x wall (target <= {TARGET}x) {status}")
    print(f"BENCH|import {rows:,} rows (CPU)|{o[1]:.2f} s|{b[1]:.2f} s|{ratio:.2f}x|<= {TARGET}x|{status}")
    print(f"BENCH|import {rows:,} rows (peak memory)|{o[2]:.0f} MB|{b[2]:.0f} MB|{o[2] / b[2]:.2f}x|"
          f"< {TARGET_MB} MB|{'OK' if o[2] < TARGET_MB else 'OVER'}")


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--run":
        run(sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]))
    else:
        main()
