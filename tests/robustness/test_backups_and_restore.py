"""Backups keep what changed and restoring one loses nothing (issue 16: items 2, 8, 15, 18)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from robust import child_env, digest, goal, make_plan, planner, state

from planner.store import backups, plan_file
from planner.store.repository import Repository


@pytest.fixture
def plan(tmp_path):
    return make_plan(tmp_path / "shop.sgplan")


def change(path: Path, title: str) -> None:
    """Open the plan as the window does (a backup when it changed), add a goal, close."""
    pf = plan_file.open_plan(path)
    Repository(pf.db).add_goal(goal(title))
    pf.close()


def goals_in(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM goals").fetchone()[0]
    finally:
        conn.close()


def test_restoring_the_oldest_backup_works_and_every_backup_stays(plan):
    for i in range(5):  # five opens after a change: five backups, 3 to 7 goals
        change(plan, f"More {i}")
    kept = backups.listing(plan)
    assert [goals_in(b.path) for b in kept] == [7, 6, 5, 4, 3]
    oldest = kept[-1]
    before = backups.restore(plan, oldest.path)
    assert state(plan)[0] == [(1, "Goal 1"), (2, "Goal 2"), (3, "Goal 3")]
    assert before is not None and goals_in(before.path) == 8  # the plan as it was
    assert {b.path for b in kept} <= {b.path for b in backups.listing(plan)}  # not one backup lost


def test_failed_imports_push_out_no_backup(plan, tmp_path):
    doc = tmp_path / "more.json"
    assert planner("export-json", "--db", plan, doc).code == 0
    assert planner("import-json", "--db", plan, doc).code == 0  # 3 goals become 6; a backup holds the 3
    empty = tmp_path / "nothing.csv"
    empty.write_text("date,followers\nsoon,many\n")
    for _ in range(6):
        assert planner("import-csv", "--db", plan, "--goal", "1", empty).code == 1
    assert sorted(goals_in(b.path) for b in backups.listing(plan)) == [3, 6]


def test_opening_without_a_change_keeps_one_backup(plan):
    for _ in range(100):
        plan_file.open_plan(plan).close()
    assert len(backups.listing(plan)) == 1
    assert len(os.listdir(backups.folder(plan))) == 1


def test_a_plan_without_the_usual_suffix_gets_listed_rotated_backups(tmp_path):
    bare = make_plan(tmp_path / "plan")
    for i in range(8):
        change(bare, f"More {i}")
    listed = backups.listing(bare)
    assert len(listed) == backups.KEEP_CHANGES
    assert sorted(p.name for p in backups.folder(bare).iterdir()) == sorted(b.path.name for b in listed)


def test_the_ladder_keeps_five_changes_a_week_of_days_and_a_month_of_weeks():
    now = datetime(2026, 11, 30, 12, 0)  # a Monday
    taken = [now - timedelta(minutes=m) for m in (10, 20, 30, 40, 50, 60)]  # six today
    taken += [datetime(2026, 11, d, h) for d in (29, 28, 27, 24, 23) for h in (9, 17)]  # two a day on some days
    taken += [datetime(2026, 11, 16, 9), datetime(2026, 11, 10, 9), datetime(2026, 11, 3, 9),
              datetime(2026, 10, 27, 9), datetime(2026, 9, 1, 9)]
    found = [backups.Backup(Path(f"{t:%Y%m%d-%H%M%S}"), t, "open") for t in taken]
    kept = sorted(b.taken for b in found if b.path in backups.keep(found, now))
    expected = [
        datetime(2026, 11, 30, 11, 50), datetime(2026, 11, 30, 11, 40), datetime(2026, 11, 30, 11, 30),
        datetime(2026, 11, 30, 11, 20), datetime(2026, 11, 30, 11, 10),  # the last five changes
        datetime(2026, 11, 29, 17), datetime(2026, 11, 28, 17), datetime(2026, 11, 27, 17),  # newest of the
        datetime(2026, 11, 24, 17),  # last 7 days (30 to 24 November; 26 and 25 have none)
        datetime(2026, 11, 16, 9), datetime(2026, 11, 10, 9),  # newest of the weeks of 16 and 9 November
        # (the week of 23 November keeps its newest, the 29th; of 30 November, today's)
    ]
    assert kept == sorted(expected)


def test_the_newest_backup_before_an_upgrade_is_kept_longer():
    now = datetime(2026, 11, 30, 12, 0)
    taken = [now - timedelta(minutes=m) for m in range(1, 8)]  # seven today, the sixth before an upgrade
    found = [backups.Backup(Path(str(i)), t, "before-upgrade" if i == 5 else "open") for i, t in enumerate(taken)]
    assert Path("5") in backups.keep(found, now)
    assert Path("4") in backups.keep(found, now) and Path("6") not in backups.keep(found, now)


def test_leftovers_of_a_crash_are_removed_and_live_ones_kept(plan, tmp_path):
    change(plan, "Once")  # makes the backups folder
    folder = backups.folder(plan)
    dead = [folder / ".x.sgplan.abcd1234.sgptmp", tmp_path / ".report.pdf.efgh5678.sgptmp"]
    for path in dead:
        path.write_bytes(b"half a file")
    live = tmp_path / ".other.pdf.ijkl9012.sgptmp"
    live.write_bytes(b"being written")
    holder = subprocess.Popen([sys.executable, "-c", "import fcntl, sys, time; f = open(sys.argv[1]); "
                               "fcntl.flock(f, fcntl.LOCK_EX); print('held', flush=True); time.sleep(60)", str(live)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        change(plan, "Twice")
        assert not any(p.exists() for p in dead)
        assert live.exists()  # its writer is alive
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    not_ours = tmp_path / "notes.sgptmp.txt"
    not_ours.write_text("mine")
    change(plan, "Thrice")
    assert not live.exists() and not_ours.read_text() == "mine"


def test_backups_and_restore_from_the_command_line(plan, tmp_path):
    change(plan, "Fourth")
    change(plan, "Fifth")
    done = planner("backups", "--db", plan, "--json")
    assert done.code == 0
    rows = json.loads(done.out)
    assert [(r["goals"], r["figures"]) for r in rows] == [(4, 15), (3, 15)]
    for r in rows:
        assert set(r) >= {"path", "date", "size", "goals", "figures"}
        assert r["size"] == Path(r["path"]).stat().st_size
        assert datetime.fromisoformat(r["date"]).tzinfo is not None
    text = planner("backups", "--db", plan)
    assert text.code == 0 and "4 goals, 15 figures" in text.out and rows[1]["path"] in text.out
    restored = planner("restore", "--db", plan, rows[1]["path"])
    assert restored.code == 0 and "kept in" in restored.out
    assert len(state(plan)[0]) == 3
    kept = restored.out.rsplit("kept in ", 1)[1].strip()
    assert goals_in(Path(kept)) == 5


def test_restore_is_refused_while_the_plan_is_open_elsewhere(plan):
    change(plan, "Fourth")
    oldest = backups.listing(plan)[-1].path
    code = ("import sys, time; from pathlib import Path; from planner.store import plan_file; "
            "pf = plan_file.open_plan(Path(sys.argv[1])); print('open', flush=True); time.sleep(60)")
    child = subprocess.Popen([sys.executable, "-c", code, str(plan)], stdout=subprocess.PIPE, text=True,
                             env=child_env())
    try:
        assert child.stdout.readline().strip() == "open"
        before = state(plan)
        done = planner("restore", "--db", plan, oldest)
        assert done.code == 2 and "open in another window" in done.err and str(child.pid) in done.err
        assert state(plan) == before
    finally:
        child.kill()
        child.wait()
        child.stdout.close()


def test_a_damaged_plan_is_restored_and_kept_byte_for_byte(plan):
    change(plan, "Fourth")
    good = backups.listing(plan)[0].path
    data = bytearray(plan.read_bytes())
    for i in range(4096 + 100, len(data), 7):
        data[i] = 0xA5
    plan.write_bytes(bytes(data))
    damaged = digest(plan)
    kept = backups.restore(plan, good)
    assert kept.reason == "damaged" and digest(kept.path) == damaged
    assert len(state(plan)[0]) == 3
    assert plan_file.examine(plan) >= 1


def test_restore_over_a_plan_with_a_leftover_log_keeps_the_log_and_leaves_none(plan, tmp_path):
    change(plan, "Fourth")
    first = backups.listing(plan)[-1].path
    code = ("import os, sys; from pathlib import Path; from planner.store import plan_file; "
            "from planner.store.repository import Repository; sys.path.insert(0, sys.argv[2]); from robust import goal; "
            "pf = plan_file.open_plan(Path(sys.argv[1]), backup=False); pf.db.execute('PRAGMA wal_autocheckpoint=0'); "
            "Repository(pf.db).add_goal(goal('Only in the log')); os._exit(0)")  # no close: the log stays
    subprocess.run([sys.executable, "-c", code, str(plan), str(Path(__file__).parents[1])], check=True,
                   env=child_env())
    assert plan.with_name("shop.sgplan-wal").stat().st_size > 0
    kept = backups.restore(plan, first)
    assert "Only in the log" in [title for _, title in state(kept.path)[0]]
    assert not plan.with_name("shop.sgplan-wal").exists() or plan.with_name("shop.sgplan-wal").stat().st_size == 0
    assert len(state(plan)[0]) == 3


def test_a_backup_is_taken_only_of_a_trusted_folder(plan, tmp_path):
    folder = backups.folder(plan)
    folder.mkdir(mode=0o777)
    folder.chmod(0o777)  # anyone could plant files (or links) in it
    pf = plan_file.open_plan(plan)
    assert "other users can write" in pf.backup_problem
    pf.close()
    assert list(folder.iterdir()) == []
