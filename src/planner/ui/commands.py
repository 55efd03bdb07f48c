"""Undoable edits: each user change to the plan is one QUndoCommand.

A command's redo() writes through the document (one transaction) and its
undo() writes the exact inverse, so Edit > Undo restores the plan file, not
just the screen.  The stack belongs to the document and dies with it.

A step whose write fails (a full disk) did not happen: the command makes
itself obsolete, which QUndoStack answers by dropping it (and, when a redo
failed, the steps after it, which built on it are dropped too).  So the
stack always holds what the file holds; the document says what failed.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack

from planner.domain.checkins import CheckIn
from planner.domain.goals import Goal, Observation
from planner.domain.review import Schedule
from planner.domain.seasons import Season
from planner.store.repository import PlanMeta
from planner.ui.document import EditFailed, PlanDocument
from planner.ui.formatting import counted, fill


class PlanCommand(QUndoCommand):
    """One user action on the plan; subclasses write in ``_redo`` and ``_undo`` (one transaction each)."""

    document: PlanDocument

    def redo(self) -> None:
        try:
            self._redo()
        except EditFailed:
            self.setObsolete(True)
            stack = self.document.undo_stack
            QTimer.singleShot(0, lambda: _drop_redo_steps(stack))

    def undo(self) -> None:
        try:
            self._undo()
        except EditFailed:
            self.setObsolete(True)  # the step stays done in the file: it leaves the stack as done

    def _redo(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError


class _Nothing(QUndoCommand):
    def redo(self) -> None:
        self.setObsolete(True)


def _drop_redo_steps(stack: QUndoStack) -> None:
    """Forget the steps that could be redone: pushing a step that did nothing is how QUndoStack does it."""
    try:
        if stack.index() < stack.count():
            stack.push(_Nothing())
    except RuntimeError:  # the stack went with its plan meanwhile
        pass



class AddGoal(PlanCommand):
    """A new goal (from the wizard or a duplicate); undo removes it, redo puts it back with the same id."""

    def __init__(self, document: PlanDocument, goal: Goal, observations: list[Observation] | None = None,
                 text: str = "") -> None:
        super().__init__(text or fill(QCoreApplication.translate("commands", "Create goal “%1”"), goal.title))
        self.document = document
        self.goal = goal
        self.observations = observations or []
        self.checkins: list = []
        self.goal_id: int | None = None

    def _redo(self) -> None:
        saved = self.document.add_goal(replace(self.goal, id=self.goal_id), self.observations, self.checkins)
        self.goal_id = saved.id
        self.goal = saved

    def _undo(self) -> None:
        assert self.goal_id is not None
        self.goal, self.observations, self.checkins = self.document.delete_goal(self.goal_id)


class ImportGoals(PlanCommand):
    """The goals of a plan JSON file, already added by a worker in one transaction; undo removes them all,
    redo puts them back with the same ids (so an undo further down the stack never meets an id taken by an
    import)."""

    def __init__(self, document: PlanDocument, added: list[Goal], source_name: str) -> None:
        super().__init__(fill(QCoreApplication.translate("commands", "Import %1 from %2"),
                              counted("goals", len(added)), source_name))
        self.document = document
        self.ids = [g.id for g in added]
        self.removed: list[tuple[Goal, list[Observation], list]] = []

    def _redo(self) -> None:
        if not self.removed:  # the worker has written them already
            self.document.goals_imported()
            return
        for goal, observations, checkins in self.removed:
            self.document.add_goal(goal, observations, checkins)
        self.removed = []

    def _undo(self) -> None:
        self.removed = [self.document.delete_goal(goal_id) for goal_id in reversed(self.ids)][::-1]


class EditGoal(PlanCommand):
    def __init__(self, document: PlanDocument, before: Goal, after: Goal, text: str = "") -> None:
        super().__init__(text or fill(QCoreApplication.translate("commands", "Edit goal “%1”"), after.title))
        self.document = document
        self.before = before
        self.after = after
        self.goal_id = before.id

    def _redo(self) -> None:
        self.document.update_goal(self.after)

    def _undo(self) -> None:
        self.document.update_goal(self.before)


class DeleteGoal(PlanCommand):
    """Removes a goal with its figures and check-ins; undo restores them all, with the same ids."""

    def __init__(self, document: PlanDocument, goal_id: int) -> None:
        super().__init__(fill(QCoreApplication.translate("commands", "Delete goal “%1”"), document.goal(goal_id).title))
        self.document = document
        self.goal_id = goal_id
        self.removed: tuple[Goal, list[Observation], list] | None = None

    def _redo(self) -> None:
        self.removed = self.document.delete_goal(self.goal_id)

    def _undo(self) -> None:
        assert self.removed is not None
        self.document.add_goal(*self.removed)


class ArchiveGoal(PlanCommand):
    def __init__(self, document: PlanDocument, goal_id: int, archived: bool) -> None:
        title = document.goal(goal_id).title
        super().__init__(fill(QCoreApplication.translate("commands", "Archive goal “%1”") if archived else QCoreApplication.translate("commands", "Restore goal “%1”"), title))
        self.document = document
        self.goal_id = goal_id
        self.archived = archived

    def _redo(self) -> None:
        self.document.set_archived(self.goal_id, self.archived)

    def _undo(self) -> None:
        self.document.set_archived(self.goal_id, not self.archived)


class PutFigures(PlanCommand):
    """Figures added by hand or pasted; undo removes them and restores any they replaced."""

    def __init__(self, document: PlanDocument, goal_id: int, observations: list[Observation]) -> None:
        super().__init__(fill(QCoreApplication.translate("commands", "Add %1"), counted("figures", len(observations))))
        self.document = document
        self.goal_id = goal_id
        self.observations = observations
        self.ids: list[int] = []
        self.replaced: list[Observation] = []

    def _redo(self) -> None:
        with_ids = [replace(o, id=i) for o, i in zip(self.observations, self.ids, strict=True)] if self.ids \
            else self.observations
        self.ids, self.replaced = self.document.put_figures(self.goal_id, with_ids)

    def _undo(self) -> None:
        self.document.delete_figures(self.goal_id, self.ids, self.replaced)


class EditFigure(PlanCommand):
    def __init__(self, document: PlanDocument, before: Observation, after: Observation) -> None:
        super().__init__(QCoreApplication.translate("commands", "Edit a figure"))
        self.document = document
        self.before = before
        self.after = after
        self.goal_id = before.goal_id

    def _redo(self) -> None:
        self.document.update_figure(self.after)

    def _undo(self) -> None:
        self.document.update_figure(self.before)


class DeleteFigures(PlanCommand):
    def __init__(self, document: PlanDocument, goal_id: int, ids: list[int]) -> None:
        super().__init__(fill(QCoreApplication.translate("commands", "Delete %1"), counted("figures", len(ids))))
        self.document = document
        self.goal_id = goal_id
        self.ids = ids
        self.removed: list[Observation] = []

    def _redo(self) -> None:
        self.removed = self.document.delete_figures(self.goal_id, self.ids)

    def _undo(self) -> None:
        self.document.restore_figures(self.goal_id, self.removed)


class ImportFigures(PlanCommand):
    """An import already written by a worker; undo removes its rows (by their import stamp), puts back the
    figures it replaced and, when the import added platforms to the goal, the goal as it was."""

    def __init__(self, document: PlanDocument, goal_id: int, preview, on_duplicate, imported_at: datetime,
                 written: int, replaced: list[Observation], others=None, goal_before: Goal | None = None) -> None:
        super().__init__(fill(QCoreApplication.translate("commands", "Import %1 from %2"), counted("figures", written),
                              preview.source.path.name))
        self.document = document
        self.goal_id = goal_id
        self.preview = preview
        self.on_duplicate = on_duplicate
        self.imported_at = imported_at
        self.replaced = replaced
        self.others = others
        self.goal_before = goal_before  # set when the import added platforms to the goal
        self._first = True

    def _redo(self) -> None:
        if self._first:  # the worker has written it already
            self._first = False
            self.document.figures_imported(self.goal_id, goal_changed=self.goal_before is not None)
            return
        self.replaced = self.document.import_again(self.goal_id, self.preview, self.on_duplicate, self.imported_at,
                                                   self.others)

    def _undo(self) -> None:
        self.document.remove_import(self.goal_id, self.imported_at, self.replaced, self.goal_before)


class SetBusiness(PlanCommand):
    """Plan > Business details: the business's name, logo, currency, colour and report language."""

    goal_id = None  # changes no goal

    def __init__(self, document: PlanDocument, before: PlanMeta, after: PlanMeta) -> None:
        super().__init__(QCoreApplication.translate("commands", "Change the business details"))
        self.document = document
        self.before = before
        self.after = after

    def _redo(self) -> None:
        self.document.set_business(self.after)

    def _undo(self) -> None:
        self.document.set_business(self.before)


class CheckInGoals(PlanCommand):
    """Goal > Check in: the figures typed for every goal and their check-in records, one step; undo takes
    them all back and puts back what they replaced."""

    def __init__(self, document: PlanDocument, observations: list[Observation], checkins: list[CheckIn]) -> None:
        goals = {o.goal_id for o in observations} | {c.goal_id for c in checkins}
        super().__init__(fill(QCoreApplication.translate("commands", "Check in on %1"), counted("goals", len(goals))))
        self.document = document
        self.goal_ids = goals
        self.goal_id = next(iter(goals)) if len(goals) == 1 else None  # undo shows the goal when it is one
        self.observations = observations
        self.checkins = checkins
        self.ids: list[int] = []
        self.checkin_ids: list[int] = []
        self.replaced: list[Observation] = []
        self.replaced_checkins: list[CheckIn] = []

    def _redo(self) -> None:
        observations = ([replace(o, id=i) for o, i in zip(self.observations, self.ids, strict=True)] if self.ids
                        else self.observations)
        checkins = ([replace(c, id=i) for c, i in zip(self.checkins, self.checkin_ids, strict=True)]
                    if self.checkin_ids else self.checkins)
        self.ids, self.replaced, self.checkin_ids, self.replaced_checkins = self.document.check_in(
            observations, checkins)

    def _undo(self) -> None:
        self.document.undo_check_in(self.ids, self.replaced, self.checkin_ids, self.replaced_checkins,
                                    self.goal_ids)


class SetSeasons(PlanCommand):
    """Plan > Seasons: the plan's seasons, all at once."""

    goal_id = None  # changes every goal's line, not one goal

    def __init__(self, document: PlanDocument, before: list[Season], after: list[Season]) -> None:
        super().__init__(QCoreApplication.translate("commands", "Change the seasons"))
        self.document = document
        self.before = before
        self.after = after

    def _redo(self) -> None:
        self.document.set_seasons(self.after)

    def _undo(self) -> None:
        self.document.set_seasons(self.before)


class SetReviewSchedule(PlanCommand):
    """View > Preferences: the plan's review day and time."""

    goal_id = None

    def __init__(self, document: PlanDocument, before: Schedule, after: Schedule) -> None:
        super().__init__(QCoreApplication.translate("commands", "Change the review day"))
        self.document = document
        self.before = before
        self.after = after

    def _redo(self) -> None:
        self.document.set_schedule(self.after)

    def _undo(self) -> None:
        self.document.set_schedule(self.before)
