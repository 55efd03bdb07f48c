"""Page 4, relevant: what business objective the goal serves, for whom, with what means."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QWidget

from planner.domain.goals import (
    MAX_AGE,
    MAX_BUSINESS_OBJECTIVE,
    MAX_CURRENCY,
    MAX_LOCATION,
    MIN_AGE,
    Audience,
    FamilyStage,
    Gender,
    Income,
    audience_label,
)
from planner.ui.formatting import fill, translated
from planner.ui.wizard.base import GoalPage
from planner.ui.wizard.fields import NumberEdit


def _enum_combo(enum: type, name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    for value in enum:
        combo.addItem(translated("audience", audience_label(value)), value.value)
    return combo


class RelevantPage(GoalPage):
    FINDINGS = frozenset({"resources"})

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Why does it matter, and for whom?"))
        self.setSubTitle(self.tr("A goal should serve your business plan. Who you want to reach (age, gender, "
                                 "income, family) changes what works and where. Engagement takes hours every "
                                 "week, and creative work needs a budget."))
        self.business = QLineEdit()
        self.business.setObjectName("businessObjective")
        self.business.setMaxLength(MAX_BUSINESS_OBJECTIVE)
        self.business.setPlaceholderText(self.tr("e.g. Take more pre-orders online"))
        self.age_min = QSpinBox()
        self.age_max = QSpinBox()
        for box, name in ((self.age_min, "ageMin"), (self.age_max, "ageMax")):
            box.setObjectName(name)
            box.setRange(MIN_AGE, MAX_AGE)
            box.setSpecialValueText(self.tr("any"))
            box.valueChanged.connect(self.changed)
        ages = QHBoxLayout()
        ages.addWidget(self.age_min)
        ages.addWidget(self.age_max)
        self.gender = _enum_combo(Gender, "gender")
        self.income = _enum_combo(Income, "income")
        self.family = _enum_combo(FamilyStage, "family")
        self.location = QLineEdit()
        self.location.setObjectName("location")
        self.location.setMaxLength(MAX_LOCATION)
        self.budget = NumberEdit(placeholder=self.tr("0 if none"))
        self.budget.setObjectName("budget")
        self.currency = QLineEdit()
        self.currency.setObjectName("currency")
        self.currency.setMaxLength(MAX_CURRENCY)
        self.currency.setMaximumWidth(90)
        money = QHBoxLayout()
        money.addWidget(self.budget)
        money.addWidget(self.currency)
        self.hours = NumberEdit(placeholder=self.tr("hours you can give it each week"))
        self.hours.setObjectName("hours")
        form = QFormLayout()
        form.addRow(self.tr("&Serves the business objective:"), self.business)
        ages_label = QLabel(self.tr("Audience &ages (from, to):"))
        ages_label.setBuddy(self.age_min)
        form.addRow(ages_label, ages)
        form.addRow(self.tr("&Gender:"), self.gender)
        form.addRow(self.tr("&Income:"), self.income)
        form.addRow(self.tr("&Family situation:"), self.family)
        form.addRow(self.tr("&Location:"), self.location)
        money_label = QLabel(self.tr("B&udget:"))
        money_label.setBuddy(self.budget)
        form.addRow(money_label, money)
        form.addRow(self.tr("&Hours per week:"), self.hours)
        self.body.addLayout(form)
        self.body.addStretch()
        for signal in (self.business.textChanged, self.location.textChanged, self.budget.valueChanged,
                       self.currency.textChanged, self.hours.valueChanged):
            signal.connect(self.changed)

    def set_audience(self, a: Audience) -> None:
        self.age_min.setValue(a.age_min or 0)
        self.age_max.setValue(a.age_max or 0)
        for combo, value in ((self.gender, a.gender), (self.income, a.income), (self.family, a.family_stage)):
            combo.setCurrentIndex(combo.findData(value.value))
        self.location.setText(a.location)

    def problems(self) -> list[tuple[QWidget, str]]:
        out: list[tuple[QWidget, str]] = []
        if self.budget.problem():
            out.append((self.budget, fill(self.tr("The budget is not a number: “%1”."), self.budget.text().strip())))
        elif (self.budget.value() or 0) < 0:
            out.append((self.budget, self.tr("The budget cannot be negative.")))
        if self.hours.problem():
            out.append((self.hours, fill(self.tr("Hours per week is not a number: “%1”."),
                                         self.hours.text().strip())))
        elif self.hours.value() is not None and not 0 <= self.hours.value() <= 168:
            out.append((self.hours, self.tr("Hours per week must be between 0 and 168.")))
        if self.age_min.value() and self.age_max.value() and self.age_min.value() > self.age_max.value():
            out.append((self.age_max, self.tr("The youngest age is above the oldest.")))
        return out

    def contribute(self, fields: dict[str, Any]) -> None:
        fields.update(
            business_objective=self.business.text().strip(),
            audience=Audience(
                age_min=self.age_min.value() or None, age_max=self.age_max.value() or None,
                gender=Gender(self.gender.currentData()), income=Income(self.income.currentData()),
                family_stage=FamilyStage(self.family.currentData()), location=self.location.text().strip()),
            budget=self.budget.value(), currency=self.currency.text().strip(), hours_per_week=self.hours.value())
