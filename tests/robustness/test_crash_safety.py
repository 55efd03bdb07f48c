"""Kill the headless commands, a store-API edit loop, restores, backup rotations and exports with SIGKILL.

After every kill the plan must pass ``PRAGMA integrity_check``, an import must be there entirely or
not at all, no write reported as committed may be missing, every file named like a backup must be a
whole plan, and an export is the old file or the whole new one.  The children say when their
transactions begin (``traced.py``, ``edit_loop.py``, ``backup_loop.py``): a kill is timed from that
moment, and the test asserts that kills did land inside transactions, not only before or after them.
CI-sized by default; ``--soak N`` or ``SGP_SOAK=N`` for N kills of each kind.
"""

from __future__ import annotations

import json
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from datetime import date, timedelta
from pathlib import Path

import pytest
from robust import child_env

from planner.domain.catalog import PLATFORMS
from planner.domain.goals import Goal, GoalPlatform
from planner.store import backups, plan_file
from planner.store.repository import Repository

HERE = Path(__file__).resolve().parent
PLATFORM_IDS = tuple(p.id for p in PLATFORMS[:11])
CSV_DAYS = 9000  # from 2000-01-01 on 11 platforms: 99,000 figures, all in the past
CSV_ROWS = CSV_DAYS * len(PLATFORM_IDS)
JSON_GOALS, JSON_FIGURES = 20, 2500
#: kills of each kind in the default (CI) mode (the CSV import and the report are the slow ones)
CI_KILLS = {"csv": 6, "json": 5, "edits": 10, "restore": 5, "rotation": 6, "export": 4, "report": 3}
SEED = 20261122


def kills(soak: int | None, kind: str) -> int:
    return soak if soak else CI_KILLS[kind]


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> dict[str, Path]:
    """A plan with one goal, a 99,000-row CSV for it and a 20-goal JSON plan with 50,000 figures."""
    folder = tmp_path_factory.mktemp("crash")
    plan = folder / "base.sgplan"
    pf = plan_file.create(plan, business_name="Crash")
    Repository(pf.db).add_goal(Goal("Reach", "awareness", "followers", 10, 1000, date(2000, 1, 1), date(2030, 1, 1)))
    pf.close()
    table = folder / "big.csv"
    first = date(2000, 1, 1).toordinal()
    with open(table, "w", newline="") as f:
        f.write("date,platform,followers\n")
        n = len(PLATFORM_IDS)
        for i in range(CSV_ROWS):  # one figure per day and platform
            f.write(f"{date.fromordinal(first + i // n).isoformat()},{PLATFORM_IDS[i % n]},{i % 5000}\n")
    doc = {"format": "social-goal-plan", "version": 1, "business": {"name": "Crash"}, "goals": [
        {"title": f"json goal {g}", "objective": "awareness", "kpi": "followers", "baseline": 1, "target": 9000,
         "start": "2000-01-01", "deadline": "2030-01-01", "platforms": ["instagram"],
         "observations": [{"date": (date(2000, 1, 1) + timedelta(days=d)).isoformat(), "platform": "instagram",
                           "value": d} for d in range(JSON_FIGURES)]}
        for g in range(JSON_GOALS)]}
    plan_json = folder / "big.json"
    plan_json.write_text(json.dumps(doc))
    return {"plan": plan, "csv": table, "json": plan_json, "folder": folder}


def fresh_plan(world: dict[str, Path], name: str, source: Path | None = None) -> Path:
    path = world["folder"] / name
    for extra in ("-wal", "-shm", ".lock"):
        path.with_name(path.name + extra).unlink(missing_ok=True)
    shutil.rmtree(path.with_name(path.name + ".backups"), ignore_errors=True)
    shutil.copy(source or world["plan"], path)
    return path


def integrity(path: Path) -> sqlite3.Connection:
    """A connection after recovery (the log is replayed), once the file has passed integrity_check."""
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    return conn


def content(path: Path) -> tuple[int, int]:
    conn = integrity(path)
    try:
        return (conn.execute("SELECT count(*) FROM goals").fetchone()[0],
                conn.execute("SELECT count(*) FROM observations").fetchone()[0])
    finally:
        conn.close()


class Child:
    """A child process whose stdout lines are collected as they come; ``begun`` is set at its first
    ``SQL BEGIN`` (or any line starting with *marker*)."""

    def __init__(self, argv: list[str], marker: str = "SQL BEGIN") -> None:
        self.lines: list[str] = []
        self.times: list[float] = []  # when each line came
        self.begun = threading.Event()
        self.marker = marker
        self.process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                        env=child_env())
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        for line in self.process.stdout:
            self.times.append(time.perf_counter())
            self.lines.append(line.rstrip("\n"))
            if line.startswith(self.marker):
                self.begun.set()
        self.begun.set()  # it ended

    def kill_after(self, delay: float) -> bool:
        """SIGKILL *delay* seconds from now unless it ends first; True when it was killed."""
        try:
            self.process.wait(timeout=delay)
            killed = False
        except subprocess.TimeoutExpired:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait()
            killed = True
        self._reader.join()
        err = self.process.stderr.read()
        self.process.stdout.close()
        self.process.stderr.close()
        assert killed or self.process.returncode == 0, err
        assert "Traceback" not in err, err
        return killed

    def inside_transaction(self) -> bool:
        """Whether the last transaction it began had not ended when it stopped."""
        opened = False
        for line in self.lines:
            if line == "SQL BEGIN":
                opened = True
            elif line in ("SQL COMMIT", "SQL ROLLBACK"):
                opened = False
        return opened


def traced(*args: str | Path) -> list[str]:
    return [sys.executable, str(HERE / "traced.py"), *map(str, args)]


def duration_of_first_transaction(argv: list[str]) -> float:
    """How long the child's first transaction lasts, from its BEGIN to its COMMIT (a calibration run)."""
    child = Child(argv)
    child.kill_after(300)
    begin = child.lines.index("SQL BEGIN")
    end = next(i for i in range(begin, len(child.lines)) if child.lines[i] in ("SQL COMMIT", "SQL ROLLBACK"))
    return child.times[end] - child.times[begin]


def test_import_csv_killed_inside_its_transaction_is_all_or_nothing(world, soak):
    rnd = random.Random(SEED)
    argv = lambda plan: traced("import-csv", "--db", plan, "--goal", 1, world["csv"])  # noqa: E731
    span = duration_of_first_transaction(argv(fresh_plan(world, "calibrate.sgplan")))
    outcomes = {"inside": 0, "after": 0, "finished": 0}
    for _ in range(kills(soak, "csv")):
        plan = fresh_plan(world, "csv.sgplan")
        child = Child(argv(plan))
        assert child.begun.wait(300)
        killed = child.kill_after(rnd.uniform(0, 1.1 * span))
        conn = integrity(plan)
        counts = conn.execute("SELECT imported_at, count(*) FROM observations GROUP BY imported_at").fetchall()
        conn.close()
        assert all(n == CSV_ROWS for _, n in counts), counts  # an import is there entirely or not at all
        assert len(counts) == 1 or killed
        key = "finished" if not killed else "inside" if child.inside_transaction() else "after"
        outcomes[key] += 1
        assert key != "inside" or counts == []  # killed inside its transaction: nothing of it is there
    assert outcomes["inside"] >= 1, outcomes  # the kills did land inside the transaction
    print(f"import-csv kills: {outcomes} (transaction {span:.2f} s)")


def test_import_json_killed_inside_its_transaction_is_all_or_nothing(world, soak):
    rnd = random.Random(SEED + 1)
    argv = lambda plan: traced("import-json", "--db", plan, world["json"])  # noqa: E731
    span = duration_of_first_transaction(argv(fresh_plan(world, "calibrate.sgplan")))
    inside = 0
    for _ in range(kills(soak, "json")):
        plan = fresh_plan(world, "json.sgplan")
        child = Child(argv(plan))
        assert child.begun.wait(300)
        killed = child.kill_after(rnd.uniform(0, 1.1 * span))
        found = content(plan)
        conn = integrity(plan)
        platforms = conn.execute("SELECT count(*) FROM goal_platforms").fetchone()[0]
        conn.close()
        assert (*found, platforms) in ((1, 0, 0), (1 + JSON_GOALS, JSON_GOALS * JSON_FIGURES, JSON_GOALS))
        assert found[0] > 1 or killed
        if killed and child.inside_transaction():
            inside += 1
            assert found == (1, 0)
    assert inside >= 1


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


def replay(state: State, log: str) -> tuple[State, State, bool]:
    """The state with every write reported DONE, that state with the write in flight landed too, and
    whether a write was in flight."""
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
    return state, landed, pending is not None


def test_store_edits_killed_at_random_lose_nothing_committed(world, soak):
    rnd = random.Random(SEED + 2)
    plan = fresh_plan(world, "edits.sgplan")
    writes = in_flight = 0
    for i in range(kills(soak, "edits")):
        before = read_state(plan)
        child = Child([sys.executable, str(HERE / "edit_loop.py"), str(plan), str(SEED + i)], marker="READY")
        assert child.begun.wait(300)
        child.kill_after(rnd.uniform(0.3, 1.2))
        text = "\n".join(child.lines)
        writes += text.count("DONE ")
        committed, landed, pending = replay(before, text)
        in_flight += pending
        after = read_state(plan)
        assert after in (committed, landed), {k: (after.get(k), committed.get(k)) for k in set(after) | set(
            committed) if after.get(k) != committed.get(k)}
    assert writes > kills(soak, "edits")  # the loop got work done between the kills
    assert in_flight >= 1  # and some kills landed between a write's BEGIN and its DONE
    print(f"edit loop: {writes} committed writes across the kills, {in_flight} killed in flight")


# -- restores, backup rotations and exports ---------------------------------------------------------------

@pytest.fixture(scope="module")
def big_plan(world) -> Path:
    """The base plan with 30 goals of 2,000 figures each (a few MB): long enough to be killed half-way."""
    path = world["folder"] / "big.sgplan"
    pf = plan_file.create(path, business_name="Big")
    repo = Repository(pf.db)
    for g in range(30):
        saved = repo.add_goal(Goal(f"goal {g}", "awareness", "followers", 1, 1000, date(2000, 1, 1), date(2030, 1, 1),
                                   platforms=(GoalPlatform("instagram"),)))
        pf.db.conn.executemany("INSERT INTO observations (goal_id, platform, date, value) VALUES (?, ?, ?, ?)",
                               ((saved.id, "instagram", (date(2000, 1, 1) + timedelta(days=d)).isoformat(), d)
                                for d in range(2000)))
    pf.close()
    return path


def whole_backups(plan: Path) -> list[tuple[int, int]]:
    """The content of every file named like a backup: each must be a whole plan."""
    return [content(b.path) for b in backups.listing(plan)]


def test_restore_killed_at_random_leaves_one_of_the_two_plans_and_loses_neither(world, big_plan, soak):
    rnd = random.Random(SEED + 3)
    outcomes = {"old": 0, "restored": 0}
    for i in range(kills(soak, "restore")):
        plan = fresh_plan(world, "restore.sgplan", big_plan)
        pf = plan_file.open_plan(plan)  # a backup of the 30 goals
        Repository(pf.db).delete_goal(1)  # now 29
        pf.close()
        chosen = backups.listing(plan)[0].path
        start = time.perf_counter()
        child = Child(traced("restore", "--db", plan, chosen))
        if i == 0:
            child.kill_after(300)
            full = time.perf_counter() - start
            assert content(plan) == (30, 60_000)
            continue
        killed = child.kill_after(rnd.uniform(0.5 * full, 1.1 * full))
        now = content(plan)
        assert now in ((29, 58_000), (30, 60_000))
        outcomes["old" if now == (29, 58_000) else "restored"] += 1
        assert killed or now == (30, 60_000)
        kept = whole_backups(plan)
        assert (30, 60_000) in kept  # the backup being restored is never lost
        assert now == (29, 58_000) or (29, 58_000) in kept  # nor the plan as it was
        plan_file.open_plan(plan).close()  # the next open cleans what the kill left
        left = [p.name for p in plan.parent.iterdir() if p.name.startswith(".restore.sgplan.")]
        assert left == [] and not list(backups.folder(plan).glob(".*.sgptmp"))
    print(f"restore kills: {outcomes}")


def test_backup_rotation_killed_at_random_names_only_whole_backups(world, soak):
    rnd = random.Random(SEED + 4)
    plan = fresh_plan(world, "rotation.sgplan")
    done = 0
    for i in range(kills(soak, "rotation")):
        child = Child([sys.executable, str(HERE / "backup_loop.py"), str(plan), str(1000 * i)], marker="BEGIN")
        assert child.begun.wait(300)
        child.kill_after(rnd.uniform(0.2, 2.0))
        rounds = [int(line.split()[1]) for line in child.lines if line.startswith("DONE ")]
        done += len(rounds)
        goals = {title for _, title in integrity(plan).execute("SELECT id, title FROM goals")}
        assert {f"round {n}" for n in rounds} <= goals  # every round that closed the plan is in it
        listed = backups.listing(plan)
        kept = whole_backups(plan)
        assert len(kept) == len(listed) <= backups.KEEP_CHANGES + backups.KEEP_DAYS + backups.KEEP_WEEKS + 1
        assert not [p for p in backups.folder(plan).iterdir() if p.suffix == ".sgplan" and p not in
                    {b.path for b in listed}]
    assert done >= kills(soak, "rotation")
    print(f"backup rotation: {done} rounds across the kills")


@pytest.mark.parametrize("kind", ["export", "report"])
def test_an_export_killed_at_random_leaves_the_old_file_or_the_whole_new_one(world, big_plan, soak, kind):
    rnd = random.Random(SEED + 5)
    plan = fresh_plan(world, f"{kind}.sgplan", big_plan)
    out = world["folder"] / ("out.json" if kind == "export" else "out.pdf")
    old = b"the old file"
    before = plan.read_bytes()

    def argv() -> list[str]:
        return traced("export-json", "--db", plan, out) if kind == "export" else traced(
            "report", "--db", plan, "--out", out)

    out.write_bytes(old)
    start = time.perf_counter()
    Child(argv()).kill_after(300)
    full = time.perf_counter() - start
    outcomes = {"old": 0, "new": 0}
    for _ in range(kills(soak, kind)):
        out.write_bytes(old)
        Child(argv()).kill_after(rnd.uniform(0.5 * full, 1.1 * full))
        data = out.read_bytes()
        if data == old:
            outcomes["old"] += 1
        elif kind == "export":
            assert len(json.loads(data)["goals"]) == 30
            outcomes["new"] += 1
        else:
            from pypdf import PdfReader

            assert len(PdfReader(out).pages) > 1
            outcomes["new"] += 1
        assert plan.read_bytes() == before  # a read-only command never writes to the plan
        assert sorted(p.name for p in plan.parent.iterdir() if p.name.startswith(f"{kind}.sgplan")) == [
            f"{kind}.sgplan"]
    Child(argv()).kill_after(300)  # the next export cleans what the kills left half-written
    assert not [p.name for p in world["folder"].iterdir() if p.name.endswith(".sgptmp")]
    print(f"{kind} kills: {outcomes} (full run {full:.2f} s)")
