"""Opening, creating and migrating a plan file.

A plan is one SQLite file (SQLite's "application file format").  A file is
examined read-only first (``immutable=1``: no lock, no journal, no byte
changed), so that a file that is not a plan, is damaged, or comes from a newer
version is refused without being touched.  Only then is it opened for writing,
with a backup copy taken next to it before any migration.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import os
import sqlite3
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path


from planner.domain import catalog
from planner.store import backups, schema
from planner.store.lock import PlanLock
from planner.store.repository import Repository

if TYPE_CHECKING:  # sqlite-utils loads with the first plan opened, not with the app
    from sqlite_utils import Database

SUFFIX = ".sgplan"
SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000

#: Leading bytes of files people pick by mistake, to name what they picked.
_KNOWN_MAGIC = (
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x89PNG", "a PNG image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an XLSX/ODS/DOCX file)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file"),
    (b"GIF8", "a GIF image"),
)


class PlanFileError(Exception):
    """A plan that cannot be opened; the message names the file and the problem."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


@dataclass
class PlanFile:
    """An open plan: where it is, whether it can be written, and its database."""

    path: Path
    db: Database
    read_only: bool = False
    read_only_reason: str = ""
    backups: list[Path] = field(default_factory=list)  # taken while opening
    lock: PlanLock | None = None

    def close(self) -> None:
        self.db.close()
        if self.lock is not None:
            self.lock.release()


def _describe(head: bytes) -> str:
    for magic, what in _KNOWN_MAGIC:
        if head.startswith(magic):
            return what
    if not head:
        return "an empty file"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        return "not a SQLite database"
    return "a text file"


def _uri(path: Path, mode: str, immutable: bool = False) -> str:
    uri = f"{path.resolve().as_uri()}?mode={mode}"
    return uri + ("&immutable=1" if immutable else "")


def examine(path: Path) -> int:
    """The schema version of the plan at *path*, or PlanFileError; never writes to it."""
    if not path.exists():
        raise PlanFileError(path, "the file does not exist")
    if path.is_dir():
        raise PlanFileError(path, "this is a folder, not a plan file")
    try:
        with path.open("rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        raise PlanFileError(path, f"the file cannot be read ({exc.strerror})") from None
    if not head.startswith(SQLITE_MAGIC):
        raise PlanFileError(path, f"this is not a Social Goal Planner plan: it is {_describe(head)}")
    if len(head) < 100:
        raise PlanFileError(path, "the plan is damaged: the file is truncated")
    # With a write-ahead log beside it, the newest pages are in the log: read through it (read-only).
    # Without one, read the file as immutable: no lock and no -shm file, not a byte touched.
    wal = path.with_name(path.name + "-wal")
    immutable = not (wal.exists() and wal.stat().st_size > 0)
    try:
        conn = sqlite3.connect(_uri(path, "ro", immutable=immutable), uri=True)
    except sqlite3.Error as exc:
        raise PlanFileError(path, f"the file cannot be opened ({exc})") from None
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        ver = schema.version(conn)
        if app_id != schema.APPLICATION_ID:
            raise PlanFileError(
                path, "this is a SQLite database of another application, not a Social Goal Planner plan"
            )
        if ver > schema.LATEST:
            raise PlanFileError(
                path,
                f"this plan was written by a newer version of Social Goal Planner (plan format {ver}; "
                f"this version reads up to {schema.LATEST}). Update the app to open it.",
            )
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            raise PlanFileError(path, f"the plan is damaged ({result})")
        unknown = _unknown_ids(conn) if ver >= 1 else ""
        if unknown:
            raise PlanFileError(path, f"{unknown}, which this version of Social Goal Planner does not know "
                                      "(the plan may come from a newer version)")
    except sqlite3.DatabaseError as exc:
        raise PlanFileError(path, f"the plan is damaged ({exc})") from None
    finally:
        conn.close()
    return ver


def _unknown_ids(conn: sqlite3.Connection) -> str:
    """The first catalog id in the plan that this version does not know, in words ("" when none)."""
    for goal_id, title, objective, kpi in conn.execute("SELECT id, title, objective, kpi FROM goals"):
        if not catalog.is_objective(objective):
            return f"goal {goal_id} ({title[:40]!r}) has the objective {objective!r}"
        if not catalog.is_kpi(kpi):
            return f"goal {goal_id} ({title[:40]!r}) is measured by the KPI {kpi!r}"
    for goal_id, platform in conn.execute("SELECT goal_id, platform FROM goal_platforms UNION "
                                          "SELECT goal_id, platform FROM observations WHERE platform IS NOT NULL"):
        if not catalog.is_platform(platform):
            return f"goal {goal_id} is on the platform {platform!r}"
    return ""


def folder_is_writable(path: Path) -> bool:
    """Whether a file can really be made in *path*'s folder (permissions alone lie for root)."""
    folder = path.parent
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        return False
    try:
        fd, probe = tempfile.mkstemp(prefix=".sgplan-probe-", dir=folder)
    except OSError:
        return False
    os.close(fd)
    os.unlink(probe)
    if path.exists():
        try:
            with path.open("r+b"):
                pass
        except OSError:
            return False
    return True


def _configure(conn: sqlite3.Connection, writable: bool) -> None:
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys=ON")
    if writable:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")


def backup_copy(db: Database, path: Path, label: str) -> Path:
    """A consistent copy of the open plan next to it, made with SQLite's backup API."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = path.with_name(f"{path.name}.{label}-{stamp}.bak")
    dest = sqlite3.connect(target)
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
    return target


def create(path: Path, business_name: str = "", currency: str = "", language: str = "en") -> PlanFile:
    """A new, empty plan at *path* (which must not exist yet)."""
    if path.exists():
        raise PlanFileError(path, "a file with this name already exists")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, isolation_level=None)
    except (OSError, sqlite3.Error) as exc:
        raise PlanFileError(path, f"the plan cannot be created ({exc})") from None
    _configure(conn, writable=True)
    lock = PlanLock(path)
    lock.acquire()
    from sqlite_utils import Database

    db = Database(conn)
    schema.migrate(db)
    Repository(db).init_meta(business_name=business_name, currency=currency, language=language)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the identity lands in the file itself
    return PlanFile(path, db, lock=lock)


def open_plan(path: Path, *, read_only: bool = False, exclusive: bool = True, backup: bool = True) -> PlanFile:
    """Open an existing plan, migrating it (after a backup) when it is older than this app.

    A plan that cannot be written (read-only folder or file) opens read-only and
    says why, and so does a plan another window or command has open (its lock
    is taken).  *exclusive* False is for a second connection of the process
    that holds the lock (a worker thread).  Opening for writing takes a
    rotating backup (``backups.take``) unless *backup* is False.
    """
    path = Path(path)
    ver = examine(path)
    writable = not read_only and folder_is_writable(path)
    reason = ""
    lock = None
    if writable and exclusive:
        lock = PlanLock(path)
        if not lock.acquire():
            holder = lock.holder()
            writable, lock = False, None
            reason = ("it is open in another window or command" + (f" (process {holder})" if holder else "")
                      + ": changes can only be made there")
    if not writable and not reason:
        reason = "opened read-only as asked" if read_only else "the file or its folder cannot be written to"
    if not writable and ver < schema.LATEST:
        raise PlanFileError(
            path, f"this plan is in an older format ({ver}) and must be updated, but {reason}"
        )
    try:
        if writable:
            conn = sqlite3.connect(path, isolation_level=None)
        else:
            # immutable: a WAL plan in a read-only folder cannot get its -shm file
            conn = sqlite3.connect(_uri(path, "ro", immutable=not folder_is_writable(path)),
                                   uri=True, isolation_level=None)
        _configure(conn, writable)
    except sqlite3.Error as exc:
        if lock is not None:
            lock.release()
        raise PlanFileError(path, f"the plan cannot be opened ({exc})") from None
    from sqlite_utils import Database

    db = Database(conn)
    plan = PlanFile(path, db, read_only=not writable, read_only_reason=reason, lock=lock)
    if writable and schema.version(conn) < schema.LATEST:
        plan.backups.append(backup_copy(db, path, f"v{ver}-before-upgrade"))
        schema.migrate(db)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    if writable and exclusive and backup:
        try:
            backups.take(conn, path)
        except (OSError, sqlite3.Error):
            pass  # a full disk must not stop the owner from opening their plan
    return plan


def save_copy(plan: PlanFile, target: Path) -> Path:
    """Write a consistent copy of the open plan to *target* (replacing it), via SQLite's backup API."""
    target = Path(target)
    if target.resolve() == plan.path.resolve():
        raise PlanFileError(target, "this is the plan itself; choose another name for the copy")
    tmp = target.with_name(f".{target.name}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        dest = sqlite3.connect(tmp)
        try:
            plan.db.conn.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
        os.replace(tmp, target)
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        raise PlanFileError(target, f"the copy cannot be written ({exc})") from None
    return target
