"""Text tables: encodings, delimiters, decimal marks, and rows read with their numbers."""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Protocol

from planner.domain.i18n import QT_TRANSLATE_NOOP
from planner.exchange.importers.model import ImportFileError, Watch
from planner.exchange.messages import Msg

HEAD_BYTES = 64 * 1024
MAX_COLUMNS = 5000  # Facebook page exports reach a few thousand columns; more is not a table


_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_LEGACY = ["cp1252", "cp1256", "cp1251"]  # Western, Arabic/Persian and Cyrillic Windows


def detect_encoding(path: Path, head: bytes, whole: bool) -> str:
    """The codec for a text file: a BOM decides, then valid UTF-8, then charset-normalizer.

    *whole* says *head* is the entire file (so a multi-byte character cut at the
    end of the head is not mistaken for an error).
    """
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name
    if not head:
        raise ImportFileError(path, Msg(QT_TRANSLATE_NOOP("import", "the file is empty")))
    if b"\x00" in head:
        even, odd = head[0::2].count(0), head[1::2].count(0)
        if odd > len(head) * 0.4 and even < len(head) * 0.05:
            return "utf-16-le"
        if even > len(head) * 0.4 and odd < len(head) * 0.05:
            return "utf-16-be"
        raise ImportFileError(path, Msg(QT_TRANSLATE_NOOP(
            "import", "this is binary data, not a table of figures (it contains NUL bytes)")))
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=whole)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # only needed for legacy files

    best = from_bytes(head, cp_isolation=_LEGACY).best()
    if best is None:
        raise ImportFileError(path, Msg(QT_TRANSLATE_NOOP(
            "import", "the text encoding cannot be recognised (not UTF-8, UTF-16 or a Windows code page)")))
    return best.encoding


Opener = Callable[[], IO[bytes]]


@dataclass
class TextFile:
    """How to read a delimited text file as rows numbered the way a spreadsheet shows them.

    Row numbers count the preamble's lines (a ``sep=`` line, ``#`` comments) one
    row each, then one row per record: a quoted cell with line breaks inside
    (a post's text) does not add rows, as it does not in a spreadsheet.
    """

    path: Path
    name: str  # what messages call it (a zip member is "Studio.zip/Totals.csv")
    opener: Opener
    size: int
    encoding: str
    delimiter: str
    preamble: int = 0  # lines before the first record
    decimal: str = "."
    sheet: str | None = None  # text files have none; a spreadsheet's rows name their sheet

    def _text(self, raw: IO[bytes]) -> io.TextIOWrapper:
        return io.TextIOWrapper(raw, encoding=self.encoding, errors="replace", newline="")

    def _open(self, text: IO[str], skip: int) -> Any:
        """A csv reader on *text* past the first *skip* rows."""
        for _ in range(min(skip, self.preamble)):
            text.readline()
        reader = csv.reader(_short_lines(self.path, text, min(skip, self.preamble)), delimiter=self.delimiter)
        for _ in range(skip - self.preamble):
            if next(reader, None) is None:
                break
        return reader

    @contextmanager
    def reader(self, skip: int) -> Iterator[tuple[Any, int, Callable[[], float]]]:
        """A csv reader past the first *skip* rows, *skip* itself (the row before the reader's first), and the
        fraction of bytes read.  Callers number rows themselves (the generic path's speed depends on that)."""
        with self.opener() as raw, self._text(raw) as text:
            size = self.size or 1
            try:
                yield self._open(text, skip), skip, lambda: raw.tell() / size
            except csv.Error as exc:
                raise ImportFileError(self.path, Msg(QT_TRANSLATE_NOOP("import", "a row cannot be read ({error})"),
                                                     error=str(exc))) from None

    def rows(self, watch: Watch | None = None, skip: int = 0) -> Iterator[tuple[int, list[str]]]:
        """(row number, cells) for every row after the first *skip* rows."""
        with self.opener() as raw, self._text(raw) as text:
            number = skip
            size = self.size or 1
            try:
                for row in self._open(text, skip):
                    number += 1
                    if watch is not None and not number % Watch.EVERY:
                        watch(raw.tell() / size)
                    yield number, row
            except csv.Error as exc:
                raise ImportFileError(self.path, Msg(QT_TRANSLATE_NOOP("import", "row {row} cannot be read ({error})"),
                                                     row=str(number + 1), error=str(exc))) from None
            if watch is not None:
                watch.done()


#: A physical line longer than this is not a row of figures: refused before csv splits it
#: (a 50 MB line of commas would otherwise become a list of 50 million fields).
MAX_LINE_CHARS = 1024 * 1024


def _short_lines(path: Path, text: IO[str], before: int) -> Iterator[str]:
    """The lines of *text* (the file's lines after the first *before*), refusing one longer than MAX_LINE_CHARS
    with its line number.

    Reads with a bounded ``readline`` so that even a line of gigabytes costs at most
    MAX_LINE_CHARS of memory.
    """
    readline, limit = text.readline, MAX_LINE_CHARS + 1
    number = before
    while True:
        line = readline(limit)
        if not line:
            return
        number += 1
        if len(line) == limit:
            raise ImportFileError(path, Msg(QT_TRANSLATE_NOOP(
                "import", "line {line} is longer than {size} MB (millions of characters): this is not a table of "
                          "figures"), line=str(number), size=str(MAX_LINE_CHARS // (1024 * 1024))))
        yield line


class TableFile(Protocol):
    """A text file or a spreadsheet's sheet: rows with their numbers, whatever holds them."""

    path: Path
    name: str
    decimal: str
    sheet: str | None

    def rows(self, watch: Watch | None = None, skip: int = 0) -> Iterator[tuple[int, list[Any]]]: ...

    def reader(self, skip: int) -> AbstractContextManager[tuple[Any, int, Callable[[], float]]]: ...


@dataclass
class Head:
    """The first rows of a file or sheet, enough to recognise its layout."""

    file: TableFile
    preamble: list[str]  # '#' comment lines, a 'sep=' line
    rows: list[tuple[int, list[Any]]]  # (row number, cells), blank rows left out

    @property
    def path(self) -> Path:
        return self.file.path

    def preamble_value(self, name: str) -> str | None:
        """The value of a ``# Name: value`` line of the preamble (GA4 writes its date range so)."""
        for line in self.preamble:
            key, _, value = line.lstrip("#").partition(":")
            if key.strip().casefold() == name.casefold() and value.strip():
                return value.strip()
        return None


def is_preamble(cells: list[Any], first: bool) -> bool:
    """A ``#`` comment line, or (first of all) Excel's ``sep=,`` line."""
    text = str(cells[0]).strip().lstrip("\ufeff") if cells else ""
    if first and text.lower().startswith("sep=") and len(text) == 5:
        return True
    return text.startswith("#") and not any(str(c).strip() for c in cells[1:])


def read_head(path: Path, name: str, opener: Opener, size: int, max_rows: int = 40) -> Head:
    """Decode the start of a text file and find its preamble, delimiter and first rows."""
    with opener() as f:
        data = f.read(HEAD_BYTES + 1)
    whole = len(data) <= HEAD_BYTES
    data = data[:HEAD_BYTES]
    encoding = detect_encoding(path, data, whole)
    text = codecs.getincrementaldecoder(encoding)(errors="replace").decode(data, final=whole)
    lines = text.splitlines(keepends=True)
    if not whole and len(lines) > 1:
        lines = lines[:-1]  # the last line may be cut
    if not "".join(lines).strip():
        raise ImportFileError(path, Msg(QT_TRANSLATE_NOOP("import", "the file is empty")))
    preamble: list[str] = []
    delimiter = None
    for ln in lines:
        s = ln.strip().lstrip("\ufeff")
        if not preamble and s.lower().startswith("sep=") and len(s) == 5:
            delimiter = s[4]
        elif not (s.startswith("#") or (not s and preamble)):
            break
        preamble.append(ln)
    body = "".join(lines[len(preamble):])
    if delimiter is None:
        delimiter = sniff_delimiter(body)
    rows: list[tuple[int, list[str]]] = []
    reader = csv.reader(io.StringIO(body, newline=""), delimiter=delimiter)  # "": lines may end in a lone CR
    try:
        for row in reader:
            rows.append((len(preamble) + len(rows) + 1, row))
            if len(rows) > max_rows:
                break
    except csv.Error as exc:
        raise ImportFileError(path, Msg(QT_TRANSLATE_NOOP("import", "row {row} cannot be read ({error})"),
                                        row=str(len(preamble) + len(rows) + 1), error=str(exc))) from None
    if not (whole and len(rows) <= max_rows) and rows:
        rows.pop()  # may be cut in the middle of a quoted field
    rows = [(n, r) for n, r in rows if any(c.strip() for c in r)] or rows
    if not rows:  # the head (64 KB) ended inside the first line or row: no table is that wide
        raise ImportFileError(path, Msg(QT_TRANSLATE_NOOP(
            "import", "no complete row in the first {size} KB (a line is longer than that): this is not a table of "
                      "figures"), size=str(HEAD_BYTES // 1024)))
    if any(len(r) > MAX_COLUMNS for _, r in rows):
        raise ImportFileError(path, Msg(QT_TRANSLATE_NOOP(
            "import", "a row has more than {columns} columns: this is not a table of figures"),
            columns=str(MAX_COLUMNS)))
    tf = TextFile(path, name, opener, size, encoding, delimiter, len(preamble))
    tf.decimal = detect_decimal((c for _, r in rows[1:] for c in r), delimiter)
    return Head(tf, [ln.strip().lstrip("\ufeff") for ln in preamble], rows)


def sniff_delimiter(text: str) -> str:
    """Comma, semicolon or tab: the one that splits the first lines into the most equal-width rows."""
    sample = text[:16384]
    best, best_score = ",", (-1, -1)
    for d in (",", ";", "\t"):
        counts: list[int] = []
        try:
            for i, row in enumerate(csv.reader(io.StringIO(sample, newline=""), delimiter=d)):
                if i >= 20:
                    break
                if row:
                    counts.append(len(row))
        except csv.Error:
            continue
        if not counts:
            continue
        width = max(set(counts), key=lambda c: (counts.count(c), c))
        score = (sum(1 for c in counts if c == width) if width > 1 else 0, width)
        if score > best_score:
            best, best_score = d, score
    return best


_COMMA_DEC = re.compile(r"^[-+]?\d+,(\d{1,2}|\d{4,})%?$|\d\.\d{3},\d")
_POINT_DEC = re.compile(r"^[-+]?\d+\.(\d{1,2}|\d{4,})%?$|\d,\d{3}\.\d")


def detect_decimal(cells: Iterable[str], delimiter: str) -> str:
    """The decimal mark of a file: evidence from values that cannot be thousands groups, else by delimiter."""
    comma = point = 0
    for c in cells:
        if isinstance(c, str) and c and (c[-1:].isdigit() or c.endswith("%")):
            comma += bool(_COMMA_DEC.search(c))
            point += bool(_POINT_DEC.search(c))
    if comma and not point:
        return ","
    if point and not comma:
        return "."
    return "," if delimiter == ";" else "."
