"""Reading numbers people type: any digits they write with, their own separators.

Owners type in Arabic-Indic (٠١٢) or Persian (۰۱۲) digits as often as in
Latin ones, and with their locale's decimal mark.  Anything that is not
clearly one number is refused with the reason, never guessed.
"""

from __future__ import annotations

import math
import re

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
#: Arabic decimal separator, Arabic thousands separator, and the spaces locales group digits with.
_SEPARATORS = {"\u066b": ".", "\u066c": ",", "\u00a0": " ", "\u202f": " ", "\u2009": " "}
_SIGNS = {"\u2212": "-", "\u200e": "", "\u200f": "", "\u061c": ""}  # minus sign; bidi marks
_NUMBER = re.compile(r"[-+]?(\d+(\.\d*)?|\.\d+)")


class NumberError(ValueError):
    """The text is not a number; the message says why in words a user understands."""


def to_latin_digits(text: str) -> str:
    return text.translate(_DIGITS)


def parse_number(text: str, decimal_point: str = ".", group_separator: str = ",",
                 allow_percent: bool = True) -> float:
    """The number written in *text*, with the locale's decimal point and group separator.

    Accepts Arabic-Indic and Persian digits, the Arabic decimal and thousands
    separators, a trailing percent sign, and group separators only in their
    proper places ("1,234,567" yes, "1,23" no).
    """
    raw = text.strip()
    if not raw:
        raise NumberError("empty")
    s = to_latin_digits(raw)
    for a, b in {**_SEPARATORS, **_SIGNS}.items():
        s = s.replace(a, b)
    if allow_percent and s.endswith(("%", "\u066a")):
        s = s[:-1].rstrip()
    group = {"\u066c": ",", "\u00a0": " ", "\u202f": " "}.get(group_separator, group_separator)
    decimal = {"\u066b": "."}.get(decimal_point, decimal_point)
    if group == decimal:
        raise NumberError("the locale's separators are ambiguous")
    whole, _, frac = s.partition(decimal)
    if group and group in whole:
        head, *groups = whole.lstrip("+-").split(group)
        if not head or len(head) > 3 or any(len(g) != 3 for g in groups):
            raise NumberError(f"“{raw}” has misplaced thousands separators")
        whole = whole.replace(group, "")
    s = whole + ("." + frac if _ else "")
    if not _NUMBER.fullmatch(s):
        raise NumberError(f"“{raw}” is not a number")
    value = float(s)
    if not math.isfinite(value):
        raise NumberError(f"“{raw}” is too large")
    return value
