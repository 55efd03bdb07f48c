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
    assert str(src.layout) == "X/Twitter tweet activity (legacy, one row per tweet)"
    assert src.platform == "x"
    assert {"impressions", "engagements", "engagement_rate_impressions", "likes", "shares", "link_clicks",
            "ctr", "page_views"} == set(src.metrics)
    impressions = collect(src, "impressions")
    assert impressions.value("2021-12-28", "x") == 3000  # two tweets, "1938.0" + "1062.0"
    assert impressions.value("2021-12-27", "x") == 500  # the tweet whose text holds a newline (lines 4-5)
    assert "2021-12-26" not in impressions.days()  # one of its tweets is unreadable: no understated total
    # rows, not lines: the third tweet's text spans two lines, so the fourth tweet is row 5 (line 6)
    assert "impressions 'abc' is not a number" in impressions.rejected[5].reason
    assert "2021-12-26 left out" in impressions.rejected[5].reason
    assert "'2021-13-40 11:00 +0000' is not a date" in impressions.rejected[7].reason
    rate = collect(src, "engagement_rate_impressions")
    assert rate.value("2021-12-28", "x") == pytest.approx(1.0)  # 30 / 3000, in percent, from the parts
    assert rate.value("2021-12-27", "x") == pytest.approx(2.0)
    assert collect(src, "engagements").value("2021-12-26", "x") == 6  # that column is readable on every row
    assert str(impressions.rejected[7]).startswith("row 7: date")
    assert "Times are in UTC (+0000): each row counts on its day in UTC." in [str(n.message) for n in src.notes]


def test_x_account_overview_per_day_newest_first() -> None:
    src = open_source(DATA / "x_account_overview.csv")
    assert str(src.layout) == "X/Twitter account overview (2024+, one row per day)"
    assert "followers" not in src.metrics
    likes = collect(src, "likes")
    assert likes.value("2025-03-21", "x") == 30
    assert "'-5' is negative" in likes.rejected[4].reason
    assert "weekday does not match" in likes.rejected[5].reason  # "Mon, Mar 18, 2025" was a Tuesday
    shares = collect(src, "shares")
    assert shares.value("2025-03-21", "x") == 5  # Shares 1 + Reposts 4
    rate = collect(src, "engagement_rate_impressions")
    assert rate.value("2025-03-21", "x") == pytest.approx(4.0)  # 96 / 2400
    with pytest.raises(ImportFileError, match="no figures of Followers: X's exports have no follower count"):
        src.figures("followers")


@pytest.mark.parametrize("name, day, impressions", [
    ("x_account_content_early2025.csv", "2025-03-20", 2000),
    ("x_account_content_late2025.csv", "2025-11-09", 4000),
])
def test_x_account_content_both_header_generations(name: str, day: str, impressions: float) -> None:
    src = open_source(DATA / name)
    assert str(src.layout) == "X/Twitter account content (2024+, one row per post)"
    got = collect(src, "impressions")
    assert got.value(day, "x") == impressions
    assert got.rejected == {} and got.skipped == {"a link ending in status/undefined is not a post": 1}
    assert "link_clicks" in src.metrics and "ctr" in src.metrics
    ctr = collect(src, "ctr")
    assert ctr.value(day, "x") == pytest.approx(100 * (10 if "early" in name else 40) / impressions)


def test_facebook_page_level_cp1252_two_header_rows() -> None:
    src = open_source(DATA / "facebook_page_level.csv")
    assert str(src.layout) == "Facebook Page Insights, page level (one row per day)"
    assert src.platform == "facebook"
    assert set(src.metrics) == {"followers", "new_followers", "reach", "impressions", "engagements",
                                "engagement_rate_reach"}
    followers = collect(src, "followers")
    assert followers.value("2014-02-27", "facebook") == 1500  # "Lifetime Total Likes"
    assert followers.figures[("2014-02-27", "facebook")].row == 3  # below the two header rows
    assert followers.rejected[6].reason == "date '2/30/2014' is not a date (expected M/D/YYYY or YYYY-MM-DD)"
    changes = collect(src, "new_followers")
    assert changes.value("2014-02-28", "facebook") == 10  # Daily New Likes 11 - Daily Unlikes 1
    engaged = collect(src, "engagements")
    assert "Daily Page Engaged Users is empty" in engaged.rejected[5].reason
    rate = collect(src, "engagement_rate_reach")
    assert rate.value("2014-02-28", "facebook") == pytest.approx(5.0)  # 50 engaged / 1000 reached


def test_facebook_post_level_rolls_posts_up_by_posted_day() -> None:
    src = open_source(DATA / "facebook_post_level.csv")
    assert str(src.layout) == "Facebook Page Insights, post level (one row per post)"
    impressions = collect(src, "impressions")
    assert impressions.value("2016-02-14", "facebook") == 1500  # 600 + 900, "02/14/2016 12:40:16 AM" and 06:05 PM
    assert impressions.figures[("2016-02-14", "facebook")].row == 3
    assert "2 posts rolled into 2 days" not in impressions.notes  # three posts
    assert "3 posts rolled into 2 days: each post's lifetime figures count on its publish day, and the posts of a " \
           "day are added up." in impressions.notes
    rate = collect(src, "engagement_rate_reach")
    assert rate.value("2016-02-14", "facebook") == pytest.approx(7.5)  # (30 + 45) / 1000
    assert collect(src, "ctr").value("2016-02-14", "facebook") == pytest.approx(1.0)  # 15 / 1500


def test_meta_daily_metric_utf16_title_decides_the_kpi() -> None:
    src = open_source(DATA / "meta_facebook_reach.csv")
    assert str(src.layout) == "Meta Business Suite daily metric (Facebook reach)"
    assert (src.platform, src.metrics) == ("facebook", ("reach",))
    reach = collect(src, "reach")
    assert reach.value("2025-03-30", "facebook") == 150  # T00:00:00
    assert reach.value("2025-03-31", "facebook") == 1234  # T01:00:00 after the clock change, "1,234"
    assert reach.rejected[7].reason == "Facebook reach '-' is not a figure"
    assert reach.figures[("2025-03-29", "facebook")].row == 4  # sep=, title, header above


def test_meta_instagram_follows_is_a_change_not_followers() -> None:
    src = open_source(DATA / "meta_instagram_follows.csv")
    assert str(src.layout) == "Meta Business Suite daily metric (Instagram follows)"
    assert src.platform == "instagram" and src.metrics == ("new_followers",)
    assert collect(src, "new_followers").value("2025-01-01", "instagram") == 5
    with pytest.raises(ImportFileError, match="new follows, not the number of followers"):
        src.figures("followers")


def test_meta_instagram_posts_use_publish_time() -> None:
    src = open_source(DATA / "meta_instagram_posts_Mar-01-2025_Mar-31-2025_1789.csv")
    assert str(src.layout) == "Meta Business Suite Instagram posts (one row per post, by publish time)"
    assert src.platform == "instagram"
    assert collect(src, "impressions").value("2025-03-18", "instagram") == 4000  # Views 1000 + 3000
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


@pytest.mark.parametrize("name", ["youtube_table_data_en.csv", "youtube_table_data_de.csv"])
def test_youtube_table_data_is_recognised_by_its_rows_and_refused(name: str) -> None:
    src = open_source(DATA / name)
    assert str(src.layout) == "YouTube Studio table data (one row per video, over the whole period)"
    assert src.platform == "youtube" and src.metrics == ()
    with pytest.raises(ImportFileError, match="per-video Table data"):
        src.figures("video_views")


def test_youtube_chart_data_sums_series_per_day() -> None:
    views = collect(open_source(DATA / "youtube_chart_data.csv"), "video_views")
    assert views.value("2025-08-28", "youtube") == 1400
    assert "2025-08-29" not in views.days()
    assert "Views 'x' is not a number" in views.rejected[5].reason
    assert [str(n.message) for n in open_source(DATA / "youtube_chart_data.csv").notes] == [
        "Each day adds up the rows of its videos."]


def test_youtube_resaved_totals_day_first_dates() -> None:
    src = open_source(DATA / "youtube_resaved" / "Totals.csv")
    assert str(src.layout) == "YouTube Studio totals (one row per day)"
    views = collect(src, "video_views")
    assert views.value("2025-06-13", "youtube") == 120


def test_youtube_studio_zip_prefers_daily_totals() -> None:
    src = open_source(DATA / "youtube_studio.zip")
    assert str(src.layout).startswith("YouTube Studio export (zip")
    assert set(src.metrics) == {"video_views"}  # Table data's impressions are per video: not offered
    assert collect(src, "video_views").value("2025-08-28", "youtube") == 1400  # Totals.csv, not Chart data
    with pytest.raises(ImportFileError, match="choose Impressions per week as the chart's metric"):
        src.figures("impressions")


def test_linkedin_followers_xls() -> None:
    src = open_source(DATA / "linkedin_followers.xls")
    assert str(src.layout) == "LinkedIn Page followers (sheet New followers, one row per day)"
    assert src.platform == "linkedin" and set(src.metrics) == {"followers", "new_followers"}
    followers = collect(src, "followers")
    assert followers.value("2025-03-02", "linkedin") == 1206
    assert followers.rejected[5].sheet == "New followers"
    assert str(followers.rejected[5]) == ("New followers row 5: date '03/32/2025' is not a date "
                                          "(expected M/D/YYYY or YYYY-MM-DD)")
    assert collect(src, "new_followers").value("2025-03-02", "linkedin") == 3  # 0 sponsored + 2 organic + 1 invited


def test_linkedin_daily_new_total_is_not_followers() -> None:
    src = open_source(DATA / "linkedin_followers_daily_new.xls")
    assert src.metrics == ("new_followers",)
    with pytest.raises(ImportFileError, match="Total followers column is each day's new followers"):
        src.figures("followers")


def test_linkedin_content_metrics_below_a_description_row() -> None:
    src = open_source(DATA / "linkedin_content_2025.xls")
    assert str(src.layout) == "LinkedIn Page content metrics (sheet Metrics, one row per day)"
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
    assert str(src.layout) == "TikTok Studio overview (one row per day)"
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
    assert "social media only" in str(src.layout)
    assert src.platform == "website"
    visits = collect(src, "website_visits")
    assert visits.value("2023-10-10", "facebook") == 50  # UTM "facebook | spring_sale" + l.facebook.com
    assert visits.value("2023-10-09", "x") == 20  # t.co
    assert len(visits.figures) == 3  # and instagram on 2023-10-11
    # "newsletter | nov / social" is social media, but of no platform: skipped and counted, never relabelled
    assert visits.skipped == {"not from social media": 2,
                              "from social media of no known platform (GA4 cannot tell which)": 1}
    assert collect(src, "bounce_rate").value("2023-10-10", "facebook") == pytest.approx(30.0)  # 1 - 35/50
    assert collect(src, "conversion_rate").value("2023-10-09", "x") == pytest.approx(5.0)


def test_ga4_by_date_unsorted_yyyymmdd() -> None:
    src = open_source(DATA / "ga4_by_date.csv")
    assert "all traffic, not only social media" in str(src.layout)
    visits = collect(src, "website_visits")
    assert visits.days() == ["2023-10-10", "2023-10-11", "2023-10-12"]
    assert visits.figures[("2023-10-12", "website")].row == 11


def test_ga4_without_date_gives_only_rates_for_a_month() -> None:
    src = open_source(DATA / "ga4_source_medium_no_date.csv")
    assert src.metrics == ("bounce_rate",)  # a rate over the month is a figure; a month of visits is not a week's
    assert collect(src, "bounce_rate").value("2023-10-31", "facebook") == pytest.approx(25.0)  # 1 - 30/40
    with pytest.raises(ImportFileError, match="sums 31 days .* Download it for one week, or add Date as a dimension"):
        src.figures("website_visits")


def test_platform_given_must_match_the_export() -> None:
    with pytest.raises(ImportFileError, match="with figures of X \\(Twitter\\), not Instagram"):
        open_source(DATA / "x_account_overview.csv", platform="instagram")
    assert open_source(DATA / "x_account_overview.csv", platform="x").platform == "x"


def test_progress_reports_fractions_and_cancel_stops() -> None:
    from planner.exchange.importers import ImportCancelled

    seen: list[float] = []
    list(open_source(DATA / "facebook_page_level.csv").figures("reach", progress=seen.append))
    assert seen and seen[-1] == 1.0 and all(0 <= f <= 1 for f in seen)
    with pytest.raises(ImportCancelled):
        list(open_source(DATA / "facebook_page_level.csv").figures("reach", cancelled=lambda: True))
