"""The window as a new owner meets it (issue 17, items 5 to 10 and 15): files, first start, status bar,
titles, the way back to every goal, the chart's labels, right to left."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import TODAY
from PySide6.QtGui import QTextDocument
from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics

from planner.ui.dialogs import ask


# -- item 5: file dialogs start in Documents and remember a folder per kind ----------------------------

def test_file_dialogs_open_in_documents_then_where_each_kind_was_last_saved(sample_window, tmp_path,
                                                                          monkeypatch):
    w = sample_window
    documents = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
    asked: list[str] = []
    pdfs, exports = tmp_path / "Reports", tmp_path / "Backups"
    pdfs.mkdir()
    exports.mkdir()

    def save_path(parent, caption, file_filter, suggested=""):
        asked.append(suggested)
        return None

    monkeypatch.setattr(ask, "save_path", save_path)
    monkeypatch.setattr(ask, "run_dialog", lambda dialog: True)
    w.act_export_pdf.trigger()
    assert Path(asked[-1]) == documents / "Nour Bakery.pdf"  # not the app's hidden data folder
    assert not str(asked[-1]).startswith(str(w.document.path.parent))
    w.act_export_json.trigger()
    assert Path(asked[-1]).parent == documents
    monkeypatch.setattr(ask, "save_path", lambda *a, **k: pdfs / "Summary.pdf")
    monkeypatch.setattr(ask, "confirm", lambda *a: False)
    w.act_export_pdf.trigger()  # the owner saved a PDF in Reports
    w.pdf_export.cancel()
    monkeypatch.setattr(ask, "save_path", save_path)
    w.act_export_pdf.trigger()
    assert Path(asked[-1]).parent == pdfs  # PDFs: where the last one went
    w.act_export_json.trigger()
    assert Path(asked[-1]).parent == documents  # JSON exports keep their own folder
    w.goal_list.select_goal(w.document.goals()[0].id)
    w.detail.chart.export_dialog()
    assert Path(asked[-1]).parent == documents and asked[-1].endswith(".png")  # the chart too


# -- item 6: the first start fits -------------------------------------------------------------------------

@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_the_first_start_fits_at_1024_by_700_and_grows_with_the_font(window, tmp_path, qtbot, scale):
    w = window
    if scale != 1.0:
        font = QFont(w.font())
        font.setPointSizeF(font.pointSizeF() * scale)
        w.setFont(font)
    assert w.open_path(tmp_path / "My plan.sgplan", create=True)
    w.resize(1024, 700)
    qtbot.waitExposed(w)
    qtbot.wait(20)
    empty = w.empty
    assert w.pages.currentWidget() is empty
    text = empty.text
    assert text.height() >= text.heightForWidth(text.width())  # the whole text, not its middle lines
    assert empty.heading.height() >= empty.heading.heightForWidth(empty.heading.width())
    column = empty.column.geometry()
    viewport = empty.viewport().rect()
    if scale == 1.0:
        assert empty.verticalScrollBar().maximum() == 0 and viewport.contains(column)  # all of it in sight
    assert empty.column.width() == QFontMetrics(empty.font()).averageCharWidth() * 66  # sized by the font


# -- item 7: the status bar ------------------------------------------------------------------------------

def test_opening_your_plan_goes_away_and_messages_do_not_stay(window, sample_plan, monkeypatch):
    w = window
    w.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Opening your plan…"))  # as app.py does
    assert w.open_path(sample_plan)
    assert w.statusBar().currentMessage() == ""
    shown: list[int] = []
    real = w.statusBar().showMessage
    monkeypatch.setattr(w.statusBar(), "showMessage", lambda text, ms=0: (shown.append(ms), real(text, ms)))
    monkeypatch.setattr(ask, "save_path", lambda *a, **k: Path(sample_plan).with_name("copy.sgplan"))
    w.act_save_copy.trigger()
    w.goal_list.select_goal(w.document.goals()[0].id)
    w.detail.figures.view.selectRow(0)
    w.detail.figures.delete_selected()
    w.act_undo.trigger()
    assert shown and all(ms > 0 for ms in shown)  # every passing message times out


def test_the_plan_path_is_its_own_widget_elided_in_the_middle(window, tmp_path, qtbot):
    deep = tmp_path / ("a rather long folder name " * 4).strip() / "and another one inside it"
    deep.mkdir(parents=True)
    w = window
    w.resize(900, 600)
    assert w.open_path(deep / "Corner shop.sgplan", create=True)
    qtbot.waitExposed(w)
    qtbot.wait(20)
    label = w.plan_label
    assert label in w.statusBar().findChildren(type(label))
    assert label.maximumWidth() <= 0.45 * w.width() + 1  # messages keep the rest of the bar
    shown = label.shown_text()
    assert "…" in shown and shown.endswith("Corner shop.sgplan")  # the name is kept, the middle cut
    assert label.toolTip() == label.full_text() and str(deep) in label.full_text()


# -- item 8: titles that can be told apart, a list that widens -------------------------------------------

def test_long_titles_wrap_to_two_lines_and_can_be_told_apart(window):
    """At 1024x700 the list is about 250 pixels wide: "Grow Instagram followe..." was all it showed."""
    from planner.ui.goal_list import GoalDelegate

    bold = QFont(window.font())
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    chip = QFontMetrics(window.font()).horizontalAdvance("On track") + 20
    width = 250 - 2 * GoalDelegate.PADDING
    shown = {title: GoalDelegate.title_lines(metrics, title, width - chip, width)
             for title in ("Grow Instagram followers in Amman and Irbid to 1,900 by summer",
                           "Grow Instagram followers in Amman and Irbid to 5,000 by next Ramadan",
                           "Grow Instagram followers to 1,900")}
    assert len({" ".join(lines) for lines in shown.values()}) == 3  # three goals, three different texts
    for title, lines in shown.items():
        assert 1 <= len(lines) <= 2 and title.startswith(lines[0])
        assert all(metrics.horizontalAdvance(line) <= width for line in lines)
        assert lines[-1].endswith(title.split()[-1])  # the end of the title is kept
    long = GoalDelegate.title_lines(metrics, "Grow " * 40 + "to 1,900", width - chip, width)
    assert len(long) == 2 and "…" in long[1] and long[1].endswith("1,900")  # cut in the middle
    assert GoalDelegate.title_lines(metrics, "Short title", 500, 500) == ["Short title"]


def test_the_list_widens_with_the_window_and_its_titles_have_tooltips(sample_window, qtbot):
    w = sample_window
    w.resize(1024, 700)
    qtbot.wait(20)
    narrow = w.splitter.sizes()[0]
    w.resize(1440, 900)
    qtbot.wait(20)
    assert w.splitter.sizes()[0] > narrow
    model = w.goal_list.model
    goal = w.document.goals()[0]
    tip = model.index(model.row_of(goal.id), 0).data(Qt.ItemDataRole.ToolTipRole)
    shown = QTextDocument()  # a tooltip is shown as rich text: read it as the owner sees it
    shown.setHtml(tip)
    assert shown.toPlainText().replace("\xa0", " ").splitlines()[0] == goal.title


# -- item 9: back to every goal ----------------------------------------------------------------------------

def test_all_goals_is_the_lists_first_row_and_in_the_view_menu(sample_window):
    w = sample_window
    first = w.goal_list.proxy.index(0, 0)
    assert first.data() == "All goals"
    w.goal_list.select_goal(w.document.goals()[3].id)
    assert w.pages.currentWidget() is w.detail
    w.goal_list.view.setCurrentIndex(first)  # the first row
    assert w.pages.currentWidget() is w.overview and w.goal_list.current_goal_id() is None
    w.goal_list.select_goal(w.document.goals()[3].id)
    assert w.act_all_goals in w.view_menu.actions()
    w.act_all_goals.trigger()  # Alt+Home
    assert w.pages.currentWidget() is w.overview


# -- item 10: chart labels ---------------------------------------------------------------------------------

def _contrast(ink: str, paper: QColor) -> float:
    """WCAG 2 contrast ratio, computed here from the definition (relative luminance of sRGB)."""
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())

    a, b = luminance(QColor(ink)), luminance(paper)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


def test_chart_text_passes_wcag_aa(sample_window):
    from planner.ui import style

    white = QColor("white")
    for ink in (style.CHART_INK, style.TODAY_INK, style.MILESTONE_INK):
        assert _contrast(ink, white) >= 4.5, ink
    plot = sample_window.detail.chart.plot
    assert plot.legend.opts["labelTextColor"] is not None
    assert _contrast(QColor(plot.legend.opts["labelTextColor"]).name(), white) >= 4.5


def test_the_legend_is_outside_the_plotted_area(sample_window, qtbot):
    w = sample_window
    w.resize(1440, 900)
    w.goal_list.select_goal(w.document.goals()[0].id)
    qtbot.wait(50)
    plot = w.detail.chart.plot
    view = plot.plot.getViewBox().sceneBoundingRect()
    legend = plot.legend.sceneBoundingRect()
    assert legend.height() > 0 and not legend.intersects(view)
    assert legend.bottom() <= view.top()


def test_labels_have_a_background_and_notes_keep_off_the_line(sample_window):
    w = sample_window
    goal = w.document.goals()[0]  # followers: a rising line
    w.goal_list.select_goal(goal.id)
    items = w.detail.chart.plot.items
    today = items["today"].label
    assert today.fill.color().alpha() > 200
    for label in items["note_labels"]:
        assert label.fill.color().alpha() > 200
        assert label.anchor.y() < 0  # under a rising line: the text hangs below its point


def test_the_today_label_moves_inside_near_an_edge(window, tmp_path):
    from datetime import date, timedelta

    from planner.domain.goals import Goal, GoalPlatform

    assert window.open_path(tmp_path / "p.sgplan", create=True)
    doc = window.document
    doc.add_goal(Goal("Ends today", "awareness", "followers", 100, 200, TODAY - timedelta(days=300),
                      TODAY - timedelta(days=31), platforms=(GoalPlatform("instagram"),)))
    doc.set_today(TODAY)
    window.goal_list.select_goal(doc.goals()[0].id)
    line = window.detail.chart.plot.items["today"]
    assert line.label.anchors[0][0] == 1.0  # today is at the right edge: the text sits left of the line
    view = window.detail.chart.plot.plot.getViewBox()
    view.updateAutoRange()
    low, high = view.viewRange()[0]
    assert low <= line.value() <= high  # the deadline passed a month ago: today is still on the chart
    assert date(2026, 11, 22) == TODAY


# -- item 15: right to left -----------------------------------------------------------------------------

def test_qts_own_dialogs_speak_the_language(language, qtbot):
    """The Persian file dialog said "Look in:" and "Files of type:" in English: Qt 6.11 renamed them and its
    own translations missed them; the app's translations carry them (planner/ui/qt_words.py)."""
    from PySide6.QtWidgets import QFileDialog, QLabel

    from planner.ui.qt_words import qt_words

    english = QFileDialog()
    english.setOption(QFileDialog.Option.DontUseNativeDialog)
    asked = {english.labelText(QFileDialog.DialogLabel.LookIn), english.labelText(QFileDialog.DialogLabel.FileType)}
    assert asked <= set(qt_words())  # the words Qt asks for are the ones the app translates
    for code in ("fa", "ar"):
        language(code)
        assert all(word != translation for word, translation in qt_words().items()), code
        dialog = QFileDialog()
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
        assert labels["lookInLabel"] == qt_words()["&Look in:"] and labels["fileTypeLabel"] != "Files of &type:"
        assert labels["fileNameLabel"] != "File &name:"  # Qt's own translation, loaded with the app's


def test_the_packaged_app_ships_qts_arabic_and_persian(tmp_path):
    """packaging/planner.spec puts qtbase_ar.qm and qtbase_fa.qm where the app looks for them."""
    import PySide6

    from planner.ui.preferences import qt_translation_folders

    spec = (Path(__file__).parents[2] / "packaging" / "planner.spec").read_text(encoding="utf-8")
    assert 'f"qtbase_{lang}.qm"), "PySide6/Qt/translations") for lang in ("ar", "fa")' in spec
    assert Path(PySide6.__file__).resolve().parent / "Qt" / "translations" in qt_translation_folders()
    for lang in ("ar", "fa"):
        assert (Path(PySide6.__file__).resolve().parent / "Qt" / "translations" / f"qtbase_{lang}.qm").exists()


def test_arrows_point_the_reading_way(language, sample_window):
    from planner.ui.formatting import arrow

    assert arrow() == "→"
    language("fa")
    assert arrow() == "←"


def test_the_goals_label_is_not_cut_at_the_window_edge(language, qtbot, qt_settings, sample_plan):
    from planner.ui.main_window import MainWindow

    language("ar")
    w = MainWindow(qt_settings)
    qtbot.addWidget(w)
    w.resize(1024, 700)
    w.show()
    assert w.open_path(sample_plan)
    qtbot.waitExposed(w)
    label = w.goal_list.title_label
    right = label.mapTo(w, label.rect().topRight()).x()
    assert right <= w.width() - 4  # a margin at the window's edge, on the right in Arabic
    w.set_document(None)


@pytest.mark.parametrize("code, back, forward", [("en", "SP_ArrowLeft", "SP_ArrowRight"),
                                                 ("fa", "SP_ArrowRight", "SP_ArrowLeft"),
                                                 ("ar", "SP_ArrowRight", "SP_ArrowLeft")])
def test_the_wizards_arrows_point_the_way_its_pages_go(language, window, tmp_path, qtbot, code, back, forward):
    """Back and Next pointed left to right in Arabic and Persian ("< عقب", "بعدی >")."""
    from PySide6.QtWidgets import QStyle, QWizard

    from planner.ui.wizard.goal_wizard import GoalWizard

    language(code)
    assert window.open_path(tmp_path / "p.sgplan", create=True)
    wizard = GoalWizard(window.document)
    qtbot.addWidget(wizard)

    def image(icon):
        return icon.pixmap(16, 16).toImage()

    style = wizard.style()
    for which, arrow in ((QWizard.WizardButton.BackButton, back), (QWizard.WizardButton.NextButton, forward)):
        button = wizard.button(which)
        assert "<" not in button.text() and ">" not in button.text()
        assert image(button.icon()) == image(style.standardIcon(getattr(QStyle.StandardPixmap, arrow))), arrow


def test_one_digit_set_on_a_persian_screen(language, qtbot, qt_settings, sample_plan):
    """Latin and Arabic-Indic digits were mixed on one screen: every number the app writes is Persian."""
    import re

    from planner.ui.main_window import MainWindow
    from planner.ui.observations_table import DATE, VALUE

    language("fa")
    w = MainWindow(qt_settings)
    qtbot.addWidget(w)
    assert w.open_path(sample_plan)
    w.document.set_today(TODAY)
    goal = w.document.goals()[0]
    w.goal_list.select_goal(goal.id)
    texts = [w.detail.verdict.text(), w.detail.sentence.text(), w.detail.chart.status.text(),
             w.detail.tabs.tabText(1)]
    table = w.detail.figures.model
    texts += [table.index(r, c).data() for r in range(table.rowCount()) for c in (DATE, VALUE)]
    model = w.goal_list.model
    # the goal list's words and numbers, less the titles (the owner's own text, in the digits they typed)
    texts += [model.index(r, 0).data(Qt.ItemDataRole.AccessibleTextRole).replace(g.title, "")
              for r, g in enumerate(w.document.goals(), start=1)]
    axis = w.detail.chart.plot.plot.getAxis("bottom")
    texts += axis.tickStrings([1.78e9, 1.79e9], 1, 30 * 86400)
    texts += [w.detail.details.fields[k].text() for k in ("numbers", "dates", "budget", "hours")]
    latin = [t for t in texts if re.search(r"[0-9]", t)]
    assert latin == [] and any(re.search("[۰-۹]", t) for t in texts)
    from planner.ui.date_field import DateField

    date_field = DateField()
    qtbot.addWidget(date_field)
    date_field.setDate(goal.deadline)
    assert re.fullmatch(r"[۰-۹]{4}/[۰-۹]{1,2}/[۰-۹]{1,2}", date_field.text())  # year first, like the table
    assert re.fullmatch(r"[۰-۹]{4}/[۰-۹]{1,2}/[۰-۹]{1,2}", table.index(0, DATE).data())
    w.set_document(None)
