"""Issue 17, item 1: a typed date is read exactly (in the user's calendar and digits) or refused with a message.

Every date field is typed into with real key events, from an empty field and
from the start of a filled one: the wizard's start, deadline and milestone
dates, and the figures table's date editor.  QDateEdit, which these fields
were, turned "2/28/2027" into 3/1/2027 (or 3/28/2027 from the start of the
field) and "11/23/2026" into 11/1/2026 without a word.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from helpers import TODAY, type_keys
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from PySide6.QtWidgets import QWidget

from planner.ui.date_field import DateError, DateField, read_date
from planner.ui.observations_table import DATE, ObservationRole
from planner.ui.preferences import Calendar
from planner.ui.wizard.goal_wizard import GoalWizard


def typed(qtbot, field: DateField, text: str, *, from_start: bool = False) -> DateField:
    """Type *text* into *field* as a user does: over a selected (or empty) field, or at its start."""
    field.setFocus()
    if from_start:
        qtbot.keyClick(field, Qt.Key.Key_Home)
    else:
        field.selectAll()
    type_keys(qtbot, field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    return field


# -- reading: every calendar, every digit set ---------------------------------------------------

@pytest.mark.parametrize("code, calendar, text, expected", [
    ("en", None, "2/28/2027", date(2027, 2, 28)),  # the deadline of the issue
    ("en", None, "11/23/2026", date(2026, 11, 23)),  # the figure of the issue
    ("en", None, "02/29/2028", date(2028, 2, 29)),  # a leap day, with leading zeros
    ("en", None, "2027-02-28", date(2027, 2, 28)),  # ISO 8601
    ("en", None, " 2/28/2027 ", date(2027, 2, 28)),
    ("en", Calendar.JALALI, "1405/12/29", date(2027, 3, 20)),  # an English window in Solar Hijri: year first
    ("fa", None, "۱۴۰۵/۱۲/۲۹", date(2027, 3, 20)),  # 29 Esfand 1405, Persian digits
    ("fa", None, "1403/12/30", date(2025, 3, 20)),  # 1403 is a leap year: Esfand has 30 days; Latin digits
    ("fa", None, "۱۴۰۵/۱/۱", date(2026, 3, 21)),  # Nowruz
    ("fa", None, "2027-02-28", date(2027, 2, 28)),  # a Gregorian ISO date in a Jalali window: 2027 is no Jalali year
    ("fa", Calendar.GREGORIAN, "۲۰۲۷/۲/۲۸", date(2027, 2, 28)),
    ("ar", None, "٢٨/٢/٢٠٢٧", date(2027, 2, 28)),  # Arabic-Indic digits, day first
    ("ar", None, "28/2/2027", date(2027, 2, 28)),
    ("ar", None, "٢٨\u200f/٢\u200f/٢٠٢٧", date(2027, 2, 28)),  # as Qt writes it, with right-to-left marks
    ("ar", Calendar.ISLAMIC_CIVIL, "٣٠/٩/١٤٤٨", date(2027, 3, 9)),  # 30 Ramadan 1448: 1 Ramadan is 8 Feb 2027
    ("ar", Calendar.ISLAMIC_CIVIL, "1/10/1448", date(2027, 3, 10)),  # 1 Shawwal 1448
])
def test_read_exactly(language, code, calendar, text, expected):
    language(code, calendar=calendar)
    assert read_date(text) == expected


@pytest.mark.parametrize("code, calendar, text, words", [
    ("en", None, "2/29/2027", "February 2027 has 28 days"),
    ("en", None, "2/30/2028", "February 2028 has 29 days"),
    ("en", None, "13/1/2027", "there is no month 13"),
    ("en", None, "2/28/27", "four digits"),  # 27 could be 1927 or 2027: not guessed
    ("en", None, "28/2/2027", "there is no month 28"),  # a day-first date in a month-first window
    ("en", None, "tomorrow", "is not a date"),
    ("en", None, "2/28/2027/1", "is not a date"),
    ("en", None, "1/1/1999", "choose a date from 1/1/2000 to 12/31/2100"),
    ("fa", None, "۱۴۰۵/۱۲/۳۰", "۲۹"),  # Esfand 1405 has 29 days
    ("fa", None, "1405/13/1", "۱۳"),  # no thirteenth month
    ("ar", Calendar.ISLAMIC_CIVIL, "30/10/1448", "٢٩"),  # Shawwal has 29 days
    ("ar", None, "٣١/٤/٢٠٢٧", "٣٠"),  # April has 30 days
])
def test_refused_with_the_reason(language, code, calendar, text, words):
    language(code, calendar=calendar)
    with pytest.raises(DateError, match=words):
        read_date(text)


def _days_in_month(year: int, month: int) -> int:
    """The Gregorian rule, written out: the test's own expectation."""
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])  # the fixture only sets the language
@given(st.integers(2000, 2100), st.integers(0, 14), st.integers(0, 33))
def test_any_typed_gregorian_day_is_that_day_or_refused(qt_settings, year, month, day):
    text = f"{month}/{day}/{year}"
    if 1 <= month <= 12 and 1 <= day <= _days_in_month(year, month):
        assert read_date(text) == date(year, month, day)
    else:
        with pytest.raises(DateError):
            read_date(text)


@pytest.mark.parametrize("code, calendar, latin", [
    ("en", None, False), ("fa", None, False), ("fa", None, True), ("ar", None, False),
    ("ar", Calendar.ISLAMIC_CIVIL, False), ("en", Calendar.JALALI, False),
])
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=60)
@given(offset=st.integers(0, 36889))
def test_every_shown_date_reads_back_as_itself(language, code, calendar, latin, offset):
    """What a field shows (the user's calendar, order and digits) is what it reads."""
    from planner.ui.formatting import format_date

    language(code, calendar=calendar, latin_digits=latin)
    day = date(2000, 1, 1) + timedelta(days=offset)
    assert read_date(format_date(day)) == day


# -- typing into every field -----------------------------------------------------------------------

def _wizard(qtbot, window):
    wizard = GoalWizard(window.document)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.timing_page
    page.add_milestone()
    return wizard, {"start": page.start, "deadline": page.deadline, "milestone": page.milestones.cellWidget(0, 0)}


@pytest.fixture
def plan_window(window, tmp_path):
    assert window.open_path(tmp_path / "bakery.sgplan", create=True)
    window.document.set_today(TODAY)
    return window


@pytest.mark.parametrize("field", ["start", "deadline", "milestone"])
def test_typed_into_an_empty_wizard_field(plan_window, qtbot, field):
    _, fields = _wizard(qtbot, plan_window)
    edit = fields[field]
    edit.clear()
    typed(qtbot, edit, "2/28/2027")
    assert edit.date() == date(2027, 2, 28) and edit.problem() == ""
    assert edit.text() == "2/28/2027"


@pytest.mark.parametrize("field", ["start", "deadline", "milestone"])
def test_typed_over_a_filled_wizard_field(plan_window, qtbot, field):
    _, fields = _wizard(qtbot, plan_window)
    edit = fields[field]
    edit.setDate(date(2026, 1, 31))  # QDateEdit clamped 2/31 to 2/28 on the way: here nothing is on the way
    typed(qtbot, edit, "2/28/2027")
    assert edit.date() == date(2027, 2, 28)


@pytest.mark.parametrize("field", ["start", "deadline", "milestone"])
def test_typed_at_the_start_of_a_filled_wizard_field_is_refused_not_mixed(plan_window, qtbot, field):
    wizard, fields = _wizard(qtbot, plan_window)
    edit = fields[field]
    edit.setDate(date(2026, 11, 22))
    typed(qtbot, edit, "2/28/2027", from_start=True)
    assert edit.text() == "2/28/202711/22/2026"  # what was typed, untouched
    assert edit.date() is None and "is not a date" in edit.problem()
    assert edit.property("invalid") is True  # shown in red, with the reason as its tooltip
    assert edit.toolTip() == edit.problem()
    page = wizard.timing_page
    assert "is not a date" in page.problem()


@pytest.mark.parametrize("code, calendar, text, expected", [
    ("fa", None, "۱۴۰۵/۱۲/۲۹", date(2027, 3, 20)),
    ("ar", None, "٢٨/٢/٢٠٢٧", date(2027, 2, 28)),
    ("ar", Calendar.ISLAMIC_CIVIL, "٣٠/٩/١٤٤٨", date(2027, 3, 9)),
])
def test_typed_in_each_calendar_and_digits(language, plan_window, qtbot, code, calendar, text, expected):
    language(code, calendar=calendar)
    _, fields = _wizard(qtbot, plan_window)
    for edit in fields.values():
        edit.clear()
        typed(qtbot, edit, text)
        assert edit.date() == expected, edit.objectName()


# -- the figures table -----------------------------------------------------------------------------

def _date_editor(qtbot, window, row: int, first_key: str = ""):
    """Open the date editor of the figures table's *row* as a user does: typing over the cell, or F2."""
    tab = window.detail.figures
    index = tab.model.index(row, DATE)
    tab.view.setCurrentIndex(index)
    tab.view.setFocus()
    if first_key:
        qtbot.keyClicks(tab.view, first_key)  # any key starts editing, and is the editor's first key
    else:
        qtbot.keyClick(tab.view, Qt.Key.Key_F2)
    editor = tab.view.findChild(QWidget, "figureDate")
    assert editor is not None and editor.isVisible()
    return tab, index, editor


def test_a_date_typed_in_the_figures_table_is_saved_as_typed(sample_window, qtbot):
    w = sample_window
    w.document.set_today(date(2026, 11, 30))
    goal = w.document.goals()[0]
    w.goal_list.select_goal(goal.id)
    qtbot.waitExposed(w)
    tab, index, editor = _date_editor(qtbot, w, 0, "1")
    obs = index.data(ObservationRole)
    type_keys(qtbot, editor, "1/23/2026")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(20)  # the table commits an editor's data on the next turn of the event loop
    stored = next(o for o in w.document.repo.observations(goal.id) if o.id == obs.id)
    assert stored.date == date(2026, 11, 23)


def test_a_date_typed_at_the_start_of_a_table_cell_is_refused_with_a_message(sample_window, qtbot):
    w = sample_window
    goal = w.document.goals()[0]
    w.goal_list.select_goal(goal.id)
    qtbot.waitExposed(w)
    before = w.document.repo.observations(goal.id)
    tab, index, editor = _date_editor(qtbot, w, 0)
    qtbot.keyClick(editor, Qt.Key.Key_Home)
    type_keys(qtbot, editor, "11/21/2026")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(20)  # the table commits an editor's data on the next turn of the event loop
    assert w.document.repo.observations(goal.id) == before
    assert tab.message.text().startswith("Not saved:") and "is not a date" in tab.message.text()


def test_a_day_the_month_does_not_have_is_refused_in_the_table(sample_window, qtbot):
    w = sample_window
    goal = w.document.goals()[0]
    w.goal_list.select_goal(goal.id)
    qtbot.waitExposed(w)
    before = w.document.repo.observations(goal.id)
    tab, _, editor = _date_editor(qtbot, w, 1, "9")
    type_keys(qtbot, editor, "/31/2026")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(20)  # the table commits an editor's data on the next turn of the event loop
    assert w.document.repo.observations(goal.id) == before
    assert "September 2026 has 30 days" in tab.message.text()


def test_letters_cannot_be_typed_and_arrows_move_a_day(plan_window, qtbot):
    _, fields = _wizard(qtbot, plan_window)
    edit = fields["deadline"]
    edit.setDate(date(2027, 2, 28))
    edit.setFocus()
    qtbot.keyClicks(edit, "abc")
    assert edit.text() == "2/28/2027"
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert edit.date() == date(2027, 3, 1)
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert edit.date() == date(2027, 2, 28)


def test_the_calendar_popup_is_in_the_users_calendar_and_picks_a_day(language, plan_window, qtbot):
    from PySide6.QtCore import QDate

    language("fa")
    _, fields = _wizard(qtbot, plan_window)
    edit = fields["deadline"]
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = edit.popup
    assert popup is not None and popup.isVisible()
    assert popup.calendar_widget.calendar().name() == "Jalali"
    popup.calendar_widget.clicked.emit(QDate(2027, 3, 20))
    assert edit.date() == date(2027, 3, 20) and edit.text() == "۱۴۰۵/۱۲/۲۹"
    assert not popup.isVisible()


def test_the_table_editor_keeps_open_while_its_calendar_is_used(sample_window, qtbot):
    from PySide6.QtCore import QDate

    w = sample_window
    goal = w.document.goals()[0]
    w.goal_list.select_goal(goal.id)
    qtbot.waitExposed(w)
    tab, index, editor = _date_editor(qtbot, w, 0)
    obs = index.data(ObservationRole)
    editor.show_calendar()
    assert editor.popup.isVisible()
    editor.popup.calendar_widget.clicked.emit(QDate(2026, 11, 20))
    assert tab.view.findChild(QWidget, "figureDate") is editor and editor.text() == "11/20/2026"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(20)
    assert next(o for o in w.document.repo.observations(goal.id) if o.id == obs.id).date == date(2026, 11, 20)
