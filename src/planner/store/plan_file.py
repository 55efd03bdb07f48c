"""Opening, creating and migrating a plan file.

A plan is one SQLite file (SQLite's "application file format").  A file is
examined first without writing a byte (``reading.connect``), so that a file
that is not a plan, is damaged, has a schema it should not have, or comes
from a newer version is refused untouched.  Only then is it opened for
writing, under the lock of the real file (``lock.PlanLock``), with a backup
taken when it changed and before any migration.  A plan is created complete
or not at all, and closing it leaves one file: the log is checkpointed into
it and no ``-wal``/``-shm`` stays beside it.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from planner.domain import catalog
from planner.store import backups, files, reading, schema
from planner.store.errors import PlanFileError, WriteFailed, sqlite_words
from planner.store.lock import PlanLock
from planner.store.repository import Repository

if TYPE_CHECKING:  # sqlite-utils loads with the first plan opened, not with the app
    from sqlite_utils import Database

__all__ = ["PlanFile", "PlanFileError", "WriteFailed", "create", "examine", "open_plan", "save_copy"]

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


@dataclass
class PlanFile:
    """An open plan: where it is, whether it can be written, and its database."""

    path: Path
    db: Database
    read_only: bool = False
    read_only_reason: str = ""
    backups: list[Path] = field(default_factory=list)  # taken before an upgrade while opening
    lock: PlanLock | None = None
    #: why no backup could be kept when the plan was opened ("" when one was, or none was needed)
    backup_problem: str = ""
    closed: bool = False

    @property
    def real(self) -> Path:
        """The file itself (links resolved): what is locked, backed up, and never written onto."""
        return self.path.resolve()

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        if self.lock is not None and not self.read_only:
            try:  # everything into the file itself: a closed plan is one file
                self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.Error:
                pass
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
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        return "not a SQLite database"
    if any(ord(ch) < 32 and ch not in "\t\r\n\f" for ch in text):
        return "not a SQLite database"
    return "a text file"


def examine(path: Path) -> int:
    """The schema version of the plan at *path*, or PlanFileError; never writes to it or beside it."""
    path = Path(path)
    if not path.exists():
        raise PlanFileError(path, "the file does not exist")
    files.require_regular(path, "plan file")
    try:
        with path.open("rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        raise PlanFileError(path, f"the file cannot be read ({exc.strerror})") from None
    if not head.startswith(SQLITE_MAGIC):
        raise PlanFileError(path, f"this is not a Social Goal Planner plan: it is {_describe(head)}")
    if len(head) < 100:
        raise PlanFileError(path, "the plan is damaged: the file is truncated")
    try:
        conn = reading.connect(path.resolve())
    except (OSError, sqlite3.Error) as exc:
        raise PlanFileError(path, f"the plan is damaged or cannot be read ({exc})") from None
    try:
        return _check(conn, path)
    except sqlite3.DatabaseError as exc:
        raise PlanFileError(path, f"the plan is damaged ({exc})") from None
    finally:
        conn.close()


def _check(conn: sqlite3.Connection, path: Path) -> int:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    ver = schema.version(conn)
    if app_id != schema.APPLICATION_ID:
        raise PlanFileError(path, "this is a SQLite database of another application, not a Social Goal Planner plan")
    if ver > schema.LATEST:
        raise PlanFileError(
            path,
            f"this plan was written by a newer version of Social Goal Planner (plan format {ver}; "
            f"this version reads up to {schema.LATEST}). Update the app to open it.",
        )
    result = conn.execute("PRAGMA quick_check").fetchone()[0]
    if result != "ok":
        raise PlanFileError(path, f"the plan is damaged ({result})")
    changed = schema.differences(conn, ver)
    if changed:
        raise PlanFileError(path, "another program changed the plan's structure (" + "; ".join(changed[:3])
                            + "); it is not opened, so that nothing in it runs")
    unknown = _unknown_ids(conn) if ver >= 1 else ""
    if unknown:
        raise PlanFileError(path, f"{unknown}, which this version of Social Goal Planner does not know "
                                  "(the plan may come from a newer version)")
    return ver


def _unknown_ids(conn: sqlite3.Connection) -> str:
    """The first catalog id in the plan that this version does not know, in words ("" when none)."""
    for goal_id, title, objective, kpi in conn.execute("SELECT id, title, objective, kpi FROM goals"):
        if not catalog.is_objective(objective):
            return f"goal {goal_id} ({str(title)[:40]!r}) has the objective {objective!r}"
        if not catalog.is_kpi(kpi):
            return f"goal {goal_id} ({str(title)[:40]!r}) is measured by the KPI {kpi!r}"
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
        fd, probe = tempfile.mkstemp(prefix=".sgplan-probe.", suffix=files.TEMP_SUFFIX, dir=folder)
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
    else:
        conn.execute("PRAGMA query_only=1")


def create(path: Path, business_name: str = "", currency: str = "", language: str = "en") -> PlanFile:
    """A new, empty plan at *path* (which must not exist yet), made whole before it gets its name."""
    path = Path(path)
    if path.exists() or path.is_symlink():
        raise PlanFileError(path, "a file with this name already exists")
    from sqlite_utils import Database

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with files.NewFile(path) as new:
            conn = sqlite3.connect(new.path, isolation_level=None)
            try:
                conn.execute("PRAGMA journal_mode=MEMORY")  # no journal file to leave behind
                db = Database(conn)
                schema.migrate(db)
                Repository(db).init_meta(business_name=business_name, currency=currency, language=language)
            finally:
                conn.close()
            if path.exists() or path.is_symlink():
                raise PlanFileError(path, "a file with this name already exists")
            new.commit()
    except (OSError, sqlite3.Error, WriteFailed) as exc:
        words = exc.strerror if isinstance(exc, OSError) and exc.strerror else sqlite_words(exc)
        raise PlanFileError(path, f"the plan cannot be created ({words})") from None
    return open_plan(path, backup=False)


def open_plan(path: Path, *, read_only: bool = False, exclusive: bool = True, backup: bool = True) -> PlanFile:
    """Open an existing plan, migrating it (after a backup) when it is older than this app.

    A plan that cannot be written (read-only folder or file) opens read-only
    and says why, and so does a plan another window or command has open (its
    lock is taken).  A read-only plan is read as a snapshot that sees its log
    and leaves nothing beside it; an older format is updated in that snapshot
    only.  *exclusive* False is for a second connection of the process that
    holds the lock (a worker thread).  Opening for writing keeps a backup
    when the plan changed since its last one, unless *backup* is False.
    """
    path = Path(path)
    if not exclusive:
        return _second_connection(path)
    ver = examine(path)
    real = path.resolve()
    writable = not read_only and folder_is_writable(real)
    reason = ""
    lock = None
    if writable:
        lock = PlanLock(real)
        if not lock.acquire():
            holder = lock.holder()
            reason = lock.problem or ("it is open in another window or command" + (
                f" (process {holder})" if holder else "") + ": changes can only be made there")
            writable, lock = False, None
    if not writable:
        reason = reason or ("opened read-only as asked" if read_only else
                            "the file or its folder cannot be written to")
        return _read_only(path, real, ver, reason, in_memory=ver < schema.LATEST or not read_only)
    return _writable(path, real, ver, lock, backup)


def _second_connection(path: Path) -> PlanFile:
    from sqlite_utils import Database

    try:
        conn = sqlite3.connect(path.resolve(), isolation_level=None)
        _configure(conn, writable=True)
    except sqlite3.Error as exc:
        raise PlanFileError(path, f"the plan cannot be opened ({sqlite_words(exc)})") from None
    return PlanFile(path, Database(conn))


def _read_only(path: Path, real: Path, ver: int, reason: str, in_memory: bool) -> PlanFile:
    from sqlite_utils import Database

    try:
        conn = reading.connect(real, in_memory=in_memory)
    except (OSError, sqlite3.Error) as exc:
        raise PlanFileError(path, f"the plan cannot be read ({exc})") from None
    try:
        if ver < schema.LATEST:  # the copy in memory is updated; the file is not touched
            schema.migrate(Database(conn))
        _configure(conn, writable=False)
    except sqlite3.Error as exc:
        conn.close()
        raise PlanFileError(path, f"the plan cannot be read ({exc})") from None
    return PlanFile(path, Database(conn), read_only=True, read_only_reason=reason)


def _writable(path: Path, real: Path, ver: int, lock: PlanLock, backup: bool) -> PlanFile:
    from sqlite_utils import Database

    try:
        conn = sqlite3.connect(real, isolation_level=None)
        _configure(conn, writable=True)
    except sqlite3.Error as exc:
        lock.release()
        raise PlanFileError(path, f"the plan cannot be opened ({sqlite_words(exc, real.parent)})") from None
    plan = PlanFile(path, Database(conn), lock=lock)
    try:
        files.clean_leftovers(real.parent)
        if ver < schema.LATEST:
            try:
                kept = backups.take(conn, real, "before-upgrade")
            except PlanFileError as exc:
                raise PlanFileError(path, f"this plan is in an older format ({ver}) and must be updated, but no "
                                          f"backup of it could be kept first ({exc.problem}); nothing was changed"
                                    ) from None
            plan.backups.append(kept.path)
            try:
                schema.migrate(plan.db)
            except sqlite3.Error as exc:
                raise PlanFileError(path, f"the plan could not be updated to the new format ({sqlite_words(exc)}); "
                                          f"it is as it was") from None
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        if backup:
            try:
                backups.take(conn, real)
            except PlanFileError as exc:  # a full disk must not stop the owner from opening their plan: say it
                plan.backup_problem = exc.problem
    except BaseException:
        plan.close()
        raise
    return plan


def save_copy(plan: PlanFile, target: Path) -> Path:
    """Write a consistent copy of the open plan to *target* (replacing it), via SQLite's backup API."""
    target = files.check_output(Path(target), plan.path)
    try:
        with files.NewFile(target) as new:
            dest = sqlite3.connect(new.path)
            try:
                dest.execute("PRAGMA journal_mode=MEMORY")
                plan.db.conn.backup(dest)
                dest.execute("PRAGMA journal_mode=DELETE")
            finally:
                dest.close()
            new.commit()
    except (OSError, sqlite3.Error) as exc:
        words = exc.strerror if isinstance(exc, OSError) and exc.strerror else sqlite_words(exc)
        raise PlanFileError(target, f"the copy cannot be written ({words})") from None
    return target
