"""What every wizard page shares: an inline message saying why Next is disabled,
and the realism findings that concern the page's own fields."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QVBoxLayout, QWizardPage

from planner.ui.findings_view import FindingsPanel
from planner.ui.wizard.fields import InlineMessage

if TYPE_CHECKING:
    from planner.ui.wizard.goal_wizard import GoalWizard


class GoalPage(QWizardPage):
    #: codes of the realism findings shown inline on this page
    FINDINGS: frozenset[str] = frozenset()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.body = QVBoxLayout()
        self.message = InlineMessage()
        self.message.hide()
        self.inline_findings = FindingsPanel()
        outer = QVBoxLayout(self)
        outer.addLayout(self.body, 1)
        outer.addWidget(self.message)
        outer.addWidget(self.inline_findings)

    def goal_wizard(self) -> GoalWizard:
        return self.wizard()  # type: ignore[return-value]

    def problem(self) -> str:
        """Why the page cannot be left yet, in words; empty when it can."""
        return ""

    def contribute(self, fields: dict[str, Any]) -> None:
        """Add this page's fields to the draft goal."""

    def isComplete(self) -> bool:
        problem = self.problem()
        self.message.say(problem)
        return not problem

    def initializePage(self) -> None:
        self.goal_wizard().draft_changed(self)

    def validatePage(self) -> bool:
        """Refuse to leave the page while it has a problem (also when next() is called directly)."""
        return self.isComplete()

    def changed(self) -> None:
        """Any field changed: re-check the page, and let the wizard refresh its findings."""
        self.completeChanged.emit()
        wizard = self.wizard()
        if wizard is not None:
            self.goal_wizard().draft_changed()

    def show_findings(self, findings: list) -> None:
        self.inline_findings.show_findings([f for f in findings if f.code in self.FINDINGS])
