"""The open plan as the window sees it: cached goals and figures, signals, undo.

Views never write: they ask the document, which writes through the store's
repository (one transaction per edit), refreshes its cache and announces
what changed, so only the affected views redraw.  Every edit is a
QUndoCommand on the document's undo stack, which lives as long as the
document (the session): undo never outlives the window's plan.

A write the file refuses (a full disk) leaves the plan as it was: the
document re-reads it, says so (``writeFailed``) and raises EditFailed, which
the undo commands turn into "this step did not happen", so the undo stack
only ever holds steps that are in the file.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from planner.domain import change, realism, review, verdict
from planner.domain.checkins import CheckIn
from planner.domain.forecast import Forecast, forecast
from planner.domain.goals import Goal, Observation
from planner.domain.review import Schedule
from planner.domain.seasons import Season
from planner.store import plan_file
from planner.store.repository import PlanMeta, Repository


class EditFailed(Exception):
    """A change that could not be written; the plan (and the document) are as they were."""


class PlanDocument(QObject):
    goalsChanged = Signal()  # goals were added, removed or edited
    figuresChanged = Signal(int)  # the figures of one goal changed (its id)
    metaChanged = Signal()
    writeFailed = Signal(str)  # a change was not saved: why, in words

    def __init__(self, pf: plan_file.PlanFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.file = pf
        self.repo = Repository(pf.db)
        self.undo_stack = QUndoStack(self)
        self._today: date | None = None
        self._goals: list[Goal] = []
        self._figures: dict[int, list[Observation]] = {}
        self._checkins: dict[int, list[CheckIn]] = {}
        self._seasons: list[Season] = []
        self._schedule = Schedule()
        #: forecast, findings, verdict and suggestion per goal, each computed once; keyed by the
        #: (immutable) goal, dropped when its figures or today change
        self._derived: dict[tuple[str, Goal], object] = {}
        self.reload()

    # -- identity --------------------------------------------------------
    @property
    def path(self) -> Path:
        return self.file.path

    @property
    def read_only(self) -> bool:
        return self.file.read_only

    def meta(self) -> PlanMeta:
        return self._meta

    def today(self) -> date:
        """Today's date; tests pin it so verdicts do not depend on the calendar."""
        return self._today or date.today()

    def set_today(self, day: date | None) -> None:
        self._today = day
        self._derived.clear()
        self.goalsChanged.emit()

    # -- reading ---------------------------------------------------------
    def reload(self) -> None:
        self._derived.clear()
        self._meta = self.repo.meta()
        self._goals = self.repo.goals()
        self._figures = self.repo.observations_by_goal()
        self._checkins = self.repo.checkins_by_goal()
        # what the plan holds that cannot be read (left out of the window, untouched in the file)
        self.read_problems = list(self.repo.read_problems)
        self._seasons = list(self._goals[0].seasons) if self._goals else self.repo.seasons()
        self._schedule = self.repo.review_schedule()

    def goals(self, include_archived: bool = True) -> list[Goal]:
        return [g for g in self._goals if include_archived or not g.archived]

    def goal(self, goal_id: int) -> Goal:
        for g in self._goals:
            if g.id == goal_id:
                return g
        raise KeyError(f"no goal {goal_id} in {self.path}")

    def has_goal(self, goal_id: int) -> bool:
        return any(g.id == goal_id for g in self._goals)

    def observations(self, goal_id: int) -> list[Observation]:
        return self._figures.get(goal_id, [])

    def checkins(self, goal_id: int) -> list[CheckIn]:
        return self._checkins.get(goal_id, [])

    def seasons(self) -> list[Season]:
        return self._seasons

    def schedule(self) -> Schedule:
        """The plan's review day and time."""
        return self._schedule

    def review(self, goal: Goal) -> review.Ask | None:
        """What a check-in asks of *goal* today: due, late, the period (None: the goal is not reviewed)."""
        return self._cached("review", goal, lambda g, o, t: review.ask(g, o, t, self._schedule.day))

    def period_change(self, goal: Goal) -> change.PeriodChange | None:
        """The goal's last complete period against the one before and a year before."""
        return self._cached("change", goal, change.period_change)

    def _cached(self, what: str, goal: Goal, compute):
        """*what* for *goal*, computed once until its figures, the goal or today change."""
        key = (what, goal)
        if key not in self._derived:
            self._derived[key] = compute(goal, self.observations(goal.id or -1), self.today())
        return self._derived[key]

    def forecast(self, goal: Goal) -> Forecast:
        return self._cached("forecast", goal, forecast)

    def assessment(self, goal: Goal) -> verdict.Assessment:
        """The verdict on *goal*, its sentence and pace facts: what every view shows."""
        return self._cached("assessment", goal,
                            lambda g, o, t: verdict.assess(g, o, t, self.forecast(g), self.findings(g)))

    def findings(self, goal: Goal) -> list[realism.Finding]:
        """What the realism engine says about *goal*, worst first."""
        return self._cached("findings", goal, lambda g, o, t: realism.check(g, o, t, fc=self.forecast(g),
                                                                            plan=self._goals))

    def suggestion(self, goal: Goal) -> realism.Suggestion | None:
        return self._cached("suggestion", goal, lambda g, o, t: realism.suggest_target(g, o, t, fc=self.forecast(g)))

    # -- writing (called by undo commands) -------------------------------
    def _goals_written(self) -> None:
        self.reload()
        self.goalsChanged.emit()

    def _figures_written(self, goal_id: int, announce: bool = True) -> None:
        self._figures[goal_id] = self.repo.observations(goal_id)
        self._checkins[goal_id] = self.repo.checkins(goal_id)
        self._derived = {k: v for k, v in self._derived.items() if k[1].id != goal_id}
        self.figuresChanged.emit(goal_id)
        if announce:
            self.goalsChanged.emit()  # that goal's verdict and progress changed

    def latest_value(self, kpi_id: str, platforms: tuple[str, ...] = ()) -> float | None:
        """The newest figure any goal of this plan recorded for *kpi_id* (on these platforms if given).

        The wizard offers it as the baseline of a new goal: the owner's own
        statistics are the best starting point (DOMAIN.md section 4).
        """
        best = None
        for goal in self._goals:
            if goal.kpi != kpi_id:
                continue
            for obs in self.observations(goal.id or -1):
                if platforms and obs.platform is not None and obs.platform not in platforms:
                    continue
                if best is None or obs.date > best.date:
                    best = obs
        return best.value if best else None

    def set_business(self, meta: PlanMeta) -> None:
        """Store the business details (name, logo, currency, colour, report language)."""
        self._meta = self.run_write(self.repo.set_business, meta)
        self.metaChanged.emit()

    def run_write(self, write, *args, **kwargs):
        """*write(*args, **kwargs)* on the repository; on any failure: re-read, say it, raise EditFailed."""
        try:
            return write(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - whatever refused the write, the plan is as it was
            message = str(exc) or type(exc).__name__
            self.reload()
            self.goalsChanged.emit()
            self.writeFailed.emit(message)
            raise EditFailed(message) from exc

    def add_goal(self, goal: Goal, observations: list[Observation] | None = None, checkins=()) -> Goal:
        saved = self.run_write(self.repo.add_goal, goal, observations or [], checkins)
        self._goals_written()
        return saved

    def goals_imported(self) -> None:
        """Goals added on a worker thread (its own connection) have landed: re-read them and the business
        details they may have filled in."""
        self._goals_written()
        self.metaChanged.emit()

    def update_goal(self, goal: Goal) -> Goal:
        saved = self.run_write(self.repo.update_goal, goal)
        self._goals_written()
        return saved

    def delete_goal(self, goal_id: int) -> tuple[Goal, list[Observation], list]:
        removed = self.run_write(self.repo.delete_goal, goal_id)
        self._goals_written()
        return removed

    def set_archived(self, goal_id: int, archived: bool) -> None:
        self.run_write(self.repo.set_archived, goal_id, archived)
        self._goals_written()

    def put_figures(self, goal_id: int, observations: list[Observation]) -> tuple[list[int], list[Observation]]:
        result = self.run_write(self.repo.put_observations, observations)
        self._figures_written(goal_id)
        return result

    def update_figure(self, obs: Observation) -> None:
        self.run_write(self.repo.update_observation, obs)
        self._figures_written(obs.goal_id)

    def delete_figures(self, goal_id: int, ids: list[int], restore: list[Observation] | None = None
                       ) -> list[Observation]:
        """Remove figures by id, putting back *restore* in the same transaction (undoing a paste)."""
        removed = self.run_write(self.repo.delete_observations, ids, restore or [])
        self._figures_written(goal_id)
        return removed

    def restore_figures(self, goal_id: int, observations: list[Observation]) -> None:
        self.run_write(self.repo.add_observations, observations)
        self._figures_written(goal_id)

    def remove_import(self, goal_id: int, imported_at: datetime, restore: list[Observation],
                      goal_before: Goal | None = None) -> None:
        """Take an import back in one transaction, with the goal's platforms as they were before it."""
        from planner.exchange import figures_import  # the importers load on first use

        self.run_write(figures_import.undo, self.repo, goal_id, imported_at, restore, goal_before)
        if goal_before is not None:
            self._goals_written()
        self._figures_written(goal_id)

    def import_again(self, goal_id: int, preview, on_duplicate, imported_at: datetime, others) -> list[Observation]:
        """Redo of an import: write the previewed figures again (one transaction); the figures replaced."""
        from planner.exchange import figures_import

        _, replaced = self.run_write(figures_import.write, self.repo, goal_id, preview, on_duplicate, imported_at,
                                     others=others or figures_import.Others.REFUSE)
        self.figures_imported(goal_id, goal_changed=others is figures_import.Others.ADD and bool(preview.foreign))
        return replaced

    def figures_imported(self, goal_id: int, goal_changed: bool = False) -> None:
        """An import written on a worker thread (its own connection) has landed: re-read."""
        if goal_changed:
            self._goals_written()
        self._figures_written(goal_id)

    def check_in(self, observations: list[Observation], checkins: list[CheckIn]):
        """Figures and check-in records of a check-in, in one transaction; what undo needs."""
        result = self.run_write(self.repo.check_in, observations, checkins)
        self._checked_in({o.goal_id for o in observations} | {c.goal_id for c in checkins})
        return result

    def undo_check_in(self, figure_ids: list[int], figures: list[Observation], checkin_ids: list[int],
                      checkins: list[CheckIn], goal_ids: set[int]) -> None:
        self.run_write(self.repo.undo_check_in, figure_ids, figures, checkin_ids, checkins)
        self._checked_in(goal_ids)

    def _checked_in(self, goal_ids: set[int]) -> None:
        for goal_id in sorted(goal_ids):
            self._figures_written(goal_id, announce=False)
        self.goalsChanged.emit()

    def set_seasons(self, seasons: list[Season]) -> None:
        """The plan's seasons: every goal's line, forecast and verdict change with them."""
        self.run_write(self.repo.set_seasons, seasons)
        self._goals_written()

    def set_schedule(self, schedule: Schedule) -> None:
        """The plan's review day and time: which goals are due changes with it."""
        self._schedule = self.run_write(self.repo.set_review_schedule, schedule)
        self._derived = {k: v for k, v in self._derived.items() if k[0] != "review"}
        self.metaChanged.emit()
        self.goalsChanged.emit()

    def close(self) -> None:
        self.undo_stack.clear()
        self.file.close()


def rewire(old: PlanDocument | None, new: PlanDocument | None, **slots) -> PlanDocument | None:
    """Move *slots* (signal name -> slot) from *old*'s signals to *new*'s: what every view does
    when the window opens another plan.  Returns *new*."""
    for signal, slot in slots.items():
        if old is not None:
            getattr(old, signal).disconnect(slot)
        if new is not None:
            getattr(new, signal).connect(slot)
    return new
