"""Shared reading for the figures importers: results, encodings, delimiters, numbers, dates.

Platform exports are messy in the same ways (BOMs, UTF-16, re-saved semicolon
files, decimal commas, Arabic digits, dates with and without years), so every
layout module reads through these helpers and only says which columns mean what.
"""

from __future__ import annotations

import codecs
import csv
import io
import math
import re
import zipfile
from contextlib import contextmanager
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from planner.domain import catalog
from planner.domain.catalog import Unit

Progress = Callable[[float], None]
Cancelled = Callable[[], bool]
Cell = Any  # str from text files; str, float, int, bool, date or datetime from spreadsheets

HEAD_BYTES = 64 * 1024
MAX_COLUMNS = 5000  # Facebook page exports reach a few thousand columns; more is not a table
GENERIC_MAX_COLUMNS = 1000


class ImportFileError(Exception):
    """The whole file is unusable; the message names the file and the problem."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path.name}: {problem}")
        self.path = path
        self.problem = problem


class ImportCancelled(Exception):
    """The caller's ``cancelled()`` returned True while figures were being read."""


@dataclass(frozen=True)
class Rejected:
    """A row left out, with why: ``line`` is the 1-based physical line (row number in a sheet)."""

    line: int
    reason: str
    sheet: str | None = None

    def __str__(self) -> str:
        where = f"{self.sheet} row {self.line}" if self.sheet else f"line {self.line}"
        return f"{where}: {self.reason}"


@dataclass(frozen=True, slots=True, init=False)
class Figure:
    """One KPI value for one day (and platform), with the line it came from (first line of a roll-up)."""

    line: int
    date: date
    platform: str | None
    value: float

    def __init__(self, line: int, date: date, platform: str | None, value: float) -> None:
        # Frozen, but filled through the slot descriptors: big imports make millions of these,
        # and the generated __init__ (object.__setattr__ per field) doubles the import time.
        _SET_LINE(self, line)
        _SET_DATE(self, date)
        _SET_PLATFORM(self, platform)
        _SET_VALUE(self, value)


_SET_LINE, _SET_DATE, _SET_PLATFORM, _SET_VALUE = (getattr(Figure, n).__set__ for n in ("line", "date", "platform",
                                                                                         "value"))


class Batch:
    """Many figures at once, as columns: how big files travel without a Python object per row."""

    __slots__ = ("lines", "ordinals", "platforms", "values")

    def __init__(self, lines: Any, ordinals: Any, platforms: list[str | None], values: Any) -> None:
        self.lines = lines  # numpy int64: the physical line of each figure
        self.ordinals = ordinals  # numpy int64: date.toordinal() of each figure
        self.platforms = platforms  # the platform of each figure
        self.values = values  # numpy float64

    def __len__(self) -> int:
        return len(self.values)


@dataclass(frozen=True)
class GenericMapping:
    """Which columns of a home-made table hold the date and the value (and optionally the platform)."""

    date_column: str
    value_column: str
    date_format: str | None = None  # None = detect; e.g. "%Y-%m-%d", "%d/%m/%Y", "%m/%d/%Y", "%d.%m.%Y"
    platform: str | None = None
    platform_column: str | None = None


class Watch:
    """Reports progress and checks for cancellation every few thousand rows, cheaply."""

    EVERY = 2048

    def __init__(self, progress: Progress | None, cancelled: Cancelled | None) -> None:
        self.progress = progress
        self.cancelled = cancelled

    def __call__(self, fraction: float) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ImportCancelled()
        if self.progress is not None:
            self.progress(min(1.0, max(0.0, fraction)))

    def done(self) -> None:
        if self.progress is not None:
            self.progress(1.0)


class ImportSource:
    """A recognised file: what it is, which KPIs it can give, and a stream of figures for one of them."""

    def __init__(self, path: Path, layout: str, platform: str | None, metrics: Iterable[str],
                 columns: Iterable[str] = (), note: str = "") -> None:
        self.path = path
        self.layout = layout
        self.platform = platform
        self.metrics = tuple(metrics)
        self.columns = tuple(columns)
        self.note = note  # why a KPI the user may expect is missing, shown with the layout

    def __repr__(self) -> str:
        return f"ImportSource({self.path.name!r}, {self.layout!r}, metrics={self.metrics})"

    def figures(self, kpi: str, *, progress: Progress | None = None,
                cancelled: Cancelled | None = None) -> Iterator[Figure | Rejected]:
        """One Figure per date (and platform) for *kpi*, and a Rejected for every row not read safely."""
        if kpi not in self.metrics:
            has = ", ".join(self.metrics) if self.metrics else "no figure the planner tracks"
            extra = f" ({self.note})" if self.note else ""
            raise ImportFileError(self.path, f"does not contain {kpi}; it contains {has}{extra}")
        return self._figures(kpi, Watch(progress, cancelled))

    def _figures(self, kpi: str, watch: Watch) -> Iterator[Figure | Rejected]:
        raise NotImplementedError

    def batches(self, kpi: str, *, progress: Progress | None = None,
                cancelled: Cancelled | None = None) -> Iterator[Batch | Figure | Rejected]:
        """The same figures as ``figures``; a layout that can read columns at once yields Batches."""
        return self.figures(kpi, progress=progress, cancelled=cancelled)


# --------------------------------------------------------------------------- encodings

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


# --------------------------------------------------------------------------- text tables

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


# --------------------------------------------------------------------------- zip safety

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


# --------------------------------------------------------------------------- numbers

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_SPACES = dict.fromkeys(map(ord, "\u00a0\u202f\u2009\u2007 '’"), None)
NO_VALUE = frozenset({"", "-", "--", "–", "—", "n/a", "na", "null", "none", "undefined", "nan"})
_GROUPED = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$")
_DOT_GROUPED = re.compile(r"^\d{1,3}(?:\.\d{3})+$")
_PLAIN = re.compile(r"^\d+(?:\.\d+)?(?:[eE][-+]?\d+)?$|^\.\d+$")
_LOOKS_DATE = re.compile(r"^\d{1,2}[./-]\D{3,}$|^\D{3,}[./-]\d{1,4}$")


class NoValue(ValueError):
    """The cell holds no figure ('-', 'undefined', empty): not a number, but not garbage either."""


def has_percent(text: Cell) -> bool:
    return isinstance(text, str) and text.rstrip().endswith(("%", "٪"))


def parse_number(text: Cell, decimal: str = ".") -> float:
    """A finite number from a cell; ValueError says why not.

    Reads thousands separators, a decimal comma (when *decimal* is ',' or it
    cannot be a thousands group), a trailing percent sign (the number is
    returned as written), Arabic-Indic and Persian digits and the Arabic
    decimal and thousands separators.
    """
    if isinstance(text, (int, float)) and not isinstance(text, bool):
        if math.isfinite(text):
            return float(text)
        raise ValueError(f"{text!r} is not a finite number")
    if not isinstance(text, str):
        raise ValueError(f"{text!r} is not a number")
    if decimal == "." or "." not in text:
        try:
            value = float(text)
        except ValueError:
            pass
        else:
            if math.isfinite(value):
                return value
            raise ValueError(f"{text.strip()!r} is not a finite number")
    return _parse_slow(text, decimal)


def _parse_slow(text: str, decimal: str) -> float:
    s = text.strip().strip("\u200e\u200f\u061c")
    if s.lower() in NO_VALUE:
        raise NoValue(f"{s!r} is not a figure" if s else "is empty")
    s = s.translate(_DIGITS)
    if s.endswith(("%", "٪")):
        s = s[:-1].rstrip()
    negative = False
    if s[:1] in ("-", "\u2212", "+"):
        negative = s[0] != "+"
        s = s[1:].lstrip()
    s = s.translate(_SPACES)
    if "٫" in s or "٬" in s:
        s = s.replace("٬", "").replace("٫", ".")
    elif "," in s and "." in s:
        if s.rfind(",") > s.rfind("."):  # 1.234,5: dots group, the comma is the decimal mark
            s = _swap(s)
    elif "," in s:
        if s.count(",") == 1 and (decimal == "," or not _GROUPED.match(s)):
            s = s.replace(",", ".")
    elif _DOT_GROUPED.match(s) and (decimal == "," or s.count(".") > 1):
        s = s.replace(".", "")  # 1.234 in a decimal-comma file, or 1.234.567 anywhere
    if _GROUPED.match(s):
        s = s.replace(",", "")
    if not _PLAIN.match(s):
        hint = " (a spreadsheet may have turned it into a date)" if _LOOKS_DATE.match(text.strip()) else ""
        raise ValueError(f"{text.strip()!r} is not a number{hint}")
    value = float(s)
    return -value if negative else value


def _swap(s: str) -> str:
    """'1.234.567,5' -> '1,234,567.5' so the grouping check can validate it."""
    return s.replace(",", "\0").replace(".", ",").replace("\0", ".")


# --------------------------------------------------------------------------- dates

MONTHS: dict[str, int] = {}
for _i, _names in enumerate((
    "january jan enero ene janvier janv januar jän janeiro gennaio gen",
    "february feb febrero febr février févr fevrier februar fevereiro fev febbraio",
    "march mar marzo mars märz mär marco março",
    "april apr abril abr avril aprile",
    "may mayo mai maio maggio mag",
    "june jun junio juin juni junho giugno giu",
    "july jul julio juillet juil juli julho luglio lug",
    "august aug agosto ago août aout",
    "september sep sept septiembre septembre setembro set settembre",
    "october oct octubre octobre oktober okt outubro out ottobre ott",
    "november nov noviembre novembre novembro",
    "december dec diciembre dic décembre déc dezember dez dezembro dicembre",
), start=1):
    for _n in _names.split():
        MONTHS.setdefault(_n, _i)
WEEKDAYS: dict[str, int] = {}
for _i, _names in enumerate((
    "monday mon lunes lun lundi montag mo segunda lunedì",
    "tuesday tue tues martes mar mardi dienstag di terça martedì",
    "wednesday wed miércoles mié mercredi mittwoch mi quarta mercoledì",
    "thursday thu thur thurs jueves jue jeudi donnerstag do quinta giovedì",
    "friday fri viernes vie vendredi freitag fr sexta venerdì",
    "saturday sat sábado sáb samedi samstag sa sabato",
    "sunday sun domingo dom dimanche sonntag so domenica",
)):
    for _n in _names.split():
        WEEKDAYS.setdefault(_n, _i)
_FILLER = {"de", "del", "of", "the", "am", "pm", "utc", "gmt", "um"}
_TIME = re.compile(r"[T\s]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(\s*[ap]\.?m\.?)?(\s*(z|[+-]\d{2}:?\d{2}))?\s*$", re.I)
_NUMERIC = re.compile(r"^(\d{1,4})([/.\-])(\d{1,2})\2(\d{1,4})$")
_TOKENS = re.compile(r"[^\W\d_]+\.?|\d+")

_EXPECT = {"DM": "D/M/YYYY", "MD": "M/D/YYYY"}


def strip_time(text: str) -> str:
    s = text.strip()
    m = _TIME.search(s)
    return s[: m.start()].rstrip(" ,") if m else s


class DateParser:
    """Reads the date shapes platforms write; a file-wide day/month order settles 03/04/2025.

    ``order`` is "DM", "MD" or None (unknown): learnt from values whose first
    or second field is over 12, else a layout's native order, else ambiguous
    values are refused with a reason.  ``year_of`` gives the year for dates
    written without one (TikTok), or None to refuse them.
    """

    def __init__(self, order: str | None = None, fmt: str | None = None, expected: str | None = None) -> None:
        self.order = order
        self.fmt = fmt
        self.expected = expected
        self._fast: Callable[[str], date] | None = date.fromisoformat
        if fmt is not None:
            self._fast = _format_parser(fmt)

    @property
    def fast(self) -> Callable[[Cell], date]:
        """The cheapest parser for the usual shape; it raises for anything else, then use ``parse``."""
        return self._fast or _never

    @property
    def description(self) -> str:
        if self.expected:
            return self.expected
        if self.fmt:
            return self.fmt.replace("%Y", "YYYY").replace("%m", "MM").replace("%d", "DD").replace("%b", "Mon")
        if self.order:
            return _EXPECT[self.order] + " or YYYY-MM-DD"
        return "a date like 2025-03-21 or Mar 21, 2025"

    def learn(self, values: Iterable[Cell]) -> bool:
        """Set the day/month order from evidence in *values*; True once it is known."""
        if self.order is not None or self.fmt is not None:
            return True
        dm = md = False
        for v in values:
            if not isinstance(v, str):
                continue
            m = _NUMERIC.match(strip_time(v))
            if m and len(m.group(4)) >= 2 and len(m.group(1)) <= 2:
                a, b = int(m.group(1)), int(m.group(3))
                dm |= a > 12 >= b
                md |= b > 12 >= a
        if dm != md:
            self.order = "DM" if dm else "MD"
        return self.order is not None

    def ambiguous(self, values: Iterable[Cell]) -> bool:
        """True when some value reads two ways and nothing settles the order."""
        if self.order is not None or self.fmt is not None:
            return False
        for v in values:
            if isinstance(v, str):
                m = _NUMERIC.match(strip_time(v))
                if m and len(m.group(1)) <= 2 and int(m.group(1)) <= 12 and int(m.group(3)) <= 12 \
                        and m.group(1).lstrip("0") != m.group(3).lstrip("0"):
                    return True
        return False

    def parse(self, value: Cell, year: int | None = None) -> date:
        """The date in *value*; ValueError with a reason naming the value otherwise."""
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        if self._fast is not None and year is None:
            try:
                return self._fast(value)
            except (ValueError, TypeError):
                pass
        if not isinstance(value, str) or not value.strip():
            raise ValueError("date is empty" if value in ("", None) else f"date {value!r} is not a date")
        try:
            if self.fmt is not None:
                return datetime.strptime(value.strip(), self.fmt).date()
            return self._slow(value, year)
        except ValueError as exc:
            msg, shown = str(exc), value.strip()
            if msg.startswith("ambiguous"):
                raise ValueError(f"date {shown!r} is {msg}") from None
            why = f": {msg}" if msg.startswith(("weekday", "no year")) else ""
            raise ValueError(f"date {shown!r} is not a date (expected {self.description}){why}") from None

    def _slow(self, value: str, year: int | None) -> date:
        s = strip_time(value.translate(_DIGITS))
        m = _NUMERIC.match(s)
        if m:
            a, b, c = m.group(1), m.group(3), m.group(4)
            if len(a) == 4:
                return date(int(a), int(b), int(c))
            if len(c) == 4 and len(a) <= 2:
                x, y = int(a), int(b)
                if x > 12 or (self.order == "DM" and y <= 12):
                    return date(int(c), y, x)
                if y > 12 or self.order == "MD" or x == y:
                    return date(int(c), x, y)
                raise ValueError("ambiguous (day or month first?): choose a date format")
            raise ValueError("unsupported numeric date")
        if s.isdigit() and len(s) == 8:
            return date(int(s[:4]), int(s[4:6]), int(s[6:]))
        return _text_date(s, year)


def _never(value: Cell) -> date:
    raise ValueError(value)


def _text_date(s: str, year: int | None) -> date:
    """'Fri, Mar 21, 2025', 'Thu Mar 20 2025', '21 Mar 2025', 'March 26', '8 de marzo'."""
    month = day = None
    weekday = None
    found_year = None
    for tok in _TOKENS.findall(s.lower()):
        if tok.isdigit():
            n = int(tok)
            if len(tok) == 4 and found_year is None:
                found_year = n
            elif len(tok) <= 2 and day is None:
                day = n
            else:
                raise ValueError("unexpected number")
            continue
        tok = tok.rstrip(".")
        if tok in _FILLER:
            continue
        if month is None and tok in MONTHS and not (tok in WEEKDAYS and weekday is None and day is None
                                                   and _another_month(s, tok)):
            month = MONTHS[tok]
        elif tok in WEEKDAYS and weekday is None:
            weekday = WEEKDAYS[tok]
        else:
            raise ValueError(f"unknown word {tok!r}")
    if month is None or day is None:
        raise ValueError("no month or day")
    if found_year is None:
        if year is None:
            raise ValueError("no year")
        found_year = year
    d = date(found_year, month, day)
    if weekday is not None and d.weekday() != weekday:
        raise ValueError(f"weekday does not match {d.isoformat()}")
    return d


def _another_month(s: str, tok: str) -> bool:
    """'mar' is Tuesday in Spanish and March in English: it is a weekday when another month follows."""
    return sum(1 for t in _TOKENS.findall(s.lower()) if t.rstrip(".") in MONTHS and t.rstrip(".") != tok) > 0


_FAST_FORMATS = {"%Y-%m-%d": date.fromisoformat, "%Y%m%d": date.fromisoformat}


def _format_parser(fmt: str) -> Callable[[str], date]:
    """A fast parser for the usual explicit formats; strptime for the rest."""
    if fmt in _FAST_FORMATS:
        return _FAST_FORMATS[fmt]
    m = re.fullmatch(r"%([dm])([/.\-])%([dm])\2%Y", fmt)
    if m and m.group(1) != m.group(3):
        sep, day_first = m.group(2), m.group(1) == "d"

        def parse(text: str) -> date:
            a, b, c = text.split(sep)
            if len(c) != 4:
                raise ValueError(text)
            return date(int(c), int(b), int(a)) if day_first else date(int(c), int(a), int(b))
        return parse
    return lambda text: datetime.strptime(text.strip(), fmt).date()


# --------------------------------------------------------------------------- headers

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


# --------------------------------------------------------------------------- roll-up engine

@dataclass(frozen=True)
class Measure:
    """How a KPI comes out of columns, per day.

    ``sum``: the sum of ``parts``.  ``ratio``: 100 * sum(parts) / sum(per)
    (``complement``: 100 minus that).  ``weighted``: the mean of the percent
    column ``parts[0]`` weighted by ``per[0]``.  ``level``: the value of
    ``parts[0]`` on the day (a running total or a rate the platform computed),
    times 100 when ``fraction``.
    """

    kind: str
    parts: tuple[str, ...]
    per: tuple[str, ...] = ()
    fraction: bool = False
    complement: bool = False


def total(*cols: str) -> Measure:
    return Measure("sum", cols)


def ratio(parts: tuple[str, ...], per: tuple[str, ...], complement: bool = False) -> Measure:
    return Measure("ratio", parts, per, complement=complement)


def weighted(rate: str, weight: str) -> Measure:
    return Measure("weighted", (rate,), (weight,))


def level(col: str, fraction: bool = False) -> Measure:
    return Measure("level", (col,), fraction=fraction)


RowCheck = Callable[[list[Cell]], str | None]  # None: use the row; "": skip silently; text: reject


@dataclass
class Table:
    """What a layout module says about a table; the engine does the reading and the arithmetic."""

    rows: Callable[[Watch | None], Iterator[tuple[int, list[Cell]]]]
    cols: dict[str, int]  # logical name -> column index
    date_col: int
    dates: DateParser
    measures: dict[str, Measure]
    platform: str | None
    per_post: bool  # True: many rows per day, summed; False: one row per day
    decimal: str = "."
    check: RowCheck | None = None
    platform_of: Callable[[list[Cell]], str | None] | None = None
    empty_is_zero: bool = False
    sheet: str | None = None
    year_of: dict[int, int] | None = None  # line -> year, for dates written without one
    headers: dict[str, str] = field(default_factory=dict)  # logical name -> header as written

    def label(self, name: str) -> str:
        return self.headers.get(name, name)


def available(measures: dict[str, Measure], cols: dict[str, int]) -> dict[str, Measure]:
    """Measures whose columns are all present, narrowing sums to the columns that exist."""
    out: dict[str, Measure] = {}
    for kpi, m in measures.items():
        if m.kind == "sum" and len(m.parts) > 1:
            present = tuple(p for p in m.parts if p in cols)
            if present:
                out[kpi] = Measure("sum", present)
            continue
        if all(c in cols for c in m.parts + m.per):
            out[kpi] = m
    return out


def learn_dates(table: Table, head_values: list[Cell]) -> None:
    """Settle the day/month order from the head, and if still unknown from the whole date column."""
    if table.dates.learn(head_values) or not table.dates.ambiguous(head_values):
        return
    table.dates.learn(cells[table.date_col] for _, cells in table.rows(None) if len(cells) > table.date_col)


def rollup(table: Table, kpi: str, watch: Watch) -> Iterator[Figure | Rejected]:
    """Per-day figures for *kpi*: rows are read, checked, summed per (date, platform), then computed."""
    m = table.measures[kpi]
    names = list(dict.fromkeys(m.parts + m.per))
    idx = [table.cols[n] for n in names]
    width = max(idx + [table.date_col]) + 1
    unit = catalog.kpi(kpi).unit
    sheet = table.sheet
    watch(0.0)
    groups: dict[tuple[date, str | None], list[Any]] = {}
    spoilt: set[tuple[date, str | None]] = set()
    dec = table.decimal
    weighted = m.kind == "weighted"
    for line, cells in table.rows(watch):
        if not any(isinstance(c, str) and c.strip() or (c is not None and not isinstance(c, str)) for c in cells):
            continue
        if table.check is not None:
            why = table.check(cells)
            if why is not None:
                if why:
                    yield Rejected(line, why, sheet)
                continue
        if len(cells) < width:
            shown = " | ".join(str(c) for c in cells if str(c).strip())[:60]
            yield Rejected(line, f"not a data row ({len(cells)} fields, {width} needed): {shown!r}; skipped", sheet)
            continue
        try:
            year = table.year_of.get(line) if table.year_of is not None else None
            day = table.dates.parse(cells[table.date_col], year)
        except ValueError as exc:
            yield Rejected(line, str(exc), sheet)
            continue
        plat = table.platform_of(cells) if table.platform_of is not None else table.platform
        key = (day, plat)
        values = []
        bad = None
        for name, i in zip(names, idx):
            cell = cells[i]
            try:
                v = parse_number(cell, dec)
            except NoValue as exc:
                if table.empty_is_zero and (cell is None or (isinstance(cell, str) and not cell.strip())):
                    v = 0.0
                else:
                    bad = f"{table.label(name)} {exc}"
                    break
            except ValueError as exc:
                bad = f"{table.label(name)} {exc}"
                break
            if v < 0:
                bad = f"{table.label(name)} {cell!r} is negative, which this figure cannot be"
                break
            if m.fraction and not has_percent(cell):
                v *= 100.0
            values.append(v)
        if bad is not None:
            if table.per_post:
                spoilt.add(key)
                bad += f" ({day.isoformat()} left out: its total would be incomplete)"
            yield Rejected(line, bad, sheet)
            continue
        if weighted:
            values[0] *= values[1]  # rate x weight, so a sum over posts gives the weighted mean
        acc = groups.get(key)
        if acc is None:
            groups[key] = [line, values]
        elif table.per_post:
            acc[1] = [a + b for a, b in zip(acc[1], values)]
        else:
            yield Rejected(line, f"{day.isoformat()} appears again (first on line {acc[0]}); skipped", sheet)
    for key in sorted(groups, key=lambda k: (k[0], k[1] or "")):
        if key in spoilt:
            continue
        line, values = groups[key]
        sums = dict(zip(names, values))
        num = sum(sums[p] for p in m.parts)
        if m.kind in ("sum", "level"):
            value = num
        else:
            den = sum(sums[p] for p in m.per)
            if den == 0:
                what = " + ".join(table.label(p) for p in m.per)
                yield Rejected(line, f"{kpi} cannot be computed for {key[0].isoformat()}: {what} is 0", sheet)
                continue
            value = num / den if weighted else 100.0 * num / den
            if m.complement:
                value = 100.0 - value
        if unit is Unit.PERCENT and value > 100:
            yield Rejected(line, f"{kpi} {value:.4g}% on {key[0].isoformat()} is over 100%; skipped", sheet)
            continue
        yield Figure(line, key[0], key[1], value)


def text_rows(file: TextFile, skip: int) -> Callable[[Watch | None], Iterator[tuple[int, list[Cell]]]]:
    """Rows of *file* after the first *skip* physical lines (the header rows)."""
    def rows(watch: Watch | None) -> Iterator[tuple[int, list[Cell]]]:
        return file.rows(watch, skip)  # type: ignore[return-value]
    return rows


class TableSource(ImportSource):
    """A platform layout read through the roll-up engine."""

    def __init__(self, path: Path, layout: str, table: Table, columns: Iterable[str] = (), note: str = "") -> None:
        super().__init__(path, layout, table.platform, table.measures, columns, note)
        self.table = table

    def _figures(self, kpi: str, watch: Watch) -> Iterator[Figure | Rejected]:
        return rollup(self.table, kpi, watch)


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
    """Physical lines to skip to reach the data (the header rows and anything above them).

    Raises ImportFileError when the file has its header and nothing else.
    """
    if len(head.rows) <= header_rows:
        raise ImportFileError(head.path, "has a header but no rows of figures")
    return head.rows[header_rows][0] - 1


def head_column(head: Head, col: int, header_rows: int = 1) -> list[Cell]:
    return [r[col] for _, r in head.rows[header_rows:] if len(r) > col]


# --------------------------------------------------------------------------- spreadsheets and zips

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


def month_day(cell: Cell) -> tuple[int, int] | None:
    """(month, day) of a date written with or without a year, or None when it is not one."""
    if not isinstance(cell, str) or not cell.strip():
        return None
    try:
        d = _text_date(strip_time(cell.translate(_DIGITS)), 2000)  # 2000 is a leap year: February 29 reads
    except ValueError:
        return None
    return d.month, d.day
