"""Writing numbers at the rules' edges, in a translated style, with currencies: what mutation testing found
untested.  The quantities are built inside the tests: values built in a parametrize list are made when the
tests are collected, before mutmut switches a mutant on, so they cannot catch a bug in a constructor."""

from __future__ import annotations

import math

import pytest

from planner.domain import catalog, units
from planner.domain.catalog import Period, Unit
from planner.domain.units import Kind, Style, places, render, write

FOLLOWERS, RATE, COST = (catalog.kpi(k) for k in ("followers", "engagement_rate_reach", "cost_per_lead"))
ARABIC = Style(decimal="\u066b", group="\u066c", zero="\u0660", minus="\u061c-")

#: A translation that answers only under the right context (as Qt's translator does)
WORDS = {("units", "%1%"): "%1 pc", ("units", "%1 percentage point"): "%1 pt",
         ("units", "%1 percentage points"): "%1 pts", ("units", "%1 h"): "%1 hrs", ("units", "%1 %2"): "%2 %1",
         ("units", "%1 a week"): "%1/wk", ("units", "%1 a month"): "%1/mo", ("describe", ", "): " + ",
         ("catalog", "Facebook"): "FB", ("", "Hello {name}"): "Hi {name}"}
TRANSLATED = Style(lookup=lambda context, text: WORDS.get((context, text), text))


def test_every_unit_word_is_looked_up_under_the_context_units():
    assert units.format_value(RATE, 3.62, style=TRANSLATED) == "3.62 pc"
    assert write(units.change(RATE, 1.0), TRANSLATED) == "+1 pt"
    assert write(units.change(RATE, 0.25), TRANSLATED) == "+0.25 pts"
    assert write(units.hours(2.5), TRANSLATED) == "2.5 hrs"
    assert write(units.money(12.5, "USD"), TRANSLATED) == "USD 12.50"
    assert write(units.pace(FOLLOWERS, 2, Period.WEEK), TRANSLATED) == "+14/wk"
    assert write(units.pace(FOLLOWERS, 2, Period.MONTH), TRANSLATED) == "+60.9/mo"  # 2 · 30.4375 = 60.875
    assert write(units.share(32.4), TRANSLATED) == "32 pc"


def test_names_are_looked_up_under_their_context_and_lists_joined_under_describe():
    assert write(units.word("Facebook"), TRANSLATED) == "FB"
    assert write(units.words(["Facebook", "Instagram"]), TRANSLATED) == "FB + Instagram"
    assert write(units.word("Facebook", "other"), TRANSLATED) == "Facebook"
    assert (units.word("x").kind, units.words(["x"]).kind, units.plain("x").kind, units.days(2).kind) == (
        Kind.WORD, Kind.WORDS, Kind.TEXT, Kind.DAYS)


def test_a_message_without_a_context_is_looked_up_under_the_empty_one():
    assert render("Hello {name}", {"name": "Sara"}, TRANSLATED) == "Hi Sara"
    assert render("", {"name": "Sara"}) == ""


def test_share_ratio_and_count_are_written_in_the_readers_digits():
    assert write(units.share(32.4), ARABIC) == "٣٢%"
    assert write(units.ratio(3.24), ARABIC) == "٣٫٢"
    assert write(units.count(1234), ARABIC) == "١٬٢٣٤"
    assert units.count(1234).text(ARABIC) == "١٬٢٣٤"


def test_a_currency_is_written_only_for_money_and_only_when_given():
    assert units.format_value(FOLLOWERS, 1200, "USD") == "1,200"  # followers are not money
    assert write(units.change(COST, 12.5, "USD")) == "+12.50 USD"
    assert write(units.change(COST, -2, "USD")) == "-2 USD"
    # no currency given: the amount alone
    assert write(units.change(COST, 12.5)) == "+12.50"
    assert write(units.money(300)) == "300"
    assert write(units.value(COST, 300)) == "300"
    assert units.format_value(COST, 300) == "300"
    assert write(units.pace(COST, 1, Period.WEEK)) == "+7 a week"
    assert write(units.change(FOLLOWERS, 12.5)) == "+12.5"  # a count's change keeps the count's rounding


def test_infinity_is_written_with_its_sign():
    assert units.number(math.inf, 0) == "∞"
    assert units.number(-math.inf, 0) == "-∞"
    assert units.number(-math.inf, 0, ARABIC) == "\u061c-∞"


@pytest.mark.parametrize(("x", "text"), [
    (1e12, "1e+12"),  # from 1e12 on: scientific
    (999_999_999_999.0, "999,999,999,999"),
])
def test_huge_numbers_are_written_briefly_from_1e12(x, text):
    assert units.number(x, 0) == text


def test_the_rounding_rules_at_their_edges():
    # a KPI's value: two significant digits under 1, but never more than 4 decimals
    assert units.format_value(FOLLOWERS, 0.000123) == "0.0001"
    # percentages: 2 decimals under 10, 1 under 100, none from 100 (a rate per follower can pass 100%)
    assert units.format_value(RATE, 1.234) == "1.23%"
    assert units.format_value(RATE, 10.56) == "10.6%"
    assert units.format_value(RATE, 100.44) == "100%"
    assert units.format_value(RATE, 123.4) == "123%"
    # counts: one decimal under 100, whole from 100
    assert units.format_value(FOLLOWERS, 100.4) == "100"
    # a change of 1.4 points is "points" (the word follows the rounded amount, not a whole one)
    assert write(units.change(RATE, 1.4)) == "+1.4 percentage points"
    # 45 days is a duration in months (45 / 30.4375 = 1.5, rounded to 1); 44 is still in days
    assert write(units.duration(45)) == "1 month"
    assert write(units.duration(44)) == "44 days"


@pytest.mark.parametrize(("x", "unit", "kind", "n"), [
    (0.0, None, Kind.VALUE, 0),
    (1.0, Unit.PERCENT, Kind.VALUE, 2),  # 1 is not under 1: a percentage under 10
    (10.0, None, Kind.SHARE, 0),  # whole from 10
    (10.0, Unit.PERCENT, Kind.VALUE, 1),  # one decimal from 10
    (100.0, Unit.PERCENT, Kind.VALUE, 0),
    (100.0, Unit.COUNT, Kind.VALUE, 0),
])
def test_places_at_the_boundaries(x, unit, kind, n):
    assert places(x, unit, kind) == n
