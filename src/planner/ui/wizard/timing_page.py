"""Page 5, time-bound: start, deadline, the shape of the target line, milestones."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QWidget,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QVBoxLayout,
)

from planner.domain.goals import MAX_LABEL, Milestone, Shape
from planner.ui.date_field import DateField
from planner.ui.describe import shape_text
from planner.ui.formatting import fill, format_date, format_number
from planner.ui.icons import icon
from planner.ui.wizard import statement_hints
from planner.ui.wizard.base import NOTICE_STYLE, GoalPage
from planner.ui.wizard.fields import NumberEdit


class TimingPage(GoalPage):
    FINDINGS = frozenset({"deadline_past", "too_short", "too_long", "off_track"})

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("By when?"))
        self.setSubTitle(self.tr("A goal without a deadline is not a goal. Social media is a marathon, not a "
                                 "sprint: very short deadlines for big changes are suspect, and long ones need "
                                 "milestones."))
        self.start = DateField(name="start")
        self.deadline = DateField(name="deadline")
        self.linear = QRadioButton(self.tr("&Even: the same rise in every period"))
        self.linear.setObjectName("shapeLinear")
        self.growth = QRadioButton(self.tr("Steady &percentage growth: compounding, like an audience grows"))
        self.growth.setObjectName("shapeGrowth")
        self.linear.setChecked(True)
        self.shape = QButtonGroup(self)
        self.shape.addButton(self.linear)
        self.shape.addButton(self.growth)
        self.shape_preview = QLabel()
        self.shape_preview.setObjectName("shapePreview")
        self.shape_preview.setWordWrap(True)
        shapes = QVBoxLayout()
        shapes.addWidget(self.linear)
        shapes.addWidget(self.growth)
        shapes.addWidget(self.shape_preview)
        self.milestones = QTableWidget(0, 3)
        self.milestones.setObjectName("milestones")
        self.milestones.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Value"), self.tr("Label")])
        self.milestones.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.milestones.verticalHeader().hide()
        add = QPushButton(icon("add-row"), self.tr("&Add milestone"))
        add.setObjectName("addMilestone")
        add.clicked.connect(lambda: self.add_milestone())
        remove = QPushButton(icon("delete-row"), self.tr("&Remove milestone"))
        remove.clicked.connect(self._remove_milestone)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch()
        form = QFormLayout()
        form.addRow(self.tr("S&tart:"), self.start)
        form.addRow(self.tr("&Deadline:"), self.deadline)
        form.addRow(self.tr("Target line:"), shapes)
        self.body.addLayout(form)
        self.body.addWidget(self.milestones, 1)
        self.body.addLayout(buttons)
        self.start.dateChanged.connect(self.changed)
        self.deadline.dateChanged.connect(self.changed)
        self.deadline.textEdited.connect(self._deadline_chosen)
        self.deadline.pick.triggered.connect(self._deadline_chosen)
        self.deadline_by_owner = False  # once the owner sets the deadline, the wizard never sets it for them
        self.shape.buttonToggled.connect(self.changed)

    def _deadline_chosen(self) -> None:
        self.deadline_by_owner = True

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        super().initializePage()
        wizard = self.goal_wizard()
        clue = statement_hints.clue_in(wizard.measure_page.statement.toPlainText())
        start = self.start.date()
        if clue is not None and start is not None and wizard.original is None and not self.deadline_by_owner:
            deadline = statement_hints.clue_deadline(clue, start)
            if deadline != self.deadline.date() and deadline > start:
                self.deadline.setDate(deadline)
                self.say(fill(self.tr("Deadline set to %1: your statement says “%2”."),
                              format_date(deadline, long=True), clue.words))
                self.show_shape()
                return
        self.check_statement()
        self.show_shape()

    def statement_problem(self) -> str:
        """When the statement's words and the dates disagree, what they say ("" when they agree)."""
        wizard = self.wizard()
        if wizard is None:
            return ""
        clue = statement_hints.clue_in(self.goal_wizard().measure_page.statement.toPlainText())
        start, deadline = self.start.date(), self.deadline.date()
        if clue is None or start is None or deadline is None or deadline <= start:
            return ""
        if statement_hints.clue_agrees(clue, start, deadline):
            return ""
        return fill(self.tr("Your statement says “%1”, but the deadline is %2 (%3 would fit it). Change the "
                            "deadline or the statement."), clue.words, format_date(deadline, long=True),
                    format_date(statement_hints.clue_deadline(clue, start), long=True))

    def check_statement(self) -> None:
        disagreement = self.statement_problem()
        if disagreement:
            self.say(disagreement, "warning")
        elif self.notice.styleSheet() == NOTICE_STYLE["warning"]:
            self.say("")

    def changed(self) -> None:
        super().changed()
        self.check_statement()
        self.show_shape()

    def show_shape(self) -> None:
        """How the chart will draw the target line for this KPI and shape (a staircase for visits per week)."""
        goal = self.goal_wizard().draft_goal() if self.wizard() and hasattr(self.wizard(), "pages") else None
        self.shape_preview.setText(fill(self.tr("The target line will be %1."), shape_text(goal)) if goal else "")

    def set_dates(self, start: date, deadline: date) -> None:
        self.start.setDate(start)
        self.deadline.setDate(deadline)

    def add_milestone(self, milestone: Milestone | None = None) -> None:
        row = self.milestones.rowCount()
        self.milestones.insertRow(row)
        when = DateField(name="milestoneDate")
        start, deadline = self.start.date(), self.deadline.date()
        default = (start + timedelta(days=max(1, (deadline - start).days // 2))
                   if start is not None and deadline is not None else None)
        when.setDate(milestone.date if milestone else default)
        value = NumberEdit()
        value.set_value(milestone.value if milestone else None)
        label = QLineEdit(milestone.label if milestone else "")
        label.setMaxLength(MAX_LABEL)
        for col, widget in enumerate((when, value, label)):
            self.milestones.setCellWidget(row, col, widget)
        when.dateChanged.connect(self.changed)
        value.valueChanged.connect(self.changed)
        self.changed()

    def _remove_milestone(self) -> None:
        row = self.milestones.currentRow()
        self.milestones.removeRow(row if row >= 0 else self.milestones.rowCount() - 1)
        self.changed()

    def _milestones(self) -> list[tuple[DateField, NumberEdit, str]]:
        return [(self.milestones.cellWidget(r, 0), self.milestones.cellWidget(r, 1),
                 self.milestones.cellWidget(r, 2).text().strip()) for r in range(self.milestones.rowCount())]

    def problems(self) -> list[tuple[QWidget, str]]:
        out: list[tuple[QWidget, str]] = []
        for caption, field in ((self.tr("Start"), self.start), (self.tr("Deadline"), self.deadline)):
            if field.problem():
                out.append((field, fill(self.tr("%1: %2"), caption, field.problem())))
        start, deadline = self.start.date(), self.deadline.date()
        if start is not None and deadline is not None and deadline <= start:
            out.append((self.deadline, self.tr("The deadline must be after the start date.")))
        for i, (when, value, _label) in enumerate(self._milestones(), start=1):
            if when.problem():
                out.append((when, fill(self.tr("Milestone %1: %2"), format_number(i), when.problem())))
            elif start is not None and deadline is not None and not start <= when.date() <= deadline:
                out.append((when, fill(self.tr("Milestone %1 is outside the goal's dates."), format_number(i))))
            if value.problem() or value.value() is None:
                out.append((value, fill(self.tr("Milestone %1 needs a value (a number)."), format_number(i))))
        if self.growth.isChecked() and self.wizard():
            fields: dict[str, Any] = {}
            self.goal_wizard().measure_page.contribute(fields)
            if (fields.get("baseline") or 0) <= 0:
                out.append((self.growth, self.tr("Steady percentage growth needs a baseline above zero; choose a "
                                                 "straight line.")))
        return out

    def contribute(self, fields: dict[str, Any]) -> None:
        fields.update(start=self.start.date(), deadline=self.deadline.date(),
                      shape=Shape.GROWTH if self.growth.isChecked() else Shape.LINEAR,
                      milestones=tuple(Milestone(when.date(), value.value() or 0.0, label)
                                       for when, value, label in self._milestones() if when.date() is not None))
