"""Numbers as exports and spreadsheets write them: grouping, decimal commas, percent signs, Arabic digits."""

from __future__ import annotations

import math
import re

from planner.domain.i18n import QT_TRANSLATE_NOOP
from planner.exchange.importers.model import Cell
from planner.exchange.messages import Msg

DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_SPACES = dict.fromkeys(map(ord, "\u00a0\u202f\u2009\u2007 '’"), None)
NO_VALUE = frozenset({"", "-", "--", "–", "—", "n/a", "na", "null", "none", "undefined", "nan"})
_GROUPED = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$")
_DOT_GROUPED = re.compile(r"^\d{1,3}(?:\.\d{3})+$")
_PLAIN = re.compile(r"^\d+(?:\.\d+)?(?:[eE][-+]?\d+)?$|^\.\d+$")
_LOOKS_DATE = re.compile(r"^\d{1,2}[./-]\D{3,}$|^\D{3,}[./-]\d{1,4}$")


def cell_text(cell: Cell) -> str:
    """A cell as a message quotes it: text as written, a spreadsheet's number without a needless '.0'."""
    if isinstance(cell, float) and math.isfinite(cell) and cell == int(cell):
        return str(int(cell))
    return "" if cell is None else str(cell).strip()


class NumberError(ValueError):
    """A cell that is not a number; ``describe(column)`` says so in a sentence naming the column."""

    _TEMPLATES = {
        "text": QT_TRANSLATE_NOOP("import", "{column} '{cell}' is not a number"),
        "date": QT_TRANSLATE_NOOP("import", "{column} '{cell}' is not a number (a spreadsheet may have turned it "
                                            "into a date)"),
        "infinite": QT_TRANSLATE_NOOP("import", "{column} '{cell}' is not a finite number"),
        "none": QT_TRANSLATE_NOOP("import", "{column} '{cell}' is not a figure"),
        "empty": QT_TRANSLATE_NOOP("import", "{column} is empty"),
    }

    def __init__(self, cell: Cell, kind: str = "text") -> None:
        self.cell = cell_text(cell)
        self.kind = kind
        super().__init__(str(self.describe("the value")))

    def describe(self, column: str) -> Msg:
        return Msg(self._TEMPLATES[self.kind], column=column, cell=self.cell)


class NoValue(NumberError):
    """The cell holds no figure ('-', 'undefined', empty): not a number, but not garbage either."""

    def __init__(self, cell: Cell) -> None:
        super().__init__(cell, "none" if cell is not None and str(cell).strip() else "empty")


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
        raise NumberError(text, "infinite")
    if text is None:
        raise NoValue(text)
    if not isinstance(text, str):
        raise NumberError(text)
    if decimal == "." or "." not in text:
        try:
            value = float(text)
        except ValueError:
            pass
        else:
            if math.isfinite(value):
                return value
            raise NumberError(text, "infinite")
    return _parse_slow(text, decimal)


def _parse_slow(text: str, decimal: str) -> float:
    s = text.strip().strip("\u200e\u200f\u061c")
    if s.lower() in NO_VALUE:
        raise NoValue(s)
    s = s.translate(DIGITS)
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
        raise NumberError(text, "date" if _LOOKS_DATE.match(text.strip()) else "text")
    value = float(s)
    return -value if negative else value


def _swap(s: str) -> str:
    """'1.234.567,5' -> '1,234,567.5' so the grouping check can validate it."""
    return s.replace(",", "\0").replace(".", ",").replace("\0", ".")
