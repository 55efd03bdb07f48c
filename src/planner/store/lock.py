"""One writer per plan: a lock next to the plan file, held while a window (or a command) has it open.

The lock is an OS file lock (flock on POSIX, msvcrt on Windows) on
``NAME.sgplan.lock``, so it disappears with the process that held it, even
when that process is killed: a crash never leaves a plan locked.  A second
window that finds the lock taken opens the plan read-only instead.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


class PlanLock:
    def __init__(self, plan: Path) -> None:
        self.path = plan.with_name(plan.name + ".lock")
        self._fd: int | None = None

    def acquire(self) -> bool:
        """True when this process now holds the lock; False when another one does."""
        if self._fd is not None:
            return True
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:
            return False
        if not _try_lock(fd):
            os.close(fd)
            return False
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        _unlock(fd)
        os.close(fd)
        try:
            self.path.unlink()
        except OSError:  # another process took it meanwhile, or the folder is read-only
            pass

    def holder(self) -> str:
        """The process id written by whoever holds the lock (for the message), or ""."""
        try:
            return self.path.read_text(encoding="ascii").strip()
        except (OSError, UnicodeDecodeError):
            return ""


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds
    import msvcrt

    def _try_lock(fd: int) -> bool:
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

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
