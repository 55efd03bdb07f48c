"""The store's errors, in words a user can act on."""

from __future__ import annotations

from pathlib import Path


class PlanFileError(Exception):
    """A plan (or a file made from it) that cannot be opened or written; names the file and the problem."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class WriteFailed(Exception):
    """A write the plan file refused (a full disk, a read-only file); nothing of it was stored."""


def sqlite_words(exc: BaseException, where: Path | None = None) -> str:
    """What a SQLite error means for the owner (the raw message when it is not a known one).

    *where* (a file's folder) tells a full disk from other input/output errors.
    """
    text = str(exc)
    lower = text.lower()
    if "disk is full" in lower or "file too large" in lower or (
            "disk i/o error" in lower and where is not None and _nearly_full(where)):
        return "the disk is full"
    if "readonly" in lower or "read-only" in lower:
        return "the plan cannot be written (it is read-only)"
    if "disk i/o error" in lower:
        return "the disk reported an error while writing"
    if "locked" in lower or "busy" in lower:
        return "another program is writing to the plan"
    return text


def _nearly_full(folder: Path) -> bool:
    import shutil

    try:
        return shutil.disk_usage(folder).free < 1024 * 1024
    except OSError:
        return False
