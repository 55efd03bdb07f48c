"""Text tables: encodings, delimiters, decimal marks, and rows read with their numbers."""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from planner.exchange.importers.model import ImportFileError, Watch

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
        raise ImportFileError(path, "the file is empty")
    if b"\x00" in head:
        even, odd = head[0::2].count(0), head[1::2].count(0)
        if odd > len(head) * 0.4 and even < len(head) * 0.05:
            return "utf-16-le"
        if even > len(head) * 0.4 and odd < len(head) * 0.05:
            return "utf-16-be"
        raise ImportFileError(path, "binary data, not a text table (contains NUL bytes)")
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=whole)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # only needed for legacy files

    best = from_bytes(head, cp_isolation=_LEGACY).best()
    if best is None:
        raise ImportFileError(path, "the text encoding cannot be recognised (not UTF-8, UTF-16 or a Windows code page)")
    return best.encoding


Opener = Callable[[], IO[bytes]]


@dataclass
class TextFile:
    """How to read a delimited text file as rows with their physical line numbers."""

    path: Path
    name: str  # what messages call it (a zip member is "Studio.zip/Totals.csv")
    opener: Opener
    size: int
    encoding: str
    delimiter: str
    skip: int = 0  # physical lines before the first row
    decimal: str = "."

    @contextmanager
    def reader(self, skip: int) -> Iterator[tuple[Any, int, Callable[[], float]]]:
        """A csv reader after *skip* physical lines, the line offset, and the fraction of bytes read.

        The reader's ``line_num`` counts physical lines, so callers number rows themselves
        in their own loop (the generic path's speed depends on that).
        """
        with self.opener() as raw:
            text = io.TextIOWrapper(raw, encoding=self.encoding, errors="replace", newline="")
            for _ in range(skip):
                text.readline()
            size = self.size or 1
            try:
                yield csv.reader(_short_lines(self.path, text, skip), delimiter=self.delimiter), skip, \
                    lambda: raw.tell() / size
            except csv.Error as exc:
                raise ImportFileError(self.path, f"a line cannot be read: {exc}") from None

    def rows(self, watch: Watch | None = None, skip: int | None = None) -> Iterator[tuple[int, list[str]]]:
        """(first physical line, cells) for every row after the first *skip* physical lines."""
        skip = self.skip if skip is None else skip
        with self.opener() as raw:
            text = io.TextIOWrapper(raw, encoding=self.encoding, errors="replace", newline="")
            for _ in range(skip):
                text.readline()
            reader = csv.reader(_short_lines(self.path, text, skip), delimiter=self.delimiter)
            before = 0
            count = 0
            size = self.size or 1
            try:
                for row in reader:
                    count += 1
                    if watch is not None and not count % Watch.EVERY:
                        watch(raw.tell() / size)
                    yield skip + before + 1, row
                    before = reader.line_num
            except csv.Error as exc:
                raise ImportFileError(self.path, f"line {skip + before + 1} cannot be read: {exc}") from None
            if watch is not None:
                watch.done()


#: A physical line longer than this is not a row of figures: refused before csv splits it
#: (a 50 MB line of commas would otherwise become a list of 50 million fields).
MAX_LINE_CHARS = 1024 * 1024


def _short_lines(path: Path, text: IO[str], skip: int) -> Iterator[str]:
    """The lines of *text*, refusing one longer than MAX_LINE_CHARS with its line number.

    Reads with a bounded ``readline`` so that even a line of gigabytes costs at most
    MAX_LINE_CHARS of memory.
    """
    readline, limit = text.readline, MAX_LINE_CHARS + 1
    number = skip
    while True:
        line = readline(limit)
        if not line:
            return
        number += 1
        if len(line) == limit:
            raise ImportFileError(path, f"line {number} is longer than {MAX_LINE_CHARS // (1024 * 1024)} MB "
                                        "(millions of characters): not a table of figures")
        yield line


@dataclass
class Head:
    """The first rows of a file, enough to recognise its layout."""

    file: TextFile
    preamble: list[str]  # '#' comment lines, a 'sep=' line
    rows: list[tuple[int, list[str]]]

    @property
    def path(self) -> Path:
        return self.file.path

    @property
    def filename(self) -> str:
        return self.file.name.rsplit("/", 1)[-1]


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
        raise ImportFileError(path, "the file is empty")
    preamble: list[str] = []
    delimiter = None
    for ln in lines:
        s = ln.strip().lstrip("\ufeff")
        if s.lower().startswith("sep=") and len(s) == 5 and not preamble:
            delimiter = s[4]
        elif s.startswith("#") or (not s and preamble):
            pass
        else:
            break
        preamble.append(ln)
    body = "".join(lines[len(preamble):])
    if delimiter is None:
        delimiter = sniff_delimiter(body)
    rows: list[tuple[int, list[str]]] = []
    reader = csv.reader(io.StringIO(body, newline=""), delimiter=delimiter)  # "": lines may end in a lone CR
    before = 0
    try:
        for row in reader:
            rows.append((len(preamble) + before + 1, row))
            before = reader.line_num
            if len(rows) > max_rows:
                break
    except csv.Error as exc:
        raise ImportFileError(path, f"line {len(preamble) + before + 1} cannot be read: {exc}") from None
    if not (whole and len(rows) <= max_rows) and rows:
        rows.pop()  # may be cut in the middle of a quoted field
    rows = [(n, r) for n, r in rows if any(c.strip() for c in r)] or rows
    if not rows:  # the head (64 KB) ended inside the first line or row: no table is that wide
        raise ImportFileError(path, f"no complete row in the first {HEAD_BYTES // 1024} KB (a line is longer "
                                    "than that): not a table of figures")
    if any(len(r) > MAX_COLUMNS for _, r in rows):
        raise ImportFileError(path, f"a line has more than {MAX_COLUMNS} columns: not a table of figures")
    tf = TextFile(path, name, opener, size, encoding, delimiter, len(preamble))
    tf.decimal = detect_decimal((c for _, r in rows[1:] for c in r), delimiter)
    return Head(tf, [ln.rstrip("\r\n") for ln in preamble], rows)


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
