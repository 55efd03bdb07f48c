"""Making files safely: never through a link we did not make, never half-written, never onto the plan.

Every file the app writes (a backup, an export, a copy of the plan, a PDF) is
first created under a temporary name that cannot exist yet (``O_CREAT |
O_EXCL``, which never follows a link planted in its place), written, flushed,
and only then renamed over its target.  While it is being written its
process holds a lock on it, so the next open can tell a crash's leftover
(no lock: removed) from a file another window is writing right now (kept).
Output paths are refused when they are, or lead to, the open plan, its
journals, its lock or its backups.
"""

from __future__ import annotations

import os
import re
import stat
import sys
import tempfile
from pathlib import Path

from planner.store.errors import PlanFileError

#: The temporary names this module makes: ".<target name>.<8 random characters>.sgptmp".
TEMP_SUFFIX = ".sgptmp"
_OWN_TEMP = re.compile(r"^\..*\.[a-z0-9_]{8}" + re.escape(TEMP_SUFFIX) + "$")
#: Beside the plan file: SQLite's journals, the lock, the backups folder.
COMPANIONS = ("-wal", "-shm", "-journal", ".lock", ".backups")
_NAME_MAX = 100  # of the target's name inside a temporary name (file names are at most 255 bytes)


def user_file_mode() -> int:
    """The permissions a new file gets from the user's umask (0o644 for the usual 022)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:  # Linux: read without changing it
            for line in status:
                if line.startswith("Umask:"):
                    return 0o666 & ~int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)  # elsewhere: the only way to read it is to set it (and set it back)
    os.umask(mask)
    return 0o666 & ~mask


def kind_of(mode: int) -> str:
    """What a file is, in words, when it is not the kind wanted (a folder where a file should be, a file where a
    folder should be)."""
    if stat.S_ISREG(mode):
        return "a file"
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a plain file"


def require_regular(path: Path, what: str = "file") -> os.stat_result:
    """The file's status when *path* is a plain file; PlanFileError (before anything opens it) when not.

    A named pipe or a device would make a reader wait forever or read without end.
    """
    try:
        st = path.stat()
    except FileNotFoundError:
        raise PlanFileError(path, "the file does not exist") from None
    except OSError as exc:
        raise PlanFileError(path, f"the file cannot be read ({exc.strerror})") from None
    if not stat.S_ISREG(st.st_mode):
        raise PlanFileError(path, f"this is {kind_of(st.st_mode)}, not a {what}")
    return st


def same_file(a: Path, b: Path) -> bool:
    """Whether *a* and *b* are one file (through links of either kind)."""
    try:
        sa, sb = os.stat(a), os.stat(b)
    except OSError:
        return False
    return (sa.st_dev, sa.st_ino) == (sb.st_dev, sb.st_ino)


def companions(plan: Path) -> list[Path]:
    """The plan and the files beside it that belong to it."""
    return [plan] + [plan.with_name(plan.name + extra) for extra in COMPANIONS]


def check_output(target: Path, plan: Path | None = None) -> Path:
    """*target* when a new file may be written there; PlanFileError saying why not.

    Refused: an empty name, a folder, a device or pipe, a folder that does not
    exist, and anything that is (or leads to, through links of either kind) the
    open *plan*, its journals, its lock or its backups.
    """
    target = Path(target)
    if not str(target).strip() or target.name in ("", ".", ".."):
        raise PlanFileError(Path('""') if str(target) == "." else target, "no file name was given")
    if target.exists() or target.is_symlink():
        try:
            st = target.stat()
        except OSError:
            st = None
        if st is not None and not stat.S_ISREG(st.st_mode):
            raise PlanFileError(target, f"this is {kind_of(st.st_mode)}; give the name of a file to write")
    parent = target.parent
    if not parent.is_dir():
        raise PlanFileError(target, f"the folder {parent} does not exist")
    if plan is not None:
        where = target.resolve()
        for own in {*companions(Path(plan)), *companions(Path(plan).resolve())}:
            own_real = own.resolve()
            if where == own_real or own_real in where.parents or same_file(target, own):
                raise PlanFileError(target, "this is the plan itself or one of its own files (journal, lock or "
                                            "backups); choose another name")
    return target


def fsync_folder(folder: Path) -> None:
    """Make a rename in *folder* survive a power cut (POSIX; a no-op where folders cannot be opened)."""
    if sys.platform == "win32":  # pragma: no cover
        return
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class NewFile:
    """A file being written under a temporary name beside *target*, put in place by ``commit``.

    ``path`` is the temporary file (made with ``O_EXCL``: a link planted there
    is never followed).  Use it as a context manager: leaving without
    ``commit`` removes the temporary file.
    """

    def __init__(self, target: Path, mode: int | None = None) -> None:
        self.target = Path(target)
        self.mode = user_file_mode() if mode is None else mode
        clean_leftovers(self.target.parent)  # what a crash left here half-written before
        fd, name = tempfile.mkstemp(prefix=f".{self.target.name[:_NAME_MAX]}.", suffix=TEMP_SUFFIX,
                                    dir=self.target.parent)
        self._fd: int | None = fd
        self.path = Path(name)
        _hold(fd)

    def __enter__(self) -> NewFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.discard()

    def commit(self) -> Path:
        """Flush the finished file to the disk and rename it over the target, at once."""
        if self._fd is None:
            raise ValueError("the file was already committed or discarded")
        if sys.platform != "win32":
            os.fchmod(self._fd, self.mode)
        os.fsync(self._fd)  # whoever wrote it (SQLite, the PDF writer), the data is the same file's
        os.replace(self.path, self.target)
        self._close()
        fsync_folder(self.target.parent)
        return self.target

    def discard(self) -> None:
        if self._fd is None:
            return
        try:
            self.path.unlink(missing_ok=True)
        finally:
            self._close()

    def _close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # also lets go of the lock
            self._fd = None


def clean_leftovers(folder: Path) -> list[Path]:
    """Remove temporary files this module made in *folder* whose writer is gone (a crash, a kill)."""
    removed = []
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    for name in names:
        if not _OWN_TEMP.match(name):
            continue
        path = folder / name
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
        except OSError:
            continue  # a link or something we cannot open: not ours to remove
        try:
            if stat.S_ISREG(os.fstat(fd).st_mode) and _abandoned(fd, path):
                path.unlink()
                removed.append(path)
        except OSError:
            pass
        finally:
            os.close(fd)
    return removed


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds
    import time

    def _hold(fd: int) -> None:
        pass  # Windows locks are mandatory and would stop the writer itself: leftovers go by age

    def _abandoned(fd: int, path: Path) -> bool:
        return time.time() - os.fstat(fd).st_mtime > 24 * 3600
else:
    import fcntl

    def _hold(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _abandoned(fd: int, path: Path) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False  # its writer is alive
        return True


def verified_folder(path: Path, what: str) -> Path:
    """*path* as a private folder of this user, made if missing; PlanFileError if it cannot be trusted.

    A folder that is a link, belongs to someone else or can be written by
    others could send our files (or our deletions) anywhere: it is not used.
    """
    try:
        path.mkdir(mode=0o700)
    except FileExistsError:
        pass
    except OSError as exc:
        raise PlanFileError(path, f"the {what} cannot be made ({exc.strerror})") from None
    st = os.lstat(path)
    if stat.S_ISLNK(st.st_mode):
        raise PlanFileError(path, f"the {what} is a link to another place; move it away so that a real folder "
                                  "can be made")
    if not stat.S_ISDIR(st.st_mode):
        raise PlanFileError(path, f"the {what} should be a folder but is {kind_of(st.st_mode)}")
    if sys.platform != "win32":
        if st.st_uid != os.geteuid():
            raise PlanFileError(path, f"the {what} belongs to another user")
        if st.st_mode & 0o022:
            raise PlanFileError(path, f"other users can write to the {what}")
    return path
