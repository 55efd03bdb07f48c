"""Rows of the plan file as domain objects and back, checked on the way in.

A plan can be changed by other programs, so nothing read from it is trusted:
a value of the wrong type, a date outside the plan's range or a text past
its limit raises RowError naming the field, and the repository leaves that
goal or figure out (saying so) instead of failing the whole plan.
"""

from __future__ import annotations

import math
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from planner.domain import catalog
from planner.domain.checkins import MAX_CHECKIN_NOTE, CheckIn, checkin_problems
from planner.domain.seasons import MAX_SEASON_NAME, Season
from planner.domain.goals import (
    FIRST_DAY,
    LAST_DAY,
    MAX_LABEL,
    MAX_NOTE,
    MAX_SOURCE,
    MAX_VALUE,
    Audience,
    FamilyStage,
    Gender,
    Goal,
    GoalPlatform,
    Income,
    Milestone,
    Observation,
    Shape,
)


class RowError(ValueError):
    """A stored value that is not what the plan format says; names the field."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def text(row: dict[str, Any], key: str, *, limit: int | None = None, required: bool = False) -> str:
    value = row[key]
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        raise RowError(key, f"{_shown(value)} is not text")
    if limit is not None and len(value) > limit:
        raise RowError(key, f"is longer than {limit:,} characters")
    return value


def number(row: dict[str, Any], key: str, *, optional: bool = False) -> float | None:
    value = row[key]
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise RowError(key, f"{_shown(value)} is not a number")
    value = float(value)
    if not math.isfinite(value) or abs(value) > MAX_VALUE:
        raise RowError(key, f"{value!r} is not a usable number")
    return value


def whole(row: dict[str, Any], key: str) -> int | None:
    value = row[key]
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or abs(value) > 10**6:
        raise RowError(key, f"{_shown(value)} is not a whole number")
    return value


def day(row: dict[str, Any], key: str) -> date:
    value = row[key]
    try:
        if not isinstance(value, str):
            raise ValueError
        parsed = date.fromisoformat(value)
    except ValueError:
        raise RowError(key, f"{_shown(value)} is not a date") from None
    if not FIRST_DAY <= parsed <= LAST_DAY:
        raise RowError(key, f"{value} is outside {FIRST_DAY.isoformat()} to {LAST_DAY.isoformat()}")
    return parsed


def stamp(value: object) -> datetime | None:
    """A row's time stamp (when it was created, changed, imported); None when it is not one: it is only shown."""
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def choice(row: dict[str, Any], key: str, enum: type[StrEnum], default: str) -> Any:
    value = row[key] or default
    try:
        return enum(value)
    except ValueError:
        raise RowError(key, f"{_shown(value)} is not one of {', '.join(e.value for e in enum)}") from None


def goal_platform(row: dict[str, Any]) -> GoalPlatform:
    return GoalPlatform(text(row, "platform", required=True), number(row, "baseline", optional=True),
                        number(row, "target", optional=True))


def milestone(row: dict[str, Any]) -> Milestone:
    return Milestone(day(row, "date"), number(row, "value"), text(row, "label", limit=MAX_LABEL))


def goal(row: dict[str, Any], platforms: list[GoalPlatform], milestones: list[Milestone]) -> Goal:
    """The goal in *row*; RowError when a value cannot be read or the goal is not a valid one."""
    archived = row["archived"]
    if archived not in (0, 1, None):
        raise RowError("archived", f"{_shown(archived)} is not 0 or 1")
    to_confirm = row["kpi_to_confirm"]
    if to_confirm not in (0, 1, None):
        raise RowError("kpi_to_confirm", f"{_shown(to_confirm)} is not 0 or 1")
    result = Goal(
        id=row["id"],
        title=text(row, "title", required=True),
        statement=text(row, "statement"),
        objective=text(row, "objective", required=True),
        kpi=text(row, "kpi", required=True),
        baseline=number(row, "baseline"),
        target=number(row, "target"),
        start=day(row, "start"),
        deadline=day(row, "deadline"),
        shape=choice(row, "shape", Shape, "linear"),
        business_objective=text(row, "business_objective"),
        audience=Audience(
            age_min=whole(row, "audience_age_min"),
            age_max=whole(row, "audience_age_max"),
            gender=choice(row, "audience_gender", Gender, "any"),
            income=choice(row, "audience_income", Income, "any"),
            family_stage=choice(row, "audience_family_stage", FamilyStage, "any"),
            location=text(row, "audience_location"),
        ),
        budget=number(row, "budget", optional=True),
        currency=text(row, "currency"),
        hours_per_week=number(row, "hours_per_week", optional=True),
        archived=bool(archived),
        follower_count=number(row, "follower_count", optional=True),
        kpi_to_confirm=bool(to_confirm),
        platforms=tuple(platforms),
        milestones=tuple(milestones),
        created=stamp(row["created"]),
        modified=stamp(row["modified"]),
    )
    problems = result.problems()
    if problems:
        raise RowError(*problems[0])
    return result


_FIRST, _LAST = FIRST_DAY.toordinal(), LAST_DAY.toordinal()


def observation(obs_id: int, goal_id: int, platform: object, when: object, value: object, source: object,
                note: object, imported_at: object) -> Observation:
    """A stored figure; RowError when a value cannot be read (fast: a plan opens on this, row by row)."""
    try:
        d = date.fromisoformat(when)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise RowError("date", f"{_shown(when)} is not a date") from None
    if not _FIRST <= d.toordinal() <= _LAST:
        raise RowError("date", f"{when} is outside {FIRST_DAY.isoformat()} to {LAST_DAY.isoformat()}")
    if type(value) is not float:
        if isinstance(value, bool) or not isinstance(value, int):
            raise RowError("value", f"{_shown(value)} is not a number")
        value = float(value)
    if not 0 <= value <= MAX_VALUE:  # NaN fails too
        raise RowError("value", f"{value!r} is not a usable figure")
    if platform is not None and not catalog.is_platform(platform):  # type: ignore[arg-type]
        raise RowError("platform", f"{_shown(platform)} is not a platform")
    if source is not None and (not isinstance(source, str) or len(source) > MAX_SOURCE):
        raise RowError("source", f"{_shown(source)} is not a source of at most {MAX_SOURCE} characters")
    if note is not None and (not isinstance(note, str) or len(note) > MAX_NOTE):
        raise RowError("note", f"{_shown(note)} is not a note of at most {MAX_NOTE:,} characters")
    return Observation(goal_id, d, value, platform, source or "", note or "",  # type: ignore[arg-type]
                       stamp(imported_at), obs_id)


def goal_row(goal: Goal) -> dict[str, Any]:
    a = goal.audience
    return {
        "title": goal.title,
        "statement": goal.statement,
        "objective": goal.objective,
        "kpi": goal.kpi,
        "baseline": float(goal.baseline),
        "target": float(goal.target),
        "start": goal.start.isoformat(),
        "deadline": goal.deadline.isoformat(),
        "shape": goal.shape.value,
        "business_objective": goal.business_objective,
        "audience_age_min": a.age_min,
        "audience_age_max": a.age_max,
        "audience_gender": a.gender.value,
        "audience_income": a.income.value,
        "audience_family_stage": a.family_stage.value,
        "audience_location": a.location,
        "budget": goal.budget,
        "currency": goal.currency,
        "hours_per_week": goal.hours_per_week,
        "archived": int(goal.archived),
        "follower_count": goal.follower_count,
        "kpi_to_confirm": int(goal.kpi_to_confirm),
    }


def observation_row(obs: Observation) -> dict[str, Any]:
    return {
        "goal_id": obs.goal_id,
        "platform": obs.platform,
        "date": obs.date.isoformat(),
        "value": float(obs.value),
        "source": obs.source,
        "note": obs.note,
        "imported_at": obs.imported_at.isoformat() if obs.imported_at else None,
    }


def season(row: dict[str, Any]) -> Season:
    """The season in *row*; RowError when it cannot be read or is not a valid one."""
    result = Season(text(row, "name", required=True, limit=MAX_SEASON_NAME), day(row, "start"), day(row, "end"),
                    number(row, "effect"))
    problems = result.problems()
    if problems:
        raise RowError(*problems[0])
    return result


def season_row(s: Season) -> dict[str, Any]:
    return {"name": s.name, "start": s.start.isoformat(), "end": s.end.isoformat(), "effect": float(s.effect)}


def checkin(row: dict[str, Any]) -> CheckIn:
    """The check-in in *row*; RowError when it cannot be read or is not a valid one."""
    confidence = whole(row, "confidence")
    result = CheckIn(row["goal_id"], day(row, "date"), confidence if confidence is not None else 0,
                     text(row, "note", limit=MAX_CHECKIN_NOTE), row["id"])
    problems = checkin_problems(result)
    if problems:
        raise RowError(*problems[0])
    return result


def checkin_row(c: CheckIn) -> dict[str, Any]:
    return {"goal_id": c.goal_id, "date": c.date.isoformat(), "confidence": c.confidence, "note": c.note}
