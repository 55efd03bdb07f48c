"""Each platform layout: detected layout and platform, metrics offered, exact figures, rejected lines."""

from __future__ import annotations

import os
import shutil
from datetime import datetime
from pathlib import Path

import pytest
from exchange.importers.importer_helpers import DATA, collect

from planner.exchange.importers import ImportFileError, open_source


def test_x_legacy_tweet_activity_rolls_tweets_up_per_day() -> None:
    src = open_source(DATA / "x_tweet_activity_legacy.csv")
    assert src.layout == "X/Twitter tweet activity (legacy, one row per tweet)"
    assert src.platform == "x"
    assert {"impressions", "engagements", "engagement_rate_impressions", "likes", "shares", "link_clicks",
            "ctr", "page_views"} == set(src.metrics)
    impressions = collect(src, "impressions")
    assert impressions.value("2021-12-28", "x") == 3000  # two tweets, "1938.0" + "1062.0"
    assert impressions.value("2021-12-27", "x") == 500  # the tweet whose text holds a newline (lines 4-5)
    assert "2021-12-26" not in impressions.days()  # one of its tweets is unreadable: no understated total
    assert "impressions 'abc' is not a number" in impressions.rejected[6].reason
    assert "2021-12-26 left out" in impressions.rejected[6].reason
    assert "'2021-13-40 11:00 +0000' is not a date" in impressions.rejected[8].reason
    rate = collect(src, "engagement_rate_impressions")
    assert rate.value("2021-12-28", "x") == pytest.approx(1.0)  # 30 / 3000, in percent, from the parts
    assert rate.value("2021-12-27", "x") == pytest.approx(2.0)
    assert collect(src, "engagements").value("2021-12-26", "x") == 6  # that column is readable on every row
    assert str(impressions.rejected[8]).startswith("line 8: date")


def test_x_account_overview_per_day_newest_first() -> None:
    src = open_source(DATA / "x_account_overview.csv")
    assert src.layout == "X/Twitter account overview (2024+, one row per day)"
    assert "followers" not in src.metrics
    assert "followers are not in this file" in src.note
    likes = collect(src, "likes")
    assert likes.value("2025-03-21", "x") == 30
    assert "'-5' is negative" in likes.rejected[4].reason
    assert "weekday does not match" in likes.rejected[5].reason  # "Mon, Mar 18, 2025" was a Tuesday
    shares = collect(src, "shares")
    assert shares.value("2025-03-21", "x") == 5  # Shares 1 + Reposts 4
    rate = collect(src, "engagement_rate_impressions")
    assert rate.value("2025-03-21", "x") == pytest.approx(4.0)  # 96 / 2400
    with pytest.raises(ImportFileError, match="does not contain followers; it contains impressions"):
        src.figures("followers")


@pytest.mark.parametrize("name, day, impressions, junk_line", [
    ("x_account_content_early2025.csv", "2025-03-20", 2000, 4),
    ("x_account_content_late2025.csv", "2025-11-09", 4000, 4),
])
def test_x_account_content_both_header_generations(name: str, day: str, impressions: float,
                                                   junk_line: int) -> None:
    src = open_source(DATA / name)
    assert src.layout == "X/Twitter account content (2024+, one row per post)"
    got = collect(src, "impressions")
    assert got.value(day, "x") == impressions
    assert "status/undefined" in got.rejected[junk_line].reason
    assert "link_clicks" in src.metrics and "ctr" in src.metrics
    ctr = collect(src, "ctr")
    assert ctr.value(day, "x") == pytest.approx(100 * (10 if "early" in name else 40) / impressions)


def test_facebook_page_level_cp1252_two_header_rows() -> None:
    src = open_source(DATA / "facebook_page_level.csv")
    assert src.layout == "Facebook Page Insights, page level (one row per day)"
    assert src.platform == "facebook"
    assert set(src.metrics) == {"followers", "reach", "impressions", "engagements", "engagement_rate_reach"}
    followers = collect(src, "followers")
    assert followers.value("2014-02-27", "facebook") == 1500  # "Lifetime Total Likes"
    assert followers.figures[("2014-02-27", "facebook")].line == 3  # below the two header rows
    assert followers.rejected[6].reason == "date '2/30/2014' is not a date (expected M/D/YYYY)"
    engaged = collect(src, "engagements")
    assert "Daily Page Engaged Users is empty" in engaged.rejected[5].reason
    rate = collect(src, "engagement_rate_reach")
    assert rate.value("2014-02-28", "facebook") == pytest.approx(5.0)  # 50 engaged / 1000 reached


def test_facebook_post_level_rolls_posts_up_by_posted_day() -> None:
    src = open_source(DATA / "facebook_post_level.csv")
    assert src.layout == "Facebook Page Insights, post level (one row per post)"
    reach = collect(src, "reach")
    assert reach.value("2016-02-14", "facebook") == 1000  # 400 + 600, "02/14/2016 12:40:16 AM" and 06:05 PM
    assert reach.figures[("2016-02-14", "facebook")].line == 3
    rate = collect(src, "engagement_rate_reach")
    assert rate.value("2016-02-14", "facebook") == pytest.approx(7.5)  # (30 + 45) / 1000
    assert collect(src, "ctr").value("2016-02-14", "facebook") == pytest.approx(1.0)  # 15 / 1500


def test_meta_daily_metric_utf16_title_decides_the_kpi() -> None:
    src = open_source(DATA / "meta_facebook_reach.csv")
    assert src.layout == "Meta Business Suite daily metric (Facebook reach)"
    assert (src.platform, src.metrics) == ("facebook", ("reach",))
    reach = collect(src, "reach")
    assert reach.value("2025-03-30", "facebook") == 150  # T00:00:00
    assert reach.value("2025-03-31", "facebook") == 1234  # T01:00:00 after the clock change, "1,234"
    assert reach.rejected[7].reason == "Facebook reach '-' is not a figure"
    assert reach.figures[("2025-03-29", "facebook")].line == 4  # sep=, title, header above


def test_meta_instagram_follows_is_a_change_not_followers() -> None:
    src = open_source(DATA / "meta_instagram_follows.csv")
    assert src.layout == "Meta Business Suite daily metric (Instagram follows)"
    assert src.platform == "instagram" and src.metrics == ()
    with pytest.raises(ImportFileError, match="does not contain followers.*change, not a follower total"):
        src.figures("followers")


def test_meta_instagram_posts_use_publish_time() -> None:
    src = open_source(DATA / "meta_instagram_posts_Mar-01-2025_Mar-31-2025_1789.csv")
    assert src.layout == "Meta Business Suite Instagram posts (one row per post, by publish time)"
    assert src.platform == "instagram"
    assert collect(src, "reach").value("2025-03-18", "instagram") == 2000
    engagements = collect(src, "engagements")
    assert engagements.value("2025-03-18", "instagram") == 220  # likes + comments + shares + saves
    assert engagements.value("2025-03-20", "instagram") == 24  # empty Shares and Saves count as 0
    assert collect(src, "engagement_rate_reach").value("2025-03-18", "instagram") == pytest.approx(11.0)


def test_meta_facebook_posts_first_views_column() -> None:
    src = open_source(DATA / "meta_facebook_posts_Apr-01-2025_Apr-30-2025_100.csv")
    assert src.platform == "facebook"
    assert collect(src, "impressions").value("2025-04-02", "facebook") == 3000  # first Views, not the 999s
    assert collect(src, "link_clicks").value("2025-04-02", "facebook") == 30
    assert collect(src, "ctr").value("2025-04-02", "facebook") == pytest.approx(1.0)


def test_youtube_table_data_skips_total_and_rolls_up_by_publish_date() -> None:
    src = open_source(DATA / "youtube_table_data_en.csv")
    assert src.layout == "YouTube Studio table data (per video, by publish date)"
    assert set(src.metrics) == {"video_views", "impressions", "thumbnail_ctr"}
    views = collect(src, "video_views")
    assert views.value("2025-08-28", "youtube") == 4500  # 3000 + 1500; the Total row is not added
    assert views.rejected == {}
    ctr = collect(src, "thumbnail_ctr")
    assert ctr.value("2025-08-28", "youtube") == pytest.approx((30000 * 6.0 + 20000 * 4.5) / 50000)


def test_youtube_german_headers_with_soft_hyphens_and_footer() -> None:
    src = open_source(DATA / "youtube_table_data_de.csv")
    views = collect(src, "video_views")
    assert views.value("2025-09-02", "youtube") == 2000
    assert "Gesamt" not in str(views.rejected)
    assert "Die 500 besten Ergebnisse" in views.rejected[5].reason


def test_youtube_chart_data_sums_series_per_day() -> None:
    views = collect(open_source(DATA / "youtube_chart_data.csv"), "video_views")
    assert views.value("2025-08-28", "youtube") == 1400
    assert "2025-08-29" not in views.days()
    assert "Views 'x' is not a number" in views.rejected[5].reason


def test_youtube_resaved_totals_day_first_dates() -> None:
    src = open_source(DATA / "youtube_resaved" / "Totals.csv")
    assert src.layout == "YouTube Studio totals (per day)"
    views = collect(src, "video_views")
    assert views.value("2025-06-13", "youtube") == 120


def test_youtube_studio_zip_prefers_daily_totals() -> None:
    src = open_source(DATA / "youtube_studio.zip")
    assert src.layout.startswith("YouTube Studio export (zip")
    assert set(src.metrics) == {"video_views", "impressions", "thumbnail_ctr"}
    assert collect(src, "video_views").value("2025-08-28", "youtube") == 1400  # Totals.csv, not Table data
    assert collect(src, "impressions").value("2025-08-28", "youtube") == 50000  # only Table data has it


def test_linkedin_followers_xls() -> None:
    src = open_source(DATA / "linkedin_followers.xls")
    assert src.layout == "LinkedIn Page followers (sheet New followers, one row per day)"
    assert (src.platform, src.metrics) == ("linkedin", ("followers",))
    followers = collect(src, "followers")
    assert followers.value("2025-03-02", "linkedin") == 1206
    assert followers.rejected[5].sheet == "New followers"
    assert str(followers.rejected[5]) == ("New followers row 5: date '03/32/2025' is not a date "
                                          "(expected MM/DD/YYYY)")


def test_linkedin_daily_new_total_is_not_followers() -> None:
    src = open_source(DATA / "linkedin_followers_daily_new.xls")
    assert src.metrics == ()
    assert "new followers" in src.note


def test_linkedin_content_metrics_below_a_description_row() -> None:
    src = open_source(DATA / "linkedin_content_2025.xls")
    assert src.layout == "LinkedIn Page content metrics (sheet Metrics, one row per day)"
    assert collect(src, "impressions").value("2025-10-01", "linkedin") == 120
    rate = collect(src, "engagement_rate_impressions")
    assert rate.value("2025-10-01", "linkedin") == pytest.approx(9.16666679)  # a fraction, now percent
    assert "over 100%" in rate.rejected[4].reason
    ctr = collect(src, "ctr")
    assert ctr.value("2025-10-01", "linkedin") == pytest.approx(5.0)
    assert "Impressions (total) is 0" in ctr.rejected[5].reason


def _dated_copy(tmp_path: Path, name: str, saved: str) -> Path:
    target = tmp_path / Path(name).name
    shutil.copy(DATA / name, target)
    stamp = datetime.fromisoformat(saved).timestamp()
    os.utime(target, (stamp, stamp))
    return target


def test_tiktok_overview_infers_years_across_new_year(tmp_path: Path) -> None:
    src = open_source(_dated_copy(tmp_path, "tiktok/Overview.csv", "2025-01-04T12:00:00"))
    assert src.layout == "TikTok Studio overview (one row per day)"
    views = collect(src, "video_views")
    assert views.days() == ["2024-12-30", "2024-12-31", "2025-01-01", "2025-01-02"]
    likes = collect(src, "likes")
    assert likes.rejected[4].reason == "Likes 'undefined' is not a figure"
    assert collect(src, "engagements").value("2024-12-30", "tiktok") == 13


def test_tiktok_spanish_follower_history(tmp_path: Path) -> None:
    src = open_source(_dated_copy(tmp_path, "tiktok/FollowerHistory.csv", "2026-03-01T12:00:00"))
    followers = collect(src, "followers")
    assert followers.value("2025-03-08", "tiktok") == 1010  # saved before March 9 2026: the year is 2025
    assert "undefined" in followers.rejected[5].reason


def test_ga4_social_sources_per_day_and_platform() -> None:
    src = open_source(DATA / "ga4_source_medium_by_date.csv")
    assert "social sources only" in src.layout
    assert src.platform == "website"
    visits = collect(src, "website_visits")
    assert visits.value("2023-10-10", "facebook") == 50  # UTM "facebook | spring_sale" + l.facebook.com
    assert visits.value("2023-10-09", "x") == 20  # t.co
    assert visits.value("2023-10-09", None) == 5  # medium "social", source unknown
    assert ("2023-10-09", "google") not in visits.figures and len(visits.figures) == 4
    assert collect(src, "bounce_rate").value("2023-10-10", "facebook") == pytest.approx(30.0)  # 1 - 35/50
    assert collect(src, "conversion_rate").value("2023-10-09", "x") == pytest.approx(5.0)


def test_ga4_by_date_unsorted_yyyymmdd() -> None:
    src = open_source(DATA / "ga4_by_date.csv")
    assert "all traffic sources" in src.layout
    visits = collect(src, "website_visits")
    assert visits.days() == ["2023-10-10", "2023-10-11", "2023-10-12"]
    assert visits.figures[("2023-10-12", None)].line == 11


def test_ga4_without_date_gives_no_figures() -> None:
    src = open_source(DATA / "ga4_source_medium_no_date.csv")
    assert src.metrics == ()
    with pytest.raises(ImportFileError, match="Date as a dimension"):
        src.figures("website_visits")


def test_platform_given_must_match_the_export() -> None:
    with pytest.raises(ImportFileError, match="not instagram"):
        open_source(DATA / "x_account_overview.csv", platform="instagram")
    assert open_source(DATA / "x_account_overview.csv", platform="x").platform == "x"


def test_progress_reports_fractions_and_cancel_stops() -> None:
    from planner.exchange.importers import ImportCancelled

    seen: list[float] = []
    list(open_source(DATA / "facebook_page_level.csv").figures("reach", progress=seen.append))
    assert seen and seen[-1] == 1.0 and all(0 <= f <= 1 for f in seen)
    with pytest.raises(ImportCancelled):
        list(open_source(DATA / "facebook_page_level.csv").figures("reach", cancelled=lambda: True))
