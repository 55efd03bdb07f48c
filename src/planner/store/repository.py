"""Reading and writing domain objects in an open plan.

Every public method that writes does so in one transaction (``db.atomic()``),
so a crash loses at most the edit in progress.  The plan's ``modified`` stamp
is updated inside the same transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any


from planner.domain.goals import (
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

if TYPE_CHECKING:  # sqlite-utils loads with the first plan opened, not with the app
    from sqlite_utils import Database


class OnDuplicate(StrEnum):
    """What to do with a figure for a goal, platform and day that already has one."""

    SKIP = "skip"
    REPLACE = "replace"


@dataclass(frozen=True)
class PlanMeta:
    business_name: str = ""
    currency: str = ""
    language: str = "en"
    created: datetime | None = None
    modified: datetime | None = None


def _now() -> str:
    return datetime.now().replace(microsecond=0).isoformat()


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _goal_row(goal: Goal) -> dict[str, Any]:
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


def _observation(row: dict[str, Any]) -> Observation:
    return Observation(
        goal_id=row["goal_id"],
        date=date.fromisoformat(row["date"]),
        value=row["value"],
        platform=row["platform"],
        source=row["source"] or "",
        note=row["note"] or "",
        imported_at=_dt(row["imported_at"]),
        id=row["id"],
    )


def _observation_row(obs: Observation) -> dict[str, Any]:
    return {
        "goal_id": obs.goal_id,
        "platform": obs.platform,
        "date": obs.date.isoformat(),
        "value": float(obs.value),
        "source": obs.source,
        "note": obs.note,
        "imported_at": obs.imported_at.isoformat() if obs.imported_at else None,
    }


class Repository:
    """The plan's goals, figures and metadata, as domain objects."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # -- plan metadata -------------------------------------------------
    def init_meta(self, **values: str) -> None:
        now = _now()
        with self.db.atomic():
            self.db["plan"].upsert_all(
                [{"key": k, "value": v} for k, v in {**values, "created": now, "modified": now}.items()],
                pk="key",
            )

    def meta(self) -> PlanMeta:
        values = {r["key"]: r["value"] for r in self.db["plan"].rows}
        return PlanMeta(
            business_name=values.get("business_name", ""),
            currency=values.get("currency", ""),
            language=values.get("language", "en"),
            created=_dt(values.get("created")),
            modified=_dt(values.get("modified")),
        )

    def set_meta(self, **values: str) -> None:
        unknown = set(values) - {"business_name", "currency", "language"}
        if unknown:
            raise KeyError(f"unknown plan fields: {', '.join(sorted(unknown))}")
        with self.db.atomic():
            self.db["plan"].upsert_all([{"key": k, "value": v} for k, v in values.items()], pk="key")
            self._touch()

    def _touch(self) -> None:
        self.db["plan"].upsert({"key": "modified", "value": _now()}, pk="key")

    # -- goals ---------------------------------------------------------
    def goals(self, include_archived: bool = True) -> list[Goal]:
        where = None if include_archived else "archived = 0"
        rows = list(self.db["goals"].rows_where(where, order_by="id"))
        platforms: dict[int, list[GoalPlatform]] = {}
        for r in self.db["goal_platforms"].rows_where(order_by="goal_id, rowid"):
            platforms.setdefault(r["goal_id"], []).append(GoalPlatform(r["platform"], r["baseline"], r["target"]))
        milestones: dict[int, list[Milestone]] = {}
        for r in self.db["milestones"].rows_where(order_by="goal_id, date"):
            milestones.setdefault(r["goal_id"], []).append(
                Milestone(date.fromisoformat(r["date"]), r["value"], r["label"] or "")
            )
        return [self._goal(r, platforms.get(r["id"], []), milestones.get(r["id"], [])) for r in rows]

    def goal(self, goal_id: int) -> Goal:
        row = self.db["goals"].get(goal_id)  # raises NotFoundError
        platforms = [
            GoalPlatform(r["platform"], r["baseline"], r["target"])
            for r in self.db["goal_platforms"].rows_where("goal_id = ?", [goal_id], order_by="rowid")
        ]
        milestones = [
            Milestone(date.fromisoformat(r["date"]), r["value"], r["label"] or "")
            for r in self.db["milestones"].rows_where("goal_id = ?", [goal_id], order_by="date")
        ]
        return self._goal(row, platforms, milestones)

    @staticmethod
    def _goal(row: dict[str, Any], platforms: list[GoalPlatform], milestones: list[Milestone]) -> Goal:
        return Goal(
            id=row["id"],
            title=row["title"],
            statement=row["statement"] or "",
            objective=row["objective"],
            kpi=row["kpi"],
            baseline=row["baseline"],
            target=row["target"],
            start=date.fromisoformat(row["start"]),
            deadline=date.fromisoformat(row["deadline"]),
            shape=Shape(row["shape"] or "linear"),
            business_objective=row["business_objective"] or "",
            audience=Audience(
                age_min=row["audience_age_min"],
                age_max=row["audience_age_max"],
                gender=Gender(row["audience_gender"] or "any"),
                income=Income(row["audience_income"] or "any"),
                family_stage=FamilyStage(row["audience_family_stage"] or "any"),
                location=row["audience_location"] or "",
            ),
            budget=row["budget"],
            currency=row["currency"] or "",
            hours_per_week=row["hours_per_week"],
            archived=bool(row["archived"]),
            follower_count=row["follower_count"],
            kpi_to_confirm=bool(row["kpi_to_confirm"]),
            platforms=tuple(platforms),
            milestones=tuple(milestones),
            created=_dt(row["created"]),
            modified=_dt(row["modified"]),
        )

    def _write_children(self, goal_id: int, goal: Goal) -> None:
        self.db.execute("DELETE FROM goal_platforms WHERE goal_id = ?", [goal_id])
        self.db.execute("DELETE FROM milestones WHERE goal_id = ?", [goal_id])
        self.db["goal_platforms"].insert_all(
            [{"goal_id": goal_id, "platform": p.platform, "baseline": p.baseline, "target": p.target}
             for p in goal.platforms]
        )
        self.db["milestones"].insert_all(
            [{"goal_id": goal_id, "date": m.date.isoformat(), "value": m.value, "label": m.label}
             for m in goal.milestones]
        )

    def add_goal(self, goal: Goal, observations: Sequence[Observation] = ()) -> Goal:
        """Store a new goal (keeping ``goal.id`` if set, as undo does) with its figures."""
        with self.db.atomic():
            saved = self._insert_goal(goal)
            self._insert_observations(replace(o, goal_id=saved.id) for o in observations)
            self._touch()
        return saved

    def add_goals(self, goals: Sequence[tuple[Goal, Sequence[Observation]]]) -> list[Goal]:
        """Store several goals with their figures in one transaction (the JSON import)."""
        with self.db.atomic():
            out = []
            for goal, observations in goals:
                saved = self._insert_goal(goal)
                self._insert_observations(replace(o, goal_id=saved.id) for o in observations)
                out.append(saved)
            self._touch()
        return out

    @staticmethod
    def _check(goal: Goal) -> None:
        problems = goal.problems()
        if problems:
            raise ValueError(f"goal {goal.title[:40]!r} cannot be stored: "
                             + "; ".join(f"{f}: {m}" for f, m in problems))

    def _insert_goal(self, goal: Goal) -> Goal:
        self._check(goal)
        now = datetime.now().replace(microsecond=0)
        created = goal.created or now
        row = {**_goal_row(goal), "created": created.isoformat(), "modified": now.isoformat()}
        if goal.id is not None:
            row["id"] = goal.id
        goal_id = self.db["goals"].insert(row).last_pk
        self._write_children(goal_id, goal)
        return replace(goal, id=goal_id, created=created, modified=now)

    def update_goal(self, goal: Goal) -> Goal:
        if goal.id is None:
            raise ValueError("a goal without an id cannot be updated")
        self._check(goal)
        now = datetime.now().replace(microsecond=0)
        with self.db.atomic():
            self.db["goals"].update(goal.id, {**_goal_row(goal), "modified": now.isoformat()})
            self._write_children(goal.id, goal)
            self._touch()
        return replace(goal, modified=now)

    def set_archived(self, goal_id: int, archived: bool) -> None:
        with self.db.atomic():
            self.db["goals"].update(goal_id, {"archived": int(archived)})
            self._touch()

    def delete_goal(self, goal_id: int) -> tuple[Goal, list[Observation]]:
        """Remove a goal and everything recorded for it; returns both, so the deletion can be undone."""
        with self.db.atomic():
            goal = self.goal(goal_id)
            observations = self.observations(goal_id)
            for table in ("observations", "goal_platforms", "milestones"):
                self.db.execute(f"DELETE FROM {table} WHERE goal_id = ?", [goal_id])
            self.db["goals"].delete(goal_id)
            self._touch()
        return goal, observations

    # -- observations --------------------------------------------------
    def observations(self, goal_id: int) -> list[Observation]:
        return [
            _observation(r)
            for r in self.db["observations"].rows_where("goal_id = ?", [goal_id], order_by="date, id")
        ]

    def observations_by_goal(self) -> dict[int, list[Observation]]:
        """Every figure of the plan by goal, oldest first (plain SQL: a big plan opens on this)."""
        out: dict[int, list[Observation]] = {}
        fromiso, stamp = date.fromisoformat, datetime.fromisoformat
        for obs_id, goal_id, platform, day, value, source, note, imported_at in self.db.execute(
                "SELECT id, goal_id, platform, date, value, source, note, imported_at FROM observations "
                "ORDER BY goal_id, date, id"):
            figures = out.get(goal_id)
            if figures is None:
                figures = out[goal_id] = []
            figures.append(Observation(goal_id, fromiso(day), value, platform, source or "", note or "",
                                       stamp(imported_at) if imported_at else None, obs_id))
        return out

    def existing_days(self, goal_id: int) -> set[tuple[str | None, date]]:
        """(platform, date) pairs that already have a figure for this goal: the import's duplicates."""
        return {
            (r[0], date.fromisoformat(r[1]))
            for r in self.db.execute("SELECT platform, date FROM observations WHERE goal_id = ?", [goal_id])
        }

    def add_observations(
        self, observations: Iterable[Observation], on_duplicate: OnDuplicate = OnDuplicate.REPLACE
    ) -> int:
        """Store figures in one transaction; returns how many rows were written."""
        with self.db.atomic():
            count = self._insert_observations(observations, on_duplicate)
            self._touch()
        return count

    def _insert_observations(
        self, observations: Iterable[Observation], on_duplicate: OnDuplicate = OnDuplicate.REPLACE
    ) -> int:
        verb = "INSERT OR REPLACE" if on_duplicate is OnDuplicate.REPLACE else "INSERT OR IGNORE"
        sql = (
            f"{verb} INTO observations (id, goal_id, platform, date, value, source, note, imported_at) "
            "VALUES (:id, :goal_id, :platform, :date, :value, :source, :note, :imported_at)"
        )
        cursor = self.db.conn.executemany(
            sql, ({**_observation_row(o), "id": o.id} for o in observations)
        )
        return max(cursor.rowcount, 0)

    def put_observations(self, observations: Sequence[Observation]) -> tuple[list[int], list[Observation]]:
        """Store figures typed or pasted by hand, replacing any for the same goal, platform and day.

        Returns the new rows' ids and the figures they replaced, so that the
        edit can be undone exactly.
        """
        ids: list[int] = []
        replaced: list[Observation] = []
        with self.db.atomic():
            for obs in observations:
                old = self.db.execute(
                    "SELECT * FROM observations WHERE goal_id = ? AND ifnull(platform, '') = ifnull(?, '') "
                    "AND date = ?", [obs.goal_id, obs.platform, obs.date.isoformat()]).fetchone()
                if old is not None:
                    replaced.append(_observation(dict(zip(
                        ("id", "goal_id", "platform", "date", "value", "source", "note", "imported_at"), old,
                        strict=True))))
                    self.db.execute("DELETE FROM observations WHERE id = ?", [old[0]])
                row = {**_observation_row(obs), "id": obs.id}
                ids.append(self.db["observations"].insert(row).last_pk)
            self._touch()
        return ids, replaced

    def import_figures(self, goal_id: int, rows: Iterable[tuple[str | None, str, float]], *, source: str,
                       imported_at: datetime, on_duplicate: OnDuplicate) -> tuple[int, list[Observation]]:
        """Store (platform, ISO date, value) rows for a goal in one transaction, streaming.

        Returns how many rows were written and the figures they replaced (for
        undo).  Replaced rows are caught by a temporary trigger as SQLite's
        REPLACE deletes them, so the rows are read once and never held in memory.
        """
        verb = "INSERT OR REPLACE" if on_duplicate is OnDuplicate.REPLACE else "INSERT OR IGNORE"
        stamp = imported_at.isoformat()
        conn = self.db.conn
        with self.db.atomic():
            conn.execute("CREATE TEMP TABLE IF NOT EXISTS replaced_figures AS SELECT * FROM observations WHERE 0")
            conn.execute("DELETE FROM replaced_figures")
            conn.execute("CREATE TEMP TRIGGER IF NOT EXISTS catch_replaced AFTER DELETE ON main.observations "
                         "BEGIN INSERT INTO replaced_figures SELECT old.id, old.goal_id, old.platform, old.date, "
                         "old.value, old.source, old.note, old.imported_at; END")
            before = conn.total_changes
            conn.executemany(
                f"{verb} INTO observations (goal_id, platform, date, value, source, note, imported_at) "
                "VALUES (?, ?, ?, ?, ?, '', ?)",
                ((goal_id, platform, day, value, source, stamp) for platform, day, value in rows))
            changed = conn.total_changes - before
            replaced = [_observation(dict(zip(("id", "goal_id", "platform", "date", "value", "source", "note",
                                               "imported_at"), r, strict=True)))
                        for r in conn.execute("SELECT * FROM replaced_figures")]
            conn.execute("DROP TRIGGER catch_replaced")
            self._touch()
        # total_changes counts the trigger's insert for each replaced row (not REPLACE's own delete)
        return changed - len(replaced), replaced

    def remove_import(self, goal_id: int, imported_at: datetime, restore: Sequence[Observation] = ()) -> int:
        """Undo an import: remove the figures it wrote and put back those it replaced."""
        with self.db.atomic():
            cursor = self.db.execute("DELETE FROM observations WHERE goal_id = ? AND imported_at = ?",
                                     [goal_id, imported_at.isoformat()])
            self._insert_observations(restore)
            self._touch()
        return cursor.rowcount

    def update_observation(self, obs: Observation) -> None:
        if obs.id is None:
            raise ValueError("a figure without an id cannot be updated")
        with self.db.atomic():
            self.db["observations"].update(obs.id, _observation_row(obs))
            self._touch()

    def delete_observations(self, ids: Iterable[int]) -> list[Observation]:
        """Remove figures by id; returns them, so the deletion can be undone."""
        ids = list(ids)
        with self.db.atomic():
            removed = [_observation(self.db["observations"].get(i)) for i in ids]
            self.db.conn.executemany("DELETE FROM observations WHERE id = ?", [(i,) for i in ids])
            self._touch()
        return removed
