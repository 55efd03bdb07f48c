"""The plan's review rhythm in the plan file: seasons, check-ins, the review day and the plan's own id.

A part of ``Repository`` (its base class), kept apart by concern: the same
transactions (``_writing``), the same reading that leaves out a row another
program broke and says so (``_problem``).
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Iterable, Sequence
from datetime import time
from typing import TYPE_CHECKING, Any

from planner.domain.checkins import CheckIn, checkin_problems
from planner.domain.goals import Observation
from planner.domain.review import Schedule, Weekday
from planner.domain.seasons import MAX_SEASONS, Season
from planner.store import rows as rowsmod
from planner.store.rows import RowError

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

    from sqlite_utils import Database

    from planner.store.repository import PlanMeta


class ReviewStore:
    """Seasons, check-ins and the review schedule of an open plan (mixed into ``Repository``)."""

    db: Database
    read_problems: list[str]
    _left_out: int

    if TYPE_CHECKING:
        def _writing(self) -> AbstractContextManager[None]: ...
        def _problem(self, text: str) -> None: ...
        def _touch(self) -> None: ...
        def meta(self) -> PlanMeta: ...
        def _insert_observations(self, observations: Iterable[Observation]) -> int: ...
        def _put_observations(self, observations: Sequence[Observation]) -> tuple[list[int], list[Observation]]: ...

    # -- seasons ---------------------------------------------------------
    def _read_seasons(self, quiet: bool = False) -> list[Season]:
        out = []
        for r in self.db["seasons"].rows_where(order_by="start, id"):
            try:
                out.append(rowsmod.season(r))
            except RowError as exc:
                if not quiet:
                    self._problem(f"season {r['id']} cannot be read and is left out: {exc}")
        return out

    def seasons(self) -> list[Season]:
        """The plan's readable seasons, in order (what cannot be read is in ``read_problems``)."""
        self.read_problems, self._left_out = [], 0
        return self._read_seasons()

    def set_seasons(self, seasons: Sequence[Season]) -> list[Season]:
        """Make *seasons* the plan's seasons, in one transaction; ValueError, storing nothing, when one
        cannot be stored."""
        if len(seasons) > MAX_SEASONS:
            raise ValueError(f"a plan holds at most {MAX_SEASONS} seasons, not {len(seasons)}")
        for season in seasons:
            problems = season.problems()
            if problems:
                raise ValueError(f"the season {season.name[:40]!r} cannot be stored: "
                                 + "; ".join(m for _, m in problems))
        with self._writing():
            self.db.execute("DELETE FROM seasons")
            self.db["seasons"].insert_all([rowsmod.season_row(s) for s in seasons])
            self._touch()
        return self.seasons()

    # -- the review rhythm -------------------------------------------------
    def review_schedule(self) -> Schedule:
        """The plan's review day and time (the plan language's usual first day of the week until set)."""
        values = {r["key"]: r["value"] for r in self.db["plan"].rows_where("key IN ('review_day', 'review_time')")}
        schedule = Schedule.default(self.meta().language)
        try:
            day = Weekday.from_key(values["review_day"]) if isinstance(values.get("review_day"), str) \
                else schedule.day
        except ValueError:
            day = schedule.day
        try:
            at = time.fromisoformat(values["review_time"]) if isinstance(values.get("review_time"), str) \
                else schedule.at
        except ValueError:
            at = schedule.at
        return Schedule(day, at.replace(second=0, microsecond=0, tzinfo=None))

    def review_schedule_chosen(self) -> bool:
        """Whether the plan's owner chose a review day (else the default is in force)."""
        return self.db.execute("SELECT 1 FROM plan WHERE key = 'review_day'").fetchone() is not None

    def set_review_schedule(self, schedule: Schedule) -> Schedule:
        with self._writing():
            self.db["plan"].upsert_all([{"key": "review_day", "value": Weekday(schedule.day).key},
                                        {"key": "review_time", "value": schedule.at.strftime("%H:%M")}], pk="key")
            self._touch()
        return self.review_schedule()

    def plan_uid(self) -> str:
        """The plan's own id, made when the plan was (its reminders' stable UID).  A plan that lost it
        (changed by another program) answers with one derived from its creation stamp, so it stays stable."""
        row = self.db.execute("SELECT value FROM plan WHERE key = 'uid'").fetchone()
        if row is not None and isinstance(row[0], str) and re.fullmatch(r"[0-9a-f-]{36}", row[0]):
            return row[0]
        created = self.meta().created
        return str(uuid.UUID(bytes=hashlib.sha256(str(created).encode()).digest()[:16]))

    # -- check-ins --------------------------------------------------------
    _CHECKIN_COLUMNS = "SELECT id, goal_id, date, confidence, note FROM checkins"

    def _read_checkins(self, where: str, params: list[Any]) -> dict[int, list[CheckIn]]:
        out: dict[int, list[CheckIn]] = {}
        for row in self.db.execute(f"{self._CHECKIN_COLUMNS} {where} ORDER BY goal_id, date, id", params):
            r = dict(zip(("id", "goal_id", "date", "confidence", "note"), row))
            try:
                out.setdefault(r["goal_id"], []).append(rowsmod.checkin(r))
            except RowError as exc:
                self._problem(f"a check-in of goal {r['goal_id']} (row {r['id']}) cannot be read and is left out: "
                              f"{exc}")
        return out

    def checkins(self, goal_id: int) -> list[CheckIn]:
        """The goal's readable check-ins, oldest first."""
        return self._read_checkins("WHERE goal_id = ?", [goal_id]).get(goal_id, [])

    def checkins_by_goal(self) -> dict[int, list[CheckIn]]:
        """Every readable check-in by goal, oldest first (adds to ``read_problems``)."""
        return self._read_checkins("", [])

    def _insert_checkins(self, checkins: Iterable[CheckIn]) -> list[int]:
        ids = []
        for c in checkins:
            problems = checkin_problems(c)
            if problems:
                raise ValueError(f"the check-in of {c.date.isoformat()} cannot be stored: "
                                 + "; ".join(m for _, m in problems))
            if self.db.execute("SELECT 1 FROM goals WHERE id = ?", [c.goal_id]).fetchone() is None:
                raise ValueError(f"there is no goal {c.goal_id} for the check-in of {c.date.isoformat()}")
            ids.append(self.db["checkins"].insert({**rowsmod.checkin_row(c), "id": c.id}).last_pk)
        return ids

    def check_in(self, observations: Sequence[Observation], checkins: Sequence[CheckIn]
                 ) -> tuple[list[int], list[Observation], list[int], list[CheckIn]]:
        """A check-in: figures (replacing any for the same goal, platform and day) and check-in records
        (replacing any for the same goal and day), all in one transaction.  Returns what undo needs: the
        new figures' ids, the figures replaced, the new check-ins' ids and the check-ins replaced."""
        with self._writing():
            ids, replaced = self._put_observations(observations)
            replaced_checkins: list[CheckIn] = []
            for c in checkins:
                old = self.db.execute(f"{self._CHECKIN_COLUMNS} WHERE goal_id = ? AND date = ?",
                                      [c.goal_id, c.date.isoformat()]).fetchone()
                if old is not None:
                    replaced_checkins.append(rowsmod.checkin(dict(zip(("id", "goal_id", "date", "confidence",
                                                                       "note"), old))))
                    self.db.execute("DELETE FROM checkins WHERE id = ?", [old[0]])
            checkin_ids = self._insert_checkins(checkins)
            self._touch()
        return ids, replaced, checkin_ids, replaced_checkins

    def undo_check_in(self, figure_ids: Sequence[int], figures: Sequence[Observation], checkin_ids: Sequence[int],
                      checkins: Sequence[CheckIn]) -> None:
        """Take a check-in back in one transaction: remove its figures and records, put back those they
        replaced."""
        with self._writing():
            self.db.conn.executemany("DELETE FROM observations WHERE id = ?", [(i,) for i in figure_ids])
            self.db.conn.executemany("DELETE FROM checkins WHERE id = ?", [(i,) for i in checkin_ids])
            self._insert_observations(figures)
            self._insert_checkins(checkins)
            self._touch()
