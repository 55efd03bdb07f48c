"""The review rhythm: which goals wait for figures, since when, and which are late.

The owner reviews the plan once a week, on the review day they choose
(View > Preferences; it is kept in the plan, so the reminders file and
``planner schedule`` use it too).  Each goal is reviewed in its own periods
(``periods``): an amount per period in its own period (a week, a month), a
rate monthly, a running total weekly, all counted from the goal's start date.

On a review day a goal is *due* when the latest of its periods that had ended
by the day before (its amount is complete then) has no figure: for an amount,
no figure dated in that period; for a level (followers, a rate), no figure
since the period began, today's included.  So a goal updated this period is
never reminded.  Between review days the question stays that of the last
review day: a period that ends on a Tuesday is asked for on the next review
day, not at once.  A due goal is *late* when a review day already went by
without its figure, or when the period before it has no figure either.

Goals not yet through their first period, past their deadline or archived
are not reviewed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, time, timedelta
from enum import IntEnum

from planner.domain import periods
from planner.domain.goals import Goal, Observation
from planner.domain.i18n import QT_TRANSLATE_NOOP
from planner.domain.periods import Span


class Weekday(IntEnum):
    """A day of the week, numbered as ``date.weekday()`` does."""

    MONDAY = 0
    TUESDAY = 1
    WEDNESDAY = 2
    THURSDAY = 3
    FRIDAY = 4
    SATURDAY = 5
    SUNDAY = 6

    @property
    def key(self) -> str:
        """"monday": how the plan file, the JSON and the command line name it."""
        return self.name.lower()

    @property
    def label(self) -> str:
        """The English name (context "review")."""
        return DAY_NAMES[self]

    @classmethod
    def from_key(cls, key: str) -> Weekday:
        try:
            return cls[key.strip().upper()]
        except KeyError:
            raise ValueError(f"{key!r} is not a day of the week (monday ... sunday)") from None


DAY_NAMES = {
    Weekday.MONDAY: QT_TRANSLATE_NOOP("review", "Monday"),
    Weekday.TUESDAY: QT_TRANSLATE_NOOP("review", "Tuesday"),
    Weekday.WEDNESDAY: QT_TRANSLATE_NOOP("review", "Wednesday"),
    Weekday.THURSDAY: QT_TRANSLATE_NOOP("review", "Thursday"),
    Weekday.FRIDAY: QT_TRANSLATE_NOOP("review", "Friday"),
    Weekday.SATURDAY: QT_TRANSLATE_NOOP("review", "Saturday"),
    Weekday.SUNDAY: QT_TRANSLATE_NOOP("review", "Sunday"),
}
#: The review day of a plan whose owner has not chosen one: the first day of the week where the plan's
#: language is most spoken (CLDR's first day of the week: Monday in Europe, Sunday in most Arab countries,
#: Saturday in Iran).  The time: the start of a working morning, our own choice.
DEFAULT_DAYS = {"en": Weekday.MONDAY, "ar": Weekday.SUNDAY, "fa": Weekday.SATURDAY}
DEFAULT_TIME = time(9, 0)


@dataclass(frozen=True)
class Schedule:
    """When the owner reviews the plan: a day of the week and a time."""

    day: Weekday = Weekday.MONDAY
    at: time = DEFAULT_TIME

    @classmethod
    def default(cls, language: str) -> Schedule:
        return cls(DEFAULT_DAYS.get(language, Weekday.MONDAY), DEFAULT_TIME)


def last_review(today: date, day: Weekday) -> date:
    """The latest review day on or before *today*."""
    return today - timedelta(days=(today.weekday() - day) % 7)


def next_review(today: date, day: Weekday) -> date:
    """The first review day on or after *today*."""
    return today + timedelta(days=(day - today.weekday()) % 7)


@dataclass(frozen=True)
class Ask:
    """What a check-in asks of one goal: the figure of *span*, stored on *day*.

    *amount*: the figure is the amount of the whole period (dated on its last
    day); otherwise it is a level read on *day* (today).  *due_on*: the review
    day that asks for it.
    """

    goal_id: int | None
    span: Span
    day: date
    amount: bool
    due: bool
    late: bool
    due_on: date


def _has_figure(observations: list[Observation], first: date, last: date) -> bool:
    return any(first <= o.date <= last for o in observations)


def ask(goal: Goal, observations: Iterable[Observation], today: date, day: Weekday) -> Ask | None:
    """What the check-in on *today* asks of *goal*, with the review day *day*; None when the goal is not
    reviewed (archived, not through its first period, or past its deadline)."""
    if goal.archived:
        return None
    observations = list(observations)
    amount = periods.counts_in_periods(goal)
    review = last_review(today, day)
    span = periods.last_complete(goal, review - timedelta(days=1))
    if span.first < goal.start:
        return None  # the first period has not ended by the review day
    if span.first >= goal.deadline:
        return None  # the goal is over
    if amount:
        due = not _has_figure(observations, span.first, span.last)
    else:
        due = not _has_figure(observations, span.first, today)
    due_on = next_review(span.last + timedelta(days=1), day)
    if due:
        before = periods.shifted(goal, span, -1)
        late = due_on < review or (before.first >= goal.start
                                   and not _has_figure(observations, before.first, before.last))
        return Ask(goal.id, span, span.last if amount else today, amount, True, late, due_on)
    # updated: a check-in now asks for the latest complete period (an amount) or today's level
    if amount:
        span = periods.last_complete(goal, today)
        return Ask(goal.id, span, span.last, True, False, False, next_review(span.last + timedelta(days=1), day))
    return Ask(goal.id, periods.period(goal, today), today, False, False, False, next_review(today, day))


def period_key(goal: Goal) -> str:
    """"week" or "month": the length of the periods *goal* is reviewed in."""
    return "month" if periods.monthly(goal) else "week"
