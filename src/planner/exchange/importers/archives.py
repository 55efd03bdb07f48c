"""Spreadsheets (XLSX, XLS, ODS through python-calamine) and zip archives, read safely."""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from planner.domain.i18n import QT_TRANSLATE_NOOP
from planner.exchange.importers.model import Cell, ImportFileError, Watch
from planner.exchange.importers.text import Head, Opener, is_preamble
from planner.exchange.messages import Count, Msg

MAX_UNCOMPRESSED = 200 * 1024 * 1024
MAX_RATIO = 200


def check_zip(path: Path, zf: zipfile.ZipFile) -> None:
    """Refuse zip bombs before reading anything: the declared sizes and ratios must be sane."""
    total = 0
    for info in zf.infolist():
        total += info.file_size
        ratio = info.file_size / max(1, info.compress_size)
        if total > MAX_UNCOMPRESSED or (info.file_size > 10 * 1024 * 1024 and ratio > MAX_RATIO):
            raise ImportFileError(path, Msg(QT_TRANSLATE_NOOP(
                "import", "the archive would expand to {size} MB or more ({member} is compressed {ratio} to 1): "
                          "refused as a zip bomb"),
                size=Count(total // (1024 * 1024)), member=info.filename, ratio=Count(round(ratio))))


def open_workbook(path: Path) -> Any:
    """A python-calamine workbook (XLSX, XLS, ODS); ImportFileError when it is not one."""
    from python_calamine import CalamineWorkbook

    try:
        return CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine raises its own error types for every kind of damage
        raise ImportFileError(path, Msg(QT_TRANSLATE_NOOP("import", "this cannot be read as a spreadsheet ({error})"),
                                        error=str(exc))) from None


@contextmanager
def calamine_errors(path: Path) -> Iterator[None]:
    """Damage calamine finds only while reading a sheet (a zip member larger than it says, bad XML)
    becomes an ImportFileError naming the file."""
    from python_calamine import CalamineError

    try:
        yield
    except CalamineError as exc:
        raise ImportFileError(path, Msg(QT_TRANSLATE_NOOP("import", "the spreadsheet is damaged ({error})"),
                                        error=str(exc))) from None


@dataclass
class SheetFile:
    """One sheet of a workbook, read like a text file: rows with their numbers as the spreadsheet shows them."""

    path: Path
    sheet: str
    decimal: str = "."  # cells hold numbers; a number typed as text is read with either mark

    @property
    def name(self) -> str:
        return f"{self.path.name} ({self.sheet})"

    def rows(self, watch: Watch | None = None, skip: int = 0) -> Iterator[tuple[int, list[Cell]]]:
        """(row number, cells) for the rows below row *skip*, re-opening the workbook for each read."""
        with open_workbook(self.path) as wb, calamine_errors(self.path):
            ws = wb.get_sheet_by_name(self.sheet)
            first = ws.start[0] if ws.start else 0
            height = max(1, ws.height)
            for i, row in enumerate(ws.iter_rows()):
                number = first + i + 1
                if watch is not None and not i % Watch.EVERY:
                    watch(i / height)
                if number > skip:
                    yield number, list(row)
            if watch is not None:
                watch.done()

    @contextmanager
    def reader(self, skip: int) -> Iterator[tuple[_SheetReader, int, Callable[[], float]]]:
        """Rows below row *skip*, for the generic path (see TextFile.reader)."""
        with open_workbook(self.path) as wb, calamine_errors(self.path):
            ws = wb.get_sheet_by_name(self.sheet)
            first = ws.start[0] if ws.start else 0
            rows = iter(ws.iter_rows())
            for _ in range(max(0, skip - first)):
                next(rows, None)
            reader = _SheetReader(rows, ws.height)
            yield reader, skip, lambda: reader.count / reader.height


class _SheetReader:
    """Sheet rows as lists, counting how many were read (for progress)."""

    def __init__(self, rows: Iterator[list[Cell]], height: int) -> None:
        self._rows = rows
        self.count = 0
        self.height = max(1, height)

    def __iter__(self) -> _SheetReader:
        return self

    def __next__(self) -> list[Cell]:
        row = next(self._rows)
        self.count += 1
        return list(row)


def sheet_head(path: Path, sheet: str, max_rows: int = 40) -> Head:
    """The first rows of a sheet with their row numbers, and a ``#`` preamble above its header (a GA4 report
    re-saved as a spreadsheet keeps one in column A); blank rows are left out."""
    file = SheetFile(path, sheet)
    preamble: list[str] = []
    rows: list[tuple[int, list[Cell]]] = []
    for number, cells in file.rows():
        if not any(str(c).strip() for c in cells):
            continue
        if not rows and is_preamble(cells, not preamble):
            preamble.append(str(cells[0]).strip())
            continue
        rows.append((number, cells))
        if len(rows) >= max_rows:
            break
    if not rows:
        raise ImportFileError(path, Msg(QT_TRANSLATE_NOOP("import", "the sheet “{sheet}” is empty"), sheet=sheet))
    return Head(file, preamble, rows)


def zip_member(path: Path, name: str) -> Opener:
    """Opens one member of a zip; the archive closes when the member stream does."""
    def opener() -> IO[bytes]:
        zf = zipfile.ZipFile(path)
        try:
            return zf.open(name)
        finally:
            zf.close()  # the member keeps the file open until it is closed itself
    return opener


def file_opener(path: Path) -> Opener:
    return lambda: open(path, "rb")
