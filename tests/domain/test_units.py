"""One way to write every number: the rounding and unit rules of each kind, in plain English and in a
right-to-left locale's digits and marks."""

from __future__ import annotations

from datetime import date

import pytest

from planner.domain import catalog, units
from planner.domain.catalog import Period
from planner.domain.units import Message, Style, render, write

FOLLOWERS, RATE, HOURS, COST, LEADS = (catalog.kpi(k) for k in (
    "followers", "engagement_rate_reach", "response_time_hours", "cost_per_lead", "leads"))
ARABIC = Style(decimal="\u066b", group="\u066c", zero="\u0660", minus="\u061c-", lookup=lambda c, t: t)


@pytest.mark.parametrize(("kpi", "value", "text"), [
    (FOLLOWERS, 1612.4, "1,612"),  # whole from 100
    (FOLLOWERS, 99.94, "99.9"),  # one decimal under 100
    (FOLLOWERS, 9.44, "9.4"),
    (FOLLOWERS, 12.0, "12"),  # trailing zeros dropped
    (FOLLOWERS, 0.063, "0.063"),  # under 1: two significant digits
    (FOLLOWERS, 0, "0"),
    (RATE, 3.624, "3.62%"),  # percentages: two decimals under 10
    (RATE, 45.33, "45.3%"),  # one under 100
    (RATE, 5.0, "5%"),
    (HOURS, 4.54, "4.5 h"),
    (HOURS, 1.9929, "2 h"),
])
def test_a_kpis_value(kpi, value, text):
    assert units.format_value(kpi, value) == text


def test_money_keeps_its_cents():
    assert units.format_value(COST, 12.5, "USD") == "12.50 USD"
    assert units.format_value(COST, 300, "USD") == "300 USD"
    assert write(units.money(1234.567, "JOD")) == "1,234.57 JOD"
    assert write(units.hours(2.5)) == "2.5 h"


@pytest.mark.parametrize(("q", "text"), [
    (units.change(FOLLOWERS, 310.4), "+310"),
    (units.change(FOLLOWERS, -9.44), "-9.4"),
    (units.change(FOLLOWERS, -0.001), "-0.001"),
    (units.change(FOLLOWERS, 0.0), "0"),  # no sign on nothing
    (units.change(RATE, 0.25), "+0.25 percentage points"),  # a percentage changes in points
    (units.change(RATE, 1.0), "+1 percentage point"),
    (units.pace(FOLLOWERS, 2, Period.WEEK), "+14 a week"),
    (units.pace(FOLLOWERS, 2, Period.MONTH), "+60.9 a month"),  # 2 · 365.25 / 12 = 60.875
    (units.pace(RATE, 0.004, Period.MONTH), "+0.12 percentage points a month"),  # 0.12175
    (units.pace(HOURS, -0.2 / 7, Period.MONTH), "-0.87 h a month"),  # -0.8696
    (units.share(32.4), "32%"),  # shares: whole from 10
    (units.share(5.24), "5.2%"),
    (units.share(0.434), "0.43%"),
    (units.ratio(3.24), "3.2"),
    (units.ratio(205.4), "205"),
    (units.count(1234), "1,234"),
    (units.days(1), "1 day"),
    (units.days(18), "18 days"),
    (units.weeks(1), "1 week"),
    (units.duration(21), "21 days"),  # under 45 days: in days
    (units.duration(121), "4 months"),  # 121 / 30.4375 = 3.98
    (units.duration(913), "30 months"),
    (units.when(date(2027, 3, 1)), "1 March 2027"),
    (units.words(["Facebook", "Instagram"]), "Facebook, Instagram"),
    (units.change(FOLLOWERS, 1e15), "+1e+15"),  # beyond any real figure: briefly
])
def test_each_kind_in_plain_english(q, text):
    assert write(q) == text


def test_pace_period_is_per_month_for_rates_and_monthly_kpis_but_never_for_a_goal_under_a_month():
    assert units.pace_period(FOLLOWERS, 300) is Period.WEEK
    assert units.pace_period(RATE, 300) is Period.MONTH
    assert units.pace_period(LEADS, 300) is Period.MONTH
    assert units.pace_period(RATE, 30) is Period.WEEK  # 30 days < 30.4375
    assert units.pace_period(RATE, 31) is Period.MONTH


def test_a_right_to_left_locale_gets_its_own_digits_and_marks():
    assert units.format_value(FOLLOWERS, 1234.4, style=ARABIC) == "١٬٢٣٤"
    assert units.format_value(RATE, 3.62, style=ARABIC) == "٣٫٦٢%"
    assert write(units.change(FOLLOWERS, -9.44), ARABIC) == "\u061c-٩٫٤"


def test_messages_fill_quantities_and_fall_back_to_english_when_a_translation_is_broken():
    values = {"target": units.value(FOLLOWERS, 5000), "deadline": units.when(date(2027, 3, 1))}
    assert render("About {target} by {deadline}.", values) == "About 5,000 by 1 March 2027."
    broken = Style(lookup=lambda c, t: "Hacia {objetivo}")
    assert render("About {target} by {deadline}.", values, broken) == "About 5,000 by 1 March 2027."
    isolated = Style(isolate=True)
    assert Message("{target}!", values).text(isolated) == "\u20685,000\u2069!"
    nested = Message("{first}; {second}.", {"first": Message("a {target}", values), "second": "b"})
    assert nested.text() == "a 5,000; b."
