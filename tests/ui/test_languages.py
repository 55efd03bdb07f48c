"""Arabic and Persian: the whole window right to left, dates in the reader's calendar, digits their way."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import TODAY
from PySide6.QtCore import QCalendar, QLocale, Qt

from planner.ui import formatting, preferences
from planner.ui.preferences import Calendar, Preferences


@pytest.fixture
def language(qapp, qt_settings):
    """Switch the application's language for one test, back to English afterwards."""
    def use(code: str, **kw) -> str:
        return preferences.apply(qapp, Preferences(language=code, **kw))

    yield use
    preferences.apply(qapp, Preferences(language="en"))


@pytest.mark.parametrize("code, direction, zero", [
    ("en", Qt.LayoutDirection.LeftToRight, "0"),
    ("ar", Qt.LayoutDirection.RightToLeft, "٠"),
    ("fa", Qt.LayoutDirection.RightToLeft, "۰"),
])
def test_the_window_follows_the_language(language, qtbot, qt_settings, sample_plan, code, direction, zero):
    from planner.ui.main_window import MainWindow

    language(code)
    window = MainWindow(qt_settings)
    qtbot.addWidget(window)
    window.open_path(sample_plan)
    assert window.layoutDirection() == direction
    assert window.menuBar().layoutDirection() == direction
    assert QLocale().zeroDigit() == zero
    if code != "en":
        assert window.file_menu.title().replace("&", "") != "File", "the menus are translated"
        chart = window.detail.chart.plot
        window.goal_list.select_goal(window.document.goals()[0].id)
        assert chart.plot.getViewBox().xInverted()  # time runs right to left
    window.set_document(None)


def test_latin_digits_can_be_kept(language):
    language("ar", latin_digits=True)
    assert formatting.format_number(12345.5, 1) == "12,345.5"
    language("ar")
    assert formatting.format_number(12345.5, 1) == "١٢٬٣٤٥٫٥"


@pytest.mark.parametrize("calendar, expected", [
    (Calendar.GREGORIAN, "۲۰۲۷/۳/۲۰"),
    (Calendar.JALALI, "۱۴۰۵/۱۲/۲۹"),
    (Calendar.ISLAMIC_CIVIL, "۱۴۴۸/۱۰/۱۱"),
])
def test_dates_in_each_calendar(language, calendar, expected):
    language("fa", calendar=calendar)
    assert formatting.format_date(date(2027, 3, 20)) == expected


def test_persian_is_jalali_by_default(language):
    language("fa")
    assert formatting.calendar().name() == "Jalali"
    language("ar")
    assert formatting.calendar().isGregorian()


def test_a_goal_made_in_persian_with_persian_digits_and_a_jalali_deadline(language, window, tmp_path, qtbot):
    from planner.ui.wizard.goal_wizard import GoalWizard

    language("fa")
    assert window.open_path(tmp_path / "فروشگاه.sgplan", create=True)
    window.document.set_today(TODAY)
    wizard = GoalWizard(window.document)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.objective_page.select_objective("awareness")
    wizard.next()
    m = wizard.measure_page
    m.title_edit.setText("افزایش دنبال‌کننده‌های اینستاگرام")
    m.statement.setPlainText("دنبال‌کننده‌های اینستاگرام را از ۱۲۰۰ به ۱۵۰۰ برسانیم")
    m.select_kpi("followers")
    m.baseline.setText("۱٬۲۰۰")
    m.target.setText("۱۵۰۰")
    wizard.next()
    wizard.platforms_page.set_checked(("instagram",))
    wizard.next()
    wizard.next()
    jalali = QCalendar(QCalendar.System.Jalali)
    t = wizard.timing_page
    assert t.deadline.calendar().name() == "Jalali"
    t.deadline.setDate(jalali.dateFromParts(1405, 12, 29))  # 29 Esfand 1405
    # shown in Jalali with Persian digits (Qt orders a date edit's sections for right-to-left reading)
    assert sorted(t.deadline.text().split("/")) == sorted(["۱۴۰۵", "۱۲", "۲۹"])
    t.start.setDate(jalali.dateFromParts(1405, 9, 1))
    wizard.next()
    goal = wizard.result_goal()
    assert (goal.baseline, goal.target) == (1200, 1500)
    assert goal.deadline == date(2027, 3, 20) and goal.start == date(2026, 11, 22)
    window.document.add_goal(goal)
    stored = window.document.repo.goals()[0]
    assert stored.deadline == date(2027, 3, 20)
    assert stored.title == "افزایش دنبال‌کننده‌های اینستاگرام"


def test_the_sample_plan_comes_in_the_users_language_and_says_the_same(language, window):
    from planner.domain import sample

    english = {g.title: [f.code for f in window_findings(g, figs)] for g, figs in sample.build(TODAY).goals}
    language("ar")
    window.act_sample.trigger()
    window.document.set_today(TODAY)
    assert window.document.meta().business_name == "مخبز نور"
    arabic = [window.document.findings(g) for g in window.document.goals()]
    assert window.document.goals()[0].title == "زيادة متابعي إنستغرام إلى ١٬٩٠٠"
    assert [[f.code for f in fs] for fs in arabic] == list(english.values())


def window_findings(goal, figures):
    from planner.domain import realism

    return realism.check(goal, figures, TODAY)


@pytest.mark.parametrize("calendar", [Calendar.JALALI, Calendar.ISLAMIC_CIVIL, Calendar.GREGORIAN])
def test_an_axis_zoomed_out_past_year_one_draws(language, sample_window, calendar):
    """It once raised in the axis painter and took the window down (a figure dated 0001-01-01)."""
    from planner.ui.chart.goal_plot import to_x

    language("en", calendar=calendar)
    sample_window.goal_list.select_goal(sample_window.document.goals()[0].id)
    plot = sample_window.detail.chart.plot.plot
    plot.setXRange(to_x(date(1, 1, 1)) - 800 * 86400, to_x(date(9999, 12, 31)) + 800 * 86400, padding=0)
    assert not sample_window.grab().isNull()
    labels = plot.getAxis("bottom").tickStrings(plot.getAxis("bottom").tickValues(
        to_x(date(1, 1, 1)) - 800 * 86400, to_x(date(2026, 1, 1)), 600)[0][1], 1, 365 * 86400)
    assert all(isinstance(t, str) for t in labels)


def test_a_sourced_finding_speaks_persian_around_the_publishers_titles(language):
    from datetime import timedelta

    from planner.domain import realism
    from planner.domain.goals import Goal, GoalPlatform
    from planner.ui.findings_view import finding_texts

    language("fa")
    goal = Goal("g", "engagement", "engagement_rate_followers", 3.0, 10.0, TODAY, TODAY + timedelta(days=365),
                platforms=(GoalPlatform("instagram"),), statement="10%", follower_count=3000)
    finding = next(f for f in realism.check(goal, [], TODAY) if f.code == "rate_ceiling")
    message, why, suggestion = finding_texts(finding)
    assert "میانگین (حسابی)" in message and "حساب‌های ۱٬۰۰۰ تا ۱۰٬۰۰۰ دنبال‌کننده" in message
    assert "داده‌های ۲۰۲۵" in message and "SociaVault Labs" in message  # the publisher as published
    assert " data" not in message and "accounts" not in message + why
