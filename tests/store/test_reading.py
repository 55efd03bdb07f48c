"""Reading a plan without writing a byte beside it (``planner.store.reading``): in place when nothing else holds
it, from a copy when a log or a writer does, and every committed change seen (mutation testing, issue 12)."""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from planner.domain.goals import Goal, GoalPlatform, Observation
from planner.store import plan_file, reading
from planner.store.repository import Repository


@pytest.fixture
def plan(tmp_path) -> Path:
    pf = plan_file.create(tmp_path / "shop.sgplan")
    repo = Repository(pf.db)
    g = repo.add_goal(Goal("Visits", "traffic", "website_visits", 100, 200, date(2026, 1, 5), date(2026, 6, 28),
                           platforms=(GoalPlatform("website"),)))
    repo.add_observations([Observation(g.id, date(2026, 1, 11), 120, "website")])
    pf.close()
    return tmp_path / "shop.sgplan"


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def values(conn: sqlite3.Connection) -> list[tuple]:
    try:
        return conn.execute("SELECT value FROM observations ORDER BY value").fetchall()
    finally:
        conn.close()


def in_memory(conn: sqlite3.Connection) -> bool:
    return conn.execute("PRAGMA database_list").fetchone()[2] == ""


def test_the_uri_of_a_plan(tmp_path):
    path = tmp_path / "my plan.sgplan"
    assert reading.uri(path) == path.resolve().as_uri() + "?mode=ro"
    assert reading.uri(path, "rw", immutable=True) == path.resolve().as_uri() + "?mode=rw&immutable=1"
    assert "my%20plan.sgplan?mode=ro" in reading.uri(path)


def test_a_log_is_a_plain_file_with_frames_beside_the_plan(tmp_path):
    real = tmp_path / "p.sgplan"
    assert reading.log_of(real) == tmp_path / "p.sgplan-wal"
    assert not reading.has_log(real)  # none
    (tmp_path / "p.sgplan-wal").write_bytes(b"")
    assert not reading.has_log(real)  # empty: no frames
    (tmp_path / "p.sgplan-wal").write_bytes(b"x")
    assert reading.has_log(real)
    os.remove(tmp_path / "p.sgplan-wal")
    (tmp_path / "elsewhere").write_bytes(b"frames")
    os.symlink(tmp_path / "elsewhere", tmp_path / "p.sgplan-wal")
    assert not reading.has_log(real)  # a link is not a log of ours


def test_a_plan_alone_is_read_in_place_and_nothing_is_made_beside_it(plan):
    before = names(plan.parent)
    conn = reading.connect(plan)
    assert not in_memory(conn)
    assert values(conn) == [(120,)]
    assert names(plan.parent) == before


def test_a_copy_in_memory_when_asked(plan):
    before = names(plan.parent)
    conn = reading.connect(plan, in_memory=True)
    assert in_memory(conn)
    assert values(conn) == [(120,)]
    assert names(plan.parent) == before


def test_a_plan_left_with_a_log_is_read_with_what_the_log_holds(plan, tmp_path):
    # a writer killed after committing: the figure of 130 is only in the log
    writer = sqlite3.connect(plan, isolation_level=None)
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("INSERT INTO observations (goal_id, date, value, platform, source, note, imported_at) "
                   "SELECT goal_id, '2026-01-18', 130, platform, source, note, imported_at FROM observations")
    left = tmp_path / "left"
    left.mkdir()
    for name in ("shop.sgplan", "shop.sgplan-wal"):
        shutil.copyfile(tmp_path / name, left / name)
    writer.close()
    os.chmod(left, 0o555)  # a folder that cannot be written: nothing is written there either way
    try:
        before = names(left)
        conn = reading.connect(left / "shop.sgplan")
        assert in_memory(conn)
        assert values(conn) == [(120,), (130,)]
        assert names(left) == before
        assert reading.has_log(left / "shop.sgplan")
    finally:
        os.chmod(left, 0o755)


def test_a_plan_open_in_a_window_is_read_from_the_window_with_its_unsaved_log(plan):
    pf = plan_file.open_plan(plan)
    try:
        repo = Repository(pf.db)
        g = repo.goals()[0]
        repo.add_observations([Observation(g.id, date(2026, 1, 25), 140, "website")])
        conn = reading.connect(plan)
        assert in_memory(conn)
        assert values(conn) == [(120,), (140,)]
    finally:
        pf.close()
