"""The plan's lock (planner.store.lock): where its files are, what they hold, and what it refuses.

The lock's behaviour across processes (a second writer, links planted by someone else) is tested in
tests/robustness; these tests pin the lock itself, in one process, with the expected paths and messages
written out.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from planner.store import lock as lock_module
from planner.store.lock import PlanLock, runtime_folder


@pytest.fixture()
def runtime(tmp_path, monkeypatch) -> Path:
    base = tmp_path / "run"
    base.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(base))
    return base


@pytest.fixture()
def plan(tmp_path) -> Path:
    path = tmp_path / "shop.sgplan"
    path.write_bytes(b"plan")
    return path


def test_the_runtime_folder_is_a_private_one_inside_xdg_runtime_dir(runtime):
    folder = runtime_folder()
    assert folder == runtime / "social-goal-planner"
    assert folder.is_dir() and (folder.stat().st_mode & 0o777) == 0o700


def test_without_xdg_runtime_dir_the_folder_is_in_the_temporary_folder_named_for_the_user(tmp_path, monkeypatch):
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    assert runtime_folder() == tmp_path / f"social-goal-planner-{os.geteuid()}"
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "gone"))  # named but not there: the same
    assert runtime_folder() == tmp_path / f"social-goal-planner-{os.geteuid()}"


def test_a_runtime_folder_that_is_a_link_is_not_used(runtime, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o700)
    (runtime / "social-goal-planner").symlink_to(elsewhere)
    assert runtime_folder() is None


def test_the_lock_files_sit_beside_the_plan_and_in_the_runtime_folder_by_inode(runtime, plan):
    lock = PlanLock(plan)
    st = os.stat(plan)
    assert lock.path == plan.with_name("shop.sgplan.lock")
    assert lock.inode_path == runtime / "social-goal-planner" / f"{st.st_dev}-{st.st_ino}.lock"
    assert lock.problem == "" and not lock.held


def test_a_plan_not_made_yet_has_only_the_lock_beside_it(runtime, tmp_path):
    lock = PlanLock(tmp_path / "new.sgplan")
    assert lock.path == tmp_path / "new.sgplan.lock" and lock.inode_path is None
    assert lock.acquire() and [p.name for p in (tmp_path).glob("*.lock")] == ["new.sgplan.lock"]
    lock.release()


def test_the_lock_beside_a_linked_plan_is_the_real_plans(runtime, plan, tmp_path):
    link = tmp_path / "shortcut.sgplan"
    link.symlink_to(plan)
    assert PlanLock(link).path == plan.with_name("shop.sgplan.lock")


def test_taking_the_lock_writes_this_process_in_both_files_and_release_removes_them(runtime, plan):
    lock = PlanLock(plan)
    assert lock.acquire() and lock.held
    assert lock.acquire()  # taking it again while held: still held, nothing reopened
    assert lock.path.read_text() == f"{os.getpid()}\n"
    assert lock.inode_path.read_text() == f"{os.getpid()}\n"
    other = PlanLock(plan)  # another open of the plan, in this process or another
    assert other.held_elsewhere() and other.holder() == str(os.getpid())
    assert not other.acquire() and other.problem == "" and not other.held
    lock.release()
    assert not lock.held and not lock.path.exists() and not lock.inode_path.exists()
    assert not other.held_elsewhere() and other.holder() == ""
    assert other.acquire()
    other.release()


def test_a_lock_file_holding_no_process_id_names_no_holder(runtime, plan):
    lock = PlanLock(plan)
    assert lock.acquire()
    os.truncate(lock.path, 0)
    lock.path.write_text("someone\n")
    lock.inode_path.write_text("")
    assert PlanLock(plan).holder() == ""
    lock.release()


def test_a_lock_file_that_is_a_link_is_refused_with_why(runtime, plan, tmp_path):
    target = tmp_path / "precious.txt"
    target.write_text("keep me")
    lock = PlanLock(plan)
    lock.path.symlink_to(target)
    assert not lock.acquire() and not lock.held
    assert lock.problem == f"the lock file {lock.path} is a link, not a lock file; remove it"
    assert target.read_text() == "keep me"


def test_a_lock_file_with_a_second_name_is_refused_with_why(runtime, plan, tmp_path):
    lock = PlanLock(plan)
    lock.path.write_text("")
    os.link(lock.path, tmp_path / "second-name")
    assert not lock.acquire()
    assert lock.problem == f"the lock file {lock.path} is not a plain file of its own (a link?); remove it"
    assert (tmp_path / "second-name").exists()


def test_a_lock_file_that_cannot_be_made_says_the_systems_reason(runtime, plan):
    lock = PlanLock(plan)
    lock.path.mkdir()
    assert not lock.acquire()
    assert lock.problem == f"the lock file {lock.path} cannot be made (Is a directory)"


def test_when_the_second_lock_cannot_be_taken_the_first_is_given_back(runtime, plan):
    lock = PlanLock(plan)
    lock.inode_path.mkdir()  # the inode lock cannot be made; the one beside the plan was taken first
    assert not lock.acquire() and not lock.held
    assert lock.problem == f"the lock file {lock.inode_path} cannot be made (Is a directory)"
    assert not lock.path.exists()  # released (and removed) again


def test_a_lock_file_replaced_each_time_it_is_taken_is_given_up_after_three_tries(runtime, plan, monkeypatch):
    lock = PlanLock(plan)
    real_stat = os.stat
    tries = []

    def moved(path, *args, **kwargs):
        if Path(path) == lock.path and kwargs.get("follow_symlinks") is False:
            tries.append(path)
            raise FileNotFoundError(path)  # removed by its last holder between our open and our lock
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(lock_module.os, "stat", moved)
    assert not lock.acquire()
    assert len(tries) == 3
    assert lock.problem == f"the lock file {lock.path} keeps changing"
