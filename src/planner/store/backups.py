"""Rotating backups of a plan, and restoring one.

Each time a plan is opened for writing, a copy is taken with SQLite's backup
API (a consistent snapshot, never a half-copied file) into the folder
``NAME.sgplan.backups`` beside it; the newest KEEP are kept.  Restoring
copies a backup back over the plan the same way, after a backup of the plan
as it was, so a restore can itself be undone.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

KEEP = 5
_STAMP = "%Y%m%d-%H%M%S-%f"


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: datetime
    reason: str  # "open" or "before-restore"


def folder(plan: Path) -> Path:
    return plan.with_name(plan.name + ".backups")


def take(conn: sqlite3.Connection, plan: Path, reason: str = "open") -> Path:
    """Snapshot the open plan into its backups folder, then drop all but the newest KEEP."""
    where = folder(plan)
    where.mkdir(exist_ok=True)
    target = where / f"{plan.stem}.{datetime.now().strftime(_STAMP)}.{reason}{plan.suffix}"
    tmp = target.with_name(target.name + ".tmp")
    dest = sqlite3.connect(tmp)
    try:
        conn.backup(dest)
        dest.execute("PRAGMA journal_mode=DELETE")
    finally:
        dest.close()
    tmp.replace(target)
    for old in listing(plan)[KEEP:]:
        old.path.unlink(missing_ok=True)
    return target


def listing(plan: Path) -> list[Backup]:
    """The plan's backups, newest first."""
    out = []
    for path in folder(plan).glob(f"{plan.stem}.*{plan.suffix}"):
        parts = path.name[len(plan.stem) + 1: -len(plan.suffix)].split(".")
        if len(parts) != 2:
            continue
        try:
            taken = datetime.strptime(parts[0], _STAMP)
        except ValueError:
            continue
        out.append(Backup(path, taken, parts[1]))
    return sorted(out, key=lambda b: b.taken, reverse=True)


def restore(plan: Path, backup: Path) -> Path:
    """Put *backup*'s content into *plan* (which no one may have open); returns the backup of the
    plan as it was before."""
    from planner.store import plan_file

    plan_file.examine(backup)  # refuse a damaged or foreign file before touching the plan
    try:
        current = sqlite3.connect(plan)
        try:
            before = take(current, plan, "before-restore")
            source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
            try:
                source.backup(current)
            finally:
                source.close()
            current.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            current.close()
    except sqlite3.Error as exc:
        raise plan_file.PlanFileError(plan, f"the backup could not be restored ({exc})") from None
    return before
