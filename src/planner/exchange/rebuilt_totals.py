"""Follower totals rebuilt from daily net changes and one count the owner types ("I have 1,240 today").

The total at the end of a day is the count, minus the changes of the days after
it up to the count's day, or plus those from the count's day up to it.  Every day
in between must be in the file: a missing day breaks the chain, and the days
beyond it are refused with the day that is missing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

import numpy as np

from planner.domain.i18n import QT_TRANSLATE_NOOP
from planner.exchange.importers import Note, Rejected
from planner.exchange.messages import Counted, Day, Msg, Number, PlatformName, listing

if TYPE_CHECKING:
    from planner.exchange.figures_import import Preview


@dataclass(frozen=True)
class Anchor:
    """A count the owner typed ("I have 1,240 followers today"): totals are rebuilt from it and daily changes."""

    count: float
    day: date



def rebuild(preview: Preview, anchor: Anchor, rows: np.ndarray, days: np.ndarray, plat: np.ndarray,
             values: np.ndarray, names: list[str | None]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Follower totals from daily net changes and the owner's count on one day.

    The total at the end of day d is the count, minus the changes of the days after d up to the count's day
    (or plus those from the count's day up to d).  That needs every day in between: figures come only for
    days of the file whose chain of changes to the count's day is unbroken.
    """
    empty = (np.zeros(0, np.int64),) * 3 + (np.zeros(0, np.float64),)
    if len(values) == 0:
        return empty  # type: ignore[return-value]
    if len(set(plat.tolist())) > 1:
        preview.problem = Msg(QT_TRANSLATE_NOOP("import", "The file has follower changes for several platforms ({"
                                                          "platforms}); a count you type is for one of them."),
                              platforms=listing(PlatformName(names[c]) for c in sorted(set(plat.tolist()))))
        return empty  # type: ignore[return-value]
    change = dict(zip(days.tolist(), values.tolist(), strict=True))
    row_of = dict(zip(days.tolist(), rows.tolist(), strict=True))
    first, last = min(change), max(change)
    at = anchor.day.toordinal()
    if at == last + 1:
        preview.note(Note(Msg(QT_TRANSLATE_NOOP("import", "Your count for {day} is taken as the count at the end of "
                                                          "{last}, the file's last day."),
                              day=Day(anchor.day, long=True), last=Day(date.fromordinal(last), long=True))))
        at = last
    if not first - 1 <= at <= last:
        preview.problem = Msg(QT_TRANSLATE_NOOP("import", "The file's changes run from {first} to {last}: a count on "
                                                          "{day} cannot be carried to them. Give the count on a day "
                                                          "from {first} to the day after {last}."),
                              first=Day(date.fromordinal(first)), last=Day(date.fromordinal(last)),
                              day=Day(anchor.day))
        return empty  # type: ignore[return-value]
    totals: dict[int, float] = {}
    if at in change:
        totals[at] = anchor.count
    total, d = anchor.count, at
    while d - 1 in change and d in change:  # back: the total at the end of d-1 is that of d minus d's change
        total -= change[d]
        d -= 1
        totals[d] = total
    broken_before = d
    total, d = anchor.count, at
    while d + 1 in change:  # forward: add each next day's change
        d += 1
        total += change[d]
        totals[d] = total
    broken_after = d
    for day in sorted(change):
        if day in totals:
            continue
        gap = broken_before - 1 if day < broken_before else broken_after + 1  # the first day missing on the way
        preview.reject(Rejected(row_of[day], Msg(QT_TRANSLATE_NOOP(
            "import", "the follower total on {day} cannot be rebuilt: the change on {gap} is missing"),
            day=Day(date.fromordinal(day)), gap=Day(date.fromordinal(gap))), day=date.fromordinal(day)))
    below = [d for d, v in totals.items() if v < 0]
    for d in below:
        preview.reject(Rejected(row_of[d], Msg(QT_TRANSLATE_NOOP(
            "import", "the rebuilt follower total on {day} is below 0: check the count you typed"),
            day=Day(date.fromordinal(d))), day=date.fromordinal(d)))
        del totals[d]
    ordered = sorted(totals)
    if ordered:
        preview.note(Note(Msg(QT_TRANSLATE_NOOP("import", "Followers rebuilt from your count of {count} on {day} and "
                                                          "the file's daily changes ({recipe}): {days}, {first} "
                                                          "to {last}."),
                              count=Number(anchor.count), day=Day(anchor.day, long=True),
                              recipe=preview.source.recipe("new_followers") or "", days=Counted("days", len(ordered)),
                              first=Day(date.fromordinal(ordered[0])), last=Day(date.fromordinal(ordered[-1])))))
    code = int(plat[0])
    return (np.array([row_of[d] for d in ordered], np.int64), np.array(ordered, np.int64),
            np.full(len(ordered), code, np.int64), np.array([totals[d] for d in ordered], np.float64))
