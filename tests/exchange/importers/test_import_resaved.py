"""Exports as owners keep them: opened in LibreOffice Calc and saved as ODS (make_fixtures.py ods), or re-saved
as CSV by a spreadsheet in another locale.  The same layouts are recognised, and the same figures read."""

from __future__ import annotations

from datetime import date

import pytest
from exchange.importers.importer_helpers import DATA, collect

from planner.exchange import figures_import
from planner.exchange.importers import GenericMapping, open_source


def test_a_facebook_page_export_saved_as_ods_keeps_its_layout_and_rows():
    src = open_source(DATA / "ods" / "facebook_page_level.ods")
    assert str(src.layout) == "Facebook Page Insights, page level (one row per day)"
    followers = collect(src, "followers")
    # Calc turned the dates into date cells and the counts into numbers; row 2 still holds the descriptions
    assert followers.value("2014-02-27", "facebook") == 1500
    assert followers.figures[("2014-02-27", "facebook")].row == 3
    assert followers.value("2014-03-02", "facebook") == 1531
    # "2/30/2014" is no date, so Calc kept it as text: refused with its row and its sheet
    assert str(followers.rejected[6]) == ("facebook_page_level row 6: date '2/30/2014' is not a date (expected "
                                          "M/D/YYYY or YYYY-MM-DD)")


def test_german_youtube_totals_saved_as_ods_keep_their_soft_hyphens():
    views = collect(open_source(DATA / "ods" / "Gesamtwerte.ods"), "video_views")
    assert len(views.figures) == 30
    assert views.value("2025-09-02", "youtube") == 137  # 100 + 1 * 37 % 50
    assert views.value("2025-09-30", "youtube") == 123


def test_a_ga4_report_saved_as_ods_keeps_its_preamble_and_dates_that_became_numbers():
    src = open_source(DATA / "ods" / "ga4_by_date.ods")
    assert "Google Analytics 4 report by date" in str(src.layout)
    visits = collect(src, "website_visits")
    # Calc read 20231010 as the number 20231010.0: still the date 2023-10-10
    assert visits.days() == ["2023-10-10", "2023-10-11", "2023-10-12"]
    assert visits.value("2023-10-11", "website") == 150
    assert visits.figures[("2023-10-12", "website")].row == 11  # nine preamble rows and the header above


def test_an_x_overview_saved_as_ods_keeps_its_text_dates():
    likes = collect(open_source(DATA / "ods" / "x_account_overview.ods"), "likes")
    assert likes.value("2025-03-21", "x") == 30
    assert "weekday does not match" in likes.rejected[5].reason


def test_a_table_of_your_own_saved_as_ods_and_a_percentage_cell():
    src = open_source(DATA / "ods" / "generic_resaved.ods", mapping=GenericMapping("Date", "Engagement rate",
                                                                                  "%d-%m-%Y"))
    preview = figures_import.read(src, "engagement_rate_followers", platform="instagram", existing=set(),
                                  today=date(2026, 1, 1))
    got = {f.date.isoformat(): f.value for f in preview.sample}
    assert got["2025-03-21"] == 1.5  # typed as 1,5 in a German spreadsheet
    assert got["2025-03-22"] == pytest.approx(0.0225)  # typed as 2,25 %: the cell holds the fraction
    assert any(n.warning and "A spreadsheet cell shown as 2.25% holds 0.0225" in str(n.message)
               for n in preview.notes)
    followers = collect(open_source(DATA / "ods" / "generic_resaved.ods"), "followers")
    assert followers.value("2025-03-21", None) == 1234  # "1.234" in a decimal-comma file became 1234
    assert followers.rejected[5].reason == "Followers '-3' is negative, which Followers cannot be"


def test_a_facebook_export_resaved_by_a_german_spreadsheet():
    src = open_source(DATA / "facebook_page_level_resaved_de.csv")
    assert str(src.layout) == "Facebook Page Insights, page level (one row per day)"
    followers = collect(src, "followers")
    # semicolons, DD.MM.YYYY: 01.03.2014 is 1 March, not 3 January as Facebook's own M/D/YYYY would have it
    assert followers.days() == ["2014-02-27", "2014-02-28", "2014-03-01", "2014-03-02", "2014-03-03"]
    assert followers.value("2014-03-01", "facebook") == 1520
    assert followers.figures[("2014-02-27", "facebook")].row == 3
