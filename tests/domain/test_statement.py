"""Reading a goal's own words: the platforms it names, the deadline it gives (English, Arabic, Persian)."""

from __future__ import annotations

from datetime import date

import pytest

from planner.domain.statement import ClueKind, deadline_clue, duration_agrees, mentioned_platforms


@pytest.mark.parametrize("text, platforms", [
    ("Grow Instagram followers to 1,900", ("instagram",)),
    ("Answer on Facebook and X within 4 hours", ("facebook", "x")),
    ("Post 3 x a week, 2X more", ()),  # an x that means "times" is no platform
    ("More tweets about the shop", ("x",)),
    ("زيادة المتابعين على إنستغرام وتيك توك", ()),  # Arabic names come from the translations, given by the window
    ("Website visits from social", ()),  # "website" names the KPI, not a platform chosen
])
def test_mentioned_platforms(text, platforms):
    assert mentioned_platforms(text) == platforms


def test_translated_names_are_found_inside_arabic_words():
    names = {"instagram": ["إنستغرام"], "tiktok": ["تيك توك"], "facebook": ["فيسبوك"]}
    assert mentioned_platforms("بإنستغرام وتيك توك وفيسبوك", names) == ("facebook", "instagram", "tiktok")


@pytest.mark.parametrize("text, days", [
    ("within ten months", 304.375),
    ("in 6 weeks", 42.0),
    ("Reach 50,000 TikTok followers in four months", 121.75),
    ("خلال ستة أشهر", 182.625),
    ("خلال شهرين", 60.875),  # an Arabic dual: two months
    ("ظرف ده ماه", 304.375),
    ("در ۳ ماه", 91.3125),  # Persian digits
])
def test_durations(text, days):
    clue = deadline_clue(text)
    assert clue is not None and clue.kind is ClueKind.DURATION and clue.days == pytest.approx(days)


def test_a_month_named_with_by_or_end_of():
    clue = deadline_clue("Sell 100 cakes by end of January 2027.")
    assert (clue.kind, clue.month, clue.year, clue.words) == (ClueKind.MONTH, 1, 2027, "by end of January 2027")
    jalali = deadline_clue("تا پایان اسفند", {"اسفند": 12})
    assert (jalali.kind, jalali.month) == (ClueKind.MONTH, 12)


def test_quarters():
    assert deadline_clue("by the end of the quarter").kind is ClueKind.QUARTER
    assert deadline_clue("by the end of next quarter").next_quarter


@pytest.mark.parametrize("text", ["40 catering leads a month", "Post four times a week", "Grow followers"])
def test_rates_and_silence_are_not_deadlines(text):
    assert deadline_clue(text) is None


def test_a_duration_agrees_within_a_week_or_a_tenth():
    clue = deadline_clue("within ten months")
    assert duration_agrees(clue, date(2026, 5, 24), date(2027, 3, 24))  # 304 days
    assert not duration_agrees(clue, date(2026, 5, 24), date(2027, 5, 24))
