"""One writer per plan, and rotating backups that can be restored."""

from __future__ import annotations

import subprocess
import sys
import time

from helpers import digest

from planner.store import backups, plan_file
from planner.store.repository import Repository


def test_a_second_opener_gets_the_plan_read_only(sample_plan):
    first = plan_file.open_plan(sample_plan)
    second = plan_file.open_plan(sample_plan)
    assert not first.read_only
    assert second.read_only and "open in another window" in second.read_only_reason
    assert len(Repository(second.db).goals()) == 6  # it can still be read
    second.close()
    first.close()
    third = plan_file.open_plan(sample_plan)
    assert not third.read_only  # the lock went with the first window
    third.close()


def test_a_killed_process_does_not_leave_the_plan_locked(sample_plan):
    code = ("import sys, time; from pathlib import Path; from planner.store import plan_file; "
            "pf = plan_file.open_plan(Path(sys.argv[1])); print('open', flush=True); time.sleep(60)")
    child = subprocess.Popen([sys.executable, "-c", code, str(sample_plan)], stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "open"
    try:
        held = plan_file.open_plan(sample_plan)
        assert held.read_only and str(child.pid) in held.read_only_reason
        held.close()
    finally:
        child.kill()
        child.wait()
        child.stdout.close()
    time.sleep(0.05)
    free = plan_file.open_plan(sample_plan)
    assert not free.read_only
    free.close()


def test_an_open_after_a_change_keeps_a_backup_of_the_plan_as_it_was(sample_plan):
    plan_file.open_plan(sample_plan).close()
    plan_file.open_plan(sample_plan).close()  # nothing changed: no second copy
    assert len(backups.listing(sample_plan)) == 1
    pf = plan_file.open_plan(sample_plan)
    Repository(pf.db).delete_goal(Repository(pf.db).goals()[0].id)
    pf.close()
    plan_file.open_plan(sample_plan).close()
    kept = backups.listing(sample_plan)
    assert [b.reason for b in kept] == ["open", "open"] and kept[0].taken > kept[1].taken
    counts = []
    for b in kept:
        copy = plan_file.open_plan(b.path, read_only=True)
        counts.append(len(Repository(copy.db).goals()))
        copy.close()
    assert counts == [5, 6]  # newest first: after the deletion, then before it


def test_restore_brings_back_a_backup_and_keeps_the_plan_as_it_was(sample_plan):
    pf = plan_file.open_plan(sample_plan)  # takes a backup with six goals
    repo = Repository(pf.db)
    repo.delete_goal(repo.goals()[0].id)
    pf.close()
    six = next(b for b in backups.listing(sample_plan) if b.reason == "open")
    before = backups.restore(sample_plan, six.path)
    pf = plan_file.open_plan(sample_plan)
    assert len(Repository(pf.db).goals()) == 6
    pf.close()
    assert before.reason == "before-restore"
    old = plan_file.open_plan(before.path, read_only=True)
    assert len(Repository(old.db).goals()) == 5
    old.close()


def test_restore_refuses_a_file_that_is_not_a_plan(sample_plan, tmp_path):
    junk = tmp_path / "junk.sgplan"
    junk.write_text("no")
    plan_file.open_plan(sample_plan).close()
    before = digest(sample_plan)
    try:
        backups.restore(sample_plan, junk)
    except plan_file.PlanFileError as exc:
        assert "junk.sgplan" in str(exc)
    else:
        raise AssertionError("a text file was restored")
    assert digest(sample_plan) == before
