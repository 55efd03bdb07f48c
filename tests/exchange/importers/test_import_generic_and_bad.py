"""Home-made tables (mapping given or guessed) and files that cannot be imported."""

from __future__ import annotations

from pathlib import Path

import pytest
from exchange.importers.importer_helpers import DATA, collect

from planner.exchange.importers import Figure, GenericMapping, ImportFileError, open_source


def test_resaved_semicolon_file_decimal_commas_and_day_first_dates() -> None:
    src = open_source(DATA / "generic_resaved_semicolon.csv")
    assert str(src.layout) == "Table of your own" and src.metrics == ("followers",)
    followers = collect(src, "followers")
    assert followers.value("2025-03-21", None) == 1234  # "1.234" in a decimal-comma file
    assert "'-3' is negative" in followers.rejected[5].reason
    mapped = open_source(DATA / "generic_resaved_semicolon.csv",
                         mapping=GenericMapping("Date", "Engagement rate", platform="instagram"))
    rate = collect(mapped, "engagement_rate_followers")
    assert rate.value("2025-03-21", "instagram") == 1.5
    assert rate.value("2025-03-22", "instagram") == 2.25  # "2,25%"
    assert "a spreadsheet may have turned it into a date" in rate.rejected[4].reason  # "3.апр"


def test_persian_and_arabic_digits() -> None:
    followers = collect(open_source(DATA / "generic_persian_digits.csv"), "followers")
    assert followers.value("2025-03-21", None) == 1234  # ۱٬۲۳۴
    assert followers.value("2025-03-22", None) == 1240  # ١٢٤٠
    assert followers.value("2025-03-23", None) == 1245.5  # ۱۲۴۵٫۵


def test_cp1256_ambiguous_dates_need_a_format() -> None:
    path = DATA / "generic_arabic_cp1256.csv"
    src = open_source(path)
    assert src.columns == ("التاريخ", "المتابعون") and src.metrics == ()
    guessed = collect(open_source(path, mapping=GenericMapping("التاريخ", "المتابعون")), "followers")
    assert list(guessed.figures) == [("2025-04-04", None)]  # day and month equal: one reading only
    assert "ambiguous" in guessed.rejected[2].reason and "choose a date format" in guessed.rejected[2].reason
    told = collect(open_source(path, mapping=GenericMapping("التاريخ", "المتابعون", "%d/%m/%Y")), "followers")
    assert told.value("2025-04-03", None) == 120
    told_us = collect(open_source(path, mapping=GenericMapping("التاريخ", "المتابعون", "%m/%d/%Y")), "followers")
    assert told_us.value("2025-03-04", None) == 120


def test_utf16_tab_file_with_a_platform_column() -> None:
    from datetime import date

    from planner.exchange import figures_import

    source = open_source(DATA / "generic_utf16_tab.csv")
    preview = figures_import.read(source, "followers", platform=None, existing=set(), today=date(2026, 1, 1))
    got = {(f.date.isoformat(), f.platform): f.value for f in preview.sample}
    assert got[("2025-05-01", "instagram")] == 100
    assert got[("2025-05-01", "facebook")] == 80
    reasons = {r.row: r.reason for r in preview.rejected}
    assert "'MySpace' is not a platform the planner knows" in reasons[5]
    assert "a second figure for Instagram on 2025-05-01" in reasons[6]


def test_xlsx_generic_sheet_with_date_cells() -> None:
    src = open_source(DATA / "generic_figures.xlsx", platform="facebook")
    assert str(src.layout) == "Table of your own (sheet Figures)"
    followers = collect(src, "followers")
    assert followers.value("2025-03-26", "facebook") == 500  # an Excel date serial
    assert followers.value("2025-03-25", "facebook") == 520  # a text date
    assert str(followers.rejected[5]) == "Figures row 5: followers 'n/a' is not a figure"


def test_nan_inf_and_bad_dates_are_rejected() -> None:
    got = collect(open_source(DATA / "generic_nan_inf.csv"), "impressions")
    assert list(got.figures) == [("2025-01-04", None)]
    assert "'NaN' is not a finite number" in got.rejected[2].reason
    assert "'inf' is not a finite number" in got.rejected[3].reason
    assert "-Infinity" in got.rejected[4].reason
    assert got.rejected[6].reason.startswith("date '2025-31-31' is not a date")


def test_a_1000_field_row_inside_a_table_is_rejected() -> None:
    got = collect(open_source(DATA / "bad" / "wide_row_in_table.csv"), "followers")
    assert set(got.figures) == {("2025-01-01", None), ("2025-01-03", None)}
    assert 3 in got.rejected


def test_unknown_mapping_column_names_the_columns() -> None:
    with pytest.raises(ImportFileError, match="no column “Likes” for the figures; its columns are date and followers"):
        open_source(DATA / "bad" / "header_only.csv".replace("header_only", "wide_row_in_table"),
                    mapping=GenericMapping("date", "Likes"))


@pytest.mark.parametrize("name, problem", [
    ("empty.csv", "the file is empty"),
    ("header_only.csv", "has a header but no rows of figures"),
    ("unknown_format.csv", "no platform's layout is recognised, and no column holds dates"),
    ("binary_garbage.csv", "binary data"),
    ("undecodable.csv", "encoding cannot be recognised"),
    ("wide_1000_columns.csv", "1,000 columns"),
    ("zip_bomb.xlsx", "zip bomb"),
    ("not_a_spreadsheet.zip", "neither a spreadsheet nor a YouTube Studio export"),
])
def test_unusable_files_raise_naming_the_file(name: str, problem: str) -> None:
    with pytest.raises(ImportFileError) as info:
        open_source(DATA / "bad" / name)
    assert str(info.value).startswith(f"{name}: ")
    assert problem in str(info.value.problem)
    assert info.value.path.name == name


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="missing.csv: it cannot be read"):
        open_source(tmp_path / "missing.csv")


def _bytes_read_by_this_process() -> int:
    """Linux's count of bytes this process has read from files (``rchar`` of /proc/self/io)."""
    with open("/proc/self/io") as f:
        return int(next(line for line in f if line.startswith("rchar:")).split()[1])


def test_figures_stream_without_reading_the_whole_file(tmp_path: Path) -> None:
    """The first figure of a 24 MB table comes after reading its head, not the whole file, and in little memory."""
    import tracemalloc

    path = tmp_path / "big.csv"
    days = [f"{2000 + i // 336}-{1 + i // 28 % 12:02d}-{1 + i % 28:02d}" for i in range(10_000)]
    block = "".join(f"{day},{i}\n" for i, day in enumerate(days))
    with open(path, "w") as f:
        f.write("date,reach\n")
        for _ in range(150):  # 1.5 million rows
            f.write(block)
    size = path.stat().st_size
    assert size > 20_000_000
    counting = Path("/proc/self/io").exists()
    before = _bytes_read_by_this_process() if counting else 0
    tracemalloc.start()
    try:
        figures = iter(open_source(path).figures("reach"))
        first = [next(figures) for _ in range(3)]
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [(f.date.isoformat(), f.value) for f in first] == [("2000-01-01", 0), ("2000-01-02", 1),
                                                              ("2000-01-03", 2)]
    assert all(isinstance(f, Figure) for f in first)
    assert peak < size / 4, f"{peak / 1e6:.0f} MB in memory for a {size / 1e6:.0f} MB file"
    if counting:
        read = _bytes_read_by_this_process() - before
        assert read < size / 20, f"read {read / 1e6:.1f} MB of a {size / 1e6:.0f} MB file for its first figures"
