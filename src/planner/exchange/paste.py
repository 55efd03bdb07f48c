"""Rows pasted from a spreadsheet into a goal's figures.

Accepted shapes, tab separated (what spreadsheets put on the clipboard):
``date, value``; ``date, platform, value``; ``date, platform, value, note``;
``date, value, note``.  A first line that is a header is skipped.  Dates and
numbers are read by the callables the window gives (its locale); every row
that cannot be read is named with its number and the reason, in the import's
words (so the window shows them in the user's language).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from planner.domain import catalog
from planner.domain.goals import MAX_NOTE, Goal, Observation, date_problems, value_problems
from planner.domain.i18n import QT_TRANSLATE_NOOP
from planner.exchange.messages import Counted, Day, Msg, Phrase, PlatformName

_NAMES = {p.name.lower(): p.id for p in catalog.PLATFORMS} | {p.id: p.id for p in catalog.PLATFORMS} | {
    "twitter": "x"}


def _platform(cell: str) -> str | None:
    return _NAMES.get(cell.strip().lower())


def parse_pasted(text: str, goal: Goal, *, number: Callable[[str], float], day: Callable[[str], date],
                 today: date) -> tuple[list[Observation], list[Msg]]:
    """The figures in *text*, and for every row that cannot be read, its row number and why."""
    figures: list[Observation] = []
    rejected: list[Msg] = []
    default_platform = goal.platform_ids[0] if len(goal.platform_ids) == 1 else None
    seen: set[tuple[str | None, date]] = set()
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")

    def reject(row: int, why: Msg) -> None:
        rejected.append(Msg(QT_TRANSLATE_NOOP("import", "row {row}: {reason}"), row=str(row), reason=why))

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
            reject(n, Msg(QT_TRANSLATE_NOOP("import", "a date and a value separated by a tab are needed")))
            continue
        try:
            when = day(cells[0])
        except ValueError as exc:
            if n == 1:
                continue  # a header row
            reject(n, Msg("{problem}", problem=str(exc)))  # the window's own words, in the user's language
            continue
        try:
            value = number(value_cell)
        except ValueError:
            reject(n, Msg(QT_TRANSLATE_NOOP("import", "'{cell}' is not a number"), cell=value_cell))
            continue
        problems = value_problems(goal.kpi_def, value)
        if problems:
            reject(n, Msg(QT_TRANSLATE_NOOP("import", "the value {cell} {problem}"), cell=value_cell,
                          problem=Phrase("problems", problems[0])))
            continue
        if when > today + timedelta(days=1):
            reject(n, Msg(QT_TRANSLATE_NOOP("import", "{day} is in the future"), day=Day(when)))
            continue
        if date_problems(when):
            reject(n, Msg(QT_TRANSLATE_NOOP("import", "the date {day} {problem}"), day=Day(when),
                          problem=Phrase("problems", date_problems(when)[0])))
            continue
        if len(note) > MAX_NOTE:
            reject(n, Msg(QT_TRANSLATE_NOOP("import", "the note is longer than {limit}"),
                          limit=Counted("characters", MAX_NOTE)))
            continue
        if (platform, when) in seen:
            reject(n, Msg(QT_TRANSLATE_NOOP("import", "a second figure for {platform} on {day}"),
                          platform=PlatformName(platform), day=Day(when)))
            continue
        seen.add((platform, when))
        figures.append(Observation(goal.id or 0, when, value, platform, source="pasted", note=note))
    return figures, rejected
