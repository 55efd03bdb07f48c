"""Undoable edits: each user change to the plan is one QUndoCommand.

A command's redo() writes through the document (one transaction) and its
undo() writes the exact inverse, so Edit > Undo restores the plan file, not
just the screen.  The stack belongs to the document and dies with it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from planner.domain.goals import Goal, Observation
from planner.ui.document import PlanDocument
from planner.ui.formatting import fill



class AddGoal(QUndoCommand):
    """A new goal (from the wizard or a duplicate); undo removes it, redo puts it back with the same id."""

    def __init__(self, document: PlanDocument, goal: Goal, observations: list[Observation] | None = None,
                 text: str = "") -> None:
        super().__init__(text or fill(QCoreApplication.translate("commands", "Create goal “%1”"), goal.title))
        self.document = document
        self.goal = goal
        self.observations = observations or []
        self.goal_id: int | None = None

    def redo(self) -> None:
        saved = self.document.add_goal(replace(self.goal, id=self.goal_id), self.observations)
        self.goal_id = saved.id
        self.goal = saved

    def undo(self) -> None:
        assert self.goal_id is not None
        self.goal, self.observations = self.document.delete_goal(self.goal_id)


class EditGoal(QUndoCommand):
    def __init__(self, document: PlanDocument, before: Goal, after: Goal) -> None:
        super().__init__(fill(QCoreApplication.translate("commands", "Edit goal “%1”"), after.title))
        self.document = document
        self.before = before
        self.after = after

    def redo(self) -> None:
        self.document.update_goal(self.after)

    def undo(self) -> None:
        self.document.update_goal(self.before)


class DeleteGoal(QUndoCommand):
    """Removes a goal with its figures; undo restores both, with the same ids."""

    def __init__(self, document: PlanDocument, goal_id: int) -> None:
        super().__init__(fill(QCoreApplication.translate("commands", "Delete goal “%1”"), document.goal(goal_id).title))
        self.document = document
        self.goal_id = goal_id
        self.removed: tuple[Goal, list[Observation]] | None = None

    def redo(self) -> None:
        self.removed = self.document.delete_goal(self.goal_id)

    def undo(self) -> None:
        assert self.removed is not None
        goal, observations = self.removed
        self.document.add_goal(goal, observations)


class ArchiveGoal(QUndoCommand):
    def __init__(self, document: PlanDocument, goal_id: int, archived: bool) -> None:
        title = document.goal(goal_id).title
        super().__init__(fill(QCoreApplication.translate("commands", "Archive goal “%1”") if archived else QCoreApplication.translate("commands", "Restore goal “%1”"), title))
        self.document = document
        self.goal_id = goal_id
        self.archived = archived

    def redo(self) -> None:
        self.document.set_archived(self.goal_id, self.archived)

    def undo(self) -> None:
        self.document.set_archived(self.goal_id, not self.archived)


class PutFigures(QUndoCommand):
    """Figures added by hand or pasted; undo removes them and restores any they replaced."""

    def __init__(self, document: PlanDocument, goal_id: int, observations: list[Observation]) -> None:
        super().__init__(fill(QCoreApplication.translate("commands", "Add %1 figures"), str(len(observations))) if len(observations) != 1
                         else QCoreApplication.translate("commands", "Add a figure"))
        self.document = document
        self.goal_id = goal_id
        self.observations = observations
        self.ids: list[int] = []
        self.replaced: list[Observation] = []

    def redo(self) -> None:
        with_ids = [replace(o, id=i) for o, i in zip(self.observations, self.ids, strict=True)] if self.ids \
            else self.observations
        self.ids, self.replaced = self.document.put_figures(self.goal_id, with_ids)

    def undo(self) -> None:
        self.document.delete_figures(self.goal_id, self.ids)
        if self.replaced:
            self.document.restore_figures(self.goal_id, self.replaced)


class EditFigure(QUndoCommand):
    def __init__(self, document: PlanDocument, before: Observation, after: Observation) -> None:
        super().__init__(QCoreApplication.translate("commands", "Edit a figure"))
        self.document = document
        self.before = before
        self.after = after

    def redo(self) -> None:
        self.document.update_figure(self.after)

    def undo(self) -> None:
        self.document.update_figure(self.before)


class DeleteFigures(QUndoCommand):
    def __init__(self, document: PlanDocument, goal_id: int, ids: list[int]) -> None:
        super().__init__(fill(QCoreApplication.translate("commands", "Delete %1 figures"), str(len(ids))) if len(ids) != 1 else QCoreApplication.translate("commands", "Delete a figure"))
        self.document = document
        self.goal_id = goal_id
        self.ids = ids
        self.removed: list[Observation] = []

    def redo(self) -> None:
        self.removed = self.document.delete_figures(self.goal_id, self.ids)

    def undo(self) -> None:
        self.document.restore_figures(self.goal_id, self.removed)


class ImportFigures(QUndoCommand):
    """An import already written by a worker; undo removes its rows (by their import stamp), puts back the
    figures it replaced and, when the import added platforms to the goal, the goal as it was."""

    def __init__(self, document: PlanDocument, goal_id: int, preview, on_duplicate, imported_at: datetime,
                 written: int, replaced: list[Observation], others=None, goal_before: Goal | None = None) -> None:
        super().__init__(fill(QCoreApplication.translate("commands", "Import %1 figures from %2"), str(written), preview.source.path.name))
        self.document = document
        self.goal_id = goal_id
        self.preview = preview
        self.on_duplicate = on_duplicate
        self.imported_at = imported_at
        self.replaced = replaced
        self.others = others
        self.goal_before = goal_before  # set when the import added platforms to the goal
        self._first = True

    def redo(self) -> None:
        if self._first:  # the worker has written it already
            self._first = False
            self.document.figures_imported(self.goal_id, goal_changed=self.goal_before is not None)
            return
        self.replaced = self.document.import_again(self.goal_id, self.preview, self.on_duplicate, self.imported_at,
                                                   self.others)

    def undo(self) -> None:
        self.document.remove_import(self.goal_id, self.imported_at, self.replaced, self.goal_before)
