"""Preferences: language, the calendar dates are shown and entered in, digits, and the plan's review day.

The review day and time are kept in the open plan (the reminders file and
``planner schedule`` use them too); without a plan that part is greyed out.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QTimeEdit,
                               QWidget)

from planner.domain.review import Schedule, Weekday
from planner.ui.formatting import translated
from planner.ui.preferences import LANGUAGES, Calendar, Preferences


class PreferencesDialog(QDialog):
    def __init__(self, prefs: Preferences, parent: QWidget | None = None, schedule: Schedule | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(self.tr("The system's language"), "")
        for code, (_, name) in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(prefs.language)))
        self.calendar = QComboBox()
        self.calendar.setObjectName("calendar")
        self.calendar.addItem(self.tr("The language's usual calendar"), "")
        self.calendar.addItem(self.tr("Gregorian"), Calendar.GREGORIAN.value)
        self.calendar.addItem(self.tr("Solar Hijri (Jalali)"), Calendar.JALALI.value)
        self.calendar.addItem(self.tr("Islamic civil (Hijri)"), Calendar.ISLAMIC_CIVIL.value)
        self.calendar.setCurrentIndex(max(0, self.calendar.findData(prefs.calendar.value if prefs.calendar else "")))
        self.latin = QCheckBox(self.tr("Always write numbers with Latin digits (0123456789)"))
        self.latin.setObjectName("latinDigits")
        self.latin.setChecked(prefs.latin_digits)
        note = QLabel(self.tr("Dates are stored the same way whatever the calendar: changing it only changes "
                              "how they are shown and entered. A new language applies after a restart."))
        note.setWordWrap(True)
        self.schedule = schedule
        self.review_day = QComboBox()
        self.review_day.setObjectName("reviewDay")
        for day in Weekday:
            self.review_day.addItem(translated("review", day.label), int(day))
        self.review_time = QTimeEdit()
        self.review_time.setObjectName("reviewTime")
        self.review_time.setDisplayFormat("HH:mm")
        if schedule is not None:
            self.review_day.setCurrentIndex(self.review_day.findData(int(schedule.day)))
            self.review_time.setTime(QTime(schedule.at.hour, schedule.at.minute))
        for w in (self.review_day, self.review_time):
            w.setEnabled(schedule is not None)
        review_note = QLabel(self.tr("The day you review this plan each week: goals wait for their figures from "
                                     "then, and File > Export review schedule puts it in your calendar.")
                             if schedule is not None else self.tr("Open a plan to set its review day."))
        review_note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Calendar:"), self.calendar)
        form.addRow("", self.latin)
        form.addRow(note)
        form.addRow(self.tr("&Review day:"), self.review_day)
        form.addRow(self.tr("Review &time:"), self.review_time)
        form.addRow(review_note)
        form.addRow(buttons)

    def chosen(self) -> Preferences:
        calendar = self.calendar.currentData()
        return Preferences(language=self.language.currentData(),
                           calendar=Calendar(calendar) if calendar else None,
                           latin_digits=self.latin.isChecked())

    def chosen_schedule(self) -> Schedule | None:
        """The review day and time chosen (None without a plan)."""
        if self.schedule is None:
            return None
        t = self.review_time.time()
        return Schedule(Weekday(self.review_day.currentData()), time(t.hour(), t.minute()))
