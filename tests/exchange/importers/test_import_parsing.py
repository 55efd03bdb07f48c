"""The number and date readers: examples from real exports and round-trip properties."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from planner.exchange.importers.dates import DateParser
from planner.exchange.importers.numbers import NoValue, parse_number
from planner.exchange.importers.text import detect_encoding

ARABIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


@pytest.mark.parametrize("text, decimal, expected", [
    ("1938.0", ".", 1938.0), ("1,234", ".", 1234.0), ("1,234", ",", 1.234), ("1.234", ",", 1234.0),
    ("1.234,5", ",", 1234.5), ("1,234.5", ".", 1234.5), ("0,93", ".", 0.93), ("0.0093", ",", 0.0093),
    ("12.5%", ".", 12.5), ("1 234", ",", 1234.0), ("1\u00a0234,5", ",", 1234.5), ("−7", ".", -7.0),
    ("١٬٢٣٤٫٥", ".", 1234.5), ("۱۲۳", ",", 123.0), ("1.234.567", ".", 1234567.0), (42, ".", 42.0),
])
def test_numbers_from_exports(text: object, decimal: str, expected: float) -> None:
    assert parse_number(text, decimal) == pytest.approx(expected)


@pytest.mark.parametrize("text", ["-", "undefined", "", "N/A"])
def test_no_value_is_its_own_error(text: str) -> None:
    with pytest.raises(NoValue):
        parse_number(text)


@pytest.mark.parametrize("text, reason", [
    ("nan", "'nan' is not a finite number"),
    ("inf", "'inf' is not a finite number"),
    ("-Infinity", "'-Infinity' is not a finite number"),
    ("abc", "'abc' is not a number"),
    ("1,2,3.4.5", "'1,2,3.4.5' is not a number"),
    ("3.апр", "'3.апр' is not a number"),
    ("#DIV/0!", "'#DIV/0!' is not a number"),
])
def test_not_numbers(text: str, reason: str) -> None:
    with pytest.raises(ValueError, match=re.escape(reason)):
        parse_number(text)


def _group(digits: str, sep: str) -> str:
    head = len(digits) % 3 or 3
    return sep.join([digits[:head]] + [digits[i:i + 3] for i in range(head, len(digits), 3)])


@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=0, max_value=99),
       st.sampled_from([(",", ".", "."), (".", ",", ","), ("\u00a0", ",", ","), ("٬", "٫", ".")]),
       st.sampled_from([None, ARABIC, PERSIAN]), st.booleans())
@example(999, 99, (",", ".", "."), None, False)  # the largest number without a group separator
@example(1000, 0, (",", ".", "."), None, True)  # the first with one, negative, no cents
@example(0, 1, (".", ",", ","), None, False)  # nothing before the decimal mark but a zero
@example(10**12, 99, ("٬", "٫", "."), ARABIC, True)  # the largest, in Arabic digits and separators
@example(1234567, 5, ("\u00a0", ",", ","), PERSIAN, False)  # no-break spaces between groups of Persian digits
def test_formatted_numbers_round_trip(whole: int, cents: int, style: tuple[str, str, str],
                                      digits: dict[int, int] | None, negative: bool) -> None:
    thousands, mark, file_decimal = style
    text = _group(str(whole), thousands) + mark + f"{cents:02d}"
    if negative:
        text = "-" + text
    if digits is not None:
        text = text.translate(digits)
    expected = (whole + cents / 100) * (-1 if negative else 1)
    assert parse_number(text, file_decimal) == pytest.approx(expected, rel=1e-12, abs=1e-9)


@given(st.floats(min_value=0, max_value=1e9, allow_nan=False))
@example(0.0)
@example(1e9)  # the bounds
@example(1e-05)  # repr writes it with an exponent
@example(5e-324)  # the smallest float above zero
@example(0.1 + 0.2)  # the longest repr: 17 significant digits
def test_plain_floats_round_trip(value: float) -> None:
    assert parse_number(repr(value)) == value


@pytest.mark.parametrize("text, expected", [
    ("2021-12-28 16:45 +0000", date(2021, 12, 28)), ("2025-01-01T01:00:00", date(2025, 1, 1)),
    ("Fri, Mar 21, 2025", date(2025, 3, 21)), ("Thu Mar 20 2025", date(2025, 3, 20)),
    ("Sun, Nov 9, 2025", date(2025, 11, 9)), ("Aug 28, 2025", date(2025, 8, 28)),
    ("02/14/2016 12:40:16 AM", date(2016, 2, 14)), ("20231010", date(2023, 10, 10)),
    ("13-06-2025", date(2025, 6, 13)), ("21.03.2025", date(2025, 3, 21)), ("۲۰۲۵-۰۳-۲۱", date(2025, 3, 21)),
    ("mar, 8 de marzo de 2022", date(2022, 3, 8)),
])
def test_dates_from_exports(text: str, expected: date) -> None:
    assert DateParser().parse(text) == expected


def test_ambiguous_dates_follow_the_files_evidence() -> None:
    parser = DateParser()
    assert parser.learn(["03/04/2025", "25/04/2025"]) and parser.order == "DM"
    assert parser.parse("03/04/2025") == date(2025, 4, 3)
    unknown = DateParser()
    assert not unknown.learn(["03/04/2025", "05/04/2025"])
    with pytest.raises(ValueError, match="ambiguous.*choose a date format"):
        unknown.parse("03/04/2025")
    assert DateParser(fmt="%m/%d/%Y").parse("03/04/2025") == date(2025, 3, 4)
    with pytest.raises(ValueError, match=r"'31/31/2025' is not a date \(expected M/D/YYYY\)"):
        DateParser("MD", expected="M/D/YYYY").parse("31/31/2025")


@pytest.mark.parametrize("values", [["12/05/2025", "11/04/2025"], ["05/12/2025", "04/11/2025"],
                                    ["12/12/2025", "01/02/2025"]])
def test_twelve_is_no_evidence_of_the_order(values: list[str]) -> None:
    """12 can be a month as well as a day: only 13 and above tell day from month."""
    parser = DateParser()
    assert not parser.learn(values) and parser.order is None
    with pytest.raises(ValueError, match="ambiguous"):
        parser.parse(values[1])


@pytest.mark.parametrize("values, order", [(["13/05/2025"], "DM"), (["05/13/2025"], "MD"),
                                           (["01.03.2014"], "DM")])  # dots: no month-first locale writes them
def test_the_order_is_learnt_from_thirteen_and_above(values: list[str], order: str) -> None:
    parser = DateParser()
    assert parser.learn(values) and parser.order == order


def test_a_native_order_settles_only_what_the_file_does_not() -> None:
    facebook = DateParser(native="MD")
    assert not facebook.learn(["03/04/2014"])
    facebook.settle()
    assert facebook.parse("03/04/2014") == date(2014, 3, 4)
    resaved = DateParser(native="MD")
    assert resaved.learn(["27.02.2014", "01.03.2014"])
    resaved.settle()
    assert resaved.parse("01.03.2014") == date(2014, 3, 1)  # the spreadsheet's order, not Facebook's


@pytest.mark.parametrize("text, year, expected", [
    ("18 января", 2026, date(2026, 1, 18)), ("7月14日", 2025, date(2025, 7, 14)), ("2025年7月14日", None,
                                                                                   date(2025, 7, 14)),
    ("7월 14일", 2025, date(2025, 7, 14)), ("14 مارس", 2024, date(2024, 3, 14)), ("3 ژانویه", 2025, date(2025, 1, 3)),
    ("12 Ekim", 2024, date(2024, 10, 12)),
])
def test_tiktok_dates_in_other_ui_languages(text: str, year: int | None, expected: date) -> None:
    assert DateParser().parse(text, year) == expected


def test_dates_without_a_year_take_the_inferred_one() -> None:
    assert DateParser().parse("March 26", 2024) == date(2024, 3, 26)
    assert DateParser().parse("8 de marzo", 2025) == date(2025, 3, 8)
    with pytest.raises(ValueError, match="has no year"):
        DateParser().parse("March 26")


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
       st.sampled_from(["%Y-%m-%d", "%d/%m/%Y", "%m/%d/%Y", "%d.%m.%Y", "%d-%m-%Y", "%b %d, %Y", "%a, %b %d, %Y",
                        "%Y%m%d", "%a %b %d %Y", "%d %B %Y"]))
@example(date(2025, 12, 5), "%m/%d/%Y")  # 12/05/2025 month first: December, not 12 May
@example(date(2025, 5, 12), "%d/%m/%Y")  # 12/05/2025 day first: 12 May
@example(date(2025, 12, 12), "%m/%d/%Y")
@example(date(2025, 1, 13), "%d/%m/%Y")  # 13 is the first value that can only be a day
@example(date(2025, 1, 13), "%m/%d/%Y")
def test_dates_round_trip(day: date, fmt: str) -> None:
    text = day.strftime(fmt)
    order = "MD" if fmt.startswith("%m") else "DM"
    assert DateParser(order).parse(text) == day
    assert DateParser(fmt=fmt).parse(text) == day


@pytest.mark.parametrize("data, encoding", [
    (b"\xef\xbb\xbfDate,x\n", "utf-8-sig"), (b"\xff\xfes\x00e\x00p\x00", "utf-16"), (b"\xfe\xff\x00s", "utf-16"),
    ("Date,Ünits\n".encode(), "utf-8"), ("d\x00a\x00t\x00e\x00,\x00x\x00\n\x00".encode("latin-1"), "utf-16-le"),
])
def test_encoding_detection(data: bytes, encoding: str, tmp_path) -> None:
    assert detect_encoding(tmp_path / "f.csv", data, True) == encoding


def test_legacy_windows_encodings(tmp_path) -> None:
    text = "Date,Description\n" + "2/27/2014,Café crème à emporter, très apprécié\n" * 20
    assert detect_encoding(tmp_path / "f.csv", text.encode("cp1252"), True) == "cp1252"
    arabic = "التاريخ,المتابعون\n" + "2025-03-01,مرحبا بكم في المتجر\n" * 20
    assert detect_encoding(tmp_path / "f.csv", arabic.encode("cp1256"), True) == "cp1256"


@pytest.mark.parametrize("cells, words", [
    (["2021-12-28 16:45 +0000"], "Times are in UTC (+0000): each row counts on its day in UTC."),
    (["2025-03-18T09:48:00Z"], "Times are in UTC (Z)"),
    (["2025-03-18 09:48 +0330"], "Times have the offset +0330: each row counts on its day at that offset"),
    (["02/14/2016 12:40:16 AM"], "each row counts on the day written in the file (the file's own time zone)"),
])
def test_a_time_of_day_says_which_day_it_counts_on(cells: list[str], words: str) -> None:
    from planner.exchange.importers.dates import day_boundary

    assert words in str(day_boundary(cells))


def test_dates_without_a_time_need_no_word() -> None:
    from planner.exchange.importers.dates import day_boundary

    assert day_boundary(["2025-03-18", "Fri, Mar 21, 2025"]) is None
