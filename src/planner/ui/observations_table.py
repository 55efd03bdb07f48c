"""The figures of the selected goal: a sortable, editable table with undo and paste.

Every edit goes through an undo command; pasting rows copied from a
spreadsheet (tab separated: date, value, or date, platform, value, note)
adds them all as one undoable step, and says which lines it could not read.
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
    QSortFilterProxyModel,
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

from planner.domain import catalog
from planner.domain.goals import Goal, Observation, value_problems
from planner.domain.numbers import parse_number, to_latin_digits
from planner.exchange.paste import parse_pasted
from planner.ui.chart.goal_plot import platform_name
from planner.ui.commands import DeleteFigures, EditFigure, PutFigures
from planner.ui.dialogs import ask
from planner.ui.document import PlanDocument, rewire
from planner.ui.formatting import calendar, fill, format_date, format_value, short_date_format, to_qdate, translated
from planner.ui.icons import icon
from planner.ui.import_texts import text as message_text
from planner.ui.wizard.fields import NumberEdit
from planner.ui.wizard.timing_page import date_edit

DATE, PLATFORM, VALUE, NOTE, SOURCE = range(5)
ObservationRole = Qt.ItemDataRole.UserRole + 10


class ObservationsModel(QAbstractTableModel):
    """One goal's figures; edits become undo commands on the document's stack."""

    problem = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.document: PlanDocument | None = None
        self.goal: Goal | None = None
        self.rows: list[Observation] = []

    def show(self, document: PlanDocument | None, goal: Goal | None) -> None:
        self.beginResetModel()
        self.document, self.goal = document, goal
        self.rows = list(document.observations(goal.id)) if document and goal else []
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

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
            return obs.note
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
        return True


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
            editor = date_edit("figureDate")
            editor.setParent(parent)
            return editor
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
        elif isinstance(editor, NumberEdit):
            editor.set_value(value)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
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
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.view = QTableView()
        self.view.setObjectName("figuresTable")
        self.view.setModel(self.proxy)
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
            ("delete-row", self.tr("&Delete"), self.tr("Delete the selected figures"),
             QKeySequence(QKeySequence.StandardKey.Delete), self.delete_selected),
            ("paste", self.tr("&Paste"), self.tr("Paste rows copied from a spreadsheet (date, value)"),
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
        """A new row for today (or the day after the latest figure), then edit its value."""
        goal = self.goal()
        if goal is None or self.document.read_only:
            return
        figures = self.document.observations(goal.id)
        platform = goal.platform_ids[0] if len(goal.platform_ids) == 1 else None
        taken = {o.date for o in figures if o.platform == platform}
        day = self.document.today()
        while day in taken:
            day = date.fromordinal(day.toordinal() + 1)
        latest = figures[-1].value if figures else goal.baseline
        self.document.undo_stack.push(PutFigures(self.document, goal.id, [
            Observation(goal.id, day, latest, platform)]))
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, VALUE)
            obs = index.data(ObservationRole)
            if obs.date == day and obs.platform == platform:
                self.view.setCurrentIndex(index)
                self.view.edit(index)
                break

    def selected_ids(self) -> list[int]:
        rows = {self.proxy.mapToSource(i).row() for i in self.view.selectionModel().selectedRows()}
        return [self.model.rows[r].id for r in sorted(rows) if self.model.rows[r].id is not None]

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if ids and self.goal_id is not None and not self.document.read_only:
            self.document.undo_stack.push(DeleteFigures(self.document, self.goal_id, ids))
            self.say(fill(self.tr("Deleted %1 figures. Edit > Undo brings them back."), str(len(ids))))

    def paste(self) -> None:
        self.paste_text(QGuiApplication.clipboard().text())

    def paste_text(self, text: str) -> None:
        goal = self.goal()
        if goal is None or self.document.read_only:
            return
        locale = QLocale()

        def number(cell: str) -> float:
            return parse_number(cell, locale.decimalPoint(), locale.groupSeparator())

        def day(cell: str) -> date:
            return parse_user_date(cell)

        figures, rejected = parse_pasted(text, goal, number=number, day=day, today=self.document.today())
        if figures:
            self.document.undo_stack.push(PutFigures(self.document, goal.id, figures))
        if rejected:
            ask.error(self, self.tr("Some rows were not pasted"),
                      fill(self.tr("%1 rows were added; %2 could not be read:"), str(len(figures)),
                           str(len(rejected))), "\n".join(message_text(r) for r in rejected))
        self.say(fill(self.tr("Pasted %1 figures."), str(len(figures))) if figures else "")


def parse_user_date(text: str) -> date:
    """A date as typed or copied: ISO (2026-03-31) or the locale's short format, in the user's
    calendar, in any digits."""
    raw = text.strip()
    latin = to_latin_digits(raw)
    try:
        return date.fromisoformat(latin)
    except ValueError:
        pass
    locale = QLocale()
    for fmt in (short_date_format(), locale.dateFormat(QLocale.FormatType.ShortFormat)):
        for cell in (raw, latin):
            parsed = locale.toDate(cell, fmt, calendar())
            if parsed.isValid():
                return date(parsed.year(), parsed.month(), parsed.day())
    raise ValueError(fill(QCoreApplication.translate("FiguresTab", "“%1” is not a date (write it as %2 or "
                                                      "YYYY-MM-DD)"), raw, short_date_format()))
