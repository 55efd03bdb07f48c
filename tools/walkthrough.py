"""A new owner's first session, walked through the real window, with a screenshot at each step.

Run under a display: ``xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python tools/walkthrough.py OUT [en|ar|fa]``.
It starts as on first start (an empty plan in a fresh data folder), opens the sample plan, makes two goals
through the wizard by typing into its fields, types, pastes and imports figures, fills in the business
details, writes the PDF, undoes, reopens the plan, and saves what a user sees at 1024x700 and 1440x900:
first start, the main window with long titles, a chart with notes, legend and today, the wizard's
platforms page, the Business details dialog, and a file dialog.  Settings and data stay in a temporary
folder.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from planner.app import configure_application
from planner.exchange.sample_plan import write_sample_plan
from planner.ui import preferences
from planner.ui.dialogs import ask
from planner.ui.formatting import translated
from planner.ui.main_window import MainWindow

TODAY = date(2026, 11, 22)
IMPORTS = Path(__file__).resolve().parent.parent / "tests" / "data" / "imports"


def settle(app: QApplication, rounds: int = 20) -> None:
    for _ in range(rounds):
        app.processEvents()


def typed(widget: QWidget, text: str) -> None:
    """Type *text* with key events (characters QTest cannot name arrive as a key event carrying them)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    for ch in text:
        if ch.isascii():
            QTest.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, ord(ch), Qt.KeyboardModifier.NoModifier, ch))


class Walk:
    def __init__(self, out: Path, language: str) -> None:
        self.out = out
        self.language = language
        self.suffix = "" if language == "en" else f"-{language}"
        self.app = QApplication.instance() or QApplication(sys.argv[:1])
        configure_application(self.app)
        preferences.apply(self.app, preferences.Preferences(language=language))
        QStandardPaths.setTestModeEnabled(True)
        self.tmp = Path(tempfile.mkdtemp(prefix="sgp-walk-"))
        self.settings = QSettings(str(self.tmp / "settings.ini"), QSettings.Format.IniFormat)
        self.window = MainWindow(self.settings)

    def shot(self, name: str, widget: QWidget | None = None) -> Path:
        settle(self.app)
        path = self.out / f"{name}{self.suffix}.png"
        (widget or self.window).grab().save(str(path))
        print(path)
        return path

    def screen(self, name: str) -> Path:
        """The whole screen: for a dialog shown over the window."""
        settle(self.app, 40)
        path = self.out / f"{name}{self.suffix}.png"
        QGuiApplication.primaryScreen().grabWindow(0).save(str(path))
        print(path)
        return path

    # -- the walk ------------------------------------------------------------------------------------
    def first_start(self) -> None:
        w = self.window
        w.resize(1024, 700)
        w.show()
        w.open_path(self.tmp / "data" / "My plan.sgplan", create=True)
        w.document.set_today(TODAY)
        self.shot("first-start-1024x700")

    def sample_plan(self) -> None:
        w = self.window
        plan = write_sample_plan(self.tmp / "Nour Bakery.sgplan", today=TODAY,
                                 translate=lambda text: translated("sample", text), language=self.language)
        w.open_path(plan)
        w.document.set_today(TODAY)
        w.resize(1440, 900)
        self.shot("overview-1440x900")

    def wizard_goal(self, title: str, statement: str, baseline: str, target: str, shot: str = "") -> None:
        """A goal made through the wizard by typing, as an owner would, the statement naming the platforms."""
        from planner.ui.wizard.goal_wizard import GoalWizard

        w = self.window

        def drive(wizard: GoalWizard) -> bool:
            wizard.resize(860, 660)
            wizard.show()
            wizard.objective_page.select_objective("awareness")
            wizard.next()
            m = wizard.measure_page
            typed(m.title_edit, title)
            m.statement.setPlainText(statement)
            m.select_kpi("followers")
            m.baseline.clear()
            typed(m.baseline, baseline)
            typed(m.target, target)
            wizard.next()
            if shot:
                self.shot(shot, wizard)
            wizard.next()
            wizard.next()
            if shot:
                self.shot("wizard-timing", wizard)
            wizard.next()
            if shot:
                self.shot("wizard-review", wizard)
            wizard.accept()
            return wizard.result() == wizard.DialogCode.Accepted

        real = ask.run_dialog
        ask.run_dialog = drive
        try:
            w.act_new_goal.trigger()
        finally:
            ask.run_dialog = real

    def figures(self) -> None:
        """Typed, pasted and imported figures on the first new goal."""
        w = self.window
        goal = w.document.goals()[-2]
        w.goal_list.select_goal(goal.id)
        tab = w.detail.figures
        w.act_add_figure.trigger()
        editor = tab.view.focusWidget()
        if editor is not None:
            typed(editor, "1250")
            QTest.keyClick(editor, Qt.Key.Key_Return)
        settle(self.app)
        tab.paste_text("2026-11-08\t1210\n2026-11-15\t1230\tBake sale Reels")
        path = sorted(IMPORTS.glob("*instagram*.csv")) or sorted(IMPORTS.glob("*.csv"))
        if path:
            real = ask.run_dialog

            def accept_import(dialog) -> bool:
                from planner.ui.dialogs.import_dialog import ImportDialog

                if isinstance(dialog, ImportDialog):
                    dialog.show()
                    for _ in range(200):
                        settle(self.app, 5)
                        if dialog.job is None or not dialog.job.is_running():
                            break
                    self.shot("import-preview", dialog)
                    dialog.reject()
                    return False
                return real(dialog)

            ask.run_dialog = accept_import
            try:
                w.import_figures(path[0])
            finally:
                ask.run_dialog = real
        w.resize(1440, 900)
        self.shot("main-1440x900-long-titles")

    def chart(self) -> None:
        w = self.window
        w.goal_list.select_goal(w.document.goals()[0].id)
        w.resize(1440, 900)
        self.shot("chart-notes-legend-today", w.detail.chart)
        self.shot("goal-1440x900")
        w.resize(1024, 700)
        self.shot("goal-1024x700")

    def business(self) -> None:
        from planner.ui.dialogs.business_dialog import BusinessDialog

        w = self.window
        logo = QImage(320, 160, QImage.Format.Format_ARGB32)
        logo.fill(QColor("#8d2f23"))
        logo_path = self.tmp / "logo.png"
        logo.save(str(logo_path))
        dialog = BusinessDialog(w.document.meta(), w, choose_file=lambda: logo_path)
        dialog.show()
        dialog.choose_logo.click()
        dialog.set_colour("#8d2f23")
        self.shot("business-details", dialog)
        dialog.accept()
        from planner.ui.commands import SetBusiness

        w.document.undo_stack.push(SetBusiness(w.document, w.document.meta(), dialog.chosen()))

    def pdf(self) -> None:
        w = self.window
        real = (ask.run_dialog, ask.save_path, ask.confirm)
        ask.run_dialog = lambda dialog: True
        ask.save_path = lambda *a, **k: self.out / f"summary{self.suffix}.pdf"
        ask.confirm = lambda *a: False
        try:
            w.act_export_pdf.trigger()
            while w.pdf_export.timer.isActive():
                settle(self.app, 5)
        finally:
            ask.run_dialog, ask.save_path, ask.confirm = real

    def undo_and_reopen(self) -> None:
        w = self.window
        w.goal_list.select_goal(w.document.goals()[1].id)
        w.act_undo.trigger()
        self.shot("after-undo")
        path = w.document.path
        w.close_plan()
        w.open_path(path)
        w.document.set_today(TODAY)
        self.shot("reopened")

    def file_dialog(self) -> None:
        w = self.window
        w.resize(1024, 700)
        w.move(0, 0)
        dialog = QFileDialog(w, w.tr("Open plan"), str(self.tmp))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setNameFilter(w._plan_filter())
        dialog.resize(760, 480)
        dialog.move(140, 120)
        dialog.show()
        self.screen("file-dialog")
        dialog.reject()

    def run(self) -> None:
        self.first_start()
        self.sample_plan()
        self.wizard_goal("Grow Instagram followers in Amman and Irbid to 1,900 by summer",
                         "Grow our Instagram followers from 1,200 to 1,900 with Reels of the morning bake, within "
                         "seven months.", "1200", "1900", shot="wizard-platforms")
        self.wizard_goal("Grow Instagram followers in Amman and Irbid to 5,000 by next Ramadan",
                         "Grow our Instagram and TikTok followers from 1,200 to 5,000 by end of January.",
                         "1200", "5000")
        self.figures()
        self.chart()
        self.business()
        self.pdf()
        self.undo_and_reopen()
        self.file_dialog()
        self.window.close()


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "walk")
    out.mkdir(parents=True, exist_ok=True)
    Walk(out, sys.argv[2] if len(sys.argv) > 2 else "en").run()
