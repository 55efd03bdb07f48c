"""The plan file: creation, round trips, migrations, and refusing what is not a plan without touching it."""

from __future__ import annotations

import sqlite3
import subprocess
from dataclasses import replace
from datetime import date, time
from pathlib import Path

import pytest
from helpers import digest
from sqlite_utils import Database

from planner.domain.checkins import CheckIn
from planner.domain.goals import Goal, GoalPlatform, Milestone, Observation
from planner.domain.review import Schedule, Weekday
from planner.domain.seasons import Season
from planner.store import plan_file, schema
from planner.store.repository import OnDuplicate, Repository


def make_goal(**kw) -> Goal:
    base = dict(title="Grow Instagram", objective="awareness", kpi="followers", baseline=1000, target=2000,
                start=date(2026, 1, 1), deadline=date(2026, 7, 1), platforms=(GoalPlatform("instagram"),))
    return Goal(**{**base, **kw})


def test_new_plan_has_schema_app_id_wal_and_foreign_keys(tmp_path):
    pf = plan_file.create(tmp_path / "p.sgplan", business_name="Bakery", currency="EUR")
    conn = pf.db.conn
    assert schema.version(conn) == schema.LATEST
    assert conn.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == plan_file.BUSY_TIMEOUT_MS
    meta = Repository(pf.db).meta()
    assert (meta.business_name, meta.currency) == ("Bakery", "EUR")
    assert meta.created is not None


def test_goal_round_trip_keeps_every_field(tmp_path):
    pf = plan_file.create(tmp_path / "p.sgplan")
    repo = Repository(pf.db)
    title = "نمو المتابعين على إنستغرام <b>bold</b> & 🍞 " + "x" * 150
    goal = make_goal(
        title=title, statement="Grow from 1,000 to 2,000 — ۲۰۰۰ دنبال‌کننده", business_objective="Sell more",
        platforms=(GoalPlatform("instagram", 600, 1200), GoalPlatform("facebook", 400, 800)),
        budget=250.5, currency="IRR", hours_per_week=3.5,
        milestones=(Milestone(date(2026, 4, 1), 1500, "half way"),),
    )
    saved = repo.add_goal(goal)
    pf.close()
    again = Repository(plan_file.open_plan(tmp_path / "p.sgplan").db).goal(saved.id)
    for field in ("title", "statement", "platforms", "budget", "currency", "hours_per_week", "milestones",
                  "audience", "start", "deadline", "baseline", "target", "shape", "business_objective"):
        assert getattr(again, field) == getattr(goal, field), field


def test_one_figure_per_goal_platform_and_day(tmp_path):
    pf = plan_file.create(tmp_path / "p.sgplan")
    repo = Repository(pf.db)
    g = repo.add_goal(make_goal())
    day = date(2026, 2, 1)
    repo.add_observations([Observation(g.id, day, 1100, "instagram")])
    repo.add_observations([Observation(g.id, day, 1200, "instagram")], OnDuplicate.SKIP)
    assert [o.value for o in repo.observations(g.id)] == [1100]
    repo.add_observations([Observation(g.id, day, 1300, "instagram")], OnDuplicate.REPLACE)
    assert [o.value for o in repo.observations(g.id)] == [1300]
    repo.add_observations([Observation(g.id, day, 5, None)])  # a total for all platforms is another series
    assert len(repo.observations(g.id)) == 2


def test_a_failed_multi_row_write_leaves_nothing(tmp_path):
    pf = plan_file.create(tmp_path / "p.sgplan")
    repo = Repository(pf.db)
    g = repo.add_goal(make_goal())
    good = [Observation(g.id, date(2026, 2, d), 1000 + d, "instagram") for d in range(1, 20)]
    bad = Observation(999, date(2026, 3, 1), 1, "instagram")  # no such goal
    with pytest.raises(ValueError, match="no goal 999"):
        repo.add_observations([*good, bad])
    assert repo.observations(g.id) == []


def test_delete_goal_returns_everything_for_undo(tmp_path):
    pf = plan_file.create(tmp_path / "p.sgplan")
    repo = Repository(pf.db)
    g = repo.add_goal(make_goal())
    repo.add_observations([Observation(g.id, date(2026, 2, 1), 1100, "instagram", note="launch")])
    repo.check_in([], [CheckIn(g.id, date(2026, 2, 1), 4, "ran an ad")])
    goal, figures, checkins = repo.delete_goal(g.id)
    assert repo.goals() == [] and repo.observations(g.id) == [] and repo.checkins(g.id) == []
    restored = repo.add_goal(goal, figures, checkins)
    assert restored.id == g.id
    assert [o.note for o in repo.observations(g.id)] == ["launch"]
    assert [(c.confidence, c.note) for c in repo.checkins(g.id)] == [(4, "ran an ad")]


def _make_v1_plan(path: Path) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    db = Database(conn)
    schema.migrate(db, upto=1)
    db["plan"].insert_all([{"key": "business_name", "value": "Old bakery"}])
    db["goals"].insert({"id": 1, "title": "Old goal", "objective": "awareness", "kpi": "followers",
                        "baseline": 10, "target": 20, "start": "2025-01-01", "deadline": "2025-06-01",
                        "shape": "linear"})
    db["observations"].insert_all([
        {"goal_id": 1, "platform": "x", "date": "2025-02-01", "value": 11},
        {"goal_id": 1, "platform": "x", "date": "2025-02-01", "value": 12},  # v1 allowed duplicates
    ])
    conn.close()


def test_migration_from_the_first_schema_keeps_data_and_takes_a_backup(tmp_path):
    path = tmp_path / "old.sgplan"
    _make_v1_plan(path)
    pf = plan_file.open_plan(path)
    assert schema.version(pf.db.conn) == schema.LATEST
    assert len(pf.backups) == 1 and pf.backups[0].parent == tmp_path / "old.sgplan.backups"
    assert ".before-upgrade." in pf.backups[0].name
    backup = sqlite3.connect(pf.backups[0])
    assert schema.version(backup) == 1
    assert backup.execute("SELECT count(*) FROM observations").fetchone()[0] == 2  # the plan as it was
    backup.close()
    repo = Repository(pf.db)
    assert repo.meta().business_name == "Old bakery"
    goal = repo.goal(1)
    assert goal.title == "Old goal" and goal.archived is False
    assert [o.value for o in repo.observations(1)] == [12]  # the later duplicate is kept
    pf.close()


def test_migration_4_marks_goals_whose_kpi_narrowed(tmp_path):
    path = tmp_path / "v2.sgplan"
    conn = sqlite3.connect(path, isolation_level=None)
    db = Database(conn)
    schema.migrate(db, upto=2)
    for goal_id, kpi in ((1, "ctr"), (2, "conversion_rate"), (3, "followers")):
        db["goals"].insert({"id": goal_id, "title": kpi, "objective": "traffic", "kpi": kpi, "baseline": 1,
                            "target": 2, "start": "2025-01-01", "deadline": "2025-06-01", "shape": "linear"})
    conn.close()
    pf = plan_file.open_plan(path)
    repo = Repository(pf.db)
    assert [(g.kpi, g.kpi_to_confirm, g.follower_count) for g in repo.goals()] == [
        ("ctr", True, None), ("conversion_rate", True, None), ("followers", False, None)]
    saved = repo.update_goal(replace(repo.goal(1), kpi_to_confirm=False, follower_count=640))
    assert repo.goal(1) == saved and (saved.kpi_to_confirm, saved.follower_count) == (False, 640)
    pf.close()


def test_a_plan_of_format_3_with_seasons_and_check_ins_is_upgraded_to_4_keeping_them(tmp_path):
    """A plan written at format 3 (seasons, check-ins, the plan's id) opens at format 4: nothing of format 3 is
    lost, its "ctr" goal is marked for its owner to confirm, and a backup of the plan as it was is kept."""
    path = tmp_path / "v3.sgplan"
    conn = sqlite3.connect(path, isolation_level=None)
    db = Database(conn)
    schema.migrate(db, upto=3)
    uid = db.execute("SELECT value FROM plan WHERE key = 'uid'").fetchone()[0]
    db["plan"].insert_all([{"key": "review_day", "value": "sunday"}, {"key": "review_time", "value": "08:30"}])
    for goal_id, kpi in ((1, "ctr"), (2, "followers")):
        db["goals"].insert({"id": goal_id, "title": kpi, "objective": "traffic", "kpi": kpi, "baseline": 1,
                            "target": 2, "start": "2027-01-01", "deadline": "2027-06-01", "shape": "linear"})
    db["seasons"].insert({"name": "Ramadan", "start": "2027-02-08", "end": "2027-03-08", "effect": 0.5})
    db["checkins"].insert({"goal_id": 2, "date": "2027-01-10", "confidence": 4, "note": "ran an ad"})
    conn.close()
    pf = plan_file.open_plan(path)
    try:
        assert schema.version(pf.db.conn) == 4
        assert [b.name.split(".")[1] for b in pf.backups] == ["before-upgrade"]
        repo = Repository(pf.db)
        ramadan = Season("Ramadan", date(2027, 2, 8), date(2027, 3, 8), 0.5)
        assert [(g.kpi, g.kpi_to_confirm, g.follower_count, g.seasons) for g in repo.goals()] == [
            ("ctr", True, None, (ramadan,)), ("followers", False, None, (ramadan,))]
        assert [(c.date, c.confidence, c.note) for c in repo.checkins(2)] == [(date(2027, 1, 10), 4, "ran an ad")]
        assert repo.plan_uid() == uid and repo.review_schedule() == Schedule(Weekday.SUNDAY, time(8, 30))
    finally:
        pf.close()
    backup = sqlite3.connect(pf.backups[0])
    assert schema.version(backup) == 3
    backup.close()


@pytest.mark.parametrize("content, words", [
    (b"Just some notes I wrote\n", "text file"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(200), "JPEG"),
    (b"", "empty"),
    (b"%PDF-1.7\n" + bytes(100), "PDF"),
])
def test_files_that_are_not_plans_are_refused_untouched(tmp_path, content, words):
    path = tmp_path / "thing.sgplan"
    path.write_bytes(content)
    before = digest(path)
    with pytest.raises(plan_file.PlanFileError) as err:
        plan_file.open_plan(path)
    assert str(path) in str(err.value) and words in str(err.value)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["thing.sgplan"]


def test_sqlite_file_of_another_app_is_refused_untouched(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.execute("INSERT INTO songs VALUES ('x')")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(plan_file.PlanFileError, match="another application"):
        plan_file.open_plan(path)
    assert digest(path) == before
    assert not (tmp_path / "other.db-wal").exists()


def test_truncated_plan_is_refused_untouched(sample_plan):
    data = sample_plan.read_bytes()
    sample_plan.write_bytes(data[: len(data) // 3])
    before = digest(sample_plan)
    with pytest.raises(plan_file.PlanFileError, match="damaged"):
        plan_file.open_plan(sample_plan)
    assert digest(sample_plan) == before


def test_corrupt_page_is_refused_untouched(sample_plan):
    data = bytearray(sample_plan.read_bytes())
    for i in range(4096 + 100, 4096 * 3, 7):  # scribble over the b-tree pages after the header page
        data[i] = 0xA5
    sample_plan.write_bytes(bytes(data))
    before = digest(sample_plan)
    with pytest.raises(plan_file.PlanFileError, match="damaged"):
        plan_file.open_plan(sample_plan)
    assert digest(sample_plan) == before


def test_plan_from_a_newer_version_is_refused_untouched(sample_plan):
    conn = sqlite3.connect(sample_plan)
    conn.execute(f"PRAGMA user_version={schema.LATEST + 1}")
    conn.commit()
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    before = digest(sample_plan)
    with pytest.raises(plan_file.PlanFileError, match="newer version"):
        plan_file.open_plan(sample_plan)
    assert digest(sample_plan) == before


def _chattr(flag: str, path: Path) -> bool:
    try:
        return subprocess.run(["chattr", flag, str(path)], capture_output=True).returncode == 0
    except FileNotFoundError:
        return False


@pytest.fixture
def read_only_folder(sample_plan):
    """The sample plan in a folder nobody (not even root) can write to."""
    folder = sample_plan.parent
    if not _chattr("+i", folder):
        import os

        os.chmod(folder, 0o555)
        if plan_file.folder_is_writable(sample_plan):
            pytest.skip("cannot make a read-only folder here")
    yield sample_plan
    _chattr("-i", folder)
    folder.chmod(0o755)


def test_plan_in_a_read_only_folder_opens_read_only_and_untouched(read_only_folder):
    before = digest(read_only_folder)
    pf = plan_file.open_plan(read_only_folder)
    assert pf.read_only and "cannot be written" in pf.read_only_reason
    assert len(Repository(pf.db).goals()) == 6
    with pytest.raises(plan_file.WriteFailed, match="read-only"):
        Repository(pf.db).set_meta(business_name="changed")
    pf.close()
    assert digest(read_only_folder) == before


def test_save_copy_is_a_complete_plan(sample_plan, tmp_path):
    pf = plan_file.open_plan(sample_plan)
    copy = plan_file.save_copy(pf, tmp_path / "copy.sgplan")
    pf.close()
    other = plan_file.open_plan(copy)
    assert len(Repository(other.db).goals()) == 6
    with pytest.raises(plan_file.PlanFileError, match="plan itself"):
        plan_file.save_copy(other, copy)


def test_a_plan_open_elsewhere_with_unsaved_log_opens(tmp_path):
    """Another window holds the plan with recent writes still in its write-ahead log."""
    first = plan_file.create(tmp_path / "p.sgplan", business_name="Shop")
    repo = Repository(first.db)
    first.db.conn.execute("PRAGMA wal_autocheckpoint=0")
    repo.add_goal(make_goal(title="Only in the log"))
    assert (tmp_path / "p.sgplan-wal").stat().st_size > 0
    second = plan_file.open_plan(tmp_path / "p.sgplan")
    assert [g.title for g in Repository(second.db).goals()] == ["Only in the log"]
    second.close()
    first.close()


def test_a_plan_with_ids_this_version_does_not_know_is_refused_untouched(sample_plan):
    conn = sqlite3.connect(sample_plan)
    conn.execute("UPDATE goals SET kpi = 'tiktok_hearts' WHERE id = 2")
    conn.commit()
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    before = digest(sample_plan)
    with pytest.raises(plan_file.PlanFileError, match="KPI 'tiktok_hearts'.*newer version"):
        plan_file.open_plan(sample_plan)
    assert digest(sample_plan) == before


def test_the_store_refuses_an_invalid_goal(tmp_path):
    repo = Repository(plan_file.create(tmp_path / "p.sgplan").db)
    with pytest.raises(ValueError, match="objective"):
        repo.add_goal(make_goal(objective="community"))
    goal = repo.add_goal(make_goal())
    with pytest.raises(ValueError, match="deadline"):
        repo.update_goal(replace(goal, deadline=goal.start))
    assert repo.goal(goal.id) == goal
