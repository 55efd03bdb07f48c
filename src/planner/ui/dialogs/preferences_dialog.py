"""Preferences: language, the calendar dates are shown and entered in, and digits."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from planner.ui.preferences import LANGUAGES, Calendar, Preferences


class PreferencesDialog(QDialog):
    def __init__(self, prefs: Preferences, parent: QWidget | None = None) -> None:
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
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Calendar:"), self.calendar)
        form.addRow("", self.latin)
        form.addRow(note)
        form.addRow(buttons)

    def chosen(self) -> Preferences:
        calendar = self.calendar.currentData()
        return Preferences(language=self.language.currentData(),
                           calendar=Calendar(calendar) if calendar else None,
                           latin_digits=self.latin.isChecked())
