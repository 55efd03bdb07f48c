"""Reading a layout's header: column names compared as platforms write them (soft hyphens, case, spaces), the
rows above the data, and the data rows themselves."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from planner.domain.i18n import QT_TRANSLATE_NOOP
from planner.exchange.importers.model import Cell, ImportFileError, Watch
from planner.exchange.importers.text import Head, TableFile
from planner.exchange.messages import Msg

Rows = Callable[[Watch | None], Iterator[tuple[int, list[Cell]]]]


def norm(header: Cell) -> str:
    """A header as compared: no soft hyphens, BOMs or zero-width marks, case-folded, single spaces."""
    text = str(header).replace("\u00ad", "").replace("\ufeff", "").replace("\u200b", "")
    return " ".join(text.split()).casefold()


def find(header: list[str], *names: str) -> int | None:
    """Index of the first column whose normalised name is one of *names*."""
    wanted = [norm(n) for n in names]
    normed = [norm(h) for h in header]
    for w in wanted:
        if w in normed:
            return normed.index(w)
    return None


def header_map(header: list[Cell], names: dict[str, tuple[str, ...]]) -> tuple[dict[str, int], dict[str, str]]:
    """Logical column names -> index (first match), and -> the header as written."""
    cols: dict[str, int] = {}
    shown: dict[str, str] = {}
    for key, candidates in names.items():
        i = find([str(h) for h in header], *candidates)
        if i is not None:
            cols[key] = i
            shown[key] = " ".join(str(header[i]).replace("\u00ad", "").split())
    return cols, shown


def body_start(head: Head, header_rows: int = 1) -> int:
    """Rows to skip to reach the data (the header rows and anything above them).

    Raises ImportFileError when the file has its header and nothing else.
    """
    if len(head.rows) <= header_rows:
        raise ImportFileError(head.path, Msg(QT_TRANSLATE_NOOP("import", "it has a header but no rows of figures")))
    return head.rows[header_rows][0] - 1


def head_column(head: Head, col: int, header_rows: int = 1) -> list[Cell]:
    return [r[col] for _, r in head.rows[header_rows:] if len(r) > col]


def table_rows(file: TableFile, skip: int) -> Rows:
    """The rows of *file* below the first *skip* rows (the header rows and anything above them)."""
    def rows(watch: Watch | None) -> Iterator[tuple[int, list[Cell]]]:
        return file.rows(watch, skip)
    return rows
