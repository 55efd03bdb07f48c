"""Page 5, time-bound: start, deadline, the shape of the target line, milestones."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QVBoxLayout,
)

from planner.domain.goals import FIRST_DAY, LAST_DAY, MAX_LABEL, Milestone, Shape
from planner.ui.formatting import calendar, fill, short_date_format, to_qdate
from planner.ui.icons import icon
from planner.ui.wizard.base import GoalPage
from planner.ui.wizard.fields import NumberEdit


def _date(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


def date_edit(name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setCalendar(calendar())  # shown and entered in the user's calendar; stored as a plain date
    edit.setCalendarPopup(True)
    edit.calendarWidget().setCalendar(calendar())
    edit.setDisplayFormat(short_date_format())
    edit.setMinimumDate(to_qdate(FIRST_DAY))  # the plan's one range of dates (planner.domain.goals)
    edit.setMaximumDate(to_qdate(LAST_DAY))
    return edit


class TimingPage(GoalPage):
    FINDINGS = frozenset({"deadline_past", "too_short", "too_long", "off_track"})

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("By when?"))
        self.setSubTitle(self.tr("A goal without a deadline is not a goal. Social media is a marathon, not a "
                                 "sprint: very short deadlines for big changes are suspect, and long ones need "
                                 "milestones."))
        self.start = date_edit("start")
        self.deadline = date_edit("deadline")
        self.linear = QRadioButton(self.tr("A &straight line: the same amount every week"))
        self.linear.setObjectName("shapeLinear")
        self.growth = QRadioButton(self.tr("Steady &percentage growth: compounding, like an audience grows"))
        self.growth.setObjectName("shapeGrowth")
        self.linear.setChecked(True)
        self.shape = QButtonGroup(self)
        self.shape.addButton(self.linear)
        self.shape.addButton(self.growth)
        shapes = QVBoxLayout()
        shapes.addWidget(self.linear)
        shapes.addWidget(self.growth)
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
        self.shape.buttonToggled.connect(self.changed)

    def set_dates(self, start: date, deadline: date) -> None:
        self.start.setDate(to_qdate(start))
        self.deadline.setDate(to_qdate(deadline))

    def add_milestone(self, milestone: Milestone | None = None) -> None:
        row = self.milestones.rowCount()
        self.milestones.insertRow(row)
        when = date_edit("milestoneDate")
        default = _date(self.start) + timedelta(days=max(1, (_date(self.deadline) - _date(self.start)).days // 2))
        when.setDate(to_qdate(milestone.date if milestone else default))
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

    def _milestones(self) -> list[tuple[date, NumberEdit, str]]:
        return [(_date(self.milestones.cellWidget(r, 0)), self.milestones.cellWidget(r, 1),
                 self.milestones.cellWidget(r, 2).text().strip()) for r in range(self.milestones.rowCount())]

    def problem(self) -> str:
        start, deadline = _date(self.start), _date(self.deadline)
        if deadline <= start:
            return self.tr("The deadline must be after the start date.")
        for i, (when, value, _label) in enumerate(self._milestones(), start=1):
            if value.problem() or value.value() is None:
                return fill(self.tr("Milestone %1 needs a value (a number)."), str(i))
            if not start <= when <= deadline:
                return fill(self.tr("Milestone %1 is outside the goal's dates."), str(i))
        if self.growth.isChecked() and self.wizard():
            fields: dict[str, Any] = {}
            self.goal_wizard().measure_page.contribute(fields)
            if (fields.get("baseline") or 0) <= 0:
                return self.tr("Steady percentage growth needs a baseline above zero; choose a straight line.")
        return ""

    def contribute(self, fields: dict[str, Any]) -> None:
        fields.update(start=_date(self.start), deadline=_date(self.deadline),
                      shape=Shape.GROWTH if self.growth.isChecked() else Shape.LINEAR,
                      milestones=tuple(Milestone(when, value.value() or 0.0, label)
                                       for when, value, label in self._milestones()))
