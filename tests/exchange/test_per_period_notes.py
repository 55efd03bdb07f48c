"""What an import per period says, word for word, and the boundaries it decides on (mutation testing, issue 12).

``test_per_period`` checks the figures stored; these tests pin every note an import of an amount per week or
month writes (its text and whether it is a warning), how the periods left out are merged across platforms, and
the day a period counts as over.  Every expected figure and date is worked out by hand in the comments: the
goal's weeks run from the weekday it starts on, its months are 31, 30, 31... days from its start.
"""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
from exchange.test_per_period import DATA, goal, read, stored

from planner.domain.goals import Goal
from planner.exchange import per_period
from planner.exchange.importers import ImportSource, open_source


def said(preview) -> list[tuple[bool, str]]:
    return [(n.warning, str(n.message)) for n in preview.notes]


GENERIC_WEEKS = (False, "The dates of this table are not one week apart, so its figures are taken as each day's "
                        "amount and added up. If each is already a week's total, give them dates one week apart "
                        "(the last day of each).")


def days(first: date, count: int) -> list[date]:
    return [first + timedelta(i) for i in range(count)]


def write_table(path, rows: list[tuple[object, str, object]]) -> None:
    path.write_text("date,platform,link_clicks\n" + "".join(f"{d},{p},{v}\n" for d, p, v in rows), encoding="utf-8")


# ----------------------------------------------------------------------------- daily amounts added up


def test_four_incomplete_weeks_are_said_one_by_one_with_the_fewest_days_of_any_platform(tmp_path):
    # weeks Monday to Sunday from 2 June 2025.  Facebook 10 a day, Instagram 3 a day.
    #   2-8 June: both every day, but the figures of 3 and 5 June are "n/a": spoilt, named by its first bad day
    #   9-15 June: Facebook lacks 11 June (6 days), Instagram 10 and 11 June (5 days): the fewest, 5, are said
    #   16-22, 23-29 June, 30 June - 6 July: Facebook lacks each Sunday (6 days); Instagram has no row
    rows = []
    for d in days(date(2025, 6, 2), 35):
        bad = d in (date(2025, 6, 3), date(2025, 6, 5))
        if d != date(2025, 6, 11) and not (d >= date(2025, 6, 16) and d.weekday() == 6):
            rows.append((d, "facebook", "n/a" if bad else 10))
        if d < date(2025, 6, 16) and d not in (date(2025, 6, 10), date(2025, 6, 11)):
            rows.append((d, "instagram", "n/a" if bad else 3))
    write_table(tmp_path / "clicks.csv", rows)
    preview = read(tmp_path / "clicks.csv", goal("link_clicks", "traffic", date(2025, 6, 2), "facebook", "instagram"),
                   today=date(2025, 8, 1))
    assert stored(preview) == {}
    assert said(preview) == [
        GENERIC_WEEKS,
        (True, "The week of 2–8 June 2025 is left out: a row of 3 June 2025 was left out (see the rows left out), so "
               "its total would be incomplete."),
        (False, "The week of 9–15 June 2025 is not complete (5 of 7 days in the file): left out."),
        (False, "The week of 16–22 June 2025 is not complete (6 of 7 days in the file): left out."),
        (False, "The week of 23–29 June 2025 is not complete (6 of 7 days in the file): left out."),
        (False, "The week of 30 June – 6 July 2025 is not complete (6 of 7 days in the file): left out."),
    ]
    # Friday 1 August 2025: the latest week over before today's (unfinished) figures is 21-27 July
    assert str(preview.problem) == (
        "No week of the goal is whole in this file, so there is no week's total to store (the notes say what each "
        "one lacks). Export a date range that holds at least one whole week of the goal, such as 21–27 July 2025.")


def test_five_incomplete_weeks_are_said_in_one_line_and_a_running_week_is_said_apart(tmp_path):
    # weeks Monday to Sunday from 2 June 2025; Facebook 10 a day, Instagram 3 a day
    #   2-8 June: whole for both: 70 and 21
    #   9-15 June to 7-13 July (five weeks): Facebook lacks a day of each; Instagram has no row
    #   14-20 July: Facebook's 15 July is "n/a": spoilt
    #   21-27 July: whole for both: 70 and 21
    #   28 July - 3 August, not over on 1 August: Facebook 28-29 July (2 days), Instagram 28-31 July (4): the most, 4
    # plus a row whose date cannot be read (a table of the owner's: its days are not counted as zero)
    rows = []
    for d in days(date(2025, 6, 2), 63):
        week = (d - date(2025, 6, 2)).days // 7
        if not (1 <= week <= 5 and d.weekday() == 2) and d <= date(2025, 7, 29):
            rows.append((d, "facebook", "n/a" if d == date(2025, 7, 15) else 10))
        if week in (0, 7, 8) and d <= date(2025, 7, 31):
            rows.append((d, "instagram", 3))
    rows.append(("sometime", "facebook", 5))
    write_table(tmp_path / "clicks.csv", rows)
    preview = read(tmp_path / "clicks.csv", goal("link_clicks", "traffic", date(2025, 6, 2), "facebook", "instagram"),
                   today=date(2025, 8, 1))
    assert stored(preview) == {("2025-06-08", "facebook"): 70, ("2025-06-08", "instagram"): 21,
                               ("2025-07-27", "facebook"): 70, ("2025-07-27", "instagram"): 21}
    assert said(preview) == [
        # 7 + 7 days in each of the two whole weeks
        (False, "28 daily figures added up into 2 weeks for Facebook and Instagram: each is the total of one of the "
                "goal's weeks (seven days from the weekday of its start, 2 June 2025) and is dated on the week's "
                "last day."),
        GENERIC_WEEKS,
        (True, "The week of 14–20 July 2025 is left out: a row of 15 July 2025 was left out (see the rows left out), "
               "so its total would be incomplete."),
        (False, "The week of 28 July – 3 August 2025 is not complete (4 of 7 days): left out; import again after "
                "3 August 2025."),
        (False, "5 weeks are not complete (days are missing) and are left out, the first 9–15 June 2025, the last "
                "7–13 July 2025."),
    ]
    assert preview.problem is None


def test_a_week_ending_the_day_before_today_is_over_and_one_ending_today_is_not(tmp_path):
    # 2-15 June 2025, 10 a day: the week of 2-8 June ends on Sunday 8 June
    write_table(tmp_path / "clicks.csv", [(d, "facebook", 10) for d in days(date(2025, 6, 2), 14)])
    g = goal("link_clicks", "traffic", date(2025, 6, 2), "facebook")
    on_monday = read(tmp_path / "clicks.csv", g, today=date(2025, 6, 9))
    assert stored(on_monday) == {("2025-06-08", "facebook"): 70}
    on_sunday = read(tmp_path / "clicks.csv", g, today=date(2025, 6, 8))
    assert stored(on_sunday) == {}
    assert (False, "The week of 2–8 June 2025 is not complete (7 of 7 days): left out; import again after "
                   "8 June 2025.") in said(on_sunday)


def test_months_added_up_say_so_in_months(tmp_path):
    # 2 leads a day from 1 January to 3 March 2026 (62 days).  The goal's months: 1-31 January (31 days: 62),
    # 1 February - 2 March (30 days: 60); 3 March - 2 April has one day of 31 and is not over on 10 March
    path = tmp_path / "leads.csv"
    path.write_text("date,leads\n" + "".join(f"{d},2\n" for d in days(date(2026, 1, 1), 62)), encoding="utf-8")
    preview = read(path, goal("leads", "leads", date(2026, 1, 1), "facebook"), today=date(2026, 3, 10),
                   platform="facebook")
    assert stored(preview) == {("2026-01-31", "facebook"): 62, ("2026-03-02", "facebook"): 60}
    assert said(preview) == [
        (False, "61 daily figures added up into 2 months for Facebook: each is the total of one of the goal's months "
                "(30 or 31 days, counted from its start on 1 January 2026) and is dated on the month's last day."),
        (False, "The dates of this table are not one month apart, so its figures are taken as each day's amount and "
                "added up. If each is already a month's total, give them dates one month apart (the last day of "
                "each)."),
        (False, "The month of 3 March – 2 April 2026 is not complete (1 of 31 days): left out; import again after "
                "2 April 2026."),
    ]


def test_five_incomplete_months_are_counted_in_months(tmp_path):
    # a lead a day from 1 January to 2 June 2026 but none written on the 15th of January to May.  The goal's months
    # are steps of 365.25 / 12 = 30.4375 days from 1 January: the fifth starts 4 * 30.4375 = 121.75, so 122 days
    # on (3 May), and ends where the sixth starts, 152.19, so 153 days on (3 June): 3 May - 2 June.
    path = tmp_path / "leads.csv"
    path.write_text("date,leads\n" + "".join(f"{d},1\n" for d in days(date(2026, 1, 1), 153) if d.day != 15 or
                                             d.month == 6), encoding="utf-8")
    preview = read(path, goal("leads", "leads", date(2026, 1, 1), "facebook"), today=date(2026, 9, 1),
                   platform="facebook")
    assert stored(preview) == {}
    assert said(preview)[-1] == (
        False, "5 months are not complete (days are missing) and are left out, the first 1–31 January 2026, the "
               "last 3 May – 2 June 2026.")


def test_posts_without_a_readable_date_warn_that_their_week_may_be_short(tmp_path):
    # a Meta Business Suite post file: posts on 2 and 5 June (1,000 and 500 views), one whose publish time is
    # unreadable, and 15 June (250).  Days without a post had none: 2-8 June 1,500, 9-15 June 250.
    header = ("Post ID,Account ID,Account username,Account name,Description,Duration (sec),Publish time,"
              "Permalink,Post type,Data comment,Date,Views,Reach,Likes,Shares,Follows,Comments,Saves\n")
    posts = [("06/02/2025 09:00", 1000), ("06/05/2025 18:30", 500), ("soon", 300), ("06/15/2025 12:00", 250)]
    path = tmp_path / "Jun-01-2025_Jun-30-2025_1789.csv"
    path.write_text(header + "".join(f"1800{i},1780,bakery,Bakery,Post {i},0,{t},https://instagram.com/p/{i}/,"
                                     f"IG image,,Lifetime,{views},{views // 2},1,0,0,0,0\n"
                                     for i, (t, views) in enumerate(posts)), encoding="utf-8-sig")
    preview = read(path, goal("impressions", "awareness", date(2025, 6, 2), "instagram"), today=date(2025, 7, 1))
    assert stored(preview) == {("2025-06-08", "instagram"): 1500, ("2025-06-15", "instagram"): 250}
    assert said(preview)[-2:] == [
        # the figures of the three days with a post (2, 5 and 15 June) make the two weeks
        (False, "3 daily figures added up into 2 weeks for Instagram: each is the total of one of the goal's weeks "
                "(seven days from the weekday of its start, 2 June 2025) and is dated on the week's last day."),
        (True, "1 row without a readable date are left out: the week they belong to may be short by their figures."),
    ]


# ----------------------------------------------------------------------------- figures of whole periods


def test_two_figures_in_one_month_of_the_goal_are_both_left_out(tmp_path):
    # monthly figures 29 to 30 days apart: 3 January, 1 February, 2 March, 1 April 2026.  The goal's months from
    # 1 January: 1-31 January, 1 February - 2 March, 3 March - 2 April.  1 February and 2 March are both in the
    # second: neither is its figure.
    path = tmp_path / "leads.csv"
    path.write_text("date,leads\n2026-01-03,40\n2026-02-01,38\n2026-03-02,45\n2026-04-01,50\n", encoding="utf-8")
    preview = read(path, goal("leads", "leads", date(2026, 1, 1), "facebook"), today=date(2026, 5, 1),
                   platform="facebook")
    assert stored(preview) == {("2026-01-31", "facebook"): 40, ("2026-04-02", "facebook"): 50}
    assert said(preview) == [
        (True, "2026-02-01 and 2026-03-02 are in the same month of the goal, 1 February – 2 March 2026: neither is "
               "its figure, so both are left out."),
        (False, "2 figures, one per month: stored as they are, each on the last day of the goal's month that holds "
                "its date (2026-01-03 is stored on 2026-01-31)."),
    ]


def test_a_weeks_figure_dated_today_waits_for_the_week_to_be_over(tmp_path):
    # Bug found by mutation testing: a figure per week whose week of the goal ends today was stored, while the
    # same week added up from days, or a window figure of today, waits (today's figures are not final yet).
    path = tmp_path / "weeks.csv"
    path.write_text("date,website_visits\n2025-11-09,512\n2025-11-16,540\n2025-11-23,601\n", encoding="utf-8")
    g = goal("website_visits", "traffic", date(2025, 11, 3), "website")
    preview = read(path, g, today=date(2025, 11, 23), platform="website")
    assert stored(preview) == {("2025-11-09", "website"): 512, ("2025-11-16", "website"): 540}
    assert said(preview) == [
        (False, "A figure of the week of 17–23 November 2025 is left out: that week of the goal is not over; import "
                "again after 23 November 2025."),
        (False, "2 figures, one per week, each on the last day of a week of the goal: stored as they are."),
    ]
    assert stored(read(path, g, today=date(2025, 11, 24), platform="website")) == {
        ("2025-11-09", "website"): 512, ("2025-11-16", "website"): 540, ("2025-11-23", "website"): 601}


def test_weekly_reach_of_today_is_not_final():
    # Weekly Total Reach, 1,500 + 25 * i on day i from Monday 6 January 2014; on Sunday 26 January the figure of
    # that day (the week of 20-26 January) is not final.  The file runs to 28 January: a date after tomorrow is
    # left out as in the future, so 22 daily figures (6-27 January) are read.
    preview = read(DATA / "facebook_page_level_3_weeks.csv", goal("reach", "awareness", date(2014, 1, 6), "facebook"),
                   today=date(2014, 1, 26))
    assert stored(preview) == {("2014-01-12", "facebook"): 1650, ("2014-01-19", "facebook"): 1825}
    assert said(preview) == [
        (False, "Reach per week = Weekly Total Reach: each day's figure counts the people of the 7 days up to it, so "
                "the figure on the last day of each week of the goal is stored: 2 weeks from 22 daily figures."),
        (False, "The week of 20–26 January 2014 is not over: left out; import again after 26 January 2014."),
        (False, "The week of 27 January – 2 February 2014 is not over: left out; import again after 2 February 2014."),
    ]


# ----------------------------------------------------------------------------- which way a file is read


def test_two_dates_a_week_apart_are_a_weekly_table_even_beside_a_platform_with_one(tmp_path):
    # Facebook has one date (it cannot tell), Instagram two dates seven days apart: one figure a week
    path = tmp_path / "visits.csv"
    path.write_text("date,platform,website_visits\n2025-11-09,facebook,70\n2025-11-09,instagram,30\n"
                    "2025-11-16,instagram,35\n", encoding="utf-8")
    preview = read(path, goal("website_visits", "traffic", date(2025, 11, 3), "facebook", "instagram"),
                   today=date(2025, 12, 1))
    assert stored(preview) == {("2025-11-09", "facebook"): 70, ("2025-11-09", "instagram"): 30,
                               ("2025-11-16", "instagram"): 35}


def test_monthly_figures_two_months_apart_are_still_one_a_month(tmp_path):
    # 31 January and 31 March 2026: 59 days, two months of 28 to 31 days (56 to 62); the goal's months from
    # 1 January end on 31 January and 2 April
    path = tmp_path / "leads.csv"
    path.write_text("date,leads\n2026-01-31,40\n2026-03-31,45\n", encoding="utf-8")
    preview = read(path, goal("leads", "leads", date(2026, 1, 1), "facebook"), today=date(2026, 5, 1),
                   platform="facebook")
    assert stored(preview) == {("2026-01-31", "facebook"): 40, ("2026-04-02", "facebook"): 45}


def test_a_window_that_is_not_the_goals_period_is_refused_with_both_lengths():
    # Facebook's reach over 28 days cannot be a week's reach
    source: ImportSource = open_source(DATA / "facebook_page_level_3_weeks.csv")
    source.windows["reach"] = 28
    g: Goal = goal("reach", "awareness", date(2014, 1, 6), "facebook")
    assert str(per_period.refusal(source, g)) == (
        "Each figure of Reach per week in this file covers the 28 days up to its date, and the goal counts per "
        "week: they do not fit.")
    source.windows["reach"] = 7
    assert per_period.refusal(source, g) is None


def test_figures_of_whole_periods_are_not_refused_for_a_kpi_that_does_not_add_up(tmp_path):
    # a table of weekly reach (dates a week apart): the figures are the weeks' own, nothing is added up
    path = tmp_path / "reach.csv"
    path.write_text("date,reach\n2025-06-08,800\n2025-06-15,950\n", encoding="utf-8")
    source = open_source(path)
    g = goal("reach", "awareness", date(2025, 6, 2), "facebook")
    assert per_period.refusal(source, g) is None
    preview = read(path, g, today=date(2025, 7, 1), platform="facebook")
    assert stored(preview) == {("2025-06-08", "facebook"): 800, ("2025-06-15", "facebook"): 950}


def test_the_mode_of_a_file_is_said_by_the_file_when_it_knows():
    g = goal("reach", "awareness", date(2014, 1, 6), "facebook")
    empty = per_period.Columns(*(np.zeros(0, np.int64) for _ in range(3)), np.zeros(0))
    assert per_period.mode(open_source(DATA / "facebook_page_level_3_weeks.csv"), g, empty) is per_period.Mode.WINDOW
    visits = goal("website_visits", "traffic", date(2023, 10, 2), "facebook")
    assert per_period.mode(open_source(DATA / "ga4_source_medium_one_week.csv"), visits, empty) is per_period.Mode.AS_IS
    assert per_period.mode(open_source(DATA / "ga4_source_medium_3_weeks.csv"), visits, empty) is per_period.Mode.SUM


def test_the_mode_is_decided_by_every_platform_with_two_dates_or_more():
    # code 0 has one date (it cannot tell); code 1 has two a week apart, code 2 two dates three days apart
    g = goal("website_visits", "traffic", date(2025, 11, 3), "facebook", "instagram", "x")
    generic = open_source(DATA / "weekly_visits_resaved.csv")
    nov = [date(2025, 11, d).toordinal() for d in (9, 9, 16, 9, 12)]
    cols = per_period.Columns(np.arange(5), np.array(nov), np.array([0, 1, 1, 2, 2]), np.ones(5))
    assert per_period.mode(generic, g, cols) is per_period.Mode.SUM
    assert per_period.mode(generic, g, cols.take(np.array([True, True, True, False, False]))) is per_period.Mode.AS_IS
    assert per_period.mode(generic, g, cols.take(np.array([True, True, False, True, False]))) is None


def test_periods_left_out_are_merged_across_platforms():
    week = per_period._span(goal("link_clicks", "traffic", date(2025, 6, 2), "facebook"), 0)
    left: dict[int, per_period._LeftOut] = {}
    per_period._merge(left, 0, per_period._LeftOut(week, running=True, days=2))
    per_period._merge(left, 0, per_period._LeftOut(week, running=True, days=4))
    per_period._merge(left, 0, per_period._LeftOut(week, running=True, days=3))
    assert left[0].days == 4  # a week not over: the most days any platform has so far
    per_period._merge(left, 1, per_period._LeftOut(week, days=6))
    per_period._merge(left, 1, per_period._LeftOut(week, days=5))
    per_period._merge(left, 1, per_period._LeftOut(week, days=6))
    assert left[1].days == 5 and left[1].spoilt is None  # a past week: the fewest
    per_period._merge(left, 2, per_period._LeftOut(week, spoilt=date(2025, 6, 3)))
    per_period._merge(left, 2, per_period._LeftOut(week, spoilt=date(2025, 6, 3)))
    assert left[2].spoilt == date(2025, 6, 3)
    per_period._merge(left, 3, per_period._LeftOut(week, days=6))
    per_period._merge(left, 3, per_period._LeftOut(week, spoilt=date(2025, 6, 4)))
    assert left[3].spoilt == date(2025, 6, 4)


def test_a_week_each_platform_has_alone_is_stored_for_it(tmp_path):
    # 2-8 June: Facebook only (10 a day); 9-15 June: Instagram only (3 a day)
    write_table(tmp_path / "clicks.csv", [(d, "facebook", 10) for d in days(date(2025, 6, 2), 7)] +
                [(d, "instagram", 3) for d in days(date(2025, 6, 9), 7)])
    preview = read(tmp_path / "clicks.csv", goal("link_clicks", "traffic", date(2025, 6, 2), "facebook", "instagram"),
                   today=date(2025, 7, 1))
    assert stored(preview) == {("2025-06-08", "facebook"): 70, ("2025-06-15", "instagram"): 21}


def test_platforms_are_said_in_the_catalogs_order_and_a_table_for_all_of_them_as_all(tmp_path):
    write_table(tmp_path / "clicks.csv", [(d, p, 1) for d in days(date(2025, 6, 2), 7) for p in ("TikTok", "X")])
    preview = read(tmp_path / "clicks.csv", goal("link_clicks", "traffic", date(2025, 6, 2), "x", "tiktok"),
                   today=date(2025, 7, 1))
    assert said(preview)[0][1].startswith("14 daily figures added up into 1 week for X (Twitter) and TikTok:")
    path = tmp_path / "all.csv"
    path.write_text("date,link_clicks\n" + "".join(f"{d},1\n" for d in days(date(2025, 6, 2), 7)), encoding="utf-8")
    preview = read(path, goal("link_clicks", "traffic", date(2025, 6, 2), "x", "tiktok"), today=date(2025, 7, 1))
    assert stored(preview) == {("2025-06-08", None): 7}
    assert said(preview)[0][1].startswith("7 daily figures added up into 1 week for all platforms:")


def test_a_file_without_a_whole_week_on_the_day_after_one_ended_offers_that_week(tmp_path):
    # Monday 9 June 2025: the week of 2-8 June ended yesterday, and is the one to export
    write_table(tmp_path / "clicks.csv", [(d, "facebook", 10) for d in days(date(2025, 6, 3), 3)])
    preview = read(tmp_path / "clicks.csv", goal("link_clicks", "traffic", date(2025, 6, 2), "facebook"),
                   today=date(2025, 6, 9))
    assert str(preview.problem).endswith("such as 2–8 June 2025.")


def test_a_week_without_a_post_in_a_post_file_stores_none(tmp_path):
    # a Meta Business Suite post file with posts on 3 and 17 June 2025 only
    header = ("Post ID,Account ID,Account username,Account name,Description,Duration (sec),Publish time,"
              "Permalink,Post type,Data comment,Date,Views,Reach,Likes,Shares,Follows,Comments,Saves\n")
    posts = [("06/03/2025 09:00", 1000), ("06/17/2025 18:30", 500)]
    path = tmp_path / "Jun-01-2025_Jun-30-2025_1789.csv"
    path.write_text(header + "".join(f"1800{i},1780,bakery,Bakery,Post {i},0,{t},https://instagram.com/p/{i}/,"
                                     f"IG image,,Lifetime,{views},{views // 2},1,0,0,0,0\n"
                                     for i, (t, views) in enumerate(posts)), encoding="utf-8-sig")
    preview = read(path, goal("impressions", "awareness", date(2025, 6, 2), "instagram"), today=date(2025, 7, 10))
    # the file's days run from its first post to its last, 3 to 17 June: the week of 9-15 June is inside them and
    # had no post (0); 2-8 June has 6 of its days in the file (from the 3rd), 16-22 June 2 (16th and 17th)
    assert stored(preview) == {("2025-06-15", "instagram"): 0}
    assert said(preview)[-3:] == [
        (False, "0 daily figures added up into 1 week for Instagram: each is the total of one of the goal's weeks "
                "(seven days from the weekday of its start, 2 June 2025) and is dated on the week's last day."),
        (False, "The week of 2–8 June 2025 is not complete (6 of 7 days in the file): left out."),
        (False, "The week of 16–22 June 2025 is not complete (2 of 7 days in the file): left out."),
    ]


def test_months_fifty_days_apart_are_not_one_a_month(tmp_path):
    # 31 January and 22 March 2026: 50 days, neither one month (28 to 31) nor two (56 to 62): days added up
    path = tmp_path / "leads.csv"
    path.write_text("date,leads\n2026-01-31,40\n2026-03-22,45\n", encoding="utf-8")
    preview = read(path, goal("leads", "leads", date(2026, 1, 1), "facebook"), today=date(2026, 5, 1),
                   platform="facebook")
    assert stored(preview) == {}
    assert "not one month apart" in said(preview)[0][1]


def test_two_clashes_in_two_months_each_name_their_own_dates(tmp_path):
    # Facebook: 3 January, 1 February, 2 March (the last two in the goal's 1 February - 2 March);
    # Instagram: 5 April, 3 May, 1 June (the last two in the goal's 3 May - 2 June)
    path = tmp_path / "leads.csv"
    path.write_text("date,platform,leads\n2026-01-03,facebook,1\n2026-02-01,facebook,2\n2026-03-02,facebook,3\n"
                    "2026-04-05,instagram,4\n2026-05-03,instagram,5\n2026-06-01,instagram,6\n", encoding="utf-8")
    preview = read(path, goal("leads", "leads", date(2026, 1, 1), "facebook", "instagram"), today=date(2026, 8, 1))
    assert stored(preview) == {("2026-01-31", "facebook"): 1, ("2026-05-02", "instagram"): 4}
    assert said(preview)[:2] == [
        (True, "2026-02-01 and 2026-03-02 are in the same month of the goal, 1 February – 2 March 2026: neither is "
               "its figure, so both are left out."),
        (True, "2026-05-03 and 2026-06-01 are in the same month of the goal, 3 May – 2 June 2026: neither is its "
               "figure, so both are left out."),
    ]


def test_a_weekly_table_of_two_platforms_with_figures_three_weeks_apart(tmp_path):
    # each platform has a figure for the goal's first week and its fourth: four figures, no two in one week
    path = tmp_path / "visits.csv"
    path.write_text("date,platform,website_visits\n2025-11-09,facebook,1\n2025-11-30,facebook,2\n"
                    "2025-11-09,instagram,3\n2025-11-30,instagram,4\n", encoding="utf-8")
    preview = read(path, goal("website_visits", "traffic", date(2025, 11, 3), "facebook", "instagram"),
                   today=date(2025, 12, 10))
    assert stored(preview) == {("2025-11-09", "facebook"): 1, ("2025-11-30", "facebook"): 2,
                               ("2025-11-09", "instagram"): 3, ("2025-11-30", "instagram"): 4}


def test_refusals_are_said_whole(tmp_path):
    path = tmp_path / "one.csv"
    path.write_text("date,website_visits\n2025-11-09,512\n", encoding="utf-8")
    preview = read(path, goal("website_visits", "traffic", date(2025, 11, 3), "website"), today=date(2025, 12, 5),
                   platform="website")
    assert str(preview.problem) == (
        "The table has one date for each platform: it cannot show whether its figures are a day's amounts or a "
        "week's. Type them in the figures table, dated on the last day of their week.")
    path = tmp_path / "reach.csv"
    path.write_text("date,reach\n" + "".join(f"2025-06-{d:02d},{100 + d}\n" for d in range(2, 16)), encoding="utf-8")
    preview = read(path, goal("reach", "awareness", date(2025, 6, 2), "facebook"), today=date(2025, 7, 1),
                   platform="facebook")
    assert str(preview.problem).startswith("Reach per week cannot be added up from daily figures. ")
    assert str(preview.problem).endswith(" Import a file with one figure per week, each dated on the last day of its "
                                         "week, or type each week's figure in the figures table.")


def test_why_reach_does_not_add_up_is_translated_in_the_catalogs_context(tmp_path):
    from planner.exchange.messages import Renderer

    class Contexts(Renderer):
        def phrase(self, context: str, text: str) -> str:
            return f"[{context}]"

    path = tmp_path / "reach.csv"
    path.write_text("date,reach\n" + "".join(f"2025-06-{d:02d},{100 + d}\n" for d in range(2, 16)), encoding="utf-8")
    preview = read(path, goal("reach", "awareness", date(2025, 6, 2), "facebook"), today=date(2025, 7, 1),
                   platform="facebook")
    assert Contexts().render(preview.problem).startswith("Reach per week cannot be added up from daily figures. "
                                                         "[catalog] Import a file")
