"""Check-ins: the owner's weekly word on a goal, beside its figures.

A check-in is what an OKR tool's weekly update holds (Tability: progress,
confidence, analysis): the figures go in as figures; the check-in records how
confident the owner is that the goal will be met (1 to 5) and one line of why
("Ramadan series started", "ran an ad").  The chart marks them and the PDF
lists the latest, so the report tells the story and not just the numbers.
One check-in per goal and day: checking in again the same day replaces it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from planner.domain.goals import date_problems, text_problems
from planner.domain.i18n import QT_TRANSLATE_NOOP

#: A note is one line.  Our own judgement: 200 characters is two lines of the PDF's table, enough to say
#: what happened ("Ramadan series started, 3 reels a week").
MAX_CHECKIN_NOTE = 200
LOWEST, HIGHEST = 1, 5

#: What each confidence means (English; context "checkins"): the words the check-in screen offers.
CONFIDENCE_WORDS = {
    1: QT_TRANSLATE_NOOP("checkins", "1 – very unlikely"),
    2: QT_TRANSLATE_NOOP("checkins", "2 – unlikely"),
    3: QT_TRANSLATE_NOOP("checkins", "3 – could go either way"),
    4: QT_TRANSLATE_NOOP("checkins", "4 – likely"),
    5: QT_TRANSLATE_NOOP("checkins", "5 – sure"),
}


@dataclass(frozen=True)
class CheckIn:
    """The owner's confidence (1 to 5) in *goal_id* on *date*, with a one-line note."""

    goal_id: int
    date: date
    confidence: int
    note: str = ""
    id: int | None = None


def checkin_problems(checkin: CheckIn) -> list[tuple[str, str]]:
    """(field, message) for every reason *checkin* cannot be stored (empty when it can)."""
    out = [("date", f"the date {checkin.date.isoformat()} {m}") for m in date_problems(checkin.date)]
    c = checkin.confidence
    if isinstance(c, bool) or not isinstance(c, int) or not LOWEST <= c <= HIGHEST:
        out.append(("confidence", f"the confidence must be a whole number from {LOWEST} to {HIGHEST}"))
    out.extend(("note", f"the note {m}") for m in text_problems(checkin.note, MAX_CHECKIN_NOTE))
    if "\n" in checkin.note or "\r" in checkin.note:
        out.append(("note", "the note must be one line"))
    return out


def latest(checkins: list[CheckIn], n: int) -> list[CheckIn]:
    """The *n* newest check-ins, newest first."""
    return sorted(checkins, key=lambda c: c.date, reverse=True)[:n]
