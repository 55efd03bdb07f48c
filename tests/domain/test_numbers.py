"""Numbers as people type them: any digits, their locale's separators; refuse what is not clear."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.domain.numbers import NumberError, parse_number, to_latin_digits

PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
ARABIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@pytest.mark.parametrize("text, decimal, group, value", [
    ("1200", ".", ",", 1200),
    ("1,200", ".", ",", 1200),
    ("1,234,567.5", ".", ",", 1234567.5),
    ("1.234,5", ",", ".", 1234.5),
    ("۱۲۰۰", ".", ",", 1200),
    ("٣٠٠", ".", ",", 300),
    ("٣٠٠٫٥", "\u066b", "\u066c", 300.5),
    ("١٬٢٠٠", "\u066b", "\u066c", 1200),
    ("0.47%", ".", ",", 0.47),
    ("  42 ", ".", ",", 42),
    ("−5", ".", ",", -5),
    ("1 200", ",", "\u00a0", 1200),
])
def test_accepted(text, decimal, group, value):
    assert parse_number(text, decimal, group) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "lots", "1,23", "12,34,567", "1.2.3", "1e999", "nan", "inf", "--5",
                                  "5 followers", "١٢a"])
def test_refused_with_a_reason(text):
    with pytest.raises(NumberError):
        parse_number(text)


@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=0, max_value=99),
       st.sampled_from([None, PERSIAN, ARABIC]), st.booleans())
def test_formatted_numbers_read_back(whole, cents, digits, grouped):
    text = f"{whole:,}" if grouped else str(whole)
    text += f".{cents:02d}"
    if digits is not None:
        text = text.translate(digits)
    assert parse_number(text) == pytest.approx(whole + cents / 100)


@given(st.text(alphabet="0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", min_size=1, max_size=12))
def test_any_digit_script_means_the_same_number(text):
    assert parse_number(text) == int(to_latin_digits(text))
