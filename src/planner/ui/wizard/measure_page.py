"""Page 2, specific and measurable: the statement, one KPI, a baseline and a target."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from planner.domain import catalog, realism
from planner.domain.catalog import Direction, Unit
from planner.domain.goals import MAX_STATEMENT, MAX_TITLE, value_problems
from planner.ui.formatting import fill, format_number, format_value, localize_digits, translated
from planner.ui.wizard.base import GoalPage
from planner.ui.wizard.fields import NumberEdit

UNIT_NAMES = {
    Unit.COUNT: QT_TRANSLATE_NOOP("units", "a count"),
    Unit.PERCENT: QT_TRANSLATE_NOOP("units", "a percentage"),
    Unit.HOURS: QT_TRANSLATE_NOOP("units", "hours"),
    Unit.CURRENCY: QT_TRANSLATE_NOOP("units", "money"),
    Unit.STARS: QT_TRANSLATE_NOOP("units", "stars, from 1 to 5"),
}


class MeasurePage(GoalPage):
    FINDINGS = frozenset({"own_pace", "benchmark_pace", "flow_pace", "rate_ceiling", "rate_limit", "rate_step",
                          "own_level", "cut_step", "cost_benchmark", "reach_share", "rate_over_100", "wrong_way",
                          "direction", "vanity_metric", "vague_statement", "slow_response", "too_few_posts",
                          "workload", "kpi_definition"})

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Make it specific and measurable"))
        self.setSubTitle(self.tr("Say exactly what you want, and how you will know you got there: one KPI, "
                                 "where you are now, and the number you aim for. “Lots of followers” cannot be "
                                 "measured; “2,400 Instagram followers” can."))
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("title")
        self.title_edit.setMaxLength(MAX_TITLE)
        self.title_edit.setPlaceholderText(self.tr("e.g. Grow Instagram followers to 2,400"))
        self.statement = QPlainTextEdit()
        self.statement.setObjectName("statement")
        self.statement.setTabChangesFocus(True)
        self.statement.setPlaceholderText(self.tr(
            "e.g. Grow our Instagram followers from 1,200 to 2,400 by posting Reels of the morning bake four "
            "times a week, within ten months."))
        self.statement.setMaximumHeight(90)
        self.kpi = QComboBox()
        self.kpi.setObjectName("kpi")
        self.all_kpis = QCheckBox(self.tr("Show every KPI"))
        self.all_kpis.setToolTip(self.tr("Offer KPIs the catalog lists for other objectives too"))
        self.kpi_info = QLabel()
        self.kpi_info.setObjectName("kpiInfo")
        self.kpi_info.setWordWrap(True)
        self.kpi_info.setTextFormat(Qt.TextFormat.PlainText)
        self.kpi_help = QLabel()
        self.kpi_help.setObjectName("kpiGuideLink")
        self.kpi_help.setTextFormat(Qt.TextFormat.RichText)
        self.kpi_help.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                              | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.kpi_help.linkActivated.connect(self.open_guide)
        self.baseline = NumberEdit(placeholder=self.tr("where you are now"))
        self.baseline.setObjectName("baseline")
        self.target = NumberEdit(placeholder=self.tr("where you want to be"))
        self.target.setObjectName("target")
        self.latest_hint = QLabel()
        self.latest_hint.setWordWrap(True)
        self.followers = NumberEdit(placeholder=self.tr("followers or subscribers today"))
        self.followers.setObjectName("followerCount")
        self.followers.setToolTip(self.tr("Rates fall as accounts grow: the figures of accounts your size are used "
                                          "to judge the target."))
        self.followers_label = QLabel(self.tr("&Followers now:"))
        self.followers_label.setBuddy(self.followers)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Goal, in a sentence:"), self.statement)
        form.addRow(self.tr("&KPI:"), self.kpi)
        form.addRow("", self.all_kpis)
        form.addRow("", self.kpi_info)
        form.addRow("", self.kpi_help)
        form.addRow(self.tr("Base&line:"), self.baseline)
        form.addRow("", self.latest_hint)
        form.addRow(self.tr("T&arget:"), self.target)
        form.addRow(self.followers_label, self.followers)
        self.body.addLayout(form)
        self.body.addStretch()
        for signal in (self.title_edit.textChanged, self.statement.textChanged, self.baseline.valueChanged,
                       self.target.valueChanged, self.followers.valueChanged):
            signal.connect(self.changed)
        self.kpi.currentIndexChanged.connect(self._kpi_changed)
        self.all_kpis.toggled.connect(self._fill_kpis)
        self._objective: str | None = None

    def initializePage(self) -> None:
        super().initializePage()
        objective = self.goal_wizard().objective_page.objective_id()
        if objective != self._objective:
            self._objective = objective
            self._fill_kpis()

    def _fill_kpis(self) -> None:
        keep = self.kpi_id()
        self.kpi.blockSignals(True)
        self.kpi.clear()
        kpis = catalog.KPIS if self.all_kpis.isChecked() or not self._objective else catalog.kpis_for(
            self._objective)
        for k in kpis:
            self.kpi.addItem(translated("catalog", k.name), k.id)
        index = self.kpi.findData(keep)
        self.kpi.setCurrentIndex(max(index, 0))
        self.kpi.blockSignals(False)
        self._kpi_changed()

    def select_kpi(self, kpi_id: str) -> None:
        if self.kpi.findData(kpi_id) < 0:
            self.all_kpis.setChecked(True)
        self.kpi.setCurrentIndex(self.kpi.findData(kpi_id))

    def kpi_id(self) -> str | None:
        return self.kpi.currentData()

    def _kpi_changed(self) -> None:
        kpi_id = self.kpi_id()
        if kpi_id is None:
            self.kpi_info.clear()
            self._show_followers(False)
        else:
            kpi = catalog.kpi(kpi_id)
            direction = (self.tr("higher is better") if kpi.direction is Direction.UP
                         else self.tr("lower is better"))
            unit = translated("units", UNIT_NAMES[kpi.unit])
            text = fill(self.tr("Unit: %1 · %2"), unit, direction)
            if kpi.description:
                text += "\n" + translated("catalog", kpi.description)
            if kpi.example:
                text += "\n" + fill(self.tr("For example: %1"), localize_digits(translated("catalog", kpi.example)))
            self.kpi_info.setText(text)
            self.kpi_help.setText(f'<a href="{kpi_id}">{html.escape(self.tr("What every KPI means, in the guide"))}'
                                  "</a>")
            self._show_followers(realism.uses_follower_count(kpi_id))
            latest = self.goal_wizard().latest_value(kpi_id) if self.wizard() else None
            if latest is not None:
                self.latest_hint.setText(fill(self.tr("Your latest figure for this KPI: %1"),
                                              format_value(kpi, latest)))
                if not self.baseline.text().strip():
                    self.baseline.set_value(latest)
            else:
                self.latest_hint.clear()
        self.changed()

    def _show_followers(self, shown: bool) -> None:
        """The follower count matters for rates, reach and impressions: ask for it only then."""
        self.followers.setVisible(shown)
        self.followers_label.setVisible(shown)
        if shown and not self.followers.text().strip() and self.wizard():
            latest = self.goal_wizard().document.latest_value("followers")
            if latest is not None:
                self.followers.set_value(latest)

    def open_guide(self, topic: str = "") -> None:
        """The guide at the chosen KPI, beside the wizard (a child of it, so the modal wizard lets it be used)."""
        from planner.ui.dialogs.guide import open_guide

        open_guide(self.window(), topic or self.kpi_id() or "kpis")

    def problems(self) -> list[tuple[QWidget, str]]:
        out: list[tuple[QWidget, str]] = []
        if not self.title_edit.text().strip():
            out.append((self.title_edit, self.tr("Give the goal a short title.")))
        if not self.statement.toPlainText().strip():
            out.append((self.statement, self.tr("Say in a sentence what you want to achieve: the statement is "
                                                "empty.")))
        elif len(self.statement.toPlainText().strip()) > MAX_STATEMENT:
            out.append((self.statement, fill(self.tr("The statement is longer than %1 characters: say it more "
                                                     "briefly."), format_number(MAX_STATEMENT))))
        kpi_id = self.kpi_id()
        if kpi_id is None:
            out.append((self.kpi, self.tr("Choose the KPI you will measure.")))
            return out
        kpi = catalog.kpi(kpi_id)
        values = {}
        for name, edit, caption in ((self.tr("baseline"), self.baseline, "baseline"),
                                    (self.tr("target"), self.target, "target")):
            problem = self._value_problem(kpi, name, edit)
            if problem:
                out.append((edit, problem))
            else:
                values[caption] = edit.value()
        if realism.uses_follower_count(kpi_id):
            if self.followers.problem():
                out.append((self.followers, fill(self.tr("The follower count is not a number: “%1”."),
                                                 self.followers.text().strip())))
            elif (self.followers.value() or 0) < 0:
                out.append((self.followers, self.tr("The follower count cannot be negative.")))
        if len(values) == 2 and not kpi.better(values["target"], values["baseline"]):
            if kpi.direction is Direction.DOWN:
                out.append((self.target, fill(self.tr("For %1 lower is better: the target must be below the "
                                                      "baseline (%2)."), translated("catalog", kpi.name),
                                              format_value(kpi, values["baseline"]))))
            else:
                out.append((self.target, fill(self.tr("For %1 higher is better: the target must be above the "
                                                      "baseline (%2)."), translated("catalog", kpi.name),
                                              format_value(kpi, values["baseline"]))))
        return out

    def _value_problem(self, kpi: catalog.Kpi, name: str, edit: NumberEdit) -> str:
        if not edit.text().strip():
            return fill(self.tr("Enter the %1."), name)
        if edit.problem():
            return fill(self.tr("The %1 is not a number: “%2”."), name, edit.text().strip())
        for problem in value_problems(kpi, edit.value()):
            if problem == "cannot be negative":
                return fill(self.tr("The %1 cannot be negative."), name)
            if problem.startswith("a percentage"):
                return fill(self.tr("The %1 is a percentage: it cannot be over 100."), name)
            return fill(self.tr("The %1 %2."), name, translated("problems", problem))
        return ""

    def contribute(self, fields: dict[str, Any]) -> None:
        kpi_id = self.kpi_id()
        asked = bool(kpi_id) and realism.uses_follower_count(kpi_id)
        fields.update(title=self.title_edit.text().strip(), statement=self.statement.toPlainText().strip(),
                      kpi=kpi_id or "", baseline=self.baseline.value(), target=self.target.value(),
                      follower_count=self.followers.value() if asked else None)
