"""The holidays a season can be made from: Ramadan, the two Eids, Nowruz and Black Friday, computed.

- **Ramadan, Eid al-Fitr, Eid al-Adha** from the Umm al-Qura calendar (Saudi
  Arabia's official calendar, tabulated by the King Abdulaziz City for Science
  and Technology) through the ``hijridate`` package; it covers 1343 to 1500 AH
  (1924 to 2077).  Ramadan is the whole month (29 or 30 days); Eid al-Fitr
  the first three days of Shawwal; Eid al-Adha 10 to 13 Dhu al-Hijjah (the Eid
  and the three days of Tashreeq).  Where a month begins with the sighting of
  the new moon, the observed first day can be a day (rarely two) later or
  earlier than the calendar's: the app says so where it offers these dates.
- **Nowruz** is 1 Farvardin, the first day of the Solar Hijri year: by Iran's
  calendar law (1925) the day of the March equinox when the equinox falls
  before noon at 52.5°E (12:00 Iran Standard Time, UTC+3:30), else the day
  after.  The equinox is computed with Jean Meeus, *Astronomical Algorithms*
  (2nd ed., 1998), chapter 27 (tables 27.A and 27.C: within a minute for
  1951–2050) and ΔT from Espenak and Meeus's polynomials (NASA, "Five
  Millennium Canon of Solar Eclipses", 2006).  A season offered for it runs to
  13 Farvardin (Sizdah Bedar), where the Nowruz holidays end.  Arithmetic
  rules (Qt's Jalali calendar, the 33-year cycle) differ from the law in some
  years (2058, 2091); the equinox does not.
- **Black Friday** is the Friday after the fourth Thursday of November; the
  season offered runs to Cyber Monday.

The effects offered with them are our own judgement, a starting point the
owner changes to what the business sees: no published figure says how a
holiday changes one account's pace.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from hijridate import Gregorian, Hijri

from planner.domain.i18n import QT_TRANSLATE_NOOP
from planner.domain.seasons import Season


@dataclass(frozen=True)
class Holiday:
    """One occurrence of a holiday: *key* names it, *name* is its English name (context "holidays")."""

    key: str
    name: str
    first: date
    last: date
    effect: float  # what the season offered for it starts with (the owner changes it)
    lunar: bool  # its observed start can differ from the computed one by a day

    def season(self, name: str | None = None) -> Season:
        return Season(name or self.name, self.first, self.last, self.effect)


NAMES = {
    "ramadan": QT_TRANSLATE_NOOP("holidays", "Ramadan"),
    "eid_al_fitr": QT_TRANSLATE_NOOP("holidays", "Eid al-Fitr"),
    "eid_al_adha": QT_TRANSLATE_NOOP("holidays", "Eid al-Adha"),
    "nowruz": QT_TRANSLATE_NOOP("holidays", "Nowruz holidays"),
    "black_friday": QT_TRANSLATE_NOOP("holidays", "Black Friday to Cyber Monday"),
}
#: The effect each holiday's season starts with: our own guess for a small shop, stated as such in the
#: app; Ramadan slower (fewer posting hours in the day), the Eids and Nowruz a pause (closed, visiting
#: family), Black Friday faster (sales).
EFFECTS = {"ramadan": 0.5, "eid_al_fitr": 0.0, "eid_al_adha": 0.0, "nowruz": 0.0, "black_friday": 2.0}
#: The Umm al-Qura years hijridate covers.
FIRST_HIJRI_YEAR, LAST_HIJRI_YEAR = 1343, 1500


def _day(gregorian: Gregorian) -> date:
    return date.fromordinal(gregorian.toordinal())


def _hijri_holidays(hijri_year: int) -> list[Holiday]:
    ramadan = Hijri(hijri_year, 9, 1)
    first = _day(ramadan.to_gregorian())
    fitr = _day(Hijri(hijri_year, 10, 1).to_gregorian())
    adha = _day(Hijri(hijri_year, 12, 10).to_gregorian())
    return [
        Holiday("ramadan", NAMES["ramadan"], first, first + timedelta(days=ramadan.month_length() - 1),
                EFFECTS["ramadan"], True),
        Holiday("eid_al_fitr", NAMES["eid_al_fitr"], fitr, fitr + timedelta(days=2), EFFECTS["eid_al_fitr"], True),
        Holiday("eid_al_adha", NAMES["eid_al_adha"], adha, adha + timedelta(days=3), EFFECTS["eid_al_adha"], True),
    ]


# ---------------------------------------------------------------- the March equinox (Meeus, chapter 27)

#: Table 27.C: the periodic terms (A, B degrees, C degrees per Julian century).
_TERMS = ((485, 324.96, 1934.136), (203, 337.23, 32964.467), (199, 342.08, 20.186),
          (182, 27.85, 445267.112), (156, 73.14, 45036.886), (136, 171.52, 22518.443),
          (77, 222.54, 65928.934), (74, 296.72, 3034.906), (70, 243.58, 9037.513),
          (58, 119.81, 33718.147), (52, 297.17, 150.678), (50, 21.02, 2281.226),
          (45, 247.54, 29929.562), (44, 325.15, 31555.956), (29, 60.93, 4443.417),
          (18, 155.12, 67555.328), (17, 288.79, 4562.452), (16, 198.04, 62894.029),
          (14, 199.76, 31436.921), (12, 95.39, 14577.848), (12, 287.11, 31931.756),
          (12, 320.81, 34777.259), (9, 227.73, 1222.114), (8, 15.45, 16859.074))
_J2000 = datetime(2000, 1, 1, 12)  # Julian day 2451545.0


def _delta_t(year: int) -> float:
    """TT - UT in seconds (Espenak and Meeus, 2006: the polynomials for 2005-2050 and 2050-2150)."""
    if year < 2050:
        t = year - 2000
        return 62.92 + 0.32217 * t + 0.005589 * t * t
    return -20 + 32 * ((year - 1820) / 100) ** 2 - 0.5628 * (2150 - year)


def march_equinox(year: int) -> datetime:
    """The instant of the March equinox of *year* in UTC (for 2000 to 2100; Meeus, chapter 27)."""
    y = (year - 2000) / 1000
    jde0 = 2451623.80984 + 365242.37404 * y + 0.05169 * y ** 2 - 0.00411 * y ** 3 - 0.00057 * y ** 4
    t = (jde0 - 2451545.0) / 36525
    w = math.radians(35999.373 * t - 2.47)
    dl = 1 + 0.0334 * math.cos(w) + 0.0007 * math.cos(2 * w)
    s = sum(a * math.cos(math.radians(b + c * t)) for a, b, c in _TERMS)
    jde = jde0 + 0.00001 * s / dl
    return _J2000 + timedelta(days=jde - 2451545.0, seconds=-_delta_t(year))


#: Noon at 52.5°E in UTC: the hour the Iranian calendar law compares the equinox with.
_IRAN_NOON_UTC = timedelta(hours=8, minutes=30)


def nowruz(year: int) -> date:
    """1 Farvardin in Gregorian *year*: the equinox's day if it falls before noon in Iran, else the next."""
    equinox = march_equinox(year)
    day = equinox.date()
    noon = datetime.combine(day, datetime.min.time()) + _IRAN_NOON_UTC
    return day if equinox < noon else day + timedelta(days=1)


def _black_friday(year: int) -> date:
    november = date(year, 11, 1)
    thursday = november + timedelta(days=(3 - november.weekday()) % 7 + 21)
    return thursday + timedelta(days=1)


def in_range(first: date, last: date) -> list[Holiday]:
    """Every holiday that starts from *first* to *last*, in order (Hijri ones only where Umm al-Qura
    reaches: to 2077)."""
    out: list[Holiday] = []
    low = max(first, _day(Hijri(FIRST_HIJRI_YEAR, 1, 1).to_gregorian()))
    high = min(last, _day(Hijri(LAST_HIJRI_YEAR, 12, 1).to_gregorian()))
    if low <= high:
        start = Gregorian.fromdate(low).to_hijri().year
        end = Gregorian.fromdate(high).to_hijri().year
        for hijri_year in range(start, end + 1):
            out.extend(h for h in _hijri_holidays(hijri_year) if first <= h.first <= last)
    for year in range(first.year, last.year + 1):
        spring = nowruz(year)
        out.append(Holiday("nowruz", NAMES["nowruz"], spring, spring + timedelta(days=12), EFFECTS["nowruz"],
                           False))
        friday = _black_friday(year)
        out.append(Holiday("black_friday", NAMES["black_friday"], friday, friday + timedelta(days=3),
                           EFFECTS["black_friday"], False))
    return sorted((h for h in out if first <= h.first <= last), key=lambda h: (h.first, h.key))


def upcoming(today: date, days: int = 365) -> list[Holiday]:
    """The holidays starting within *days* from *today*, and any under way today."""
    return [h for h in in_range(today - timedelta(days=40), today + timedelta(days=days)) if h.last >= today]
