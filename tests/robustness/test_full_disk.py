"""A full disk: every write failure is said in words, nothing half-written stays, the undo stack stays true
(issue 16, item 6).

The disk is made full three ways: a file-size limit on the command's process (RLIMIT_FSIZE: writes past
it fail, which SQLite reports as a full disk or as a write error, depending on where the write stops),
SQLite's own page limit for the window's connection (the error is SQLite's "database or disk is full"),
and, where this machine lets us mount one, a real small filesystem filled to the brim.
"""

from __future__ import annotations

import os
import resource
import shutil
import signal
import subprocess
import uuid
from datetime import date
from pathlib import Path

import pytest
from robust import goal, make_plan, planner, state

from planner.domain.goals import Observation
from planner.store import backups, plan_file
from planner.ui.commands import AddGoal


def limit_files_to(size: int):
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails instead of killing
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))
    return apply


def big_table(path: Path, days: int = 9000) -> Path:
    with path.open("w") as fh:
        fh.write("date,followers\n")
        first = date(2000, 1, 1).toordinal()
        fh.writelines(f"{date.fromordinal(first + d).isoformat()},{d % 977}\n" for d in range(days))
    return path


#: What the owner is told when a write fails on the disk (a full one, or one that refuses a write).
DISK_WORDS = ("the disk is full", "the disk reported an error while writing")


def temporary_files(folder: Path) -> list[str]:
    return [p.name for p in folder.rglob("*") if p.name.endswith((".sgptmp", ".tmp"))]


def test_an_import_on_a_full_disk_is_said_in_words_and_leaves_the_plan(tmp_path):
    plan = make_plan(tmp_path / "shop.sgplan")
    plan_file.open_plan(plan).close()  # its backup is taken: the next open needs none
    before = state(plan)
    table = big_table(tmp_path / "many.csv")
    done = planner("import-csv", "--db", plan, "--goal", "1", table,
                   preexec=limit_files_to(plan.stat().st_size + 16 * 1024))
    assert done.code == 1
    assert any(f"nothing was imported: {words}" in done.err for words in DISK_WORDS), done.err
    assert state(plan) == before
    assert temporary_files(tmp_path) == []


def test_a_backup_that_cannot_be_written_is_said_and_leaves_nothing(tmp_path):
    plan = make_plan(tmp_path / "shop.sgplan", goals=40, figures=40)
    size = plan.stat().st_size
    table = tmp_path / "one.csv"
    table.write_text("date,followers\n2025-03-01,5\n")
    done = planner("import-csv", "--db", plan, "--goal", "1", table, preexec=limit_files_to(size - 4096))
    assert done.code == 0 and "Imported 1 figure of Followers" in done.out  # the owner still gets their work done
    assert "warning: no backup of the plan was kept: the backup could not be written" in done.err
    assert any(words in done.err for words in DISK_WORDS), done.err
    assert backups.listing(plan) == [] and temporary_files(tmp_path) == []


@pytest.fixture
def small_disk(tmp_path):
    """A 2 MB filesystem of its own (a tmpfs), or skip where this machine does not allow mounting one."""
    where = tmp_path / "disk"
    where.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small filesystem needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", f"sgp-{uuid.uuid4().hex[:8]}", str(where)],
                          capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small filesystem here: {done.stderr.decode().strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", str(where)], check=True)


def fill(folder: Path, leave: int) -> Path:
    """Fill the filesystem of *folder* until only about *leave* bytes are free."""
    filler = folder / "filler"
    free = shutil.disk_usage(folder).free
    with filler.open("wb") as fh:
        fh.write(b"\0" * max(0, free - leave))
    return filler


def test_a_real_full_disk(small_disk, tmp_path):
    plan = make_plan(small_disk / "shop.sgplan")
    plan_file.open_plan(plan).close()
    before = state(plan)
    filler = fill(small_disk, 96 * 1024)  # room to open it (its -shm), not to import 9,000 figures
    table = big_table(tmp_path / "many.csv")
    done = planner("import-csv", "--db", plan, "--goal", "1", table)
    assert done.code == 1 and "the disk is full" in done.err
    assert state(plan) == before and temporary_files(small_disk) == []
    filler.unlink()
    again = planner("import-csv", "--db", plan, "--goal", "1", table)
    assert again.code == 0 and "Imported 9,000 figures of Followers" in again.out


# -- the window: an edit that cannot be written is not on the undo stack ------------------------------

@pytest.fixture
def shop_window(window, tmp_path):
    plan = make_plan(tmp_path / "shop.sgplan")
    assert window.open_path(plan)
    return window, plan


def test_an_edit_that_does_not_fit_on_the_disk_is_said_and_not_undoable(shop_window):
    w, plan = shop_window
    doc = w.document
    conn = doc.file.db.conn
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count={pages}")  # SQLite's own "database or disk is full" past this
    before = state(plan)
    figures = [Observation(0, date.fromordinal(date(2001, 1, 1).toordinal() + d), d, "instagram")
               for d in range(3000)]
    command = AddGoal(doc, goal("Too big for the disk"), figures)
    doc.undo_stack.push(command)
    assert doc.undo_stack.count() == 0 and not doc.undo_stack.canUndo()
    assert w.errors and w.errors[-1][0] == "The change was not saved" and "the disk is full" in w.errors[-1][1]
    assert [g.title for g in doc.goals()] == ["Goal 1", "Goal 2", "Goal 3"]
    assert state(plan) == before


def test_an_undo_or_redo_that_cannot_be_written_leaves_the_stack_true(shop_window):
    w, plan = shop_window
    doc = w.document
    doc.undo_stack.push(AddGoal(doc, goal("Fourth")))
    doc.undo_stack.push(AddGoal(doc, goal("Fifth")))
    doc.file.db.execute("PRAGMA query_only=1")  # every write now fails
    doc.undo_stack.undo()  # "Fifth" cannot be removed: it stays, and the step leaves the stack as done
    assert [g.title for g in doc.goals()][-2:] == ["Fourth", "Fifth"]
    assert doc.undo_stack.count() == 1 and doc.undo_stack.index() == 1
    assert "The change was not saved" in [title for title, _ in w.errors]
    doc.file.db.execute("PRAGMA query_only=0")
    doc.undo_stack.undo()  # "Fourth" goes, as the stack says
    assert [g.title for g in doc.goals()] == ["Goal 1", "Goal 2", "Goal 3", "Fifth"]
    doc.file.db.execute("PRAGMA query_only=1")
    doc.undo_stack.redo()  # cannot put "Fourth" back: the step is dropped
    w.errors.clear()
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.processEvents()
    assert doc.undo_stack.count() == 0
    doc.file.db.execute("PRAGMA query_only=0")
    assert [t for _, t in state(plan)[0]] == ["Goal 1", "Goal 2", "Goal 3", "Fifth"]


def test_redo_steps_that_built_on_a_failed_one_are_dropped(shop_window):
    from PySide6.QtCore import QCoreApplication

    w, plan = shop_window
    doc = w.document
    doc.undo_stack.push(AddGoal(doc, goal("Fourth")))
    doc.undo_stack.push(AddGoal(doc, goal("Fifth")))
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    doc.file.db.execute("PRAGMA query_only=1")
    doc.undo_stack.redo()
    QCoreApplication.processEvents()
    assert doc.undo_stack.count() == 0 and not doc.undo_stack.canRedo()
    doc.file.db.execute("PRAGMA query_only=0")
    assert [g.title for g in doc.goals()] == ["Goal 1", "Goal 2", "Goal 3"]
