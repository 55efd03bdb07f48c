"""Figures importers: read platform analytics exports and home-made tables into daily KPI figures.

``open_source(path)`` recognises the layout from the head of the file (cheap),
by its columns and contents, never by its name: exports are saved under other
names, in other languages and re-saved by spreadsheets.  A CSV, a sheet of an
XLSX, XLS or ODS workbook, or the members of a zip are all read the same way.
``ImportSource.figures(kpi)`` then streams one Figure per day (and platform),
rolled up from per-post rows where needed, a Rejected for every row that cannot
be read safely, a Skipped for every row left out on purpose, and Notes.  Pure
Python: no Qt.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from planner.domain.i18n import QT_TRANSLATE_NOOP
from planner.exchange.importers import facebook, ga4, generic, linkedin, meta_suite, tiktok, x_twitter, youtube
from planner.exchange.importers.archives import calamine_errors, check_zip, open_workbook, sheet_head
from planner.exchange.importers.model import (
    Batch, Figure, GenericMapping, ImportCancelled, ImportFileError, ImportSource, Item, Note, Rejected, Skipped,
)
from planner.exchange.importers.text import Head, read_head
from planner.exchange.messages import Msg, Phrase, PlatformName

__all__ = ["Batch", "Figure", "GenericMapping", "ImportCancelled", "ImportFileError", "ImportSource", "Item", "Msg",
           "Note", "Rejected", "Skipped", "open_source"]

_LAYOUTS = (meta_suite.detect, ga4.detect, x_twitter.detect, facebook.detect, youtube.detect, tiktok.detect)
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def open_source(path: Path, *, platform: str | None = None, mapping: GenericMapping | None = None) -> ImportSource:
    """Recognise *path*'s layout; ImportFileError when the file cannot give figures at all.

    *platform* is the platform the user says the file is from: a table of their
    own takes it, and a platform export from another platform is refused.
    A *mapping* makes the file a table of the owner's own, read by the columns it names.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        with open(path, "rb") as f:
            magic = f.read(16)
    except OSError as exc:
        raise ImportFileError(path, Msg(QT_TRANSLATE_NOOP("import", "it cannot be read ({error})"),
                                        error=exc.strerror or str(exc))) from None
    if size == 0:
        raise ImportFileError(path, Msg(QT_TRANSLATE_NOOP("import", "the file is empty")))
    kind = next((k for sig, k in _NOT_TABLES if magic.startswith(sig)), None)
    if kind is not None:
        raise ImportFileError(path, Msg(QT_TRANSLATE_NOOP("import", "this is {kind}, not a table of figures: export "
                                                                    "the figures as CSV or a spreadsheet"),
                                        kind=Phrase("import", kind)))
    if magic.startswith(b"PK\x03\x04") or magic.startswith(b"PK\x05\x06"):
        source = _open_zip(path, platform, mapping)
    elif magic[:8] == _OLE2:
        source = _open_workbook(path, platform, mapping)
    else:
        source = _recognise(read_head(path, path.name, lambda: open(path, "rb"), size), platform, mapping)
    if platform is not None and source.platform not in (None, "website", platform):
        raise ImportFileError(path, Msg(QT_TRANSLATE_NOOP("import", "this is {layout}, with figures of {theirs}, not "
                                                                    "{yours}"),
                                        layout=source.layout, theirs=PlatformName(source.platform),
                                        yours=PlatformName(platform)))
    return source


#: Files owners mistake for exports (a report saved as PDF, a screenshot), known by their first bytes.
_NOT_TABLES = (
    (b"%PDF-", QT_TRANSLATE_NOOP("import", "a PDF document")),
    (b"\x89PNG\r\n\x1a\n", QT_TRANSLATE_NOOP("import", "a PNG image")),
    (b"\xff\xd8\xff", QT_TRANSLATE_NOOP("import", "a JPEG image")),
    (b"GIF8", QT_TRANSLATE_NOOP("import", "a GIF image")),
    (b"SQLite format 3\x00", QT_TRANSLATE_NOOP("import", "a database file (perhaps a plan)")),
)


def _recognise(head: Head, platform: str | None, mapping: GenericMapping | None) -> ImportSource:
    if mapping is None:
        for detect in _LAYOUTS:
            source = detect(head)
            if source is not None:
                return source
    return generic.detect(head, mapping, platform)


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
                    raise ImportFileError(path, Msg(QT_TRANSLATE_NOOP(
                        "import", "a zip archive that is neither a spreadsheet nor a YouTube Studio export")))
                return source
    except zipfile.BadZipFile as exc:
        raise ImportFileError(path, Msg(QT_TRANSLATE_NOOP("import", "a damaged zip archive ({error})"),
                                        error=str(exc))) from None
    return _open_workbook(path, platform, mapping)


def _open_workbook(path: Path, platform: str | None, mapping: GenericMapping | None) -> ImportSource:
    """A workbook: LinkedIn's by its sheets, any other platform's layout on any sheet, else the first sheet as a
    table of the owner's own."""
    with open_workbook(path) as wb, calamine_errors(path):
        sheets = list(wb.sheet_names)
    if not sheets:
        raise ImportFileError(path, Msg(QT_TRANSLATE_NOOP("import", "the spreadsheet has no sheets")))
    if mapping is None:
        source = linkedin.detect(path, sheets)
        if source is not None:
            return source
        for sheet in sheets:
            try:
                head = sheet_head(path, sheet)
            except ImportFileError:
                continue  # an empty sheet
            for detect in _LAYOUTS:
                source = detect(head)
                if source is not None:
                    return source
    return generic.detect(sheet_head(path, sheets[0]), mapping, platform)
