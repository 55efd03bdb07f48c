"""The figures of the selected goal: a sortable, editable table with undo and paste.

Every edit goes through an undo command; pasting rows copied from a
spreadsheet (tab separated: date, value, or date, platform, value, note)
adds them all as one undoable step, and says which lines it could not read.

A goal may hold half a million figures, so the model sorts them itself (one
Python sort, not a proxy asking for every cell) and gives the view a few
thousand rows at a time, more as it scrolls (``canFetchMore``/``fetchMore``).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain import catalog, periods, series
from planner.domain.goals import FIRST_DAY, LAST_DAY, MAX_NOTE, Goal, Observation, date_problems, value_problems
from planner.domain.numbers import parse_number
from planner.exchange.paste import parse_pasted
from planner.ui.chart.goal_plot import platform_name
from planner.ui.commands import DeleteFigures, EditFigure, PutFigures
from planner.ui.dialogs import ask
from planner.ui.document import PlanDocument, rewire
from planner.ui.date_field import DateField, read_date
from planner.ui.formatting import (
    counted,
    fill,
    format_date,
    format_number,
    format_value,
    plain_tip,
    to_qdate,
    translated,
)
from planner.ui.icons import icon
from planner.ui.import_texts import text as message_text
from planner.ui.wizard.fields import NumberEdit

DATE, PLATFORM, VALUE, NOTE, SOURCE = range(5)
ObservationRole = Qt.ItemDataRole.UserRole + 10
# Rows the view is given at a time: a screenful many times over, and quick to lay out.
FETCH = 2000
_SORT_KEYS = {
    DATE: lambda o: o.date,
    PLATFORM: lambda o: o.platform or "",
    VALUE: lambda o: o.value,
    NOTE: lambda o: o.note,
    SOURCE: lambda o: o.source,
}


class ObservationsModel(QAbstractTableModel):
    """One goal's figures; edits become undo commands on the document's stack."""

    problem = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.document: PlanDocument | None = None
        self.goal: Goal | None = None
        self.rows: list[Observation] = []  # every figure, in the table's order; the view has the first ``shown``
        self.shown = 0
        self.order = (DATE, Qt.SortOrder.DescendingOrder)

    def show(self, document: PlanDocument | None, goal: Goal | None) -> None:
        same = goal is not None and self.goal is not None and goal.id == self.goal.id
        self.beginResetModel()
        self.document, self.goal = document, goal
        self.rows = self._sorted(list(document.observations(goal.id)) if document and goal else [])
        self.shown = min(len(self.rows), max(FETCH, self.shown if same else 0))  # an edit keeps the scrolled rows
        self.endResetModel()

    def _sorted(self, rows: list[Observation]) -> list[Observation]:
        column, order = self.order
        descending = order == Qt.SortOrder.DescendingOrder
        if column == DATE:  # the document's figures come oldest first: no sort needed
            return rows[::-1] if descending else rows
        return sorted(rows, key=_SORT_KEYS[column], reverse=descending)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in _SORT_KEYS:
            return
        self.layoutAboutToBeChanged.emit()
        self.order = (column, order)
        if self.document is not None and self.goal is not None:
            self.rows = self._sorted(list(self.document.observations(self.goal.id)))
        self.layoutChanged.emit()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.shown

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return not parent.isValid() and self.shown < len(self.rows)

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        self.show_up_to(self.shown + FETCH - 1)

    def show_up_to(self, row: int) -> None:
        """Give the view every row up to *row* (so that it can be selected or edited)."""
        last = min(row, len(self.rows) - 1)
        if last < self.shown:
            return
        self.beginInsertRows(QModelIndex(), self.shown, last)
        self.shown = last + 1
        self.endInsertRows()

    def row_of(self, day: date, platform: str | None) -> int:
        """The table row of the figure for *platform* on *day* (shown to the view), or -1."""
        for i, obs in enumerate(self.rows):
            if obs.date == day and obs.platform == platform:
                self.show_up_to(i)
                return i
        return -1

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Date"), self.tr("Platform"), self.tr("Value"), self.tr("Note"),
                    self.tr("Source"))[section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.document is not None and not self.document.read_only and index.column() != SOURCE:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.goal is None:
            return None
        obs = self.rows[index.row()]
        col = index.column()
        if role == ObservationRole:
            return obs
        if role == Qt.ItemDataRole.DisplayRole:
            return (format_date(obs.date), platform_name(obs.platform),
                    format_value(self.goal.kpi_def, obs.value, self.goal.currency), obs.note,
                    self.source_label(obs.source))[col]
        if role == Qt.ItemDataRole.EditRole:
            return (to_qdate(obs.date), obs.platform, obs.value, obs.note, obs.source)[col]
        if role == Qt.ItemDataRole.UserRole:  # sort key
            return (obs.date.toordinal(), obs.platform or "", obs.value, obs.note, obs.source)[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col == VALUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == NOTE and obs.note:
            return plain_tip(obs.note)
        return None

    def source_label(self, source: str) -> str:
        """Where a figure came from, in words: typed, pasted, imported from a file, the sample."""
        if source.startswith("import: "):
            return fill(self.tr("imported: %1"), source.removeprefix("import: "))
        labels = {"manual": self.tr("typed"), "pasted": self.tr("pasted"), "json": self.tr("plan JSON"),
                  "sample": self.tr("sample plan")}
        return labels.get(source, source)

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.document is None or self.goal is None:
            return False
        before = self.rows[index.row()]
        col = index.column()
        if col == DATE:
            if not isinstance(value, QDate) or not value.isValid():
                self.problem.emit(self.tr("Not saved: that is not a date."))
                return False
            after = replace_date(before, value)
            if after.date > self.document.today():
                self.problem.emit(fill(self.tr("Not saved: %1 is in the future. A figure is what you measured: "
                                               "enter it on the day, or after."), format_date(after.date)))
                return False
            if date_problems(after.date):
                self.problem.emit(fill(self.tr("Not saved: a date must be between %1 and %2."),
                                       format_date(FIRST_DAY), format_date(LAST_DAY)))
                return False
        elif col == PLATFORM:
            if value and not catalog.is_platform(value):
                self.problem.emit(fill(self.tr("Not saved: %1 is not a platform."), str(value)))
                return False
            after = replace(before, platform=value or None)
        elif col == VALUE:
            problems = value_problems(self.goal.kpi_def, value) if isinstance(value, float) else ["not a number"]
            if problems:
                self.problem.emit(fill(self.tr("Not saved: the value %1."), translated("problems", problems[0])))
                return False
            after = replace(before, value=value)
        elif col == NOTE:
            if len(str(value)) > MAX_NOTE:
                self.problem.emit(fill(self.tr("Not saved: a note is at most %1 characters."),
                                       format_number(MAX_NOTE)))
                return False
            after = replace(before, note=str(value))
        else:
            return False
        if after == before:
            return False
        clash = any(o.id != before.id and o.date == after.date and o.platform == after.platform for o in self.rows)
        if clash:
            self.problem.emit(fill(self.tr("Not saved: there is already a figure for %1 on %2."),
                                   platform_name(after.platform), format_date(after.date)))
            return False
        self.document.undo_stack.push(EditFigure(self.document, before, after))
        if col == DATE:
            self.problem.emit(off_period_note(self.goal, after.date))
        return True


def off_period_note(goal: Goal, day: date) -> str:
    """What to know about a figure of an amount per period dated *day*: nothing on its period's last day; else
    that it is still that period's total (accepted as typed, never moved)."""
    if not periods.counts_in_periods(goal):
        return ""
    span = periods.period(goal, day)
    if span.last == day:
        return ""
    monthly = periods.monthly(goal)
    template = (QCoreApplication.translate("ObservationsModel", "A figure of %1 is a month's total: this one is "
                                                                "dated %2, in the goal's month of %3 to %4. It "
                                                                "counts for that month.") if monthly else
                QCoreApplication.translate("ObservationsModel", "A figure of %1 is a week's total: this one is "
                                                                "dated %2, in the goal's week of %3 to %4. It "
                                                                "counts for that week."))
    return fill(template, translated("catalog", goal.kpi_def.name), format_date(day, long=True),
                format_date(span.first, long=True), format_date(span.last, long=True))


def replace_date(obs: Observation, value: QDate) -> Observation:
    return replace(obs, date=date(value.year(), value.month(), value.day()))


class FigureDelegate(QStyledItemDelegate):
    """Editors that fit each column: a calendar for dates, the goal's platforms, locale numbers."""

    def __init__(self, model: ObservationsModel, parent=None) -> None:
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent: QWidget, option, index: QModelIndex):
        col = index.column()
        if col == DATE:
            return DateField(parent, name="figureDate")
        if col == PLATFORM:
            combo = QComboBox(parent)
            combo.addItem(platform_name(None), None)
            for pid in self.model.goal.platform_ids if self.model.goal else ():
                combo.addItem(platform_name(pid), pid)
            return combo
        if col == VALUE:
            return NumberEdit(parent)
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, DateField):
            editor.setDate(value)
        elif isinstance(editor, NumberEdit):
            editor.set_value(value)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, DateField):
            if editor.problem():
                self.model.problem.emit(fill(self.tr("Not saved: %1"), editor.problem()))
                return
            model.setData(index, to_qdate(editor.date()))
        elif isinstance(editor, NumberEdit):
            if editor.problem() or editor.value() is None:
                self.model.problem.emit(fill(self.tr("Not saved: “%1” is not a number."), editor.text()))
                return
            model.setData(index, float(editor.value()))
        else:
            super().setModelData(editor, model, index)


class FiguresTab(QWidget):
    """The table with its buttons: add, delete, paste, import."""

    importRequested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.document: PlanDocument | None = None
        self.goal_id: int | None = None
        self.model = ObservationsModel(self)
        self.view = QTableView()
        self.view.setObjectName("figuresTable")
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)
        self.view.setItemDelegate(FigureDelegate(self.model, self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.horizontalHeader().setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.message = QLabel()
        self.message.setObjectName("figuresMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.model.problem.connect(self.say)
        self.actions_: dict[str, QAction] = {}
        bar = QHBoxLayout()
        for name, text, tip, shortcut, slot in (
            ("add-row", self.tr("&Add"), self.tr("Add a figure"), QKeySequence("Ctrl+Shift+Return"),
             self.add_figure),
            ("delete-row", self.tr("Dele&te"), self.tr("Delete the selected figures"),
             QKeySequence(QKeySequence.StandardKey.Delete), self.delete_selected),
            ("paste", self.tr("Pa&ste"), self.tr("Paste rows copied from a spreadsheet (date, value)"),
             QKeySequence(QKeySequence.StandardKey.Paste), self.paste),
            ("import-figures", self.tr("&Import…"), self.tr("Import figures from a platform's export file"),
             None, self.importRequested.emit),
        ):
            action = QAction(icon(name), text, self)
            action.setObjectName(f"figures_{name.replace('-', '_')}")
            action.setToolTip(tip + (f" ({shortcut.toString(QKeySequence.SequenceFormat.NativeText)})"
                                     if shortcut else ""))
            if shortcut is not None:
                action.setShortcut(shortcut)
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.view.addAction(action)
            action.triggered.connect(slot)
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAutoRaise(True)
            bar.addWidget(button)
            self.actions_[name] = action
        bar.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)

    def set_document(self, document: PlanDocument | None) -> None:
        self.document = rewire(self.document, document, figuresChanged=self._figures_changed,
                               goalsChanged=self.refresh)
        self.refresh()

    def show_goal(self, goal_id: int | None) -> None:
        self.goal_id = goal_id
        self.say("")
        self.refresh()

    def _figures_changed(self, goal_id: int) -> None:
        if goal_id == self.goal_id:
            self.refresh()

    def goal(self) -> Goal | None:
        doc = self.document
        if doc is None or self.goal_id is None or not doc.has_goal(self.goal_id):
            return None
        return doc.goal(self.goal_id)

    def refresh(self) -> None:
        goal = self.goal()
        self.model.show(self.document if goal else None, goal)
        writable = goal is not None and not self.document.read_only
        for name in ("add-row", "delete-row", "paste", "import-figures"):
            self.actions_[name].setEnabled(writable)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b71c1c;" if text.startswith(self.tr("Not saved")) else "")

    def add_figure(self) -> None:
        """A new row for today, or for the first period that has no figure yet; then edit its value.

        Never a future date: when today and every period before it have a
        figure, today's row is opened for editing instead, and the message says so.
        An amount per period gets the last day of the first of the goal's periods
        over by today without a figure (``series.next_figure_date``).
        """
        goal = self.goal()
        if goal is None or self.document.read_only:
            return
        figures = self.document.observations(goal.id)
        platform = goal.platform_ids[0] if len(goal.platform_ids) == 1 else None
        today = self.document.today()
        day = series.next_figure_date(goal, figures, platform, today)
        if day is None and periods.counts_in_periods(goal):
            self._nothing_to_add(goal, figures, platform, today)
            return
        if day is None:
            self.edit_value(today, platform)
            self.say(fill(self.tr("Today already has a figure for %1, and no earlier period is missing one: "
                                  "change today's value here."), platform_name(platform)))
            return
        own = [o for o in figures if o.platform == platform and o.date < day]
        latest = own[-1].value if own else goal.baseline
        self.document.undo_stack.push(PutFigures(self.document, goal.id, [
            Observation(goal.id, day, latest, platform)]))
        self.say(fill(self.tr("Added a figure for %1 on %2: type its value."), platform_name(platform),
                      format_date(day)) if day != today else "")
        self.edit_value(day, platform)

    def _nothing_to_add(self, goal: Goal, figures: list[Observation], platform: str | None, today: date) -> None:
        """Every period of an amount per period over by today has a figure, or none is over yet: say which."""
        last = periods.last_complete(goal, today)
        in_last = [o for o in figures if o.platform == platform and o.date in last]
        if not in_last:  # no period is over yet
            self.say(fill(self.tr("This goal's first period ends on %1: its figure can be added then."),
                          format_date(periods.period(goal, goal.start).last)))
            return
        self.edit_value(max(o.date for o in in_last), platform)
        self.say(fill(self.tr("Every period of this goal up to %1 has a figure for %2: change the last one here."),
                      format_date(last.last), platform_name(platform)))

    def edit_value(self, day: date, platform: str | None) -> None:
        """Select the figure of *platform* on *day* and open its value for typing."""
        row = self.model.row_of(day, platform)
        if row >= 0:
            index = self.model.index(row, VALUE)
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
            self.view.edit(index)

    def selected_ids(self) -> list[int]:
        rows = {i.row() for i in self.view.selectionModel().selectedRows()}
        return [self.model.rows[r].id for r in sorted(rows) if self.model.rows[r].id is not None]

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if ids and self.goal_id is not None and not self.document.read_only:
            self.document.undo_stack.push(DeleteFigures(self.document, self.goal_id, ids))
            self.say(fill(self.tr("Deleted %1. Edit > Undo reverses this."), counted("figures", len(ids))))

    def paste(self) -> None:
        self.paste_text(QGuiApplication.clipboard().text())

    def paste_text(self, text: str) -> None:
        goal = self.goal()
        if goal is None or self.document.read_only:
            return
        locale = QLocale()

        def number(cell: str) -> float:
            return parse_number(cell, locale.decimalPoint(), locale.groupSeparator())

        figures, rejected = parse_pasted(text, goal, number=number, day=read_date, today=self.document.today())
        if figures:
            self.document.undo_stack.push(PutFigures(self.document, goal.id, figures))
        if rejected:
            ask.error(self, self.tr("Some rows were not pasted"),
                      fill(self.tr("Added %1; %2 could not be read:"), counted("figures", len(figures)),
                           counted("rows", len(rejected))), "\n".join(message_text(r) for r in rejected))
        off = [f for f in figures if off_period_note(goal, f.date)]
        if len(off) == 1:
            self.say(fill(self.tr("Pasted %1. %2"), counted("figures", len(figures)), off_period_note(goal, off[0].date)))
        elif off:
            self.say(fill(self.tr("Pasted %1. %2 are not dated on the last day of the goal's period that holds them: "
                                  "each is still that period's total (the dates are kept as pasted)."),
                          counted("figures", len(figures)), counted("figures", len(off))))
        else:
            self.say(fill(self.tr("Pasted %1."), counted("figures", len(figures))) if figures else "")

