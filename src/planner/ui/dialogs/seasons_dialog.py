"""Plan > Seasons: the named stretches of the year that change every goal's pace.

A list of the plan's seasons and, for the one selected, its name, first and
last day (typed exactly, ``DateField``) and effect (0 a pause, 0.5 half the
usual pace, 2 twice it).  "Add holidays" offers the next twelve months'
Ramadan, Eid al-Fitr, Eid al-Adha, Nowruz and Black Friday, computed
(``holidays``), and says that a month that begins with the moon's sighting can
begin a day earlier or later.  OK makes all the changes one undo step.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain import holidays
from planner.domain.periods import Span
from planner.domain.seasons import MAX_EFFECT, MAX_SEASON_DAYS, MAX_SEASON_NAME, MAX_SEASONS, Season
from planner.ui.date_field import DateField
from planner.ui.formatting import fill, translated
from planner.ui.review_view import effect_words, season_line, span_words


class SeasonsDialog(QDialog):
    def __init__(self, seasons: list[Season], today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("seasonsDialog")
        self.setWindowTitle(self.tr("Seasons"))
        self.today = today
        self.seasons = list(seasons)
        intro = QLabel(self.tr("A season changes how fast every goal can move while it lasts: 0 pauses the "
                               "target line, 0.5 halves its pace, 2 doubles it. The line still reaches each "
                               "target on its deadline, and forecasts count a season's days the same way."))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("seasonList")
        self.list.setAccessibleName(self.tr("Seasons"))
        self.list.currentRowChanged.connect(self._show)
        self.name = QLineEdit()
        self.name.setObjectName("seasonName")
        self.name.setMaxLength(MAX_SEASON_NAME)
        self.first = DateField(name="seasonFirst")
        self.last = DateField(name="seasonLast")
        self.effect = QDoubleSpinBox()
        self.effect.setObjectName("seasonEffect")
        self.effect.setRange(0.0, MAX_EFFECT)
        self.effect.setDecimals(2)
        self.effect.setSingleStep(0.25)
        self.effect.setPrefix("×")
        self.effect_word = QLabel()
        for widget in (self.name, self.first, self.last):
            widget.editingFinished.connect(self._store)
        self.effect.valueChanged.connect(self._store)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&First day:"), self.first)
        form.addRow(self.tr("&Last day:"), self.last)
        effect_row = QHBoxLayout()
        effect_row.addWidget(self.effect)
        effect_row.addWidget(self.effect_word, 1)
        form.addRow(self.tr("&Effect on the pace:"), effect_row)
        self.add_button = QPushButton(self.tr("&Add a season"))
        self.add_button.setObjectName("addSeason")
        self.add_button.clicked.connect(self.add_season)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setObjectName("removeSeason")
        self.remove_button.clicked.connect(self.remove_season)
        self.holidays_button = QPushButton(self.tr("Add &holidays"))
        self.holidays_button.setObjectName("addHolidays")
        self.holidays_menu = QMenu(self)
        self.holidays_menu.setObjectName("holidaysMenu")
        self.holidays_menu.aboutToShow.connect(self._fill_holidays)
        self.holidays_button.setMenu(self.holidays_menu)
        note = QLabel(self.tr("Ramadan and the Eids follow the Umm al-Qura calendar; where a month begins with the "
                              "sighting of the moon, the observed first day can be a day earlier or later. Nowruz "
                              "runs to Sizdah Bedar. The effect each holiday starts with is only a first guess: "
                              "set what your business sees."))
        note.setObjectName("holidayNote")
        note.setWordWrap(True)
        note.setStyleSheet("color: #546e7a;")
        self.message = QLabel()
        self.message.setObjectName("seasonMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b71c1c;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        for b in (self.add_button, self.holidays_button, self.remove_button):
            row.addWidget(b)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(620, 560)
        self._refill(0)

    # -- the list --------------------------------------------------------------
    def _refill(self, row: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for season in self.seasons:
            item = QListWidgetItem(season_line(season))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, season_line(season))
            self.list.addItem(item)
        self.list.blockSignals(False)
        has = bool(self.seasons)
        for w in (self.name, self.first, self.last, self.effect, self.remove_button):
            w.setEnabled(has)
        if has:
            self.list.setCurrentRow(max(0, min(row, len(self.seasons) - 1)))
            self._show(self.list.currentRow())

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.seasons):
            return
        s = self.seasons[row]
        self._showing = True
        self.name.setText(s.name)
        self.first.setDate(s.start)
        self.last.setDate(s.end)
        self.effect.setValue(s.effect)
        self.effect_word.setText(effect_words(s.effect))
        self._showing = False

    def _store(self) -> None:
        """The form's values into the season selected, when they make one; else say why."""
        row = self.list.currentRow()
        if getattr(self, "_showing", False) or not 0 <= row < len(self.seasons):
            return
        self.effect_word.setText(effect_words(self.effect.value()))
        first, last = self.first.date(), self.last.date()
        if first is None or last is None:
            self.message.setText(self.first.problem() or self.last.problem())
            return
        season = Season(" ".join(self.name.text().split()), first, last, round(self.effect.value(), 2))
        if not season.name:
            self.message.setText(self.tr("Give the season a name."))
            return
        if last < first:
            self.message.setText(self.tr("The last day is before the first day."))
            return
        if season.days > MAX_SEASON_DAYS:
            self.message.setText(fill(self.tr("A season lasts at most %1 days."), str(MAX_SEASON_DAYS)))
            return
        self.message.setText("")
        self.seasons[row] = season
        item = self.list.item(row)
        item.setText(season_line(season))

    def add_season(self) -> None:
        if len(self.seasons) >= MAX_SEASONS:
            self.message.setText(fill(self.tr("A plan holds at most %1 seasons."), str(MAX_SEASONS)))
            return
        start = self.today
        self.seasons.append(Season(self.tr("New season"), start, start + timedelta(days=6), 0.5))
        self._refill(len(self.seasons) - 1)
        self.name.setFocus()
        self.name.selectAll()

    def add_holiday(self, holiday: holidays.Holiday) -> None:
        season = holiday.season(translated("holidays", holiday.name))
        if season in self.seasons:
            return
        self.seasons.append(season)
        self.seasons.sort(key=lambda s: (s.start, s.end, s.name))
        self._refill(self.seasons.index(season))

    def remove_season(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.seasons):
            del self.seasons[row]
            self._refill(row)

    def _fill_holidays(self) -> None:
        self.holidays_menu.clear()
        for holiday in holidays.upcoming(self.today):
            text = fill(self.tr("%1: %2"), translated("holidays", holiday.name),
                        span_words(Span(holiday.first, holiday.last)))
            action = self.holidays_menu.addAction(text)
            action.triggered.connect(lambda _=False, h=holiday: self.add_holiday(h))
        if self.holidays_menu.isEmpty():
            self.holidays_menu.addAction(self.tr("(no holidays in the next twelve months)")).setEnabled(False)

    def _accept(self) -> None:
        self._store()
        if self.message.text():
            return
        self.accept()

    def chosen(self) -> list[Season]:
        return list(self.seasons)
