"""The holidays offered as seasons, against the published dates.

Ramadan and the Eids: the Umm al-Qura calendar (KACST) as published for 1447 and 1448 AH.  Nowruz: the
Iranian calendar's 1 Farvardin of 1403-1409.  The March equinox: USNO's published instants.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from planner.domain import holidays


def _by_key(items, key):
    return [h for h in items if h.key == key]


@pytest.mark.parametrize(("year", "ramadan", "last", "fitr", "adha"), [
    (2026, date(2026, 2, 18), date(2026, 3, 19), date(2026, 3, 20), date(2026, 5, 27)),  # 1447 AH
    (2027, date(2027, 2, 8), date(2027, 3, 8), date(2027, 3, 9), date(2027, 5, 16)),  # 1448 AH
])
def test_ramadan_and_the_eids_follow_the_umm_al_qura_calendar(year, ramadan, last, fitr, adha):
    found = holidays.in_range(date(year, 1, 1), date(year, 12, 31))
    r = _by_key(found, "ramadan")
    assert [(h.first, h.last) for h in r] == [(ramadan, last)]
    assert [h.first for h in _by_key(found, "eid_al_fitr")] == [fitr]
    assert [h.first for h in _by_key(found, "eid_al_adha")] == [adha]
    assert _by_key(found, "eid_al_fitr")[0].last == date(fitr.year, fitr.month, fitr.day + 2)  # three days
    assert all(h.lunar for h in r)


@pytest.mark.parametrize(("year", "day"), [
    (2024, date(2024, 3, 20)), (2025, date(2025, 3, 21)), (2026, date(2026, 3, 21)), (2027, date(2027, 3, 21)),
    (2028, date(2028, 3, 20)), (2029, date(2029, 3, 20)), (2030, date(2030, 3, 21)),
])
def test_nowruz_is_1_farvardin(year, day):
    assert holidays.nowruz(year) == day


@pytest.mark.parametrize(("year", "instant"), [
    (2024, datetime(2024, 3, 20, 3, 6)), (2025, datetime(2025, 3, 20, 9, 1)), (2026, datetime(2026, 3, 20, 14, 46)),
    (2027, datetime(2027, 3, 20, 20, 25)), (2028, datetime(2028, 3, 20, 2, 17)),
])
def test_the_march_equinox_within_two_minutes_of_the_published_instant(year, instant):
    assert abs((holidays.march_equinox(year) - instant).total_seconds()) <= 120


def test_black_friday_to_cyber_monday():
    found = _by_key(holidays.in_range(date(2026, 1, 1), date(2027, 12, 31)), "black_friday")
    assert [(h.first, h.last) for h in found] == [(date(2026, 11, 27), date(2026, 11, 30)),
                                                   (date(2027, 11, 26), date(2027, 11, 29))]


def test_upcoming_holidays_are_the_next_twelve_months_and_any_under_way():
    found = holidays.upcoming(date(2026, 11, 22))
    assert [h.key for h in found] == ["black_friday", "ramadan", "eid_al_fitr", "nowruz", "eid_al_adha"]
    assert found[1].first == date(2027, 2, 8)
    during = holidays.upcoming(date(2027, 2, 20))
    assert during[0].key == "ramadan" and during[0].first == date(2027, 2, 8)  # under way: still offered


def test_past_the_umm_al_qura_tables_only_the_solar_holidays_are_offered():
    found = holidays.in_range(date(2090, 1, 1), date(2090, 12, 31))
    assert {h.key for h in found} == {"nowruz", "black_friday"}


def test_a_holiday_becomes_a_season_with_its_starting_effect():
    ramadan = _by_key(holidays.in_range(date(2027, 1, 1), date(2027, 12, 31)), "ramadan")[0]
    season = ramadan.season()
    assert (season.name, season.start, season.end, season.effect) == ("Ramadan", date(2027, 2, 8),
                                                                       date(2027, 3, 8), 0.5)
    assert season.problems() == []
