"""The choices an import offers: other platforms' figures (refuse, skip, add the platform, undo), follower
totals rebuilt from daily changes, and what is said about rows left out."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from exchange.import_cli import DATA, plan_with_goal, saved_on

from planner.domain.goals import Observation
from planner.exchange import figures_import, import_lines
from planner.exchange.figures_import import Anchor, Others
from planner.exchange.importers import Msg, Rejected, open_source
from planner.exchange.importers.ga4 import NOT_SOCIAL, UNKNOWN, social_platform
from planner.exchange.messages import Count, Counted, Day, Listing, PlatformName, Span
from planner.store import plan_file
from planner.store.repository import OnDuplicate, Repository

TODAY = date(2026, 1, 15)


@pytest.mark.parametrize("source_medium, platform", [
    ("facebook / referral", "facebook"), ("m.facebook.com / referral", "facebook"),
    ("l.facebook.com / referral", "facebook"), ("lm.facebook.com / referral", "facebook"),
    ("fb / Facebook_Mobile_Feed", "facebook"), ("meta / FB-Paid_spring", "facebook"),
    ("Facebook / paid_social", "facebook"), ("facebook_ads / Instagram_Feed", "instagram"),  # the placement decides
    ("ig / Instagram_Stories", "instagram"), ("l.instagram.com / referral", "instagram"),
    ("instagram.com / referral", "instagram"), ("t.co / referral", "x"), ("x.com / referral", "x"),
    ("twitter / social", "x"), ("linkedin.com / referral", "linkedin"), ("lnkd.in / referral", "linkedin"),
    ("youtube.com / referral", "youtube"), ("m.youtube.com / referral", "youtube"), ("tiktok / social", "tiktok"),
    ("pinterest.com / referral", "pinterest"), ("pin.it / referral", "pinterest"),
    ("facebook | spring_sale / paid_social", "facebook"),  # a raw UTM source with " | "
    ("an / an", UNKNOWN), ("msg / Messenger_Inbox", UNKNOWN), ("newsletter | march / social", UNKNOWN),
    ("partner / social_cpc", UNKNOWN),
    ("google / organic", NOT_SOCIAL), ("google / cpc", NOT_SOCIAL), ("(direct) / (none)", NOT_SOCIAL),
    ("(not set)", NOT_SOCIAL), ("duckduckgo / organic", NOT_SOCIAL), ("bigfish.example / referral", NOT_SOCIAL),
    ("newsletter / email", NOT_SOCIAL),
])
def test_ga4_sources_as_ga4_records_them(source_medium: str, platform: str) -> None:
    assert social_platform(source_medium) == platform


def test_a_goal_on_the_website_takes_every_social_row_even_of_no_platform():
    from exchange.importers.importer_helpers import collect

    visits = collect(open_source(DATA / "ga4_meta_ads_by_date.csv"), "website_visits", ("website",))
    # 2024-03-05: every social row: 30 + 25 + 15 + 6 + 12 + 8 + 4 (newsletter | march / social) + 7 (x.com)
    assert visits.value("2024-03-05", "website") == 107
    assert visits.value("2024-03-06", "website") == 13  # lm.facebook.com 10 + linkedin.com 3
    assert visits.skipped == {"not from social media": 4}  # google, (direct), duckduckgo, (not set)


def read(name: str, kpi: str, platforms: tuple[str, ...] = (), anchor: Anchor | None = None, platform=None):
    return figures_import.read(open_source(DATA / name), kpi, platform=platform, existing=set(), today=TODAY,
                               goal_platforms=platforms, anchor=anchor)


# ----------------------------------------------------------------------------- other platforms


def _store(tmp_path, kpi: str, *platforms: str):
    plan = plan_with_goal(tmp_path, kpi, *platforms)
    pf = plan_file.open_plan(plan.path)
    return pf, Repository(pf.db), plan.goal_id


def test_figures_of_another_platform_are_never_written_without_a_choice(tmp_path):
    pf, repo, goal_id = _store(tmp_path, "engagement_rate_impressions", "facebook")
    try:
        preview = read("x_account_overview.csv", "engagement_rate_impressions", ("facebook",))
        with pytest.raises(ValueError, match="figures of x, which goal"):
            figures_import.write(repo, goal_id, preview, OnDuplicate.SKIP, datetime(2026, 1, 1))
        assert repo.observations(goal_id) == []
        assert figures_import.write(repo, goal_id, preview, OnDuplicate.SKIP, datetime(2026, 1, 1),
                                    others=Others.SKIP) == (0, [])
    finally:
        pf.close()


def test_adding_the_platform_is_one_transaction_and_one_undo(tmp_path):
    pf, repo, goal_id = _store(tmp_path, "engagement_rate_impressions", "facebook")
    try:
        before = repo.goal(goal_id)
        repo.add_observations([Observation(goal_id, date(2025, 3, 20), 7, "x", note="typed")])
        preview = figures_import.read(open_source(DATA / "x_account_overview.csv"), "engagement_rate_impressions",
                                      platform=None, existing=repo.existing_days(goal_id), today=TODAY,
                                      goal_platforms=("facebook",))
        stamp = datetime(2026, 1, 2)
        written, replaced = figures_import.write(repo, goal_id, preview, OnDuplicate.REPLACE, stamp,
                                                 others=Others.ADD)
        assert written == 3 and [o.note for o in replaced] == ["typed"]
        assert repo.goal(goal_id).platform_ids == ("facebook", "x")
        figures_import.undo(repo, goal_id, stamp, replaced, before)
        assert repo.goal(goal_id).platform_ids == ("facebook",)
        assert [(o.value, o.note) for o in repo.observations(goal_id)] == [(7, "typed")]
    finally:
        pf.close()


def test_a_failed_write_leaves_the_goal_without_the_platform(tmp_path):
    pf, repo, goal_id = _store(tmp_path, "engagement_rate_impressions", "facebook")
    try:
        preview = read("x_account_overview.csv", "engagement_rate_impressions", ("facebook",))
        with pytest.raises(figures_import.ImportCancelled):
            figures_import.write(repo, goal_id, preview, OnDuplicate.SKIP, datetime(2026, 1, 2), others=Others.ADD,
                                 cancelled=lambda: True)
        assert repo.goal(goal_id).platform_ids == ("facebook",) and repo.observations(goal_id) == []
    finally:
        pf.close()


def test_a_figure_without_a_platform_belongs_to_the_goal_whatever_its_platforms():
    preview = read("generic_persian_digits.csv", "followers", ("instagram", "facebook"))
    assert preview.foreign == {} and preview.count == 3


# ----------------------------------------------------------------------------- rebuilt totals


def test_rebuilding_from_a_count_on_the_day_after_the_file_ends_says_so():
    preview = read("youtube_subscribers/Totals.csv", "followers", ("youtube",), Anchor(500, date(2025, 9, 5)))
    # the count on 09-05 stands for the end of 09-04; then back: 500 - 5, 495 - 0, 495 + 1
    assert [(f.date.isoformat(), f.value) for f in preview.sample] == [
        ("2025-09-01", 496), ("2025-09-02", 495), ("2025-09-03", 495), ("2025-09-04", 500)]
    assert any("taken as the count at the end of 4 September 2025" in str(n.message) for n in preview.notes)


def test_rebuilding_forward_and_back_from_a_day_in_the_middle():
    preview = read("youtube_subscribers/Totals.csv", "followers", ("youtube",), Anchor(100, date(2025, 9, 2)))
    assert [(f.date.isoformat(), f.value) for f in preview.sample] == [
        ("2025-09-01", 101), ("2025-09-02", 100), ("2025-09-03", 100), ("2025-09-04", 105)]


def test_a_count_far_from_the_files_days_is_refused():
    preview = read("youtube_subscribers/Totals.csv", "followers", ("youtube",), Anchor(100, date(2025, 10, 1)))
    assert preview.count == 0
    assert "run from 2025-09-01 to 2025-09-04: a count on 2025-10-01 cannot be carried to them" in str(preview.problem)


def test_a_missing_day_stops_the_rebuild_and_is_said(tmp_path):
    path = tmp_path / "Totals.csv"
    path.write_text("Date,Subscribers\n2025-09-01,2\n2025-09-02,x\n2025-09-03,4\n2025-09-04,1\n", encoding="utf-8")
    preview = figures_import.read(open_source(path), "followers", platform=None, existing=set(), today=TODAY,
                                  goal_platforms=("youtube",), anchor=Anchor(50, date(2025, 9, 4)))
    assert [(f.date.isoformat(), f.value) for f in preview.sample] == [("2025-09-03", 49), ("2025-09-04", 50)]
    reasons = {r.row: r.reason for r in preview.rejected}
    assert reasons[2] == "the follower total on 2025-09-01 cannot be rebuilt: the change on 2025-09-02 is missing"
    assert "Subscribers 'x' is not a number" in reasons[3]


def test_a_count_too_low_for_the_changes_is_refused_day_by_day():
    preview = read("youtube_subscribers/Totals.csv", "followers", ("youtube",), Anchor(3, date(2025, 9, 4)))
    # 09-04: 3, 09-03: 3 - 5 = -2, below 0: the count typed cannot be right for those days
    assert [(f.date.isoformat(), f.value) for f in preview.sample] == [("2025-09-04", 3)]
    assert sum("is below 0: check the count you typed" in r.reason for r in preview.rejected) == 3


@pytest.mark.parametrize("name", ["linkedin_followers_daily_new.xls", "meta_instagram_follows.csv"])
def test_totals_are_never_rebuilt_from_new_follows_without_unfollows(name):
    preview = read(name, "followers", (), Anchor(1000, date(2025, 3, 2)))
    assert preview.count == 0 and "cannot be rebuilt" in str(preview.problem)


def test_a_file_with_totals_keeps_them_and_ignores_the_count(tmp_path):
    source = open_source(saved_on(tmp_path, "tiktok/FollowerHistory.csv", "2025-03-10T09:00:00"))
    preview = figures_import.read(source, "followers", platform=None, existing=set(), today=TODAY,
                                  goal_platforms=("tiktok",), anchor=Anchor(5, date(2025, 3, 8)))
    assert not preview.rebuilt and [f.value for f in preview.sample] == [1000, 1004, 1010]


# ----------------------------------------------------------------------------- what is said


def test_rejections_alike_are_summarised_by_problem_and_column():
    preview = figures_import.Preview(open_source(DATA / "x_account_overview.csv"), "likes")
    for row in range(2, 12):
        preview.reject(Rejected(row, Msg("{column} '{cell}' is not a figure", column="Likes", cell="undefined"),
                                day=date(2025, 1, row)))
    preview.reject(Rejected(20, Msg("{column} '{cell}' is not a figure", column="Shares", cell="-")))
    assert [str(m) for m in import_lines.rejected_lines(preview)] == [
        "10 rows (2025-01-02, 2025-01-03, 2025-01-04 and 7 more days): Likes 'undefined' is not a figure",
        "row 20: Shares '-' is not a figure"]


def test_messages_render_counts_days_and_lists_in_english():
    msg = Msg("{n} rows on {days} for {platforms}", n=Count(1234), days=Listing((Day(date(2025, 1, 2)),
                                                                                Day(date(2025, 1, 3), long=True))),
              platforms=Listing((PlatformName("x"), PlatformName("facebook"), PlatformName(None))))
    assert str(msg) == "1,234 rows on 2025-01-02 and 3 January 2025 for X (Twitter), Facebook and all platforms"
    assert str(Msg("{rows} and {more}", rows=Counted("rows", 1), more=Counted("more_days", 22))) == \
        "1 row and 22 more days"
    assert str(Msg("{span}, {wide}, {years}", span=Span(date(2025, 11, 23), date(2025, 11, 29)),
                   wide=Span(date(2025, 2, 26), date(2025, 3, 4)), years=Span(date(2025, 12, 29), date(2026, 1, 4)))
               ) == "23–29 November 2025, 26 February – 4 March 2025, 29 December 2025 – 4 January 2026"
    with pytest.raises(KeyError, match="no plural word 'apples'"):
        Counted("apples", 2)
    assert len({Msg("a {x}", x="1"), Msg("a {x}", x="1"), Msg("a {x}", x="2")}) == 2
