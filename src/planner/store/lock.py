"""One writer per plan file: locks held while a window (or a command) has the plan open for writing.

The locks are OS file locks (flock on POSIX, msvcrt on Windows), so they
disappear with the process that held them, even when it is killed: a crash
never leaves a plan locked.  A plan is locked as the file it really is, not
by the name it was opened under:

- ``REAL-NAME.lock`` beside the plan's real path (links resolved), which
  other computers sharing the folder see too;
- ``DEVICE-INODE.lock`` in this user's private runtime folder, which a hard
  link (another name for the same file) cannot get around.

Lock files are opened without following links and only used when they are
plain files with one name: a link planted in their place is never written
through.  A second window that finds a lock taken opens the plan read-only.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from planner.store.errors import PlanFileError
from planner.store.files import verified_folder

_FLAGS = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(
    os, "O_CLOEXEC", 0)


def runtime_folder() -> Path | None:
    """This user's private folder for inode locks, or None when none can be trusted."""
    base = os.environ.get("XDG_RUNTIME_DIR")
    if base and Path(base).is_dir():
        where = Path(base) / "social-goal-planner"
    else:
        uid = os.geteuid() if hasattr(os, "geteuid") else os.getlogin()
        where = Path(tempfile.gettempdir()) / f"social-goal-planner-{uid}"
    try:
        return verified_folder(where, "lock folder")
    except (PlanFileError, OSError):
        return None  # someone else's folder or a link: the lock beside the plan still holds


class PlanLock:
    def __init__(self, plan: Path) -> None:
        real = Path(plan).resolve()
        self.path = real.with_name(real.name + ".lock")
        self.inode_path: Path | None = None
        try:
            st = os.stat(real)
        except OSError:
            st = None
        folder = runtime_folder() if st is not None else None
        if folder is not None and st is not None:
            self.inode_path = folder / f"{st.st_dev}-{st.st_ino}.lock"
        self._fds: list[tuple[int, Path]] = []
        #: why the lock could not be taken when it is not because another process holds it ("" if none)
        self.problem = ""

    def _paths(self) -> list[Path]:
        return [self.path] + ([self.inode_path] if self.inode_path is not None else [])

    def acquire(self) -> bool:
        """True when this process now holds the plan; False when another one does (or ``problem`` says why)."""
        if self._fds:
            return True
        self.problem = ""
        for path in self._paths():
            fd = self._take(path)
            if fd is None:
                self.release()
                return False
            self._fds.append((fd, path))
        return True

    def _take(self, path: Path) -> int | None:
        for _ in range(3):  # the file may be removed by its last holder between our open and our lock
            try:
                fd = os.open(path, _FLAGS, 0o644)
            except OSError as exc:
                self.problem = (f"the lock file {path} is a link, not a lock file; remove it"
                                if _is_link(path) else f"the lock file {path} cannot be made ({exc.strerror})")
                return None
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode) or st.st_nlink != 1:
                os.close(fd)
                self.problem = f"the lock file {path} is not a plain file of its own (a link?); remove it"
                return None
            if not _try_lock(fd):
                os.close(fd)
                return None
            try:
                now = os.stat(path, follow_symlinks=False)
            except OSError:
                now = None
            if now is not None and (now.st_dev, now.st_ino) == (st.st_dev, st.st_ino):
                os.ftruncate(fd, 0)
                os.write(fd, f"{os.getpid()}\n".encode())
                return fd
            _unlock(fd)
            os.close(fd)
        self.problem = f"the lock file {path} keeps changing"
        return None

    def release(self) -> None:
        fds, self._fds = self._fds, []
        for fd, path in reversed(fds):
            try:
                path.unlink()  # before unlocking: whoever opens it next makes a fresh one
            except OSError:  # a read-only folder
                pass
            _unlock(fd)
            os.close(fd)

    @property
    def held(self) -> bool:
        return bool(self._fds)

    def _existing(self) -> Iterator[int]:
        """A read-only descriptor of each lock file there is (links not followed); the caller closes it."""
        for path in self._paths():
            try:
                yield os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
            except OSError:
                continue

    def held_elsewhere(self) -> bool:
        """Whether a writer (another process, or another open of this one) has the plan now."""
        for fd in self._existing():
            try:
                if stat.S_ISREG(os.fstat(fd).st_mode) and not _try_lock(fd, shared=True):
                    return True
                _unlock(fd)
            finally:
                os.close(fd)
        return False

    def holder(self) -> str:
        """The process id written by whoever holds the lock (for the message), or ""."""
        for fd in self._existing():
            try:
                text = os.read(fd, 32).decode("ascii").strip()
            except (OSError, UnicodeDecodeError):
                text = ""
            finally:
                os.close(fd)
            if text.isdigit():
                return text
        return ""


def _is_link(path: Path) -> bool:
    try:
        return stat.S_ISLNK(os.lstat(path).st_mode)
    except OSError:
        return False


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds
    import msvcrt

    def _try_lock(fd: int, shared: bool = False) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
else:
    import fcntl

    def _try_lock(fd: int, shared: bool = False) -> bool:
        try:
            fcntl.flock(fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
