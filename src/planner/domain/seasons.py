"""Seasons: named stretches of the year that change how fast a goal can move.

A season (Ramadan, the Eid holidays, Nowruz, summer, Black Friday, the
owner's own) has an *effect* on the pace of every goal of the plan: inside
it, one calendar day counts as *effect* days of progress ("effective time"):
0 pauses (the shop is closed), 0.5 is half the usual pace, 2 twice it.
Where seasons overlap their effects multiply (a pause inside a slow summer is
still a pause; a ×2 sale inside a ×0.5 summer is the usual pace): our own
rule, the one that keeps each season's meaning ("half of whatever the pace is
then").

The target line is straight (or steady growth) in effective time: it still
starts at the baseline on the start date and reaches the target on the
deadline, so a ×2 season doubles its slope there and the rest of the line is
rescaled to make up for it; a pause keeps it flat (``trajectory``).  The
forecast is fitted in effective time too (``forecast``), so a trend measured
during a peak season is not carried across the rest of the year at the peak's
pace, and paces ("needed from today", "your pace") are per ordinary week: a
week outside every season.

A calendar day *d* counts once it has passed: the effective days from *a* to
*b* are those of the days a, a+1, ..., b-1, each weighted by its effect, the
way ``(b - a).days`` counts calendar days.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from planner.domain.i18n import QT_TRANSLATE_NOOP

#: The largest effect a season may have.  Our own judgement: ten times the usual pace for weeks on end is
#: beyond any seasonal swing of a small business's audience; a larger number is a typo.
MAX_EFFECT = 10.0
#: A season lasts at most a year (366 days); a longer change of pace is a change of the goal.
MAX_SEASON_DAYS = 366
#: Seasons one plan holds: a few a year over a plan's years is a few dozen.
MAX_SEASONS = 200
MAX_SEASON_NAME = 100

#: Words for an effect, by the band it falls in (``effect_word``), translated under the context "seasons".
PAUSE = QT_TRANSLATE_NOOP("seasons", "pause")
SLOWER = QT_TRANSLATE_NOOP("seasons", "slower")
USUAL = QT_TRANSLATE_NOOP("seasons", "the usual pace")
FASTER = QT_TRANSLATE_NOOP("seasons", "faster")


@dataclass(frozen=True)
class Season:
    """From *start* to *end* (both included) every goal's pace is multiplied by *effect*."""

    name: str
    start: date
    end: date
    effect: float

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    def problems(self) -> list[tuple[str, str]]:
        """(field, message) for every reason this season cannot be in a plan."""
        from planner.domain.goals import date_problems, text_problems  # goals imports this module

        out: list[tuple[str, str]] = []
        if not self.name.strip():
            out.append(("name", "the season has no name"))
        elif "\n" in self.name or "\r" in self.name:
            out.append(("name", "the name must be one line"))
        out.extend(("name", f"the name {m}") for m in text_problems(self.name, MAX_SEASON_NAME))
        for key in ("start", "end"):
            out.extend((key, f"the {key} {m}") for m in date_problems(getattr(self, key)))
        if self.end < self.start:
            out.append(("end", "the season ends before it starts"))
        elif self.days > MAX_SEASON_DAYS:
            out.append(("end", f"a season lasts at most {MAX_SEASON_DAYS} days"))
        e = self.effect
        if isinstance(e, bool) or not isinstance(e, (int, float)) or not math.isfinite(e) \
                or not 0 <= e <= MAX_EFFECT:
            out.append(("effect", f"the effect must be a number from 0 (a pause) to {MAX_EFFECT:g}"))
        return out


def effect_word(effect: float) -> str:
    """"pause", "slower", "the usual pace" or "faster" (English; context "seasons")."""
    if effect == 0:
        return PAUSE
    if effect < 1:
        return SLOWER
    return USUAL if effect == 1 else FASTER


# ---------------------------------------------------------------- effective time

Segment = tuple[int, int, float]  # (first ordinal, ordinal after the last, weight): a run of days of one weight


@lru_cache(maxsize=256)
def _segments(seasons: tuple[Season, ...]) -> tuple[Segment, ...]:
    """The days whose weight is not 1, as disjoint runs in order (overlapping seasons multiply)."""
    edges = sorted({s.start.toordinal() for s in seasons} | {s.end.toordinal() + 1 for s in seasons})
    out: list[Segment] = []
    for a, b in zip(edges, edges[1:]):
        weight = 1.0
        for s in seasons:
            if s.start.toordinal() <= a and b - 1 <= s.end.toordinal():
                weight *= s.effect
        if weight == 1.0:
            continue
        if out and out[-1][1] == a and out[-1][2] == weight:
            out[-1] = (out[-1][0], b, weight)
        else:
            out.append((a, b, weight))
    return tuple(out)


def weight(seasons: Sequence[Season], day: date) -> float:
    """How many days of progress *day* counts for."""
    n = day.toordinal()
    for a, b, w in _segments(tuple(seasons)):
        if a <= n < b:
            return w
    return 1.0


def effective_days(seasons: Sequence[Season], first: date, last: date) -> float:
    """Effective days from *first* to *last* (the days first .. last-1; negative when *last* is earlier)."""
    if not seasons:
        return float((last - first).days)
    if last < first:
        return -effective_days(seasons, last, first)
    lo, hi = first.toordinal(), last.toordinal()
    total = float(hi - lo)
    for a, b, w in _segments(tuple(seasons)):
        overlap = min(b, hi) - max(a, lo)
        if overlap > 0:
            total += (w - 1.0) * overlap
    return total


def effective_at(seasons: Sequence[Season], first: date, t: float) -> float:
    """Effective days in the first *t* calendar days from *first* (*t* may end inside a day)."""
    whole = math.floor(t)
    base = effective_days(seasons, first, first + timedelta(days=whole))
    part = t - whole
    return base + part * weight(seasons, first + timedelta(days=whole)) if part else base


def days_to_reach(seasons: Sequence[Season], first: date, amount: float) -> int | None:
    """The fewest calendar days from *first* that hold *amount* effective days (0 for none needed);
    None when they are never reached (a pause that never ends cannot happen: seasons are finite)."""
    if amount <= 0:
        return 0
    if not seasons:
        return _ceil(amount)
    n0 = first.toordinal()
    done, day = 0.0, n0
    for a, b, w in _segments(tuple(seasons)):
        if b <= day:
            continue
        if a > day:  # ordinary days before the segment
            gap = a - day
            if done + gap >= amount:
                return day - n0 + _ceil(amount - done)
            done += gap
            day = a
        span = b - day
        if w > 0 and done + w * span >= amount:
            return day - n0 + _ceil((amount - done) / w)
        done += w * span
        day = b
    return day - n0 + _ceil(amount - done)


def _ceil(x: float) -> int:
    """Whole days up from *x*, where a crossing on a whole day stays on it despite float rounding."""
    return math.ceil(round(x, 6))


def corners(seasons: Iterable[Season], first: date, last: date) -> list[date]:
    """The days from *first* to *last* where the pace changes: where a line drawn in calendar time bends."""
    out = set()
    for s in seasons:
        for day in (s.start, s.end + timedelta(days=1)):
            if first < day < last:
                out.add(day)
    return sorted(out)


def within(seasons: Iterable[Season], first: date, last: date) -> list[Season]:
    """The seasons that hold a day from *first* to *last*, in order."""
    return sorted((s for s in seasons if s.start <= last and s.end >= first), key=lambda s: (s.start, s.end, s.name))
