"""What the robustness tests share: running the command as a user does, plans to tamper with, a file's state."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from helpers import digest

from planner.domain.goals import Goal, GoalPlatform, Observation
from planner.store import plan_file
from planner.store.repository import Repository

SRC = Path(__file__).resolve().parents[2] / "src"


def child_env(**extra: str) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")]),
            "QT_QPA_PLATFORM": "offscreen", **extra}


@dataclass
class Run:
    code: int
    out: str
    err: str


def planner(*args: str | Path, timeout: float = 120, preexec=None, cwd: Path | None = None) -> Run:
    """``planner ARGS`` in a child process; no traceback may reach the user."""
    done = subprocess.run([sys.executable, "-m", "planner", *map(str, args)], capture_output=True, text=True,
                          env=child_env(), timeout=timeout, preexec_fn=preexec, cwd=cwd)
    assert "Traceback" not in done.stdout + done.stderr, done.stderr
    return Run(done.returncode, done.stdout, done.stderr)


def goal(title: str = "Reach", **kw) -> Goal:
    base = dict(objective="awareness", kpi="followers", baseline=10, target=1000, start=date(2026, 1, 1),
                deadline=date(2026, 12, 31), platforms=(GoalPlatform("instagram"),))
    return Goal(title, **{**base, **kw})


def make_plan(path: Path, goals: int = 3, figures: int = 5) -> Path:
    """A plan with *goals* goals of *figures* figures each, closed (one file)."""
    pf = plan_file.create(path, business_name="Shop")
    repo = Repository(pf.db)
    for g in range(goals):
        saved = repo.add_goal(goal(f"Goal {g + 1}"))
        repo.add_observations([Observation(saved.id, date(2026, 2, 1) + timedelta(days=d), 100 + d, "instagram")
                               for d in range(figures)])
    pf.close()
    return path


def state(path: Path) -> tuple[list[tuple], int]:
    """(goal id, title) of every goal and the number of figures, read through the log if there is one
    (as a plain connection, which removes the log when it closes: a read-only one would leave it)."""
    conn = sqlite3.connect(path)
    try:
        goals = conn.execute("SELECT id, title FROM goals ORDER BY id").fetchall()
        figures = conn.execute("SELECT count(*) FROM observations").fetchone()[0]
        return goals, figures
    finally:
        conn.close()


def tamper(path: Path, *sql: str) -> None:
    """Change a closed plan behind the app's back, leaving it one file."""
    conn = sqlite3.connect(path, isolation_level=None)
    for statement in sql:
        conn.execute(statement)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def beside(path: Path) -> list[str]:
    """The names in the plan's folder that start with its name (the plan, its journals, lock, backups)."""
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name))



def make_v1_plan(path: Path) -> Path:
    """A plan as the first version of the app wrote it (schema 1), closed."""
    from sqlite_utils import Database

    from planner.store import schema

    conn = sqlite3.connect(path, isolation_level=None)
    db = Database(conn)
    schema.migrate(db, upto=1)
    db["plan"].insert_all([{"key": "business_name", "value": "Old bakery"}])
    db["goals"].insert({"id": 1, "title": "Old goal", "objective": "awareness", "kpi": "followers",
                        "baseline": 10, "target": 20, "start": "2025-01-01", "deadline": "2025-06-01",
                        "shape": "linear"})
    db["observations"].insert_all([{"goal_id": 1, "platform": "x", "date": "2025-02-01", "value": 11}])
    conn.close()
    return path


def chattr(flag: str, path: Path) -> bool:
    try:
        return subprocess.run(["chattr", flag, str(path)], capture_output=True).returncode == 0
    except FileNotFoundError:
        return False


def freeze_folder(folder: Path) -> None:
    """Make *folder* read-only for everyone, root too (chattr +i), or skip the test."""
    import pytest

    if not chattr("+i", folder):
        os.chmod(folder, 0o555)
        probe = folder / ".probe"
        try:
            probe.write_text("x")
        except OSError:
            return
        probe.unlink()
        os.chmod(folder, 0o755)
        pytest.skip("cannot make a read-only folder here")


def thaw_folder(folder: Path) -> None:
    chattr("-i", folder)
    os.chmod(folder, 0o755)
