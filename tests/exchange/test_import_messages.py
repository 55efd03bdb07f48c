"""Issue 15, items 11-16: what ``planner import-csv`` says is for a shop owner: names, not ids; which column
became the figure; spreadsheet rows; repeated problems summarised; refusals that say what to do."""

from __future__ import annotations

import re


from exchange.import_cli import DATA, import_csv, plan_with_goal, saved_on

from planner.domain import catalog


def test_11_kpis_and_platforms_by_name_never_by_id(tmp_path, capsys):
    plan = plan_with_goal(tmp_path, "engagement_rate_impressions", "x")
    code, out, err = import_csv(capsys, plan, DATA / "x_account_overview.csv")
    assert code == 0
    assert "Engagement rate (per impression)" in out
    ids = [k.id for k in catalog.KPIS if "_" in k.id]
    assert not [i for i in ids if i in out + err]


def test_11_a_refusal_names_the_kpi(tmp_path, capsys):
    plan = plan_with_goal(tmp_path, "engagement_rate_impressions", "facebook")
    code, _, err = import_csv(capsys, plan, DATA / "meta_facebook_reach.csv")
    assert code == 1
    assert "Engagement rate (per impression)" in err and "engagement_rate_impressions" not in err


def test_12_the_column_each_figure_comes_from(tmp_path, capsys):
    plan = plan_with_goal(tmp_path, "followers", "facebook")
    _, out, _ = import_csv(capsys, plan, DATA / "facebook_page_level.csv")
    assert "Followers = Lifetime Total Likes" in out
    plan = plan_with_goal(tmp_path / "posts", "impressions", "facebook")
    _, out, _ = import_csv(capsys, plan, DATA / "meta_facebook_posts_Apr-01-2025_Apr-30-2025_100.csv")
    assert "Impressions per week = Views" in out
    assert "3 posts rolled into 2 days" in out


def test_12_skipped_rows_are_counted_with_why(tmp_path, capsys):
    plan = plan_with_goal(tmp_path, "impressions", "x")
    _, out, _ = import_csv(capsys, plan, DATA / "x_account_content_early2025.csv")
    assert "1 row skipped: a link ending in status/undefined is not a post" in out


def test_13_rejections_name_the_spreadsheet_row_not_the_line(tmp_path, capsys):
    plan = plan_with_goal(tmp_path, "engagement_rate_impressions", "x")
    code, out, _ = import_csv(capsys, plan, DATA / "x_account_content_multiline.csv")
    assert code == 0
    # row 1 is the header, row 2 the post whose text spans five lines, row 3 the one with 'n/v'
    assert "row 3: Impressions 'n/v' is not a number" in out
    assert "line 7" not in out


def test_13_repeated_rejections_are_summarised(tmp_path, capsys):
    plan = plan_with_goal(tmp_path, "followers", "tiktok")
    source = saved_on(tmp_path, "tiktok/FollowerHistory_undefined.csv", "2025-02-15T09:00:00")
    code, out, _ = import_csv(capsys, plan, source)
    assert code == 0
    summary = [line for line in out.splitlines() if "'undefined'" in line]
    assert len(summary) == 1
    assert "25 rows" in summary[0] and "2025-01-11" in summary[0]  # the first of the 25 days (rows 12-36)
    assert len(plan.figures()) == 15


def test_14_a_per_video_tiktok_file_says_which_files_to_export(tmp_path, capsys):
    plan = plan_with_goal(tmp_path, "video_views", "tiktok")
    code, _, err = import_csv(capsys, plan, DATA / "tiktok/Content.csv")
    assert code == 1
    assert "TikTok's per-video Content file" in err and "Overview" in err and "FollowerHistory" in err


def test_14_a_table_of_your_own_names_the_options(tmp_path, capsys):
    plan = plan_with_goal(tmp_path, "followers", "instagram")
    code, _, err = import_csv(capsys, plan, DATA / "generic_arabic_cp1256.csv")
    assert code == 1
    assert "--date-column" in err and "--value-column" in err


def test_14_figures_already_there_mention_replace(tmp_path, capsys):
    plan = plan_with_goal(tmp_path, "engagement_rate_impressions", "x")
    import_csv(capsys, plan, DATA / "x_account_overview.csv")
    code, out, _ = import_csv(capsys, plan, DATA / "x_account_overview.csv")
    assert code == 0
    assert re.search(r"3 already there and kept \(--replace replaces them\)", out)


def test_15_a_missing_kpi_points_to_the_file_that_has_it(tmp_path, capsys):
    plan = plan_with_goal(tmp_path, "followers", "x")
    code, _, err = import_csv(capsys, plan, DATA / "x_account_overview.csv")
    assert code == 1
    assert "New follows" in err and "--total" in err  # rebuild the totals from the changes
    plan = plan_with_goal(tmp_path / "clicks", "link_clicks", "facebook")
    code, _, err = import_csv(capsys, plan, DATA / "facebook_page_level.csv")
    assert code == 1 and "post-level export" in err


def test_16_times_of_day_say_which_day_they_count_on(tmp_path, capsys):
    plan = plan_with_goal(tmp_path, "impressions", "x")
    _, out, _ = import_csv(capsys, plan, DATA / "x_tweet_activity_legacy.csv")
    assert "UTC" in out


def test_16_the_tiktok_year_says_what_was_assumed(tmp_path, capsys):
    plan = plan_with_goal(tmp_path, "video_views", "tiktok")
    source = saved_on(tmp_path, "tiktok/Overview.csv", "2025-01-04T12:00:00")
    _, out, _ = import_csv(capsys, plan, source)
    assert "2 January 2025" in out and "4 January 2025" in out  # the last row's day, the day the file was saved
