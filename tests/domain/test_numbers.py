"""Numbers as people type them: any digits, their locale's separators; refuse what is not clear."""

from __future__ import annotations

import pytest
from hypothesis import example, given
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
    ("1\u202f200", ",", "\u202f", 1200),  # French: a narrow no-break space groups the thousands
    ("١٬٢٣٤٫٥", "\u066b", "\u066c", 1234.5),  # both Arabic separators in one number
    ("٣٠٠٪", ".", ",", 300),  # the Arabic percent sign
    ("5 %", ".", ",", 5),  # a space before the percent sign
    ("-1,234", ".", ",", -1234),
    ("+123,456", ".", ",", 123456),  # a sign before a full first group of three
    ("-123,456.5", ".", ",", -123456.5),
])
def test_accepted(text, decimal, group, value):
    assert parse_number(text, decimal, group) == pytest.approx(value)


@pytest.mark.parametrize("text, reason", [
    ("", "^empty$"),
    ("   ", "^empty$"),
    ("lots", "^“lots” is not a number$"),
    ("1.2.3", "^“1.2.3” is not a number$"),
    ("1e999", "^“1e999” is not a number$"),
    ("nan", "^“nan” is not a number$"),
    ("inf", "^“inf” is not a number$"),
    ("--5", "^“--5” is not a number$"),
    ("5 followers", "^“5 followers” is not a number$"),
    ("١٢a", "^“١٢a” is not a number$"),
    ("%", "^“%” is not a number$"),
    ("1,23", "^“1,23” has misplaced thousands separators$"),
    ("12,34,567", "^“12,34,567” has misplaced thousands separators$"),
    ("1234,567", "^“1234,567” has misplaced thousands separators$"),  # a first group of four
    (",123", "^“,123” has misplaced thousands separators$"),  # no first group
    ("9" * 400, "is too large$"),  # digits only, but past the largest float
])
def test_refused_with_a_reason(text, reason):
    with pytest.raises(NumberError, match=reason):
        parse_number(text)


def test_a_locale_whose_two_separators_are_the_same_is_refused():
    with pytest.raises(NumberError, match="^the locale's separators are ambiguous$"):
        parse_number("1.5", decimal_point=".", group_separator=".")


def test_a_percent_sign_is_refused_where_a_percentage_makes_no_sense():
    with pytest.raises(NumberError, match="is not a number"):
        parse_number("5%", allow_percent=False)


@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=0, max_value=99),
       st.sampled_from([None, PERSIAN, ARABIC]), st.booleans())
@example(999, 0, None, True)  # grouped, yet too short for a separator
@example(1000, 99, None, True)  # the first number with a separator
@example(0, 1, ARABIC, False)  # nothing before the decimal point but a zero
@example(10**12, 50, PERSIAN, True)  # the largest, with four separators
def test_formatted_numbers_read_back(whole, cents, digits, grouped):
    text = f"{whole:,}" if grouped else str(whole)
    text += f".{cents:02d}"
    if digits is not None:
        text = text.translate(digits)
    assert parse_number(text) == pytest.approx(whole + cents / 100)


@given(st.text(alphabet="0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", min_size=1, max_size=12))
@example("٠")  # a lone zero in each script
@example("۰")
@example("007")  # leading zeros
@example("۱٢3")  # three scripts in one number
def test_any_digit_script_means_the_same_number(text):
    assert parse_number(text) == int(to_latin_digits(text))
