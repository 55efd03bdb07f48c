"""Help > Guide (issue 17, item 13): SMART goals, every KPI with its definition and an example, the
objectives and their families, reading the chart; offline, in the user's language, opened from the KPI
picker at the KPI chosen."""

from __future__ import annotations

import pytest
from helpers import TODAY

from planner.domain import catalog
from planner.ui import preferences
from planner.ui.dialogs.guide import GuideDialog, kpis_page
from planner.ui.formatting import localize_digits, translated
from planner.ui.preferences import Preferences
from planner.ui.wizard.goal_wizard import GoalWizard


def test_help_guide_opens_on_its_four_pages(window):
    window.act_guide.trigger()
    guide = window.findChild(GuideDialog)
    assert guide is not None and guide.isVisible() and not guide.isModal()
    titles = [guide.pages.item(i).text() for i in range(guide.pages.count())]
    assert titles == ["SMART goals", "What each KPI means", "Objectives", "Reading the chart"]
    assert "S: Specific." in guide.text.toPlainText()
    guide.pages.setCurrentRow(3)
    assert "Dashed line" in guide.text.toPlainText() and "forecast" in guide.text.toPlainText()


def test_every_kpi_of_the_catalog_is_explained_with_an_example(qt_settings):
    text = kpis_page()
    for kpi in catalog.KPIS:  # a KPI added to the catalog appears here without another line of code
        assert f'name="kpi-{kpi.id}"' in text, kpi.id
        assert kpi.description and kpi.example, kpi.id
    for phrase in ("People following the account or page", "1,200 people follow the bakery",
                   "as a share of your followers", "as a share of the people who saw it",
                   "as a share of the times it was shown"):
        assert phrase in text
    assert "three engagement rates" in text


@pytest.mark.parametrize("code", ["ar", "fa"])
def test_the_guide_speaks_arabic_and_persian(qapp, qt_settings, qtbot, code):
    preferences.apply(qapp, Preferences(language=code))
    try:
        guide = GuideDialog()
        qtbot.addWidget(guide)
        assert guide.pages.item(0).text() != "SMART goals"
        assert "Specific" not in guide.text.toPlainText()
        guide.show_topic("followers")
        assert translated("catalog", "Followers") in guide.text.toPlainText()
        assert localize_digits("1,200") in guide.text.toPlainText() or "۱" in guide.text.toPlainText() \
            or "١" in guide.text.toPlainText()
    finally:
        preferences.apply(qapp, Preferences(language="en"))


def test_the_kpi_picker_opens_the_guide_at_the_chosen_kpi(window, tmp_path, qtbot):
    assert window.open_path(tmp_path / "p.sgplan", create=True)
    window.document.set_today(TODAY)
    wizard = GoalWizard(window.document)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.objective_page.select_objective("engagement")
    wizard.next()
    m = wizard.measure_page
    m.select_kpi("engagement_rate_reach")
    assert "as a share of the people who saw it" in m.kpi_info.text()
    assert "For example: A post seen by 400 people gets 12 likes and comments: 3%." in m.kpi_info.text()
    m.kpi_help.linkActivated.emit("engagement_rate_reach")
    guide = wizard.findChild(GuideDialog)
    assert guide is not None and guide.isVisible() and guide.page() == "kpis"


def test_the_objective_page_says_what_audience_based_means(window, tmp_path, qtbot):
    assert window.open_path(tmp_path / "p.sgplan", create=True)
    wizard = GoalWizard(window.document)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.objective_page.select_objective("awareness")
    assert wizard.objective_page.family_hint.text() == ("Audience-based: about who knows you: more people "
                                                        "reached, remembered or hired.")
