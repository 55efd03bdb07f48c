"""Dates as the owner types them: read exactly, in their calendar and digits, or refused with a message.

Qt's QDateEdit edits a date section by section and keeps every intermediate
state a valid date: typing "2/28/2027" over 1/31/2026 passes through 2/31,
which it clamps or corrects to the previous value (``correctionMode``), and
typing from the start of a filled field overwrites sections in place.  The
result was a date the owner never typed, with no message.  ``DateField`` is a
line edit instead: the whole text is read at once by ``read_date`` when it is
complete, a date that does not exist is refused with the reason, and nothing
is ever "fixed".  A calendar popup (in the user's calendar) picks a date with
the mouse, Alt+Down or F4 opens it, Up and Down move a day.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from PySide6.QtCore import QCalendar, QCoreApplication, QDate, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QAction, QFocusEvent, QKeyEvent, QValidator
from PySide6.QtWidgets import QCalendarWidget, QFrame, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from planner.domain.goals import FIRST_DAY, LAST_DAY
from planner.domain.numbers import to_latin_digits
from planner.ui.formatting import calendar, fill, format_date, localize_digits, short_date_format, to_qdate
from planner.ui.icons import icon

#: Marks a right-to-left date may carry between its parts (RLM, ALM, isolates, embeddings).
_BIDI_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u202e"))
_SEPARATOR = r"\s*[/\-.\u060d\u066b\u2044\u2215]\s*|\s+"
_DATE = re.compile(rf"^\s*(\d+)(?:{_SEPARATOR})(\d+)(?:{_SEPARATOR})(\d+)\s*$")
#: What may be typed at all: digits of any script, separators and spaces (a partial date is fine).
_TYPABLE = re.compile(r"^[\d\s/\-.\u060d\u066b\u2044\u2215\u200e\u200f\u061c]*$")


class DateError(ValueError):
    """A typed date that cannot be read; the message says why, in the user's language."""


def field_order() -> tuple[str, str, str]:
    """The order of day ("d"), month ("M") and year ("y") in the user's short date format."""
    tokens = re.findall(r"[dMy]", re.sub(r"'[^']*'", "", short_date_format()))
    order: list[str] = []
    for token in tokens:
        if token not in order:
            order.append(token)
    return tuple(order) if sorted(order) == ["M", "d", "y"] else ("y", "M", "d")  # type: ignore[return-value]


def order_in_words() -> str:
    """E.g. "month, day, year": how the user's dates are written, in their words."""
    words = {"d": QCoreApplication.translate("DateField", "day"), "M": QCoreApplication.translate("DateField", "month"), "y": QCoreApplication.translate("DateField", "year")}
    return QCoreApplication.translate("describe", ", ").join(words[t] for t in field_order())


def example() -> str:
    """A date written the user's way, to show how to write one."""
    return format_date(date(2027, 2, 28))


def _not_a_date(raw: str) -> DateError:
    return DateError(fill(QCoreApplication.translate("DateField", "“%1” is not a date. Write it like %2 (%3), or as YYYY-MM-DD."),
                          raw, example(), order_in_words()))


def _calendar_years(cal) -> tuple[int, int]:
    """The years of *cal* that hold a day between FIRST_DAY and LAST_DAY."""
    return (cal.partsFromDate(to_qdate(FIRST_DAY)).year, cal.partsFromDate(to_qdate(LAST_DAY)).year)


def read_date(text: str, first: date = FIRST_DAY, last: date = LAST_DAY) -> date:
    """The date *text* means, in the user's calendar and order, with any digits; DateError if none.

    Day, month and year come in the order of the user's short date format; a
    four-digit first field means year first (2027/2/28, or ISO 2027-02-28).  A
    year-first date whose year belongs to the user's calendar (1405 in Solar
    Hijri) is read in that calendar; otherwise year-first dates are Gregorian
    (ISO 8601).  The calendars' years between 2000 and 2100 do not overlap with
    the Gregorian ones, so this never has two readings.  Nothing is corrected:
    a day the month does not have is refused.
    """
    raw = text.strip()
    clean = to_latin_digits(raw.translate(_BIDI_MARKS))
    match = _DATE.match(clean)
    if not raw:
        raise DateError(QCoreApplication.translate("DateField", "Enter a date."))
    if match is None:
        raise _not_a_date(raw)
    groups = match.groups()
    cal = calendar()
    if len(groups[0]) == 4:
        year, month, day = (int(g) for g in groups)
        low, high = _calendar_years(cal)
        if not cal.isGregorian() and not low <= year <= high:
            gregorian = QCalendar(QCalendar.System.Gregorian)
            g_low, g_high = _calendar_years(gregorian)
            if g_low <= year <= g_high:
                cal = gregorian  # ISO 8601: a Gregorian date, whatever calendar the user reads
        year_text = groups[0]
    else:
        parts = dict(zip(field_order(), groups, strict=True))
        if field_order()[0] == "y" and len(groups[0]) != 4:
            raise _not_a_date(raw)
        year_text = parts["y"]
        year, month, day = int(parts["y"]), int(parts["M"]), int(parts["d"])
    if len(year_text) != 4:
        raise DateError(fill(QCoreApplication.translate("DateField", "“%1”: write the year in full, with four digits (like %2)."), raw, example()))
    months = cal.monthsInYear(year)
    if not 1 <= month <= months:
        raise DateError(fill(QCoreApplication.translate("DateField", "“%1” is not a date: there is no month %2 (months go from 1 to %3)."),
                             raw, _number(month), _number(months)))
    days = cal.daysInMonth(month, year)
    if not 1 <= day <= days:
        month_name = f"{cal.monthName(QLocale(), month, year)} {_number(year)}"
        raise DateError(fill(QCoreApplication.translate("DateField", "“%1” is not a date: %2 has %3 days."), raw, month_name, _number(days)))
    q = cal.dateFromParts(year, month, day)
    if not q.isValid():
        raise _not_a_date(raw)
    value = date(q.year(), q.month(), q.day())
    if not first <= value <= last:
        raise DateError(fill(QCoreApplication.translate("DateField", "“%1”: choose a date from %2 to %3."), raw, format_date(first), format_date(last)))
    return value


def _number(n: int) -> str:
    """A whole number (a year: no group separator) in the digits the rest of the screen uses."""
    return localize_digits(str(n))


class _Typable(QValidator):
    """Lets through what can become a date (digits, separators); letters are not typed at all.

    Anything typable is "acceptable" to Qt on purpose: Return and leaving the
    field must reach ``DateField``, which reads the text and says what is wrong
    (a validator that holds text back would swallow Return without a word).
    """

    def validate(self, text: str, pos: int):  # noqa: D102 - Qt's
        state = QValidator.State.Acceptable if _TYPABLE.match(text) else QValidator.State.Invalid
        return state, text, pos


class CalendarPopup(QFrame):
    """A month calendar in the user's calendar system, under the field; choosing a day closes it."""

    chosen = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("calendarPopup")
        self.calendar_widget = QCalendarWidget()
        self.calendar_widget.setCalendar(calendar())
        self.calendar_widget.setLocale(QLocale())
        self.calendar_widget.setGridVisible(True)
        self.calendar_widget.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar_widget.setMinimumDate(to_qdate(FIRST_DAY))
        self.calendar_widget.setMaximumDate(to_qdate(LAST_DAY))
        self.calendar_widget.activated.connect(self._choose)
        self.calendar_widget.clicked.connect(self._choose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(self.calendar_widget)

    def _choose(self, day: QDate) -> None:
        self.chosen.emit(day)
        self.close()


class DateField(QLineEdit):
    """A date field: type the date your way, or pick it from the calendar.

    ``date()`` is the date read from the text (None while it is not one);
    ``problem()`` says why not, in words, once there is text; the field turns
    red only after it is left, so a date half typed is never an error.
    """

    dateChanged = Signal(object)  # the new date, or None while the text is not a date

    def __init__(self, parent: QWidget | None = None, *, name: str = "",
                 first: date = FIRST_DAY, last: date = LAST_DAY) -> None:
        super().__init__(parent)
        if name:
            self.setObjectName(name)
        self.first, self.last = first, last
        self._date: date | None = None
        self._problem = ""
        self.setValidator(_Typable(self))
        self.setMaxLength(32)
        self.setPlaceholderText(example())
        self.setToolTip(fill(QCoreApplication.translate("DateField", "Type a date like %1 (%2), or press Alt+Down for the calendar."),
                             example(), order_in_words()))
        self.setAccessibleDescription(self.toolTip())
        self.pick = QAction(icon("calendar"), QCoreApplication.translate("DateField", "Choose from the calendar"), self)
        self.pick.setObjectName("pickDate")
        self.pick.triggered.connect(self.show_calendar)
        self.addAction(self.pick, QLineEdit.ActionPosition.TrailingPosition)
        self.popup: CalendarPopup | None = None
        # as wide as a date and its calendar button, not as the form (a table cell sizes it itself)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.textChanged.connect(self._read)
        self.editingFinished.connect(self._finished)
        self._read(self.text())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        wide = self.fontMetrics().horizontalAdvance(format_date(date(2028, 12, 28))) * 1.3
        return QSize(int(wide) + hint.height() + 16, hint.height())

    # -- the value ---------------------------------------------------------
    def date(self) -> date | None:
        return self._date

    def setDate(self, day: date | QDate | None) -> None:  # noqa: N802 - like QDateEdit's
        if isinstance(day, QDate):
            day = date(day.year(), day.month(), day.day()) if day.isValid() else None
        self.setText(format_date(day) if day is not None else "")
        self._show_problem(False)

    def problem(self) -> str:
        """Why the text is not a date ("" when it is one)."""
        return self._problem

    def _read(self, text: str) -> None:
        try:
            value: date | None = read_date(text, self.first, self.last)
            self._problem = ""
        except DateError as exc:
            value, self._problem = None, str(exc)
        if self.property("invalid") and not self._problem:
            self._show_problem(False)
        if value != self._date:
            self._date = value
            self.dateChanged.emit(value)

    def _finished(self) -> None:
        """Left the field: show the date the way every date is shown (the user's digits), or the problem."""
        if self._date is not None:
            canonical = format_date(self._date)
            if canonical != self.text():
                self.setText(canonical)
        self._show_problem(bool(self._problem))

    def _show_problem(self, shown: bool) -> None:
        self.setProperty("invalid", shown)
        self.setStyleSheet("DateField { border: 2px solid #b71c1c; border-radius: 3px; }" if shown else "")
        self.setToolTip(self._problem if shown else fill(
            QCoreApplication.translate("DateField", "Type a date like %1 (%2), or press Alt+Down for the calendar."), example(), order_in_words()))

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self._show_problem(bool(self._problem) and bool(self.text().strip()))

    # -- keyboard and calendar ----------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key, mods = event.key(), event.modifiers()
        if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down and mods & Qt.KeyboardModifier.AltModifier):
            self.show_calendar()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not mods & Qt.KeyboardModifier.AltModifier \
                and self._date is not None:
            step = timedelta(days=1 if key == Qt.Key.Key_Up else -1)
            moved = self._date + step
            if self.first <= moved <= self.last:
                self.setDate(moved)
            return
        super().keyPressEvent(event)

    def show_calendar(self) -> None:
        if self.isReadOnly():
            return
        self.popup = CalendarPopup(self)
        self.popup.calendar_widget.setMinimumDate(to_qdate(self.first))
        self.popup.calendar_widget.setMaximumDate(to_qdate(self.last))
        if self._date is not None:
            self.popup.calendar_widget.setSelectedDate(to_qdate(self._date))
        self.popup.chosen.connect(self._picked)
        below = self.mapToGlobal(self.rect().bottomLeft())
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            below = self.mapToGlobal(self.rect().bottomRight())
            below.setX(below.x() - self.popup.sizeHint().width())
        self.popup.move(below)
        self.popup.show()
        self.popup.calendar_widget.setFocus()

    def _picked(self, day: QDate) -> None:
        self.setDate(day)
        self.setFocus(Qt.FocusReason.PopupFocusReason)
        self.editingFinished.emit()
