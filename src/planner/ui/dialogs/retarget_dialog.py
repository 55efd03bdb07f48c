"""What "Use this" changes before it changes it: the target, the title and statement, the milestones.

The domain (``retarget``) rewrites the old target wherever the title and the
statement write it; the owner sees the result, can edit both, is told when
the old target was not found in them, and chooses whether milestones beyond
the new target are rescaled or dropped.  Accepting makes one undo step.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.goals import Goal
from planner.domain.retarget import MilestoneRule, retarget
from planner.ui.bidi import text_direction
from planner.ui.dialogs import ask
from planner.ui.formatting import fill, format_date, format_value
from planner.ui.style import emphasize


class RetargetDialog(QDialog):
    def __init__(self, goal: Goal, target: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Use the suggested target"))
        self.setMinimumWidth(520)
        self.goal, self.target = goal, target
        change = retarget(goal, target)
        self.change = change
        kpi = goal.kpi_def
        old, new = format_value(kpi, goal.target, goal.currency), format_value(kpi, target, goal.currency)
        heading = QLabel(fill(self.tr("The target becomes %1 (it was %2)."), new, old))
        heading.setWordWrap(True)
        emphasize(heading)
        self.title = QLineEdit(change.after.title)
        self.title.setObjectName("retargetTitle")
        self.title.setLayoutDirection(text_direction(change.after.title, self.layoutDirection()))
        self.statement = QPlainTextEdit(change.after.statement)
        self.statement.setObjectName("retargetStatement")
        self.statement.setTabChangesFocus(True)
        self.statement.setMaximumHeight(90)
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        if not change.title_found:
            form.addRow("", self._note(fill(self.tr("The title does not write %1: check that it still says what "
                                                    "the goal is."), old)))
        form.addRow(self.tr("&Statement"), self.statement)
        if goal.statement.strip() and not change.statement_found:
            form.addRow("", self._note(fill(self.tr("The statement does not write %1: check its numbers."), old)))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        self.rules = QButtonGroup(self)
        if change.beyond:
            listed = "\n".join(f"{format_date(m.date)}: {format_value(kpi, m.value, goal.currency)} {m.label}".strip()
                               for m in change.beyond)
            layout.addWidget(QLabel(fill(self.tr("Milestones beyond %1:"), new)))
            layout.addWidget(self._note(listed))
            for rule, caption in ((MilestoneRule.RESCALE, self.tr("&Rescale them: each keeps its place on the way "
                                                                  "to the target")),
                                  (MilestoneRule.DROP, self.tr("&Drop them"))):
                button = QRadioButton(caption)
                button.setObjectName(f"milestones_{rule.value}")
                button.setChecked(rule is MilestoneRule.RESCALE)
                self.rules.addButton(button)
                button.setProperty("rule", rule.value)
                layout.addWidget(button)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Use this target"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.title.textChanged.connect(self._title_changed)
        layout.addWidget(self.buttons)

    @staticmethod
    def _note(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet("color: #8d4f00;")
        return label

    def _title_changed(self, title: str) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(title.strip()))

    def rule(self) -> MilestoneRule:
        checked = self.rules.checkedButton()
        return MilestoneRule(checked.property("rule")) if checked else MilestoneRule.RESCALE

    def result_goal(self) -> Goal:
        """The goal as the dialog now describes it."""
        after = retarget(self.goal, self.target, self.rule()).after
        return replace(after, title=self.title.text().strip(), statement=self.statement.toPlainText().strip())

    @classmethod
    def ask(cls, parent: QWidget | None, goal: Goal, target: float) -> Goal | None:
        """The goal with *target* and what follows it, once the owner has agreed; None when cancelled."""
        dialog = cls(goal, target, parent)
        return dialog.result_goal() if ask.run_dialog(dialog) else None
