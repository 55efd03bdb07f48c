"""Page 1: what the owner wants to achieve, or an example to start from."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QListWidget, QListWidgetItem, QWidget

from planner.domain import catalog
from planner.domain.templates import TEMPLATES, Template
from planner.ui.formatting import fill, translated
from planner.ui.wizard.base import GoalPage

FAMILY_NAMES = {
    catalog.Family.AUDIENCE: QT_TRANSLATE_NOOP("families", "audience-based"),
    catalog.Family.CONTENT: QT_TRANSLATE_NOOP("families", "content-based"),
    catalog.Family.ENGAGEMENT: QT_TRANSLATE_NOOP("families", "engagement-based"),
}
#: The families in plain words, where an objective is chosen.
FAMILY_HINTS = {
    catalog.Family.AUDIENCE: QT_TRANSLATE_NOOP("families", "about who knows you: more people reached, "
                                                           "remembered or hired"),
    catalog.Family.CONTENT: QT_TRANSLATE_NOOP("families", "about what is said: listening to your customers, "
                                                          "competitors and trade"),
    catalog.Family.ENGAGEMENT: QT_TRANSLATE_NOOP("families", "about what people do: like, comment, click, buy "
                                                             "or ask"),
}


class ObjectivePage(GoalPage):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("What do you want to achieve?"))
        self.setSubTitle(self.tr("A goal is one building block of your strategy. Pick the objective it serves; "
                                 "the next pages make it specific, measurable and time-bound."))
        self.template = QComboBox()
        self.template.setObjectName("template")
        self.template.addItem(self.tr("— start from scratch —"), None)
        for t in TEMPLATES:
            self.template.addItem(translated("templates", t.title), t.id)
        self.template.currentIndexChanged.connect(self._template_chosen)
        self.objectives = QListWidget()
        self.objectives.setObjectName("objectives")
        self.objectives.setWordWrap(True)
        self.objectives.setAlternatingRowColors(True)
        for o in catalog.OBJECTIVES:
            family = translated("families", FAMILY_NAMES[o.family])
            item = QListWidgetItem(f"{translated('catalog', o.name)}  ·  {family}\n{translated('catalog', o.summary)}")
            item.setToolTip(f"{family}: {translated('families', FAMILY_HINTS[o.family])}")
            item.setData(Qt.ItemDataRole.UserRole, o.id)
            self.objectives.addItem(item)
        self.objectives.currentRowChanged.connect(self.changed)
        self.objectives.currentRowChanged.connect(self._explain_family)
        self.family_hint = QLabel()
        self.family_hint.setObjectName("familyHint")
        self.family_hint.setWordWrap(True)
        self.family_hint.setTextFormat(Qt.TextFormat.PlainText)
        form = QFormLayout()
        form.addRow(self.tr("&Example to start from:"), self.template)
        self.body.addLayout(form)
        label = QLabel(self.tr("&Objective:"))
        label.setBuddy(self.objectives)
        self.body.addWidget(label)
        self.body.addWidget(self.objectives, 1)
        self.body.addWidget(self.family_hint)

    def _explain_family(self) -> None:
        """The chosen objective's family, in plain words (what "audience-based" means)."""
        objective_id = self.objective_id()
        if objective_id is None:
            self.family_hint.clear()
            return
        family = catalog.objective(objective_id).family
        self.family_hint.setText(fill(self.tr("%1: %2."), translated("families", FAMILY_NAMES[family]).capitalize(),
                                      translated("families", FAMILY_HINTS[family])))

    def objective_id(self) -> str | None:
        item = self.objectives.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def select_objective(self, objective_id: str) -> None:
        for row in range(self.objectives.count()):
            if self.objectives.item(row).data(Qt.ItemDataRole.UserRole) == objective_id:
                self.objectives.setCurrentRow(row)
                return

    def chosen_template(self) -> Template | None:
        tid = self.template.currentData()
        return next((t for t in TEMPLATES if t.id == tid), None)

    def _template_chosen(self) -> None:
        template = self.chosen_template()
        if template is not None:
            self.select_objective(template.objective)
        self.goal_wizard().template_changed()

    def problems(self) -> list[tuple[QWidget, str]]:
        return [] if self.objective_id() else [(self.objectives, self.tr("Choose what you want to achieve."))]

    def contribute(self, fields: dict[str, Any]) -> None:
        fields["objective"] = self.objective_id() or ""
