"""The review schedule as an iCalendar file (.ics): a weekly event the laptop's own calendar reminds of.

No daemon and no network: the owner opens (imports) the file in their
calendar (GNOME Calendar, Thunderbird, Outlook, Apple Calendar), which then
reminds them offline.  The file holds one VEVENT per plan (RFC 5545, written
with the ``icalendar`` package): every week on the plan's review day at its
review time, until the last deadline of the plan's goals, with an alarm at the
start, the plan's name and what each goal asks for.  Its UID is the plan's own
id (made with the plan), so exporting again and importing the new file
replaces the event instead of adding a second one; SEQUENCE grows with every
export, as RFC 5545 asks of a changed event.  Times are "floating" (no time
zone): 9:00 is 9:00 wherever the laptop is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from planner import APP_NAME
from planner.domain import periods
from planner.domain.goals import Goal
from planner.domain.i18n import QT_TRANSLATE_NOOP
from planner.domain.review import Schedule, next_review
from planner.store import files

PRODID = f"-//{APP_NAME}//Review schedule//EN"
UID_DOMAIN = "social-goal-planner"
EVENT_MINUTES = 30
_SEQUENCE_EPOCH = datetime(2000, 1, 1, tzinfo=timezone.utc)

Lookup = Callable[[str, str], str]  # (context, English text) -> the reader's text


def _same(context: str, text: str) -> str:
    return text


SUMMARY = QT_TRANSLATE_NOOP("schedule", "Weekly review: {plan}")
INTRO = QT_TRANSLATE_NOOP("schedule", "Time to check in on your goals in {app}: Goal > Check in.")
WEEKLY = QT_TRANSLATE_NOOP("schedule", "{goal}: the figure of each week")
MONTHLY = QT_TRANSLATE_NOOP("schedule", "{goal}: each month's figure, at the first review after the month ends")
LEVEL_MONTHLY = QT_TRANSLATE_NOOP("schedule", "{goal}: the figure of each month")
ALARM = QT_TRANSLATE_NOOP("schedule", "Weekly review of your goals")


class ScheduleError(Exception):
    """No schedule can be made; the message says why."""


def reviewed_goals(goals: Sequence[Goal], today: date) -> list[Goal]:
    """The goals a review schedule reminds of: not archived, deadline not passed."""
    return [g for g in goals if not g.archived and g.deadline >= today]


def _line(goal: Goal, lookup: Lookup) -> str:
    monthly = periods.monthly(goal)
    if not monthly:
        template = WEEKLY
    else:
        template = MONTHLY if periods.counts_in_periods(goal) else LEVEL_MONTHLY
    return "• " + lookup("schedule", template).format(goal=goal.title)


def calendar_bytes(plan_name: str, uid: str, schedule: Schedule, goals: Sequence[Goal], today: date,
                   lookup: Lookup = _same, now: datetime | None = None) -> bytes:
    """The .ics file's bytes; ScheduleError when no goal is left to review."""
    from icalendar import Alarm, Calendar, Event, vRecur  # loaded on first use, like the importers

    reviewed = reviewed_goals(goals, today)
    first = next_review(today, schedule.day)
    last = max((g.deadline for g in reviewed), default=None)
    if last is None or first > last:
        raise ScheduleError("the plan has no goal left to review (every goal is archived or past its deadline)")
    now = now or datetime.now(timezone.utc)
    start = datetime.combine(first, schedule.at)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    summary = lookup("schedule", SUMMARY).format(plan=plan_name)
    cal.add("x-wr-calname", summary)
    event = Event()
    event.add("uid", f"review-{uid}@{UID_DOMAIN}")
    event.add("dtstamp", now)
    event.add("sequence", int((now - _SEQUENCE_EPOCH).total_seconds() // 60))
    event.add("summary", summary)
    lines = [lookup("schedule", INTRO).format(app=APP_NAME), ""] + [_line(g, lookup) for g in reviewed]
    event.add("description", "\n".join(lines))
    event.add("dtstart", start)
    event.add("dtend", start + timedelta(minutes=EVENT_MINUTES))
    event.add("rrule", vRecur({"FREQ": "WEEKLY", "UNTIL": datetime.combine(last, schedule.at)}))
    event.add("transp", "TRANSPARENT")
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", lookup("schedule", ALARM))
    alarm.add("trigger", timedelta(0))
    event.add_component(alarm)
    cal.add_component(event)
    return cal.to_ical()


def write_calendar(path: Path, plan: Path | None, content: bytes) -> Path:
    """Write *content* to *path* whole (a new file of our own, then renamed: never half-written, never
    through a planted link, never onto the plan or its companions)."""
    files.check_output(path, plan)
    with files.NewFile(path) as new:
        new.path.write_bytes(content)
        new.commit()
    return path
