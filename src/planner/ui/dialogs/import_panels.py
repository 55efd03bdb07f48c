"""Parts of the import preview that ask the owner something: a follower count to rebuild totals from, and what
to do with figures of a platform the goal is not on."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from planner.exchange import figures_import
from planner.exchange.importers import GenericMapping
from planner.ui.chart.goal_plot import platform_name
from planner.ui.date_field import DateField
from planner.ui.formatting import fill
from planner.ui.wizard.fields import NumberEdit


#: Date formats a home-made table may use, each shown by an example.
DATE_FORMATS = (("%Y-%m-%d", "2026-03-31"), ("%d/%m/%Y", "31/03/2026"), ("%m/%d/%Y", "03/31/2026"),
                ("%d.%m.%Y", "31.03.2026"), ("%d-%m-%Y", "31-03-2026"))


class MappingBox(QGroupBox):
    """A table of the owner's own: which column holds the dates, which the figures, and the date format."""

    requested = Signal(object)  # a GenericMapping

    def __init__(self, parent=None) -> None:
        super().__init__(self.tr("Your own table: which columns hold what?"), parent)
        self.date_column, self.value_column, self.date_format = QComboBox(), QComboBox(), QComboBox()
        self.date_column.setObjectName("dateColumn")
        self.value_column.setObjectName("valueColumn")
        self.date_format.setObjectName("dateFormat")
        self.date_format.addItem(self.tr("Detect"), "")
        for fmt, example in DATE_FORMATS:
            self.date_format.addItem(example, fmt)
        reread = QPushButton(self.tr("&Read with these columns"))
        reread.setObjectName("reread")
        reread.clicked.connect(lambda: self.submit(None))
        form = QFormLayout(self)
        form.addRow(self.tr("&Date column:"), self.date_column)
        form.addRow(self.tr("&Value column:"), self.value_column)
        form.addRow(self.tr("Date &format:"), self.date_format)
        form.addRow("", reread)
        self.hide()

    def offer(self, columns: tuple[str, ...]) -> None:
        """The table's columns to choose from (once: a re-read keeps the owner's choice)."""
        if self.date_column.count():
            return
        for combo in (self.date_column, self.value_column):
            combo.addItems(list(columns))
        self.value_column.setCurrentIndex(min(1, self.value_column.count() - 1))

    def submit(self, platform: str | None) -> None:
        self.requested.emit(GenericMapping(self.date_column.currentText(), self.value_column.currentText(),
                                           self.date_format.currentData() or None, platform))


class RebuildBox(QGroupBox):
    """"I have 1,240 followers today": the count and its day, for a file of daily follower changes."""

    requested = Signal(object)  # a figures_import.Anchor

    def __init__(self, today: date, parent=None) -> None:
        super().__init__(self.tr("Daily changes: rebuild the follower totals"), parent)
        self.setObjectName("rebuildBox")
        self.count = NumberEdit(placeholder=self.tr("e.g. 1,240"))
        self.count.setObjectName("totalCount")
        self.day = DateField(name="totalDay", last=today)  # read exactly as typed, or refused with the reason
        self.day.setDate(today)
        self.button = QPushButton(self.tr("Re&build"))
        self.button.setObjectName("rebuild")
        self.button.setEnabled(False)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b71c1c;")
        self.problem.hide()
        explain = QLabel(self.tr("This file has the day's change in followers, not how many you have. Type how many "
                                 "followers you had on one day, and the totals of the other days are worked out from "
                                 "the changes."))
        explain.setWordWrap(True)
        label = QLabel(self.tr("&Followers:"))
        label.setBuddy(self.count)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.count, 1)
        row.addWidget(QLabel(self.tr("on")))
        row.addWidget(self.day)
        row.addWidget(self.button)
        box = QVBoxLayout(self)
        box.addWidget(explain)
        box.addLayout(row)
        box.addWidget(self.problem)
        self.count.valueChanged.connect(self._check)
        self.day.dateChanged.connect(self._check)
        self.button.clicked.connect(self.submit)
        self.count.returnPressed.connect(self.submit)

    def _check(self) -> None:
        value = self.count.value()
        problem = self.count.problem() or (self.tr("A number of followers cannot be below 0.")
                                           if value is not None and value < 0 else "") or self.day.problem()
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.button.setEnabled(value is not None and not problem)

    def submit(self) -> None:
        value = self.count.value()
        day = self.day.date()
        if value is None or value < 0 or day is None:
            self._check()
            return
        self.requested.emit(figures_import.Anchor(value, day))


class OthersBox(QGroupBox):
    """Figures of platforms the goal is not on: add the platforms to the goal, or leave the figures out."""

    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(self.tr("Figures of a platform this goal is not on"), parent)
        self.setObjectName("foreignBox")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.add = QRadioButton()
        self.add.setObjectName("addPlatform")
        self.skip = QRadioButton(self.tr("&Leave those figures out"))
        self.skip.setObjectName("skipOthers")
        self.group = QButtonGroup(self)
        self.group.addButton(self.add)
        self.group.addButton(self.skip)
        self.group.buttonToggled.connect(lambda *_: self.changed.emit())
        box = QVBoxLayout(self)
        box.addWidget(self.text)
        box.addWidget(self.add)
        box.addWidget(self.skip)
        self.hide()

    def show_for(self, platforms: list[str], explanation: str, writable: bool) -> None:
        """Ask about *platforms*; no choice is made for the owner."""
        self.setVisible(bool(platforms))
        self.group.setExclusive(False)
        self.add.setChecked(False)
        self.skip.setChecked(False)
        self.group.setExclusive(True)
        if not platforms:
            return
        names = QCoreApplication.translate("describe", ", ").join(platform_name(p) for p in platforms)
        self.text.setText(explanation)
        self.add.setText(fill(self.tr("&Add %1 to this goal (undone with the import)"), names))
        self.add.setEnabled(writable)

    def choice(self) -> figures_import.Others | None:
        """The owner's answer, or None while they have not given one."""
        if self.add.isChecked():
            return figures_import.Others.ADD
        if self.skip.isChecked():
            return figures_import.Others.SKIP
        return None
