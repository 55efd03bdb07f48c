"""Reading a plan without writing a byte beside it, and without missing what its log holds.

A plan is a SQLite database in write-ahead-log mode: what was committed last
may still be in ``PLAN-wal`` (a window has the plan open, or one was killed).
SQLite's read-only mode leaves ``-wal`` and ``-shm`` files behind, and its
``immutable`` mode ignores the log.  So a reader gets:

- the file itself, opened ``immutable`` (no lock, no file made), when there is
  no log and no writer;
- otherwise a copy in memory: taken through SQLite from the live plan when a
  writer has it open (the writer owns the log and removes it when it closes),
  or else from a private copy of the plan and its log, which SQLite replays;
  the folder of the plan may be read-only and is never written.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import tempfile
from pathlib import Path

from planner.store.lock import PlanLock


def uri(path: Path, mode: str = "ro", immutable: bool = False) -> str:
    return f"{path.resolve().as_uri()}?mode={mode}" + ("&immutable=1" if immutable else "")


def log_of(real: Path) -> Path:
    return real.with_name(real.name + "-wal")


def has_log(real: Path) -> bool:
    """Whether a write-ahead log with frames sits beside the plan (links are not logs of ours)."""
    try:
        st = os.lstat(log_of(real))
    except OSError:
        return False
    return stat.S_ISREG(st.st_mode) and st.st_size > 0


def connect(real: Path, *, in_memory: bool = False) -> sqlite3.Connection:
    """A connection that sees every committed change of the plan at *real* and writes nothing beside it.

    *in_memory* asks for a copy even when the file could be read in place
    (a read-only view that is migrated, or kept open for long).
    """
    live = PlanLock(real).held_elsewhere()
    if not live and not has_log(real) and not in_memory:
        return sqlite3.connect(uri(real, immutable=True), uri=True, isolation_level=None)
    memory = sqlite3.connect(":memory:", isolation_level=None)
    try:
        if live:
            try:
                _copy(sqlite3.connect(uri(real), uri=True), memory)
                return memory
            except sqlite3.Error:
                pass  # e.g. the -shm file cannot be made here: read a private copy instead
        if has_log(real):
            with tempfile.TemporaryDirectory(prefix="sgplan-read-") as folder:
                copy = Path(folder) / "plan.sgplan"
                shutil.copyfile(real, copy)
                shutil.copyfile(log_of(real), log_of(copy))
                _copy(sqlite3.connect(copy), memory)  # opening the copy replays its log
        else:
            _copy(sqlite3.connect(uri(real, immutable=True), uri=True), memory)
    except BaseException:
        memory.close()
        raise
    return memory


def _copy(source: sqlite3.Connection, memory: sqlite3.Connection) -> None:
    try:
        source.backup(memory)
    finally:
        source.close()
