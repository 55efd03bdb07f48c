"""Backups of a plan, taken when it changed and kept on a ladder; restoring one.

When a plan is opened for writing and its content differs from its newest
backup, a copy is taken with SQLite's backup API (a consistent snapshot) into
the private folder ``NAME.backups`` beside the plan's real file, checked with
``integrity_check``, and only then given its name.  The name says when it was
taken, why, and carries a digest of the plan's content, so "nothing changed
since the last one" needs no other file: opening a plan a thousand times
keeps one copy, and failed imports push nothing out.

Kept (our own judgement of what an owner reaches for): the last 5 changes,
the newest of each of the last 7 days, the newest of each of the last 4
weeks, and the newest one taken before a format upgrade (the only copy an
older version of the app can open).

Restoring puts a complete, checked copy of the backup in place of the plan
file at once (a rename), after the plan as it was has been kept as a backup
(a damaged plan is kept byte for byte).  The backup being restored is out of
the rotation from the start.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import sqlite3
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from planner.store import files
from planner.store.errors import PlanFileError

KEEP_CHANGES = 5
KEEP_DAYS = 7
KEEP_WEEKS = 4
_STAMP = "%Y%m%d-%H%M%S-%f"
_NAME = re.compile(r"^(?:.*\.)?(?P<stamp>\d{8}-\d{6}-\d{6})\.(?P<reason>[a-z][a-z-]*)"
                   r"(?:\.(?P<digest>[0-9a-f]{16}))?(?:\.sgplan)?$")
#: Header bytes that change when nothing in the plan does: journal mode (18-19), SQLite's change
#: counter (24-27) and the version of SQLite that wrote last (92-99).
_VOLATILE = (range(18, 20), range(24, 28), range(92, 100))


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: datetime
    reason: str  # "open", "before-restore", "before-upgrade", "damaged"
    digest: str = ""  # of the plan's content when it was taken ("" for backups of older versions)


def folder(plan: Path) -> Path:
    real = Path(plan).resolve()
    return real.with_name(real.name + ".backups")


def content_digest(path: Path) -> str:
    """A digest of a closed (checkpointed) plan file's content, blind to bytes SQLite changes on its own."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        head = bytearray(fh.read(100))
        for span in _VOLATILE:
            for i in span:
                if i < len(head):
                    head[i] = 0
        h.update(head)
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()[:16]


def listing(plan: Path) -> list[Backup]:
    """The plan's backups, newest first (none from a backups folder that is a link or not the user's)."""
    where = folder(plan)
    try:
        st = os.lstat(where)
    except OSError:
        return []
    if not stat.S_ISDIR(st.st_mode):
        return []
    try:
        files.verified_folder(where, "backups folder")
    except PlanFileError:
        return []
    out = []
    for name in os.listdir(where):
        match = _NAME.match(name)
        if match is None:
            continue
        path = where / name
        try:
            if not stat.S_ISREG(os.lstat(path).st_mode):
                continue
            taken = datetime.strptime(match["stamp"], _STAMP)
        except (OSError, ValueError):
            continue
        out.append(Backup(path, taken, match["reason"], match["digest"] or ""))
    return sorted(out, key=lambda b: b.taken, reverse=True)


def take(conn: sqlite3.Connection, plan: Path, reason: str = "open", *, protect: Iterable[Path] = (),
         now: datetime | None = None) -> Backup:
    """The backup that holds the open plan's content now: a new one when it changed since the newest.

    *conn* is the plan's writable connection, in a process that holds its
    lock.  Raises PlanFileError (with the reason in words) when no backup can
    be written; the plan is not touched either way.
    """
    real = Path(plan).resolve()
    where = files.verified_folder(folder(real), "backups folder")
    files.clean_leftovers(where)
    busy, log, done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    digest = content_digest(real) if busy == 0 and log == done else ""  # "" when the file is not all of it
    existing = listing(real)
    if digest and existing and existing[0].digest == digest:
        return existing[0]
    now = now or datetime.now()
    target = where / f"{now.strftime(_STAMP)}.{reason}.{digest or '0' * 16}.sgplan"
    try:
        with files.NewFile(target, mode=0o600) as new:
            dest = sqlite3.connect(new.path)
            try:
                dest.execute("PRAGMA journal_mode=MEMORY")  # no journal file of its own to leave behind
                conn.backup(dest)
                dest.execute("PRAGMA journal_mode=DELETE")
                check = dest.execute("PRAGMA integrity_check").fetchone()[0]
            finally:
                dest.close()
            if check != "ok":
                raise PlanFileError(target, f"the copy did not pass its check ({check})")
            new.commit()
    except (OSError, sqlite3.Error) as exc:
        from planner.store.errors import sqlite_words

        words = exc.strerror if isinstance(exc, OSError) and exc.strerror else sqlite_words(exc)
        raise PlanFileError(where, f"the backup could not be written ({words})") from None
    made = Backup(target, now, reason, digest)
    prune(real, protect=protect, now=now)
    return made


def keep(backups: list[Backup], now: datetime) -> set[Path]:
    """Which of *backups* the ladder keeps."""
    backups = sorted(backups, key=lambda b: b.taken, reverse=True)
    kept = {b.path for b in backups[:KEEP_CHANGES]}
    days = {(now - timedelta(days=i)).date() for i in range(KEEP_DAYS)}
    weeks = {(now - timedelta(weeks=i)).isocalendar()[:2] for i in range(KEEP_WEEKS)}
    seen_days: set[object] = set()
    seen_weeks: set[object] = set()
    for b in backups:
        day, week = b.taken.date(), b.taken.isocalendar()[:2]
        if day in days and day not in seen_days:
            seen_days.add(day)
            kept.add(b.path)
        if week in weeks and week not in seen_weeks:
            seen_weeks.add(week)
            kept.add(b.path)
    upgrade = next((b for b in backups if b.reason == "before-upgrade"), None)
    if upgrade is not None:
        kept.add(upgrade.path)
    return kept


def prune(plan: Path, *, protect: Iterable[Path] = (), now: datetime | None = None) -> list[Path]:
    """Remove the backups the ladder does not keep (never one in *protect*); the removed paths."""
    backups = listing(plan)
    kept = keep(backups, now or datetime.now())
    shielded = [Path(p) for p in protect]
    removed = []
    for b in backups:
        if b.path in kept or any(files.same_file(b.path, p) for p in shielded):
            continue
        try:
            b.path.unlink()
            removed.append(b.path)
            b.path.with_name(b.path.name + "-wal").unlink(missing_ok=True)  # a damaged plan's log
        except OSError:
            pass
    return removed


def summary(path: Path) -> tuple[int, int] | None:
    """How many goals and figures the plan file at *path* holds (None when it cannot be read)."""
    from planner.store import reading

    try:
        conn = reading.connect(Path(path).resolve())
    except (OSError, sqlite3.Error):
        return None
    try:
        return (conn.execute("SELECT count(*) FROM goals").fetchone()[0],
                conn.execute("SELECT count(*) FROM observations").fetchone()[0])
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def restore(plan: Path, chosen: Path, *, now: datetime | None = None) -> Backup | None:
    """Put *chosen*'s content in place of *plan* (which no one may have open).

    Returns the backup that keeps the plan as it was (None when there was no
    plan file).  Raises PlanFileError when the backup is not a usable plan,
    the plan is open elsewhere, or a file cannot be written; the plan is then
    as it was.
    """
    from planner.store import plan_file, reading
    from planner.store.lock import PlanLock

    plan, chosen = Path(plan), Path(chosen)
    real = plan.resolve()
    plan_file.examine(chosen)  # a damaged or foreign file is refused before anything happens
    if files.same_file(chosen, real):
        raise PlanFileError(chosen, "this is the plan itself, not one of its backups")
    lock = PlanLock(real)
    if not lock.acquire():
        holder = lock.holder()
        raise PlanFileError(plan, lock.problem or "it is open in another window or command"
                            + (f" (process {holder})" if holder else "") + "; close it there first")
    try:
        mode = stat.S_IMODE(os.stat(real).st_mode) if real.exists() else None
        # The backup's content is staged beside the plan first: from here on, rotation cannot touch it.
        with files.NewFile(real, mode=mode) as staged:
            source = reading.connect(chosen.resolve())
            dest = sqlite3.connect(staged.path)
            try:
                dest.execute("PRAGMA journal_mode=MEMORY")
                source.backup(dest)
                dest.execute("PRAGMA journal_mode=DELETE")
                check = dest.execute("PRAGMA integrity_check").fetchone()[0]
            finally:
                dest.close()
                source.close()
            if check != "ok":
                raise PlanFileError(chosen, f"the backup did not pass its check ({check})")
            before = _keep_current(real, chosen, now) if real.exists() else None
            staged.commit()
        return before
    except (OSError, sqlite3.Error) as exc:
        from planner.store.errors import sqlite_words

        words = exc.strerror if isinstance(exc, OSError) and exc.strerror else sqlite_words(exc)
        raise PlanFileError(plan, f"the backup could not be restored ({words}); the plan is as it was") from None
    finally:
        lock.release()


def _keep_current(real: Path, chosen: Path, now: datetime | None) -> Backup:
    """Keep the plan as it is as a backup and leave it with no log; the backup that holds it."""
    from planner.store import plan_file

    try:
        plan_file.examine(real)
    except PlanFileError:
        return _keep_damaged(real, now)
    conn = sqlite3.connect(real, isolation_level=None)
    try:
        conn.execute(f"PRAGMA busy_timeout={plan_file.BUSY_TIMEOUT_MS}")
        kept = take(conn, real, "before-restore", protect=[chosen], now=now)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()  # the last connection: SQLite removes the log
    return kept


def _keep_damaged(real: Path, now: datetime | None) -> Backup:
    """A plan SQLite cannot read is kept byte for byte (with its log), then its log is set aside."""
    from planner.store.reading import log_of

    where = files.verified_folder(folder(real), "backups folder")
    now = now or datetime.now()
    target = where / f"{now.strftime(_STAMP)}.damaged.sgplan"
    log = log_of(real)
    with files.NewFile(target, mode=0o600) as new:
        shutil.copyfile(real, new.path)
        if log.exists():
            with files.NewFile(log_of(target), mode=0o600) as new_log:
                shutil.copyfile(log, new_log.path)
                new_log.commit()
        new.commit()
    for extra in ("-wal", "-shm"):
        real.with_name(real.name + extra).unlink(missing_ok=True)
    return Backup(target, now, "damaged")
