"""Page 3: the platforms, with the ones the articles recommend for the objective marked."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QWidget

from planner.domain import catalog
from planner.domain.catalog import KpiKind
from planner.domain.goals import GoalPlatform, value_problems
from planner.ui.formatting import fill, format_value, translated
from planner.ui.icons import platform_icon
from planner.ui.wizard import statement_hints
from planner.ui.wizard.base import GoalPage
from planner.ui.wizard.fields import NumberEdit

NAME, BASELINE, TARGET = range(3)


class PlatformsPage(GoalPage):
    #: not "no_platform": the page's own message says it already ("Choose at least one platform")
    FINDINGS = frozenset({"platform_fit"})

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Where will you work on it?"))
        self.setSubTitle(self.tr("Success comes from the right platforms for your audience, not from being "
                                 "everywhere. Each platform needs its own content. You may split the baseline "
                                 "and target between platforms."))
        self.why = QLabel()
        self.why.setObjectName("recommendation")
        self.why.setWordWrap(True)
        self.table = QTableWidget(len(catalog.PLATFORMS), 3)
        self.table.setObjectName("platforms")
        self.table.setHorizontalHeaderLabels([self.tr("Platform"), self.tr("Baseline (optional)"),
                                              self.tr("Target (optional)")])
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(BASELINE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TARGET, QHeaderView.ResizeMode.ResizeToContents)
        self.edits: dict[str, tuple[NumberEdit, NumberEdit]] = {}
        for row, p in enumerate(catalog.PLATFORMS):
            item = QTableWidgetItem(platform_icon(p.id), translated("catalog", p.name))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setToolTip(translated("catalog", p.strengths))
            self.table.setItem(row, NAME, item)
            pair = (NumberEdit(), NumberEdit())
            for col, edit in zip((BASELINE, TARGET), pair, strict=True):
                edit.setFrame(False)
                edit.valueChanged.connect(self.changed)
                self.table.setCellWidget(row, col, edit)
            self.edits[p.id] = pair
            self.table.setRowHidden(row, p.retired)  # offered again only to a goal that has it
        self.table.itemChanged.connect(self._item_changed)
        self._filling = False
        self.chosen_by_owner = False  # once the owner ticks or unticks, the wizard never ticks for them
        self.body.addWidget(self.why)
        self.body.addWidget(self.table, 1)

    def initializePage(self) -> None:
        super().initializePage()
        objective_id = self.goal_wizard().objective_page.objective_id()
        if objective_id is None:
            return
        objective = catalog.objective(objective_id)
        names = QCoreApplication.translate("describe", ", ").join(translated("catalog", catalog.platform(p).name) for p in objective.recommended)
        self.why.setText(fill(self.tr("★ Recommended for %1: %2. %3"), translated("catalog", objective.name), names,
                              translated("catalog", objective.why_recommended)))
        self._filling = True  # marking the recommended rows is not the owner's choice
        for row in range(self.table.rowCount()):
            item = self.table.item(row, NAME)
            pid = item.data(Qt.ItemDataRole.UserRole)
            platform = catalog.platform(pid)
            recommended = pid in objective.recommended
            font = QFont(item.font())
            font.setBold(recommended)
            item.setFont(font)
            item.setText(("★ " if recommended else "") + translated("catalog", platform.name))
        self._filling = False
        self._tick_from_words()

    def _tick_from_words(self) -> None:
        """Tick the platforms the title and statement name, when none is ticked yet, and say so."""
        if self.chosen_by_owner or self.checked() or self.goal_wizard().original is not None:
            return
        m = self.goal_wizard().measure_page
        found = statement_hints.platforms_in(m.title_edit.text(), m.statement.toPlainText())
        if not found:
            self.say("")
            return
        self.set_checked(found)
        names = QCoreApplication.translate("describe", ", ").join(
            translated("catalog", catalog.platform(p).name) for p in found)
        self.say(fill(self.tr("Ticked %1: your goal's title or statement names it. Untick what you did not "
                              "mean."), names))

    def _item_changed(self) -> None:
        if not self._filling:
            self.chosen_by_owner = True
        self.changed()

    def _row(self, platform_id: str) -> int:
        return [p.id for p in catalog.PLATFORMS].index(platform_id)

    def set_checked(self, platform_ids: tuple[str, ...]) -> None:
        self._filling = True
        try:
            for row, p in enumerate(catalog.PLATFORMS):
                self.table.item(row, NAME).setCheckState(
                    Qt.CheckState.Checked if p.id in platform_ids else Qt.CheckState.Unchecked)
                if p.id in platform_ids:
                    self.table.setRowHidden(row, False)
        finally:
            self._filling = False

    def set_shares(self, platforms: tuple[GoalPlatform, ...]) -> None:
        self.set_checked(tuple(p.platform for p in platforms))
        for gp in platforms:
            base, target = self.edits[gp.platform]
            base.set_value(gp.baseline)
            target.set_value(gp.target)

    def checked(self) -> list[str]:
        return [p.id for row, p in enumerate(catalog.PLATFORMS)
                if self.table.item(row, NAME).checkState() == Qt.CheckState.Checked]

    def problems(self) -> list[tuple[QWidget, str]]:
        chosen = self.checked()
        if not chosen:
            return [(self.table, self.tr("Choose at least one platform."))]
        kpi_id = self.goal_wizard().measure_page.kpi_id() if self.wizard() else None
        kpi = catalog.kpi(kpi_id) if kpi_id else None
        for pid in chosen:
            for edit in self.edits[pid]:
                if edit.problem():
                    return [(edit, fill(self.tr("%1: “%2” is not a number."),
                                        translated("catalog", catalog.platform(pid).name), edit.text().strip()))]
                if kpi is not None and edit.value() is not None and value_problems(kpi, edit.value()):
                    return [(edit, fill(self.tr("%1: %2 is not a possible value of this KPI."),
                                        translated("catalog", catalog.platform(pid).name), edit.text().strip()))]
        if kpi is None or kpi.kind is KpiKind.RATE:
            return []
        goal_fields: dict[str, Any] = {}
        self.goal_wizard().measure_page.contribute(goal_fields)
        for key, caption, index in (("baseline", self.tr("baselines"), 0), ("target", self.tr("targets"), 1)):
            parts = [self.edits[pid][index].value() for pid in chosen]
            whole = goal_fields.get(key)
            if whole is None or any(v is None for v in parts):
                continue  # only complete splits must add up
            total = sum(parts)  # type: ignore[arg-type]
            if not math.isclose(total, whole, rel_tol=0.005, abs_tol=0.5):
                return [(self.table, fill(self.tr("The platforms' %1 add up to %2, not the goal's %3."), caption,
                                          format_value(kpi, total), format_value(kpi, whole)))]
        return []

    def contribute(self, fields: dict[str, Any]) -> None:
        fields["platforms"] = tuple(
            GoalPlatform(pid, self.edits[pid][0].value(), self.edits[pid][1].value()) for pid in self.checked())
