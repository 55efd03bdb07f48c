"""Spreadsheets (XLSX, XLS, ODS through python-calamine) and zip archives, read safely."""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from planner.exchange.importers.model import Cell, ImportFileError, Watch
from planner.exchange.importers.text import Opener

MAX_UNCOMPRESSED = 200 * 1024 * 1024
MAX_RATIO = 200


def check_zip(path: Path, zf: zipfile.ZipFile) -> None:
    """Refuse zip bombs before reading anything: the declared sizes and ratios must be sane."""
    total = 0
    for info in zf.infolist():
        total += info.file_size
        ratio = info.file_size / max(1, info.compress_size)
        if total > MAX_UNCOMPRESSED or (info.file_size > 10 * 1024 * 1024 and ratio > MAX_RATIO):
            raise ImportFileError(path, f"the archive would expand to {total // (1024 * 1024)} MB or more "
                                        f"({info.filename!r} is compressed {ratio:.0f} to 1): refused as a zip bomb")


def open_workbook(path: Path) -> Any:
    """A python-calamine workbook (XLSX, XLS, ODS); ImportFileError when it is not one."""
    from python_calamine import CalamineWorkbook

    try:
        return CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine raises its own error types for every kind of damage
        raise ImportFileError(path, f"cannot be read as a spreadsheet ({exc})") from None


@contextmanager
def calamine_errors(path: Path) -> Iterator[None]:
    """Damage calamine finds only while reading a sheet (a zip member larger than it says, bad XML)
    becomes an ImportFileError naming the file."""
    from python_calamine import CalamineError

    try:
        yield
    except CalamineError as exc:
        raise ImportFileError(path, f"the spreadsheet is damaged ({exc})") from None


def sheet_head(path: Path, sheet: str, n: int = 8) -> list[tuple[int, list[Cell]]]:
    """The first *n* rows of a sheet with their 1-based row numbers."""
    with open_workbook(path) as wb, calamine_errors(path):
        ws = wb.get_sheet_by_name(sheet)
        first = ws.start[0] if ws.start else 0
        out = []
        for i, row in enumerate(ws.iter_rows()):
            if i >= n:
                break
            out.append((first + i + 1, list(row)))
        return out


def sheet_rows(path: Path, sheet: str, skip: int) -> Callable[[Watch | None], Iterator[tuple[int, list[Cell]]]]:
    """Rows of a sheet below row *skip*, re-opening the workbook for each read."""
    def rows(watch: Watch | None) -> Iterator[tuple[int, list[Cell]]]:
        with open_workbook(path) as wb, calamine_errors(path):
            ws = wb.get_sheet_by_name(sheet)
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
    return rows


class _SheetReader:
    """Sheet rows with a csv-reader-like ``line_num`` (rows consumed below the header)."""

    def __init__(self, rows: Iterator[list[Cell]], height: int) -> None:
        self._rows = rows
        self.line_num = 0
        self.height = max(1, height)

    def __iter__(self) -> _SheetReader:
        return self

    def __next__(self) -> list[Cell]:
        row = next(self._rows)
        self.line_num += 1
        return list(row)


@contextmanager
def sheet_reader(path: Path, sheet: str, skip: int) -> Iterator[tuple[_SheetReader, int, Callable[[], float]]]:
    """Rows of a sheet below row *skip*, for the generic path (see TextFile.reader)."""
    with open_workbook(path) as wb, calamine_errors(path):
        ws = wb.get_sheet_by_name(sheet)
        first = ws.start[0] if ws.start else 0
        rows = iter(ws.iter_rows())
        for _ in range(max(0, skip - first)):
            next(rows, None)
        reader = _SheetReader(rows, ws.height)
        yield reader, skip, lambda: reader.line_num / reader.height


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
