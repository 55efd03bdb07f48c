"""Kill the headless commands and a store-API edit loop with SIGKILL at random moments.

After every kill the plan must pass ``PRAGMA integrity_check``, an import must be there entirely
or not at all, and no write reported as committed may be missing.  CI-sized by default;
``--soak N`` or ``SGP_SOAK=N`` for N kills of each kind.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from planner.domain.catalog import PLATFORMS
from planner.domain.goals import Goal
from planner.store import plan_file
from planner.store.repository import Repository

HERE = Path(__file__).resolve().parent
CSV_ROWS = 200_000
PLATFORM_IDS = ("facebook", "instagram")
JSON_GOALS, JSON_FIGURES = 20, 2500
#: kills of each kind in the default (CI) mode: 7 + 6 + 12 = 25 (the CSV import is the slow one)
CI_KILLS = {"csv": 7, "json": 6, "edits": 12}
SEED = 20261122


def child_env() -> dict[str, str]:
    src = str(Path(__file__).resolve().parents[2] / "src")
    return {**os.environ, "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")]),
            "QT_QPA_PLATFORM": "offscreen"}


def kills(soak: int | None, kind: str) -> int:
    return soak if soak else CI_KILLS[kind]


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> dict[str, Path]:
    """A plan with one goal, a 200k-row CSV for it and a 20-goal JSON plan with 50k figures."""
    assert {p.id for p in PLATFORMS} >= set(PLATFORM_IDS)
    folder = tmp_path_factory.mktemp("crash")
    plan = folder / "base.sgplan"
    pf = plan_file.create(plan, business_name="Crash")
    Repository(pf.db).add_goal(Goal("Reach", "awareness", "reach", 10, 1000, date(1700, 1, 1), date(2030, 1, 1)))
    pf.close()
    table = folder / "big.csv"
    first = date(1700, 1, 1).toordinal()
    with open(table, "w", newline="") as f:
        f.write("date,platform,reach\n")
        for i in range(CSV_ROWS):  # 100,000 days from 1700: the last is in 1973, one figure per day and platform
            f.write(f"{date.fromordinal(first + i // 2).isoformat()},{PLATFORM_IDS[i % 2]},{i % 5000}\n")
    doc = {"format": "social-goal-plan", "version": 1, "business": {"name": "Crash"}, "goals": [
        {"title": f"json goal {g}", "objective": "awareness", "kpi": "reach", "baseline": 1, "target": 9000,
         "start": "1900-01-01", "deadline": "2030-01-01", "platforms": ["instagram"],
         "observations": [{"date": (date(1900, 1, 1) + timedelta(days=d)).isoformat(), "platform": "instagram",
                           "value": d} for d in range(JSON_FIGURES)]}
        for g in range(JSON_GOALS)]}
    plan_json = folder / "big.json"
    plan_json.write_text(json.dumps(doc))
    return {"plan": plan, "csv": table, "json": plan_json, "folder": folder}


def fresh_plan(world: dict[str, Path], name: str) -> Path:
    path = world["folder"] / name
    for extra in ("-wal", "-shm"):
        path.with_name(path.name + extra).unlink(missing_ok=True)
    shutil.copy(world["plan"], path)
    return path


def integrity(path: Path) -> sqlite3.Connection:
    """A connection after recovery (the WAL is replayed), once the file has passed integrity_check."""
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    return conn


def run_and_kill(argv: list[str], delay: float, stdout=subprocess.DEVNULL, ready: Path | None = None) -> int | None:
    """Start *argv*, SIGKILL it after *delay* seconds; its exit code when it ended before that.

    With *ready* (the file the child's output goes to), the delay starts when the child has written READY
    there: on a busy machine starting Python alone can take longer than the delay.
    """
    child = subprocess.Popen(argv, stdout=stdout, stderr=subprocess.PIPE, env=child_env())
    while ready is not None and child.poll() is None and "READY" not in ready.read_text():
        time.sleep(0.01)
    try:
        child.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stderr.close()
        return None
    err = child.stderr.read().decode()
    child.stderr.close()
    assert child.returncode == 0, err
    return child.returncode


def timed_run(argv: list[str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, text=True, env=child_env(), timeout=300)
    assert done.returncode == 0, done.stderr
    return time.perf_counter() - start


def test_import_csv_killed_at_random_is_all_or_nothing(world, soak):
    rnd = random.Random(SEED)
    argv = lambda plan: [sys.executable, "-m", "planner", "import-csv", "--db", str(plan), "--goal", "1",  # noqa: E731
                         str(world["csv"])]
    full = timed_run(argv(fresh_plan(world, "calibrate.sgplan")))
    outcomes = {"killed": 0, "finished": 0, "partial": 0}
    for _ in range(kills(soak, "csv")):
        plan = fresh_plan(world, "csv.sgplan")
        finished = run_and_kill(argv(plan), rnd.uniform(0.3 * full, 1.05 * full)) is not None  # the write is late
        conn = integrity(plan)
        counts = conn.execute("SELECT imported_at, count(*) FROM observations GROUP BY imported_at").fetchall()
        conn.close()
        assert all(n == CSV_ROWS for _, n in counts), counts  # an import is there entirely or not at all
        assert len(counts) == 1 or not finished
        outcomes["finished" if finished else "killed"] += 1
        outcomes["partial"] += len(counts) == 1 and not finished
    print(f"import-csv kills: {outcomes} (full run {full:.2f} s)")


def test_import_json_killed_at_random_is_all_or_nothing(world, soak):
    rnd = random.Random(SEED + 1)
    argv = lambda plan: [sys.executable, "-m", "planner", "import-json", "--db", str(plan),  # noqa: E731
                         str(world["json"])]
    full = timed_run(argv(fresh_plan(world, "calibrate.sgplan")))
    for _ in range(kills(soak, "json")):
        plan = fresh_plan(world, "json.sgplan")
        finished = run_and_kill(argv(plan), rnd.uniform(0.05, full * 1.1)) is not None
        conn = integrity(plan)
        goals = conn.execute("SELECT count(*) FROM goals").fetchone()[0]
        figures = conn.execute("SELECT count(*) FROM observations").fetchone()[0]
        platforms = conn.execute("SELECT count(*) FROM goal_platforms").fetchone()[0]
        conn.close()
        assert (goals, figures, platforms) in ((1, 0, 0), (1 + JSON_GOALS, JSON_GOALS * JSON_FIGURES, JSON_GOALS))
        assert goals > 1 or not finished


State = dict[int, tuple[str, int]]  # goal id -> (title, number of figures)


def read_state(plan: Path) -> State:
    conn = integrity(plan)
    try:
        return {gid: (title, n) for gid, title, n in conn.execute(
            "SELECT g.id, g.title, (SELECT count(*) FROM observations o WHERE o.goal_id = g.id) FROM goals g")}
    finally:
        conn.close()


def apply(state: State, op: str, goal_id: int, rest: list[str]) -> None:
    if op == "add":
        state[goal_id] = (f"goal {goal_id}", int(rest[0]) if rest else FIGURES_PER_GOAL)
    elif op == "update":
        state[goal_id] = (rest[0], state[goal_id][1])
    elif op == "figures":
        state[goal_id] = (state[goal_id][0], int(rest[0]))
    elif op == "delete":
        del state[goal_id]


FIGURES_PER_GOAL = 3000  # as in edit_loop.py


def replay(state: State, log: str) -> tuple[State, State]:
    """The state with every write reported DONE, and that state with the write in flight landed too."""
    state = dict(state)
    pending = None
    for line in log.splitlines():
        if line.startswith(("BEGIN ", "DONE ")):
            kind, op, goal_id, *rest = line.split(" ", 3)
            if kind == "BEGIN":
                pending = (op, int(goal_id), rest)
            else:
                apply(state, op, int(goal_id), rest)
                pending = None
    landed = dict(state)
    if pending is not None:
        apply(landed, *pending)
    return state, landed


def test_store_edits_killed_at_random_lose_nothing_committed(world, soak):
    rnd = random.Random(SEED + 2)
    plan = fresh_plan(world, "edits.sgplan")
    log_path = world["folder"] / "edits.log"
    writes = 0
    for i in range(kills(soak, "edits")):
        before = read_state(plan)
        with open(log_path, "w") as log:
            run_and_kill([sys.executable, str(HERE / "edit_loop.py"), str(plan), str(SEED + i)],
                         rnd.uniform(0.2, 1.3), stdout=log, ready=log_path)
        text = log_path.read_text()
        writes += text.count("DONE ")
        committed, landed = replay(before, text)
        after = read_state(plan)
        assert after in (committed, landed), {k: (after.get(k), committed.get(k)) for k in set(after) | set(
            committed) if after.get(k) != committed.get(k)}
    assert writes > kills(soak, "edits")  # the loop got work done between the kills
    print(f"edit loop: {writes} committed writes across the kills")
