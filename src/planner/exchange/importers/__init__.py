"""Figures importers: read platform analytics exports and home-made tables into daily KPI figures.

``open_source(path)`` recognises the layout from the head of the file (cheap);
``ImportSource.figures(kpi)`` then streams one Figure per day (and platform),
rolled up from per-post rows where needed, and a Rejected for every row that
cannot be read safely.  Pure Python: no Qt.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from planner.exchange.importers import facebook, ga4, generic, linkedin, meta_suite, tiktok, x_twitter, youtube
from planner.exchange.importers.archives import calamine_errors, check_zip, file_opener, open_workbook
from planner.exchange.importers.model import (
    Batch, Figure, GenericMapping, ImportCancelled, ImportFileError, ImportSource, Rejected,
)
from planner.exchange.importers.text import read_head

__all__ = ["Batch", "Figure", "GenericMapping", "ImportCancelled", "ImportFileError", "ImportSource", "Rejected",
           "open_source"]

_TEXT_LAYOUTS = (meta_suite.detect, ga4.detect, x_twitter.detect, facebook.detect, youtube.detect, tiktok.detect)
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def open_source(path: Path, *, platform: str | None = None, mapping: GenericMapping | None = None) -> ImportSource:
    """Recognise *path*'s layout; ImportFileError when the file cannot give figures at all.

    *platform* is the platform the user says the file is from: a generic table
    takes it, and a platform export from another platform is refused.
    A *mapping* makes the file a generic table read by the columns it names.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        with open(path, "rb") as f:
            magic = f.read(8)
    except OSError as exc:
        raise ImportFileError(path, f"cannot be read ({exc.strerror or exc})") from None
    if size == 0:
        raise ImportFileError(path, "the file is empty")
    if magic.startswith(b"PK\x03\x04") or magic.startswith(b"PK\x05\x06"):
        source = _open_zip(path, platform, mapping)
    elif magic == _OLE2:
        source = _open_workbook(path, platform, mapping)
    else:
        source = _open_text(path, size, platform, mapping)
    if platform is not None and source.platform not in (None, "website", platform):
        raise ImportFileError(path, f"is a {source.layout} file from {source.platform}, not {platform}")
    return source


def _open_text(path: Path, size: int, platform: str | None, mapping: GenericMapping | None) -> ImportSource:
    head = read_head(path, path.name, file_opener(path), size)
    if mapping is None:
        for detect in _TEXT_LAYOUTS:
            source = detect(head)
            if source is not None:
                return source
    return generic.detect_text(head, mapping, platform)


def _open_zip(path: Path, platform: str | None, mapping: GenericMapping | None) -> ImportSource:
    try:
        with zipfile.ZipFile(path) as zf:
            check_zip(path, zf)
            names = set(zf.namelist())
            if "[Content_Types].xml" in names or "mimetype" in names:
                pass  # XLSX or ODS: read below, after the archive is closed
            else:
                source = youtube.open_zip(path, zf)
                if source is None:
                    raise ImportFileError(path, "a zip archive that is neither a spreadsheet nor a YouTube "
                                                "Studio export")
                return source
    except zipfile.BadZipFile as exc:
        raise ImportFileError(path, f"a damaged zip archive ({exc})") from None
    return _open_workbook(path, platform, mapping)


def _open_workbook(path: Path, platform: str | None, mapping: GenericMapping | None) -> ImportSource:
    with open_workbook(path) as wb, calamine_errors(path):
        sheets = list(wb.sheet_names)
    if not sheets:
        raise ImportFileError(path, "the spreadsheet has no sheets")
    if mapping is None:
        source = linkedin.detect(path, sheets)
        if source is not None:
            return source
    return generic.detect_sheet(path, sheets[0], mapping, platform)
