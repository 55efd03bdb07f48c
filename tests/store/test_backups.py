"""Backups of a plan: the ladder that keeps them, their names, the digest that spots "nothing changed", and what
restoring refuses (mutation testing, issue 12).  Every expected date, count and name is worked out by hand."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from helpers import digest

from planner.domain.goals import Goal, GoalPlatform, Observation
from planner.store import backups, plan_file
from planner.store.errors import PlanFileError
from planner.store.repository import Repository

NOW = datetime(2026, 11, 30, 12, 0)  # a Monday: ISO week 49 runs 30 November - 6 December


def ladder(*taken: datetime, upgrade: tuple[datetime, ...] = ()) -> list[backups.Backup]:
    """Backups named by when they were taken, shuffled (the ladder sorts them itself)."""
    found = [backups.Backup(Path(f"{t:%m%d-%H%M}"), t, "before-upgrade" if t in upgrade else "open") for t in taken]
    return found[1::2] + found[::2]


def kept(found: list[backups.Backup]) -> list[str]:
    return sorted(p.name for p in backups.keep(found, NOW))


# ----------------------------------------------------------------------------- the ladder


def test_the_last_five_changes_are_kept_and_a_sixth_of_the_same_day_is_not():
    found = ladder(*(NOW - timedelta(minutes=m) for m in (5, 10, 15, 20, 25, 30)))
    # 11:55, 11:50, 11:45, 11:40, 11:35 are the last five; 11:30 is neither the newest of its day nor of its week
    assert kept(found) == ["1130-1135", "1130-1140", "1130-1145", "1130-1150", "1130-1155"]


def test_the_newest_of_each_of_the_last_seven_days_is_kept():
    # five changes today, then two backups on each of 29 November (yesterday) to 23 November (seven days ago)
    found = ladder(*(NOW - timedelta(minutes=m) for m in (1, 2, 3, 4, 5)),
                   *(datetime(2026, 11, d, h) for d in range(23, 30) for h in (8, 18)))
    # the days kept are 30 November back to 24 November (six days ago); 23 November is the eighth day.  The week
    # of 23-29 November keeps its newest too: the 29th's 18:00, kept already.
    assert kept(found) == ["1124-1800", "1125-1800", "1126-1800", "1127-1800", "1128-1800", "1129-1800",
                           "1130-1155", "1130-1156", "1130-1157", "1130-1158", "1130-1159"]


def test_the_newest_of_each_of_the_last_four_weeks_is_kept():
    # five changes today, then two backups in each of the weeks of 23, 16, 9 and 2 November (Mondays to Sundays),
    # older than the seven days
    found = ladder(*(NOW - timedelta(minutes=m) for m in (1, 2, 3, 4, 5)),
                   datetime(2026, 11, 20, 9), datetime(2026, 11, 21, 9),  # week of 16 November: keeps the 21st
                   datetime(2026, 11, 9, 9), datetime(2026, 11, 15, 23),  # week of 9 November: keeps the 15th
                   datetime(2026, 11, 2, 9), datetime(2026, 11, 8, 9),  # week of 2 November: four weeks ago
                   datetime(2026, 11, 23, 7))  # week of 23 November: seven days ago, the newest of its week
    assert kept(found) == ["1115-2300", "1121-0900", "1123-0700",
                           "1130-1155", "1130-1156", "1130-1157", "1130-1158", "1130-1159"]


def test_the_newest_backup_before_an_upgrade_is_kept_and_older_ones_are_not():
    old = (datetime(2026, 6, 1, 9), datetime(2026, 5, 1, 9))  # both taken before an upgrade, months ago
    found = ladder(*(NOW - timedelta(minutes=m) for m in (1, 2, 3, 4, 5)), *old, upgrade=old)
    assert kept(found) == ["0601-0900", "1130-1155", "1130-1156", "1130-1157", "1130-1158", "1130-1159"]


# ----------------------------------------------------------------------------- the digest


def header_and_body() -> bytearray:
    return bytearray(b"SQLite format 3\x00" + bytes(range(16, 100)) + b"the pages" * 50)


def test_the_digest_ignores_only_the_header_bytes_sqlite_changes_on_its_own(tmp_path):
    path = tmp_path / "p.sgplan"
    data = header_and_body()
    path.write_bytes(bytes(data))
    zeroed = bytearray(data)
    for i in (18, 19, 24, 25, 26, 27, 92, 93, 94, 95, 96, 97, 98, 99):
        zeroed[i] = 0
    assert backups.content_digest(path) == hashlib.sha256(bytes(zeroed)).hexdigest()[:16]
    for i in (18, 19, 24, 27, 92, 99):  # journal mode, change counter, version of SQLite
        changed = bytearray(data)
        changed[i] ^= 0xFF
        path.write_bytes(bytes(changed))
        assert backups.content_digest(path) == hashlib.sha256(bytes(zeroed)).hexdigest()[:16], i
    for i in (17, 20, 23, 28, 91, 100, len(data) - 1):  # every other byte counts
        changed = bytearray(data)
        changed[i] ^= 0xFF
        path.write_bytes(bytes(changed))
        assert backups.content_digest(path) != hashlib.sha256(bytes(zeroed)).hexdigest()[:16], i


def test_the_digest_of_a_file_shorter_than_a_header(tmp_path):
    path = tmp_path / "short"
    path.write_bytes(b"SQLite format 3\x00abcdefghij")  # 26 bytes: 18, 19, 24 and 25 zeroed
    expected = hashlib.sha256(b"SQLite format 3\x00ab\x00\x00efgh\x00\x00").hexdigest()[:16]
    assert backups.content_digest(path) == expected


# ----------------------------------------------------------------------------- the folder


def test_the_listing_reads_the_names_newest_first_and_skips_what_is_not_a_backup(tmp_path):
    plan = tmp_path / "bakery.sgplan"
    plan.write_bytes(b"")
    where = tmp_path / "bakery.sgplan.backups"
    where.mkdir(mode=0o700)
    for name in ("20261129-080000-000001.open.0123456789abcdef.sgplan",
                 "bakery.sgplan.20261130-093000-000000.before-upgrade.sgplan",  # an older version's name: no digest
                 "20261128-080000-000000.damaged.sgplan",
                 "20261130-093000-000000.Open.0123456789abcdef.sgplan",  # a reason is lower case
                 "20261332-080000-000000.open.0123456789abcdef.sgplan",  # no 32nd of a 13th month
                 "notes.txt"):
        (where / name).write_bytes(b"x")
    (where / "20261130-100000-000000.open.0123456789abcdef.sgplan").mkdir()  # a folder, not a backup
    found = backups.listing(plan)
    assert [(b.path.name, b.taken, b.reason, b.digest) for b in found] == [
        ("bakery.sgplan.20261130-093000-000000.before-upgrade.sgplan", datetime(2026, 11, 30, 9, 30),
         "before-upgrade", ""),
        ("20261129-080000-000001.open.0123456789abcdef.sgplan", datetime(2026, 11, 29, 8, 0, 0, 1), "open",
         "0123456789abcdef"),
        ("20261128-080000-000000.damaged.sgplan", datetime(2026, 11, 28, 8), "damaged", ""),
    ]


def test_a_backups_folder_that_is_a_file_or_a_link_lists_nothing(tmp_path):
    plan = tmp_path / "a.sgplan"
    (tmp_path / "a.sgplan.backups").write_bytes(b"20261129-080000-000001.open.0123456789abcdef.sgplan")
    assert backups.listing(plan) == []
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o700)
    (elsewhere / "20261129-080000-000001.open.0123456789abcdef.sgplan").write_bytes(b"x")
    os.symlink(elsewhere, tmp_path / "b.sgplan.backups")
    assert backups.listing(tmp_path / "b.sgplan") == []
    assert backups.listing(tmp_path / "c.sgplan") == []  # no folder


# ----------------------------------------------------------------------------- taking one


@pytest.fixture
def plan(tmp_path):
    pf = plan_file.create(tmp_path / "shop.sgplan")
    repo = Repository(pf.db)
    g = repo.add_goal(Goal("Visits", "traffic", "website_visits", 100, 200, date(2026, 1, 5), date(2026, 6, 28),
                           platforms=(GoalPlatform("website"),)))
    repo.add_observations([Observation(g.id, date(2026, 1, 11), 120, "website"),
                           Observation(g.id, date(2026, 1, 18), 130, "website"),
                           Observation(g.id, date(2026, 1, 25), 125, "website")])
    pf.close()
    return tmp_path / "shop.sgplan"


def connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    return conn


def test_a_backup_is_named_for_when_why_and_what_and_only_the_owner_can_read_it(plan):
    conn = connect(plan)
    try:
        made = backups.take(conn, plan, "open", now=datetime(2026, 2, 1, 9, 30, 5, 42))
        again = backups.take(conn, plan, "open", now=datetime(2026, 2, 1, 10, 0))  # nothing changed
        conn.execute("UPDATE observations SET value = 140 WHERE value = 130")
        changed = backups.take(conn, plan, "open", now=datetime(2026, 2, 1, 11, 0))
    finally:
        conn.close()
    assert made.path.name == f"20260201-093005-000042.open.{made.digest}.sgplan"
    assert len(made.digest) == 16 and int(made.digest, 16) >= 0
    assert made.path.parent == plan.parent / "shop.sgplan.backups"
    assert (made.taken, made.reason) == (datetime(2026, 2, 1, 9, 30, 5, 42), "open")
    assert again == made
    assert changed.path.name.startswith("20260201-110000-000000.open.") and changed.digest != made.digest
    assert stat.S_IMODE(os.stat(made.path).st_mode) == 0o600
    assert [b.path for b in backups.listing(plan)] == [changed.path, made.path]
    assert backups.summary(made.path) == (1, 3)
    with sqlite3.connect(changed.path) as copy:
        assert copy.execute("SELECT value FROM observations ORDER BY date").fetchall() == [(120,), (140,), (125,)]
        assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)


def test_taking_a_backup_prunes_the_rest_of_the_ladder_but_never_a_protected_one(plan):
    where = backups.folder(plan)
    where.mkdir(mode=0o700)
    # seven old backups a month apart, and a damaged plan's log beside the oldest
    old = [where / f"2025{m:02d}01-090000-000000.open.{m:016x}.sgplan" for m in range(1, 8)]
    for path in old:
        path.write_bytes(b"x")
    (where / (old[0].name + "-wal")).write_bytes(b"log")
    conn = connect(plan)
    try:
        made = backups.take(conn, plan, "before-upgrade", protect=[old[1]], now=datetime(2026, 2, 1, 9, 0))
    finally:
        conn.close()
    # kept: the new one and the four newest before it (the last five changes), and the protected one
    assert sorted(p.name for p in where.iterdir()) == sorted([made.path.name] + [p.name for p in old[3:]] +
                                                             [old[1].name])


def test_prune_reports_what_it_removed(tmp_path):
    plan = tmp_path / "p.sgplan"
    where = tmp_path / "p.sgplan.backups"
    where.mkdir(mode=0o700)
    names = [f"202511{d:02d}-090000-000000.open.{d:016x}.sgplan" for d in range(1, 8)]
    for name in names:
        (where / name).write_bytes(b"x")
    removed = backups.prune(plan, now=datetime(2026, 3, 1))
    assert sorted(p.name for p in removed) == names[:2]  # the two oldest of seven; nothing is in the last days


def test_the_summary_of_a_file_that_is_not_a_plan_is_none(tmp_path):
    text = tmp_path / "notes.sgplan"
    text.write_text("not a plan")
    assert backups.summary(text) is None
    other = tmp_path / "other.sgplan"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE goals (id)")
    conn.close()
    assert backups.summary(other) is None  # no observations table
    assert backups.summary(tmp_path / "missing.sgplan") is None


# ----------------------------------------------------------------------------- restoring


def test_restoring_the_plan_onto_itself_is_refused(plan):
    before = digest(plan)
    with pytest.raises(PlanFileError, match="this is the plan itself, not one of its backups"):
        backups.restore(plan, plan)
    assert digest(plan) == before


def test_restoring_a_plan_open_elsewhere_is_refused_with_the_process(plan):
    plan_file.open_plan(plan).close()
    chosen = backups.listing(plan)[0].path
    pf = plan_file.open_plan(plan)
    try:
        with pytest.raises(PlanFileError, match=rf"open in another window or command \(process {os.getpid()}\); "
                                                r"close it there first"):
            backups.restore(plan, chosen)
    finally:
        pf.close()


def test_a_damaged_plan_is_kept_byte_for_byte_with_its_log_before_a_restore(plan):
    plan_file.open_plan(plan).close()
    chosen = backups.listing(plan)[0].path
    damaged = b"SQLite format 3\x00" + b"\xff" * 200
    plan.write_bytes(damaged)
    (plan.parent / "shop.sgplan-wal").write_bytes(b"a log")
    (plan.parent / "shop.sgplan-shm").write_bytes(b"shared")
    kept = backups.restore(plan, chosen, now=datetime(2026, 3, 1, 8, 0))
    assert kept.reason == "damaged" and kept.digest == ""
    assert kept.path.name == "20260301-080000-000000.damaged.sgplan"
    assert kept.path.read_bytes() == damaged
    assert (kept.path.parent / (kept.path.name + "-wal")).read_bytes() == b"a log"
    assert not (plan.parent / "shop.sgplan-wal").exists() and not (plan.parent / "shop.sgplan-shm").exists()
    assert backups.summary(plan) == (1, 3)


def test_a_backup_taken_while_a_reader_holds_the_log_has_no_digest(plan):
    # a reader's open snapshot stops the checkpoint: the file is not all of the plan, its digest would be wrong
    conn = connect(plan)
    conn.execute("UPDATE observations SET value = 140 WHERE value = 130")  # in the log
    reader = sqlite3.connect(plan, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM goals").fetchone()
    try:
        conn.execute("UPDATE observations SET value = 150 WHERE value = 140")
        made = backups.take(conn, plan, "open", now=datetime(2026, 2, 1, 9, 0))
    finally:
        reader.close()
        conn.close()
    assert made.digest == "" and made.path.name == "20260201-090000-000000.open.0000000000000000.sgplan"
    with sqlite3.connect(made.path) as copy:  # the copy holds every change all the same
        assert copy.execute("SELECT value FROM observations ORDER BY date").fetchall() == [(120,), (150,), (125,)]


def test_taking_a_backup_removes_what_a_crash_left_in_the_folder(plan):
    where = backups.folder(plan)
    where.mkdir(mode=0o700)
    (where / ".x.sgplan.abcd1234.sgptmp").write_bytes(b"half")
    conn = connect(plan)
    try:
        made = backups.take(conn, plan, "open", now=datetime(2026, 2, 1, 9, 0))
    finally:
        conn.close()
    assert [p.name for p in where.iterdir()] == [made.path.name]


def test_the_ladder_of_a_backup_is_counted_from_when_it_was_taken(plan):
    where = backups.folder(plan)
    where.mkdir(mode=0o700)
    for d in (1, 4, 5, 6, 7, 8, 9):
        (where / f"202001{d:02d}-090000-000000.open.{d:016x}.sgplan").write_bytes(b"x")
    conn = connect(plan)
    try:
        made = backups.take(conn, plan, "open", now=datetime(2020, 1, 10, 12, 0))
    finally:
        conn.close()
    # on Friday 10 January 2020: the last five changes (10th, 9th, 8th, 7th, 6th), the newest of each of the days
    # from 4 January, and of the weeks of 6 January, 30 December (the 5th) and two before; 1 January is in the
    # week of 30 December, whose newest is the 5th: it goes
    assert sorted(p.name[:8] for p in where.iterdir()) == [f"202001{d:02d}" for d in range(4, 11)]
    assert made.path.exists()


def test_a_backup_that_cannot_be_written_says_why_and_touches_nothing(plan, monkeypatch):
    before = digest(plan)

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups.files, "NewFile", full)
    conn = connect(plan)
    try:
        with pytest.raises(PlanFileError) as caught:
            backups.take(conn, plan, "open")
    finally:
        conn.close()
    assert caught.value.path == backups.folder(plan)
    assert caught.value.problem == "the backup could not be written (No space left on device)"
    assert digest(plan) == before


def test_a_restore_that_cannot_be_written_says_why_and_leaves_the_plan(plan, monkeypatch):
    plan_file.open_plan(plan).close()
    chosen = backups.listing(plan)[0].path
    before = digest(plan)

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups.files, "NewFile", full)
    with pytest.raises(PlanFileError) as caught:
        backups.restore(plan, chosen)
    assert caught.value.path == plan
    assert caught.value.problem == "the backup could not be restored (No space left on device); the plan is as it was"
    assert digest(plan) == before


def test_backups_in_a_linked_folder_are_refused_by_name(plan, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o700)
    os.symlink(elsewhere, backups.folder(plan))
    conn = connect(plan)
    try:
        with pytest.raises(PlanFileError, match="the backups folder is a link to another place"):
            backups.take(conn, plan, "open")
    finally:
        conn.close()
    assert list(elsewhere.iterdir()) == []


def test_restore_keeps_the_plans_permissions_and_the_backup_restored(plan):
    plan_file.open_plan(plan).close()
    where = backups.folder(plan)
    chosen = backups.listing(plan)[0]
    old = chosen.path.rename(where / "20200101-090000-000000.open.0000000000000001.sgplan")  # years old
    for d in range(1, 7):  # six newer ones: the chosen one is on no rung of the ladder
        (where / f"202601{d:02d}-090000-000000.open.{d:016x}.sgplan").write_bytes(b"x")
    os.chmod(plan, 0o640)
    kept = backups.restore(plan, old, now=datetime(2026, 2, 1, 9, 0))
    assert kept.path.name.startswith("20260201-090000-000000.before-restore.")
    assert old.exists()  # out of the rotation while it was being restored
    assert stat.S_IMODE(os.stat(plan).st_mode) == 0o640
    assert backups.summary(plan) == (1, 3)


def test_restore_onto_a_plan_that_is_gone_keeps_nothing(plan, tmp_path):
    plan_file.open_plan(plan).close()
    chosen = backups.listing(plan)[0].path
    plan.unlink()
    assert backups.restore(plan, chosen) is None
    assert backups.summary(plan) == (1, 3)


def test_restore_names_the_plan_or_the_backup_it_refuses(plan):
    with pytest.raises(PlanFileError) as caught:
        backups.restore(plan, plan)
    assert (caught.value.path, caught.value.problem) == (plan, "this is the plan itself, not one of its backups")
    plan_file.open_plan(plan).close()
    chosen = backups.listing(plan)[0].path
    pf = plan_file.open_plan(plan)
    try:
        with pytest.raises(PlanFileError) as caught:
            backups.restore(plan, chosen)
    finally:
        pf.close()
    assert caught.value.path == plan


def test_a_damaged_plan_without_a_log_is_kept_private_and_dated(plan):
    plan_file.open_plan(plan).close()
    chosen = backups.listing(plan)[0].path
    plan.write_bytes(b"SQLite format 3\x00" + b"\xee" * 300)
    (plan.parent / "shop.sgplan-wal").write_bytes(b"a log")  # a log, but no -shm
    kept = backups.restore(plan, chosen, now=datetime(2026, 3, 1, 8, 0))
    assert (kept.taken, kept.reason) == (datetime(2026, 3, 1, 8, 0), "damaged")
    assert stat.S_IMODE(os.stat(kept.path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(kept.path.parent / (kept.path.name + "-wal")).st_mode) == 0o600
