"""Reading and writing domain objects in an open plan.

Every public method that writes does so in one transaction (``db.atomic()``),
so a crash loses at most the edit in progress.  The plan's ``modified`` stamp
is updated inside the same transaction.
"""

from __future__ import annotations

import base64
import binascii
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from planner.domain.catalog import PLATFORMS
from planner.domain.checkins import CheckIn
from planner.domain.goals import (
    FIRST_DAY,
    LAST_DAY,
    MAX_BUSINESS_NAME,
    MAX_CURRENCY,
    MAX_FIGURES_PER_GOAL,
    MAX_NOTE,
    MAX_SOURCE,
    MAX_VALUE,
    Goal,
    GoalPlatform,
    Milestone,
    Observation,
    observation_problems,
)
from planner.store import rows as rowsmod
from planner.store.errors import WriteFailed, sqlite_words
from planner.store.rows import RowError, goal_row as _goal_row, observation_row as _observation_row
from planner.store.review_store import ReviewStore

if TYPE_CHECKING:  # sqlite-utils loads with the first plan opened, not with the app
    from sqlite_utils import Database


class OnDuplicate(StrEnum):
    """What to do with a figure for a goal, platform and day that already has one."""

    SKIP = "skip"
    REPLACE = "replace"


#: Languages a report can be written in.
REPORT_LANGUAGES = ("en", "ar", "fa")
#: Limits of the logo (PNG, at most 512 px a side); the name's and the currency's are the domain's.
MAX_LOGO_SIDE, MAX_LOGO_BYTES = 512, 1024 * 1024
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass(frozen=True)
class PlanMeta:
    """The plan's own details: the owner's business (used by reports) and when the plan was made."""

    business_name: str = ""
    currency: str = ""
    language: str = "en"  # the language of reports
    logo_png: bytes = b""  # the business's logo as a PNG, or empty
    brand_colour: str = ""  # "#rrggbb", or empty
    created: datetime | None = None
    modified: datetime | None = None

    def problems(self) -> list[str]:
        """What keeps these details from being stored, in words (empty when they can be)."""
        out = []
        if len(self.business_name) > MAX_BUSINESS_NAME:
            out.append(f"the business name is longer than {MAX_BUSINESS_NAME} characters")
        if len(self.currency) > MAX_CURRENCY:
            out.append(f"the currency is longer than {MAX_CURRENCY} characters")
        if self.language not in REPORT_LANGUAGES:
            out.append(f"the report language {self.language!r} is not one of {', '.join(REPORT_LANGUAGES)}")
        if self.brand_colour and not COLOUR.match(self.brand_colour):
            out.append(f"the brand colour {self.brand_colour!r} is not written #rrggbb")
        if self.logo_png and not self.logo_png.startswith(PNG_SIGNATURE):
            out.append("the logo is not a PNG image")
        if len(self.logo_png) > MAX_LOGO_BYTES:
            out.append(f"the logo is larger than {MAX_LOGO_BYTES // 1024} KB")
        return out


#: The business details as the plan table stores them (key -> PlanMeta field).
BUSINESS_KEYS = {"business_name": "business_name", "currency": "currency", "language": "language",
                 "logo_png": "logo_png", "brand_colour": "brand_colour"}


def _logo(text: str | None) -> bytes:
    """A stored logo (base64 text) back as PNG bytes; a damaged value reads as no logo."""
    if not text:
        return b""
    try:
        data = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return b""
    return data if data.startswith(PNG_SIGNATURE) else b""


def _now() -> str:
    return datetime.now().replace(microsecond=0).isoformat()


def _dt(value: object) -> datetime | None:
    return rowsmod.stamp(value)


#: How many unreadable rows a read lists by name (the rest are counted).
MAX_LISTED_PROBLEMS = 20
PLATFORM_IDS = frozenset(p.id for p in PLATFORMS)


class Repository(ReviewStore):
    """The plan's goals, figures and metadata, as domain objects.

    Reading leaves out a goal or a figure whose stored values are not valid
    (changed by another program) and lists why in ``read_problems``, so one
    bad row never takes down the rest of the plan.  Writing refuses what is
    not valid (ValueError) and turns a failed write (a full disk) into
    WriteFailed, with nothing of it stored.
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        #: what the last read left out, in words ("goal 7 ('Reach'): deadline: ...")
        self.read_problems: list[str] = []
        self._left_out = 0

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """One transaction; a refusal of the file (full disk, read-only) becomes WriteFailed."""
        try:
            with self.db.atomic():
                yield
        except sqlite3.Error as exc:
            raise WriteFailed(sqlite_words(exc)) from exc

    def _problem(self, text: str) -> None:
        self._left_out += 1
        if len(self.read_problems) < MAX_LISTED_PROBLEMS:
            self.read_problems.append(text)
        elif len(self.read_problems) == MAX_LISTED_PROBLEMS:
            self.read_problems.append("...")

    # -- plan metadata -------------------------------------------------
    def init_meta(self, **values: str) -> None:
        now = _now()
        with self._writing():
            self.db["plan"].upsert_all(
                [{"key": k, "value": v} for k, v in {**values, "created": now, "modified": now}.items()],
                pk="key",
            )

    def meta(self) -> PlanMeta:
        values = {r["key"]: r["value"] for r in self.db["plan"].rows if isinstance(r["value"], str)}
        language = values.get("language") or "en"
        return PlanMeta(
            business_name=values.get("business_name") or "",
            currency=values.get("currency") or "",
            language=language if language in REPORT_LANGUAGES else "en",
            logo_png=_logo(values.get("logo_png")),
            brand_colour=values.get("brand_colour") or "",
            created=_dt(values.get("created")),
            modified=_dt(values.get("modified")),
        )

    def set_meta(self, **values: str) -> None:
        unknown = set(values) - set(BUSINESS_KEYS)
        if unknown:
            raise KeyError(f"unknown plan fields: {', '.join(sorted(unknown))}")
        self.set_business(replace(self.meta(), **values))

    def set_business(self, meta: PlanMeta) -> PlanMeta:
        """Store the business details of *meta* in one transaction; ValueError, storing nothing, when
        one cannot be stored."""
        problems = meta.problems()
        if problems:
            raise ValueError("the business details cannot be stored: " + "; ".join(problems))
        rows = [{"key": key, "value": base64.b64encode(meta.logo_png).decode("ascii") if field == "logo_png"
                 else getattr(meta, field)} for key, field in BUSINESS_KEYS.items()]
        with self._writing():
            self.db["plan"].upsert_all(rows, pk="key")
            self._touch()
        return self.meta()

    def _touch(self) -> None:
        self.db["plan"].upsert({"key": "modified", "value": _now()}, pk="key")

    # -- goals ---------------------------------------------------------
    def goals(self, include_archived: bool = True) -> list[Goal]:
        """Every readable goal; what cannot be read is in ``read_problems``."""
        self.read_problems, self._left_out = [], 0
        where = None if include_archived else "archived = 0"
        rows = list(self.db["goals"].rows_where(where, order_by="id"))
        platforms: dict[int, list[GoalPlatform]] = {}
        milestones: dict[int, list[Milestone]] = {}
        broken: dict[int, str] = {}
        for r in self.db["goal_platforms"].rows_where(order_by="goal_id, rowid"):
            try:
                platforms.setdefault(r["goal_id"], []).append(rowsmod.goal_platform(r))
            except RowError as exc:
                broken.setdefault(r["goal_id"], f"a platform's {exc}")
        for r in self.db["milestones"].rows_where(order_by="goal_id, date"):
            try:
                milestones.setdefault(r["goal_id"], []).append(rowsmod.milestone(r))
            except RowError as exc:
                broken.setdefault(r["goal_id"], f"a milestone's {exc}")
        seasons = tuple(self._read_seasons())
        out = []
        for r in rows:
            try:
                if r["id"] in broken:
                    raise RowError("", broken[r["id"]])
                goal = rowsmod.goal(r, platforms.get(r["id"], []), milestones.get(r["id"], []))
                out.append(replace(goal, seasons=seasons) if seasons else goal)
            except RowError as exc:
                title = r["title"] if isinstance(r["title"], str) else ""
                why = exc.message if not exc.field else f"{exc.field}: {exc.message}"
                self._problem(f"goal {r['id']} ({title[:40]!r}) cannot be read and is left out: {why}")
        return out

    def goal(self, goal_id: int) -> Goal:
        """The goal with this id (NotFoundError when there is none; RowError when it cannot be read)."""
        row = self.db["goals"].get(goal_id)  # raises NotFoundError
        platforms = [rowsmod.goal_platform(r)
                     for r in self.db["goal_platforms"].rows_where("goal_id = ?", [goal_id], order_by="rowid")]
        milestones = [rowsmod.milestone(r)
                      for r in self.db["milestones"].rows_where("goal_id = ?", [goal_id], order_by="date")]
        return replace(rowsmod.goal(row, platforms, milestones), seasons=tuple(self._read_seasons(quiet=True)))

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

    def add_goal(self, goal: Goal, observations: Sequence[Observation] = (),
                 checkins: Sequence[CheckIn] = ()) -> Goal:
        """Store a new goal (keeping ``goal.id`` if set, as undo does) with its figures and check-ins."""
        with self._writing():
            saved = self._insert_goal(goal)
            self._insert_observations(replace(o, goal_id=saved.id) for o in observations)
            self._insert_checkins(replace(c, goal_id=saved.id) for c in checkins)
            self._touch()
        return saved

    def add_goals(self, goals: Sequence[tuple[Goal, Sequence[Observation]]
                                        | tuple[Goal, Sequence[Observation], Sequence[CheckIn]]]) -> list[Goal]:
        """Store several goals with their figures (and check-ins) in one transaction (the JSON import)."""
        with self._writing():
            out = []
            for goal, observations, *rest in goals:
                saved = self._insert_goal(goal)
                self._insert_observations(replace(o, goal_id=saved.id) for o in observations)
                self._insert_checkins(replace(c, goal_id=saved.id) for c in (rest[0] if rest else ()))
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
        with self._writing():
            self.db["goals"].update(goal.id, {**_goal_row(goal), "modified": now.isoformat()})
            self._write_children(goal.id, goal)
            self._touch()
        return replace(goal, modified=now)

    def set_archived(self, goal_id: int, archived: bool) -> None:
        with self._writing():
            self.db["goals"].update(goal_id, {"archived": int(archived)})
            self._touch()

    def delete_goal(self, goal_id: int) -> tuple[Goal, list[Observation], list[CheckIn]]:
        """Remove a goal and everything recorded for it; returns the goal, its figures and its check-ins,
        so the deletion can be undone."""
        with self._writing():
            goal = self.goal(goal_id)
            observations = self.observations(goal_id)
            checkins = self.checkins(goal_id)
            for table in ("observations", "checkins", "goal_platforms", "milestones"):
                self.db.execute(f"DELETE FROM {table} WHERE goal_id = ?", [goal_id])
            self.db["goals"].delete(goal_id)
            self._touch()
        return goal, observations, checkins

    # -- observations --------------------------------------------------
    def observations(self, goal_id: int) -> list[Observation]:
        """The goal's readable figures, oldest first (what cannot be read is in ``read_problems``)."""
        self.read_problems, self._left_out = [], 0
        return self._read_figures(
            "SELECT id, goal_id, platform, date, value, source, note, imported_at FROM observations "
            "WHERE goal_id = ? ORDER BY date, id", [goal_id]).get(goal_id, [])

    def observations_by_goal(self) -> dict[int, list[Observation]]:
        """Every readable figure of the plan by goal, oldest first (plain SQL: a big plan opens on this).

        Adds to the ``read_problems`` of the ``goals()`` read before it.
        """
        return self._read_figures(
            "SELECT id, goal_id, platform, date, value, source, note, imported_at FROM observations "
            "ORDER BY goal_id, date, id", [])

    def _read_figures(self, sql: str, params: list[Any]) -> dict[int, list[Observation]]:
        """Figures by goal; each row checked (a plan opens on this: the usual row takes the quick path)."""
        out: dict[int, list[Observation]] = {}
        fromiso, first, last = date.fromisoformat, FIRST_DAY.isoformat(), LAST_DAY.isoformat()
        platforms, stamps = PLATFORM_IDS, {None: None}
        for row in self.db.execute(sql, params):
            obs_id, goal_id, platform, day, value, source, note, imported_at = row
            try:
                if not (type(day) is str and first <= day <= last and type(value) is float
                        and 0.0 <= value <= MAX_VALUE and (platform is None or platform in platforms)
                        and (source is None or type(source) is str and len(source) <= MAX_SOURCE)
                        and (note is None or type(note) is str and len(note) <= MAX_NOTE)):
                    raise RowError("", "")  # the slow path says exactly what is wrong, or reads it after all
                when = fromiso(day)
                stamp = stamps.get(imported_at, False)
                if stamp is False:
                    stamp = stamps[imported_at] = rowsmod.stamp(imported_at)
                obs = Observation(goal_id, when, value, platform, source or "", note or "", stamp, obs_id)
            except (RowError, ValueError, TypeError):
                try:
                    obs = rowsmod.observation(*row)
                except RowError as exc:
                    self._problem(f"a figure of goal {goal_id} (row {obs_id}) cannot be read and is left out: {exc}")
                    continue
            figures = out.get(goal_id)
            if figures is None:
                figures = out[goal_id] = []
            figures.append(obs)
        return out

    def existing_days(self, goal_id: int) -> set[tuple[str | None, date]]:
        """(platform, date) pairs that already have a figure for this goal: the import's duplicates."""
        out = set()
        for platform, day in self.db.execute("SELECT platform, date FROM observations WHERE goal_id = ?", [goal_id]):
            try:
                out.add((platform, date.fromisoformat(day)))
            except (TypeError, ValueError):
                continue
        return out

    def _check_figures(self, goal_id: int) -> None:
        """Refuse (inside the transaction, which then rolls back) a goal left with more figures than allowed."""
        count = self.db.execute("SELECT count(*) FROM observations WHERE goal_id = ?", [goal_id]).fetchone()[0]
        if count > MAX_FIGURES_PER_GOAL:
            raise ValueError(f"goal {goal_id} would hold {count:,} figures; a goal holds at most "
                             f"{MAX_FIGURES_PER_GOAL:,}")

    def _checked(self, observations: Iterable[Observation]) -> Iterator[Observation]:
        """The figures, each refused (ValueError naming it) when it is not valid for its goal's KPI."""
        kpis: dict[int, Any] = {}
        for obs in observations:
            kpi = kpis.get(obs.goal_id)
            if kpi is None:
                row = self.db.execute("SELECT kpi FROM goals WHERE id = ?", [obs.goal_id]).fetchone()
                if row is None:
                    raise ValueError(f"there is no goal {obs.goal_id} for the figure of {obs.date.isoformat()}")
                from planner.domain import catalog

                kpi = kpis[obs.goal_id] = catalog.kpi(row[0])
            problems = observation_problems(kpi, obs)
            if problems:
                raise ValueError(f"the figure of {obs.date.isoformat()} cannot be stored: "
                                 + "; ".join(m for _, m in problems))
            yield obs

    def add_observations(
        self, observations: Iterable[Observation], on_duplicate: OnDuplicate = OnDuplicate.REPLACE
    ) -> int:
        """Store figures in one transaction; returns how many rows were written."""
        with self._writing():
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
        goals: set[int] = set()

        def rows() -> Iterator[dict[str, Any]]:
            for o in self._checked(observations):
                goals.add(o.goal_id)
                yield {**_observation_row(o), "id": o.id}

        cursor = self.db.conn.executemany(sql, rows())
        for goal_id in goals:
            self._check_figures(goal_id)
        return max(cursor.rowcount, 0)

    def put_observations(self, observations: Sequence[Observation]) -> tuple[list[int], list[Observation]]:
        """Store figures typed or pasted by hand, replacing any for the same goal, platform and day.

        Returns the new rows' ids and the figures they replaced, so that the
        edit can be undone exactly.
        """
        with self._writing():
            result = self._put_observations(observations)
            self._touch()
        return result

    def _put_observations(self, observations: Sequence[Observation]) -> tuple[list[int], list[Observation]]:
        ids: list[int] = []
        replaced: list[Observation] = []
        for obs in self._checked(observations):
            old = self.db.execute(
                "SELECT id, goal_id, platform, date, value, source, note, imported_at FROM observations "
                "WHERE goal_id = ? AND ifnull(platform, '') = ifnull(?, '') AND date = ?",
                [obs.goal_id, obs.platform, obs.date.isoformat()]).fetchone()
            if old is not None:
                replaced.append(rowsmod.observation(*old))
                self.db.execute("DELETE FROM observations WHERE id = ?", [old[0]])
            row = {**_observation_row(obs), "id": obs.id}
            ids.append(self.db["observations"].insert(row).last_pk)
        for goal_id in {o.goal_id for o in observations}:
            self._check_figures(goal_id)
        return ids, replaced

    def import_figures(self, goal_id: int, rows: Iterable[tuple[str | None, str, float]], *, source: str,
                       imported_at: datetime, on_duplicate: OnDuplicate,
                       remove: Sequence[tuple[str | None, str]] = ()) -> tuple[int, list[Observation]]:
        """Store (platform, ISO date, value) rows for a goal in one transaction, streaming.

        Returns how many rows were written and the figures they replaced (for
        undo).  Replaced rows are caught by a temporary trigger as SQLite's
        REPLACE deletes them, so the rows are read once and never held in memory.
        The figures *remove* names (platform, ISO date) are replaced too, though
        on another day (a week's figure typed on its Wednesday, replaced by the
        week's total on its last day).  The rows come checked from the importer
        (figures_import); the goal's figure limit is checked here, before the
        transaction commits.
        """
        verb = "INSERT OR REPLACE" if on_duplicate is OnDuplicate.REPLACE else "INSERT OR IGNORE"
        stamp = imported_at.isoformat()
        conn = self.db.conn
        with self._writing():
            conn.execute("CREATE TEMP TABLE IF NOT EXISTS replaced_figures AS SELECT * FROM observations WHERE 0")
            conn.execute("DELETE FROM replaced_figures")
            conn.execute("CREATE TEMP TRIGGER IF NOT EXISTS catch_replaced AFTER DELETE ON main.observations "
                         "BEGIN INSERT INTO replaced_figures SELECT old.id, old.goal_id, old.platform, old.date, "
                         "old.value, old.source, old.note, old.imported_at; END")
            conn.executemany("DELETE FROM observations WHERE goal_id = ? AND platform IS ? AND date = ?",
                             [(goal_id, platform, day) for platform, day in remove])
            removed = conn.execute("SELECT count(*) FROM replaced_figures").fetchone()[0]
            before = conn.total_changes
            conn.executemany(
                f"{verb} INTO observations (goal_id, platform, date, value, source, note, imported_at) "
                "VALUES (?, ?, ?, ?, ?, '', ?)",
                ((goal_id, platform, day, value, source, stamp) for platform, day, value in rows))
            changed = conn.total_changes - before
            replaced = [rowsmod.observation(*r) for r in conn.execute(
                "SELECT id, goal_id, platform, date, value, source, note, imported_at FROM replaced_figures")]
            conn.execute("DROP TRIGGER catch_replaced")
            self._check_figures(goal_id)
            self._touch()
        # total_changes counts the trigger's insert for each replaced row (not REPLACE's own delete)
        return changed - (len(replaced) - removed), replaced

    def remove_import(self, goal_id: int, imported_at: datetime, restore: Sequence[Observation] = ()) -> int:
        """Undo an import: remove the figures it wrote and put back those it replaced."""
        with self._writing():
            cursor = self.db.execute("DELETE FROM observations WHERE goal_id = ? AND imported_at = ?",
                                     [goal_id, imported_at.isoformat()])
            self._insert_observations(restore)
            self._touch()
        return cursor.rowcount

    def update_observation(self, obs: Observation) -> None:
        if obs.id is None:
            raise ValueError("a figure without an id cannot be updated")
        checked = next(self._checked([obs]))
        with self._writing():
            self.db["observations"].update(checked.id, _observation_row(checked))
            self._touch()

    def delete_observations(self, ids: Iterable[int], restore: Sequence[Observation] = ()) -> list[Observation]:
        """Remove figures by id (and put back *restore*, in the same transaction); returns the removed ones,
        so the deletion can be undone."""
        ids = list(ids)
        with self._writing():
            removed = []
            for i in ids:
                row = self.db.execute("SELECT id, goal_id, platform, date, value, source, note, imported_at "
                                      "FROM observations WHERE id = ?", [i]).fetchone()
                if row is not None:
                    removed.append(rowsmod.observation(*row))
            self.db.conn.executemany("DELETE FROM observations WHERE id = ?", [(i,) for i in ids])
            self._insert_observations(restore)
            self._touch()
        return removed
