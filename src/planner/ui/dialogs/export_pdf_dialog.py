"""File > Export PDF summary: which goals, which paper."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.goals import Goal
from planner.ui.preferences import LANGUAGES


class ExportPdfDialog(QDialog):
    def __init__(self, goals: list[Goal], selected: int | None, parent: QWidget | None = None,
                 language: str = "en") -> None:
        super().__init__(parent)
        self.setObjectName("exportPdfDialog")
        self.setWindowTitle(self.tr("Export PDF summary"))
        self.all_goals = QRadioButton(self.tr("&All goals that are not archived"))
        self.all_goals.setObjectName("allGoals")
        self.some_goals = QRadioButton(self.tr("&These goals:"))
        self.some_goals.setObjectName("someGoals")
        self.list = QListWidget()
        self.list.setObjectName("goals")
        for goal in goals:
            item = QListWidgetItem(goal.title)
            item.setData(Qt.ItemDataRole.UserRole, goal.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if goal.id == selected else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        (self.some_goals if selected is not None else self.all_goals).setChecked(True)
        self.list.setEnabled(self.some_goals.isChecked())
        self.some_goals.toggled.connect(self.list.setEnabled)
        self.page_size = QComboBox()
        self.page_size.setObjectName("pageSize")
        self.page_size.addItem(self.tr("The usual paper where you are"), None)
        self.page_size.addItem("A4", "A4")
        self.page_size.addItem(self.tr("US Letter"), "Letter")
        self.language = QComboBox()
        self.language.setObjectName("reportLanguage")
        for code, (_, native) in LANGUAGES.items():
            self.language.addItem(native, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.setToolTip(self.tr("The plan's business details set the usual language of its reports"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemChanged.connect(self._update)
        self.some_goals.toggled.connect(self._update)
        form = QFormLayout()
        form.addRow(self.tr("&Paper:"), self.page_size)
        form.addRow(self.tr("&Language:"), self.language)
        layout = QVBoxLayout(self)
        layout.addWidget(self.all_goals)
        layout.addWidget(self.some_goals)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._update()

    def goal_ids(self) -> list[int] | None:
        """None for every goal not archived, else the checked ones."""
        if self.all_goals.isChecked():
            return None
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def _update(self) -> None:
        ids = self.goal_ids()
        self.export_button.setEnabled(ids is None or bool(ids))
