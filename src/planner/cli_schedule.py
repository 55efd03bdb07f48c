"""``planner schedule``: the plan's review schedule as an .ics calendar file, without the window.

Exit codes as for every command: 0 written, 1 nothing to schedule or the file
could not be written (nothing was written), 2 the plan file is unusable.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from planner.domain.units import english_plural
from planner.exchange import review_calendar
from planner.store import files, plan_file
from planner.store.repository import Repository

EXIT_OK, EXIT_FAILED, EXIT_BAD_PLAN = 0, 1, 2


def add_schedule_parser(sub: argparse._SubParsersAction, day: Callable[[str], date]) -> argparse.ArgumentParser:
    p = sub.add_parser("schedule", help="write the plan's weekly review as a calendar file (.ics) your calendar "
                                        "reminds you of")
    p.add_argument("--db", type=Path, metavar="PLAN", required=True)
    p.add_argument("--out", type=Path, metavar="FILE.ics", required=True)
    p.add_argument("--lang", choices=["en", "ar", "fa"], help="the language of the event (default: English)")
    p.add_argument("--today", type=day, metavar="YYYY-MM-DD", help="schedule from this day (default: today)")
    return p


def _lookup(language: str | None) -> review_calendar.Lookup:
    if not language or language == "en":
        return lambda context, text: text
    from PySide6.QtCore import QCoreApplication

    from planner.ui import preferences

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    preferences.apply(app, preferences.Preferences(language=language))
    return QCoreApplication.translate


def cmd_schedule(args: argparse.Namespace) -> int:
    try:
        files.check_output(args.out, args.db)  # never onto the plan, its journals, lock or backups
    except plan_file.PlanFileError as exc:
        print(f"planner schedule: {exc}; nothing was written", file=sys.stderr)
        return EXIT_FAILED
    pf = plan_file.open_plan(args.db, read_only=True)
    try:
        repo = Repository(pf.db)
        meta, goals, schedule, uid = repo.meta(), repo.goals(), repo.review_schedule(), repo.plan_uid()
    finally:
        pf.close()
    for problem in repo.read_problems:
        print(f"planner: warning: {problem}", file=sys.stderr)
    name = meta.business_name or args.db.stem
    try:
        content = review_calendar.calendar_bytes(name, uid, schedule, goals, args.today or date.today(),
                                                 _lookup(args.lang))
    except review_calendar.ScheduleError as exc:
        print(f"planner schedule: {args.db}: {exc}; nothing was written", file=sys.stderr)
        return EXIT_FAILED
    review_calendar.write_calendar(args.out, args.db, content)
    reviewed = review_calendar.reviewed_goals(goals, args.today or date.today())
    print(f"Wrote the weekly review ({schedule.day.label}s at {schedule.at.strftime('%H:%M')}, "
          f"{english_plural('goals', len(reviewed))}) to {args.out}")
    return EXIT_OK
