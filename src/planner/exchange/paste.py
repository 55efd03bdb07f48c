"""Rows pasted from a spreadsheet into a goal's figures.

Accepted shapes, tab separated (what spreadsheets put on the clipboard):
``date, value``; ``date, platform, value``; ``date, platform, value, note``;
``date, value, note``.  A first line that is a header is skipped.  Dates and
numbers are read by the callables the window gives (its locale); every line
that cannot be read is named with its number and the reason.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from planner.domain import catalog
from planner.domain.goals import MAX_NOTE, Goal, Observation, date_problems, value_problems

_NAMES = {p.name.lower(): p.id for p in catalog.PLATFORMS} | {p.id: p.id for p in catalog.PLATFORMS} | {
    "twitter": "x"}


def _platform(cell: str) -> str | None:
    return _NAMES.get(cell.strip().lower())


def parse_pasted(text: str, goal: Goal, *, number: Callable[[str], float], day: Callable[[str], date],
                 today: date) -> tuple[list[Observation], list[str]]:
    figures: list[Observation] = []
    rejected: list[str] = []
    default_platform = goal.platform_ids[0] if len(goal.platform_ids) == 1 else None
    seen: set[tuple[str | None, date]] = set()
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        cells = [c.strip() for c in line.split("\t")]
        platform, note = default_platform, ""
        if len(cells) >= 3 and _platform(cells[1]) is not None:
            platform, value_cell, note = _platform(cells[1]), cells[2], "\t".join(cells[3:])
        elif len(cells) >= 3 and cells[1] == "":
            value_cell, note = cells[2], "\t".join(cells[3:])
        elif len(cells) >= 2:
            value_cell, note = cells[1], "\t".join(cells[2:])
        else:
            rejected.append(f"line {n}: expected a date and a value separated by a tab")
            continue
        try:
            when = day(cells[0])
        except ValueError as exc:
            if n == 1:
                continue  # a header row
            rejected.append(f"line {n}: {exc}")
            continue
        try:
            value = number(value_cell)
        except ValueError:
            rejected.append(f"line {n}: “{value_cell}” is not a number")
            continue
        problems = value_problems(goal.kpi_def, value)
        if problems:
            rejected.append(f"line {n}: the value {value_cell} {problems[0]}")
            continue
        if when > today + timedelta(days=1):
            rejected.append(f"line {n}: {when.isoformat()} is in the future")
            continue
        if date_problems(when):
            rejected.append(f"line {n}: {when.isoformat()} {date_problems(when)[0]}")
            continue
        if len(note) > MAX_NOTE:
            rejected.append(f"line {n}: the note is longer than {MAX_NOTE:,} characters")
            continue
        if (platform, when) in seen:
            rejected.append(f"line {n}: a second figure for {platform or 'all platforms'} on {when.isoformat()}")
            continue
        seen.add((platform, when))
        figures.append(Observation(goal.id or 0, when, value, platform, source="pasted", note=note))
    return figures, rejected
