"""What every wizard page shares: a message saying why the page cannot be left yet, a notice
for what the wizard filled in by itself, and the realism findings that concern the page's fields.

A problem is shown once the field it concerns has been left, or once Next
is pressed, never before the owner has typed anything: Next is always
offered, and says why it cannot go on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget, QWizardPage

from planner.ui.findings_view import FindingsPanel
from planner.ui.wizard.fields import InlineMessage

if TYPE_CHECKING:
    from planner.ui.wizard.goal_wizard import GoalWizard

NOTICE_STYLE = {"info": "color: #0d47a1;", "warning": "color: #8a4b00; font-weight: 600;"}


class GoalPage(QWizardPage):
    #: codes of the realism findings shown inline on this page
    FINDINGS: frozenset[str] = frozenset()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.body = QVBoxLayout()
        self.message = InlineMessage()
        self.message.hide()
        self.notice = QLabel()
        self.notice.setObjectName("pageNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.hide()
        self.inline_findings = FindingsPanel()
        outer = QVBoxLayout(self)
        outer.addLayout(self.body, 1)
        outer.addWidget(self.notice)
        outer.addWidget(self.message)
        outer.addWidget(self.inline_findings)
        self.visited: set[QWidget] = set()
        self.tried = False  # Next (or Finish) was pressed on this page
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.connect(self._focus_changed)

    def goal_wizard(self) -> GoalWizard:
        return self.wizard()  # type: ignore[return-value]

    def problems(self) -> list[tuple[QWidget, str]]:
        """Why the page cannot be left yet: (the field concerned, the reason in words); empty when it can."""
        return []

    def problem(self) -> str:
        """The first reason the page cannot be left yet ("" when it can)."""
        found = self.problems()
        return found[0][1] if found else ""

    def shown_problem(self) -> str:
        """The first problem the owner has met: in a field they have left, or any once Next was pressed."""
        for widget, text in self.problems():
            if self.tried or any(widget is w or widget.isAncestorOf(w) for w in self.visited):
                return text
        return ""

    def contribute(self, fields: dict[str, Any]) -> None:
        """Add this page's fields to the draft goal."""

    def say(self, text: str, kind: str = "info") -> None:
        """A line about what the wizard did or noticed (not an error): "Ticked Instagram …"."""
        self.notice.setText(text)
        self.notice.setStyleSheet(NOTICE_STYLE[kind])
        self.notice.setVisible(bool(text))

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        """Next is always offered: pressing it says what is missing (validatePage)."""
        self.message.say(self.shown_problem())
        return True

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.goal_wizard().draft_changed(self)

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        """Refuse to leave the page while it has a problem, and say which (also when next() is called directly)."""
        self.tried = True
        self.message.say(self.shown_problem())
        return not self.problem()

    def _focus_changed(self, old: QWidget | None, _new: QWidget | None) -> None:
        if not self.isVisible() or not hasattr(self.wizard(), "pages"):  # not shown, or its wizard is going
            return
        if old is not None and self.isAncestorOf(old) and old not in self.visited:
            self.visited.add(old)
            self.message.say(self.shown_problem())

    def changed(self) -> None:
        """Any field changed: re-check the page, and let the wizard refresh its findings."""
        self.message.say(self.shown_problem())
        self.completeChanged.emit()
        wizard = self.wizard()
        if wizard is not None:
            self.goal_wizard().draft_changed()

    def show_findings(self, findings: list) -> None:
        self.inline_findings.show_findings([f for f in findings if f.code in self.FINDINGS])
