"""The main window: the plan as a document, the goal list, the selected goal.

The window owns the menus, the toolbar and the document's life (new, open,
close, copies, recent files); what each pane shows is the pane's business.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDesktopServices, QDragEnterEvent, QDropEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QSplitter, QStackedWidget

from planner import APP_NAME, __version__
from planner.store import backups, plan_file
from planner.ui.commands import AddGoal, ArchiveGoal, DeleteGoal, EditGoal, ImportGoals
from planner.ui import formatting, preferences
from planner.ui.dialogs import ask
from planner.ui.dialogs.export_pdf_dialog import ExportPdfDialog
from planner.ui.dialogs.preferences_dialog import PreferencesDialog
from planner.ui.dialogs.restore_dialog import RestoreDialog
from planner.ui.document import PlanDocument
from planner.ui.empty_state import EmptyState
from planner.ui.formatting import counted, fill, translated
from planner.ui.goal_detail import GoalDetail
from planner.ui.goal_list import GoalListPanel
from planner.ui.icons import icon
from planner.ui.overview import Overview
from planner.ui.preferences import LANGUAGES
from planner.ui.wizard.goal_wizard import GoalWizard

MAX_RECENT = 8


def default_plan_path() -> Path:
    """The plan a first start opens: in the user's data folder (QStandardPaths)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder) / f"My plan{plan_file.SUFFIX}"


class MainWindow(QMainWindow):
    def __init__(self, settings: QSettings | None = None) -> None:
        super().__init__()
        self.settings = settings or QSettings()
        self.document: PlanDocument | None = None
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(icon("app"))
        self.setAcceptDrops(True)
        self.undo_group = QUndoGroup(self)
        self.restart_requested = False

        self.goal_list = GoalListPanel()
        self.goal_list.goalSelected.connect(self._goal_selected)
        self.empty = EmptyState()
        self.empty.primaryClicked.connect(self._empty_primary)
        self.empty.sampleClicked.connect(self.open_sample)
        self.overview = Overview()
        self.overview.goalActivated.connect(self.goal_list.select_goal)
        self.detail = GoalDetail()
        self.pages = QStackedWidget()
        for page in (self.empty, self.overview, self.detail):
            self.pages.addWidget(page)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.goal_list)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([320, 880])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.plan_label = QLabel()
        self.plan_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.plan_label)
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._restore_window_state()
        self._show_state()

    # -- building ----------------------------------------------------------
    def _action(self, name: str, text: str, slot, shortcut=None, icon_name: str = "", tip: str = "") -> QAction:
        action = QAction(icon(icon_name) if icon_name else icon(name), text, self)
        action.setObjectName(f"action_{name.replace('-', '_')}")
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(tip or text.replace("&", "").replace("…", ""))
        action.setStatusTip(action.toolTip())
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        S = QKeySequence.StandardKey
        self.act_new_plan = self._action("new-plan", self.tr("&New plan…"), self.new_plan, "Ctrl+Shift+N")
        self.act_open = self._action("open-plan", self.tr("&Open plan…"), self.open_plan_dialog, S.Open)
        self.act_save_copy = self._action("save-copy", self.tr("Save a &copy as…"), self.save_copy, S.SaveAs)
        self.act_import_figures = self._action("import-figures", self.tr("Import &figures…"),
                                               self.import_figures_dialog, "Ctrl+I",
                                               tip=self.tr("Import figures from a platform's analytics export "
                                                           "into the selected goal"))
        self.act_export_pdf = self._action("export-pdf", self.tr("Export &PDF summary…"), self.export_pdf, S.Print,
                                           tip=self.tr("A PDF of your goals, their charts and findings, to print "
                                                       "or send"))
        self.act_import_json = self._action("import-json", self.tr("Import plan from &JSON…"), self.import_json)
        self.act_export_json = self._action("export-json", self.tr("&Export plan as JSON…"), self.export_json)
        self.act_restore = self._action("open-plan", self.tr("Restore from &backup…"), self.restore_backup,
                                        tip=self.tr("Replace the plan with one of its automatic backups"))
        self.act_restore.setObjectName("action_restore")
        self.act_close = self._action("close-plan", self.tr("&Close plan"), self.close_plan, S.Close)
        self.act_quit = self._action("quit", self.tr("&Quit"), self.close, "Ctrl+Q")
        self.act_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.act_sample = self._action("sample-plan", self.tr("Open &sample plan"), self.open_sample)
        self.act_about = self._action("about", self.tr("&About Social Goal Planner"), self.about)
        self.act_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.act_preferences = self._action("preferences", self.tr("&Preferences…"), self.edit_preferences,
                                            S.Preferences)
        self.act_preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.act_undo = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.act_undo.setObjectName("action_undo")
        self.act_undo.setIcon(icon("undo"))
        self.act_undo.setShortcut(QKeySequence(S.Undo))
        self.act_redo = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.act_redo.setObjectName("action_redo")
        self.act_redo.setIcon(icon("redo"))
        self.act_redo.setShortcuts([QKeySequence(S.Redo), QKeySequence("Ctrl+Y")])
        self.act_new_goal = self._action("new-goal", self.tr("&New goal…"), self.new_goal, S.New,
                                         tip=self.tr("Create a goal with the SMART wizard"))
        self.act_edit_goal = self._action("edit-goal", self.tr("&Edit goal…"), self.edit_goal, "Ctrl+E")
        self.act_duplicate_goal = self._action("duplicate-goal", self.tr("D&uplicate goal"), self.duplicate_goal,
                                               "Ctrl+D")
        self.act_archive_goal = self._action("archive-goal", self.tr("&Archive goal"), self.toggle_archived,
                                             "Ctrl+Shift+A")
        self.act_delete_goal = self._action("delete-goal", self.tr("&Delete goal…"), self.delete_goal,
                                            "Ctrl+Del")
        self.plan_actions = [self.act_save_copy, self.act_export_json, self.act_export_pdf, self.act_close]
        self.write_actions = [self.act_import_json, self.act_new_goal, self.act_restore]
        self.goal_actions = [self.act_edit_goal, self.act_duplicate_goal, self.act_archive_goal,
                             self.act_delete_goal, self.act_import_figures]

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.file_menu.addActions([self.act_new_plan, self.act_open])
        self.recent_menu = QMenu(self.tr("Open &recent"), self)
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addActions([self.act_save_copy, self.act_restore])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_import_figures)
        self.file_menu.addActions([self.act_import_json, self.act_export_json])
        self.file_menu.addAction(self.act_export_pdf)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.act_close, self.act_quit])
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.edit_menu.addActions([self.act_undo, self.act_redo])
        self.goal_menu = bar.addMenu(self.tr("&Goal"))
        self.goal_menu.addAction(self.act_new_goal)
        self.goal_menu.addSeparator()
        self.goal_menu.addActions(self.goal_actions)
        view = self.goal_list.view
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        view.addActions([self.act_new_goal, *self.goal_actions])
        view.doubleClicked.connect(lambda _index: self.edit_goal())
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.language_menu = self.view_menu.addMenu(icon("language"), self.tr("&Language"))
        self.language_menu.setObjectName("languageMenu")
        self.language_group = QActionGroup(self)
        current = preferences.load(self.settings).language
        for code, name in [("", self.tr("The system's language"))] + [(c, n) for c, (_, n) in LANGUAGES.items()]:
            action = self.language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            action.setObjectName(f"language_{code or 'system'}")
            self.language_group.addAction(action)
            action.triggered.connect(lambda _=False, c=code: self.choose_language(c))
        self.view_menu.addAction(self.act_preferences)
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.help_menu.addActions([self.act_sample, self.act_about])

    def _build_toolbar(self) -> None:
        self.toolbar = self.addToolBar(self.tr("Main"))
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.toolbar.addActions([self.act_new_goal, self.act_import_figures, self.act_export_pdf])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.act_undo, self.act_redo])

    # -- settings ------------------------------------------------------------
    def _restore_window_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 780)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        detail = self.settings.value("window/detailSplitter")
        if isinstance(detail, QByteArray):
            self.detail.splitter.restoreState(detail)

    def _save_window_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("window/detailSplitter", self.detail.splitter.saveState())

    def recent_files(self) -> list[str]:
        value = self.settings.value("recentFiles", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in value or []]

    def _add_recent(self, path: Path) -> None:
        entry = str(path.resolve())
        files = [entry] + [f for f in self.recent_files() if f != entry]
        self.settings.setValue("recentFiles", files[:MAX_RECENT])
        self.settings.setValue("lastPlan", entry)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.recent_files()
        for i, name in enumerate(files):
            action = self.recent_menu.addAction(f"&{i + 1}  {name}" if i < 9 else name)
            action.setEnabled(Path(name).exists())
            action.triggered.connect(lambda _=False, n=name: self.open_path(Path(n)))
        if not files:
            self.recent_menu.addAction(self.tr("(no recent plans)")).setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear the list"), lambda: self.settings.setValue("recentFiles", []))

    # -- the document --------------------------------------------------------
    def set_document(self, document: PlanDocument | None) -> None:
        old = self.document
        self.document = document
        for view in (self.goal_list, self.overview, self.detail):
            view.set_document(document)
        if old is not None:
            self.undo_group.removeStack(old.undo_stack)
            old.close()
        if document is not None:
            self.undo_group.addStack(document.undo_stack)
            self.undo_group.setActiveStack(document.undo_stack)
            document.goalsChanged.connect(self._show_state)
            document.metaChanged.connect(self._show_state)
            self._add_recent(document.path)
        self._show_state()

    def open_path(self, path: Path, *, create: bool = False, read_only: bool = False) -> bool:
        """Open (or with *create*, create if missing) the plan at *path*; False, with a message, if not."""
        try:
            if create and not path.exists():
                pf = plan_file.create(path, business_name="", currency="", language="en")
            else:
                pf = plan_file.open_plan(path, read_only=read_only)
        except plan_file.PlanFileError as exc:
            ask.error(self, self.tr("The plan cannot be opened"),
                      fill(self.tr("%1\n\n%2"), str(exc.path), exc.problem))
            return False
        self.set_document(PlanDocument(pf))
        if pf.read_only:
            self.statusBar().showMessage(fill(self.tr("Opened read-only: %1"), pf.read_only_reason), 10000)
            if not read_only:  # the user did not ask for it: say so plainly
                ask.info(self, self.tr("Opened read-only"),
                         fill(self.tr("%1\n\nThis plan is open read-only: %2."), str(path), pf.read_only_reason))
        if pf.backups:
            self.statusBar().showMessage(
                fill(self.tr("The plan was updated to the new format; a backup was kept at %1"),
                     str(pf.backups[0])), 15000)
        return True

    def _show_state(self) -> None:
        doc = self.document
        has_plan = doc is not None
        for action in self.plan_actions:
            action.setEnabled(has_plan)
        for action in self.write_actions:
            action.setEnabled(has_plan and not doc.read_only)
        self._update_goal_actions()
        if doc is None:
            self.setWindowTitle(APP_NAME)
            self.plan_label.setText(self.tr("No plan open"))
            self.empty.show_no_plan()
            self.pages.setCurrentWidget(self.empty)
            return
        meta = doc.meta()
        name = meta.business_name or doc.path.stem
        self.setWindowTitle(f"{name} — {APP_NAME}")
        read_only = fill(self.tr(" (read-only: %1)"), doc.file.read_only_reason) if doc.read_only else ""
        self.plan_label.setText(fill(self.tr("%1 — saved in %2%3"), name, str(doc.path), read_only))
        if not doc.goals():
            self.empty.show_no_goals()
            self.pages.setCurrentWidget(self.empty)
        elif self.goal_list.current_goal_id() is None:
            self.pages.setCurrentWidget(self.overview)

    def current_goal(self):
        goal_id = self.goal_list.current_goal_id()
        if self.document is None or goal_id is None or not self.document.has_goal(goal_id):
            return None
        return self.document.goal(goal_id)

    def _update_goal_actions(self) -> None:
        goal = self.current_goal()
        writable = goal is not None and not self.document.read_only
        for action in self.goal_actions:
            action.setEnabled(writable)
        self.act_archive_goal.setText(self.tr("Restore goal") if goal is not None and goal.archived
                                      else self.tr("&Archive goal"))

    def _goal_selected(self, goal_id: int | None) -> None:
        self._update_goal_actions()
        if goal_id is None:
            self._show_state()
            return
        self.detail.show_goal(goal_id)
        self.pages.setCurrentWidget(self.detail)

    def _empty_primary(self) -> None:
        if self.document is None:
            self.open_plan_dialog()
        else:
            self.new_goal()

    # -- goals -------------------------------------------------------------
    def _run_wizard(self, goal=None):
        if self.document is None or self.document.read_only:
            return None
        wizard = GoalWizard(self.document, goal, self)
        return wizard.result_goal() if ask.run_dialog(wizard) else None

    def _push(self, command) -> None:
        self.document.undo_stack.push(command)

    def new_goal(self) -> None:
        goal = self._run_wizard()
        if goal is not None:
            command = AddGoal(self.document, goal)
            self._push(command)
            self.goal_list.select_goal(command.goal_id)

    def edit_goal(self) -> None:
        before = self.current_goal()
        if before is None:
            return
        after = self._run_wizard(before)
        if after is not None and after != before:
            self._push(EditGoal(self.document, before, after))
            self.goal_list.select_goal(before.id)

    def duplicate_goal(self) -> None:
        goal = self.current_goal()
        if goal is None:
            return
        copy = replace(goal, id=None, created=None, archived=False,
                       title=fill(self.tr("%1 (copy)"), goal.title))
        command = AddGoal(self.document, copy, text=fill(self.tr("Duplicate goal “%1”"), goal.title))
        self._push(command)
        self.goal_list.select_goal(command.goal_id)

    def toggle_archived(self) -> None:
        goal = self.current_goal()
        if goal is not None:
            self._push(ArchiveGoal(self.document, goal.id, not goal.archived))
            self._update_goal_actions()

    def delete_goal(self) -> None:
        goal = self.current_goal()
        if goal is None:
            return
        figures = len(self.document.observations(goal.id))
        if ask.confirm(self, self.tr("Delete goal"), fill(
                self.tr("Delete “%1” with %2? You can undo this with Edit > Undo until you close the plan."),
                goal.title, counted("figures", figures)), self.tr("Delete")):
            self._push(DeleteGoal(self.document, goal.id))

    # -- file menu -------------------------------------------------------------
    def _plan_filter(self) -> str:
        return fill(self.tr("Social Goal Planner plans (*%1);;All files (*)"), plan_file.SUFFIX)

    def _folder(self) -> str:
        return str(self.document.path.parent) if self.document else str(default_plan_path().parent)

    def new_plan(self) -> None:
        path = ask.save_path(self, self.tr("New plan"), self._plan_filter(),
                             str(Path(self._folder()) / f"{self.tr('New plan')}{plan_file.SUFFIX}"))
        if path is None:
            return
        if path.suffix != plan_file.SUFFIX:
            path = path.with_name(path.name + plan_file.SUFFIX)
        if path.exists():
            ask.error(self, self.tr("New plan"), fill(self.tr("%1 already exists. Open it, or choose another "
                                                               "name."), str(path)))
            return
        self.open_path(path, create=True)

    def open_plan_dialog(self) -> None:
        path = ask.open_path(self, self.tr("Open plan"), self._plan_filter(), self._folder())
        if path is not None:
            self.open_path(path)

    def save_copy(self) -> None:
        if self.document is None:
            return
        suggested = self.document.path.with_name(f"{self.document.path.stem} copy{plan_file.SUFFIX}")
        path = ask.save_path(self, self.tr("Save a copy as"), self._plan_filter(), str(suggested))
        if path is None:
            return
        try:
            plan_file.save_copy(self.document.file, path)
        except plan_file.PlanFileError as exc:
            ask.error(self, self.tr("The copy was not saved"), str(exc))
            return
        self.statusBar().showMessage(fill(self.tr("Saved a copy to %1"), str(path)), 8000)

    def restore_backup(self) -> None:
        if self.document is None or self.document.read_only:
            return
        path = self.document.path
        dialog = RestoreDialog(path, self)
        if not ask.run_dialog(dialog) or dialog.chosen() is None:
            return
        chosen = dialog.chosen()
        self.set_document(None)  # closes the plan and frees its lock
        try:
            kept = backups.restore(path, chosen)
        except (OSError, plan_file.PlanFileError) as exc:
            ask.error(self, self.tr("The backup was not restored"), f"{chosen}: {exc}")
            self.open_path(path)
            return
        self.open_path(path)
        self.statusBar().showMessage(fill(self.tr("Restored the plan from %1; the plan as it was is kept in %2"),
                                          chosen.name, kept.name), 15000)

    # -- preferences ---------------------------------------------------------
    def choose_language(self, code: str) -> None:
        prefs = preferences.load(self.settings)
        self.set_preferences(replace(prefs, language=code))

    def edit_preferences(self) -> None:
        dialog = PreferencesDialog(preferences.load(self.settings), self)
        if ask.run_dialog(dialog):
            self.set_preferences(dialog.chosen())

    def set_preferences(self, prefs: preferences.Preferences) -> None:
        """Save; calendar and digits apply at once, a new language after a restart (offered now)."""
        old = preferences.load(self.settings)
        preferences.save(self.settings, prefs)
        for action in self.language_group.actions():
            action.setChecked(action.data() == prefs.language)
        if prefs.effective_language() != old.effective_language():
            if ask.confirm(self, self.tr("Language"), self.tr(
                    "The new language applies when Social Goal Planner starts again. Restart now? Your plan is "
                    "saved."), self.tr("Restart now")):
                self.restart_requested = True
                self.close()
            return
        formatting.configure(calendar=prefs.effective_calendar().value, latin_digits=prefs.latin_digits)
        if self.document is not None:
            self.document.goalsChanged.emit()  # every date and number is shown again

    def close_plan(self) -> None:
        self.set_document(None)

    def open_sample(self) -> None:
        """A fresh copy of the sample plan, in the data folder, so the user's own plans are not touched."""
        from planner.exchange.sample_plan import write_sample_plan

        folder = default_plan_path().parent
        base = self.tr("Sample plan")
        path = folder / f"{base}{plan_file.SUFFIX}"
        n = 2
        while path.exists():
            path = folder / f"{base} {n}{plan_file.SUFFIX}"
            n += 1
        try:
            write_sample_plan(path, translate=lambda text: translated("sample", text),
                              language=preferences.load(self.settings).effective_language())
        except (OSError, plan_file.PlanFileError) as exc:
            ask.error(self, self.tr("The sample plan cannot be made"), str(exc))
            return
        self.open_path(path)

    def export_json(self) -> None:
        from planner.exchange import plan_json

        if self.document is None:
            return
        path = ask.save_path(self, self.tr("Export plan as JSON"), self.tr("Plan JSON (*.json)"),
                             str(self.document.path.with_suffix(".json")))
        if path is None:
            return
        try:
            count = plan_json.export_plan(self.document.repo, path)
        except OSError as exc:
            ask.error(self, self.tr("The plan was not exported"), f"{path}: {exc.strerror}")
            return
        self.statusBar().showMessage(fill(self.tr("Exported %1 to %2"), counted("goals", count), str(path)), 8000)

    def import_json(self) -> None:
        from planner.exchange import plan_json

        if self.document is None or self.document.read_only:
            return
        path = ask.open_path(self, self.tr("Import plan from JSON"), self.tr("Plan JSON (*.json);;All files (*)"),
                             self._folder())
        if path is None:
            return
        try:
            doc = plan_json.read(path)
        except plan_json.PlanJsonError as exc:
            ask.error(self, self.tr("Nothing was imported"),
                      fill(self.tr("%1 has problems; the plan was not changed."), str(path)),
                      "\n".join(exc.problems))
            return
        command = ImportGoals(self.document, doc, path.name)
        self.document.undo_stack.push(command)
        self.statusBar().showMessage(fill(self.tr("Imported %1 from %2"), counted("goals", len(command.added)),
                                          str(path)), 8000)

    def export_pdf(self) -> None:
        # the PDF writer loads on first use: start-up does not pay for it
        from planner.report.pdf_report import ReportData, ReportError, ReportOptions, render_pages
        from planner.ui.pdf_export import PdfExport

        doc = self.document
        if doc is None:
            return
        if not doc.goals():
            ask.error(self, self.tr("Export PDF summary"),
                      self.tr("The plan has no goals yet, so there is nothing to report. Create a goal first."))
            return
        dialog = ExportPdfDialog(doc.goals(), self.goal_list.current_goal_id(), self)
        if not ask.run_dialog(dialog):
            return
        name = doc.meta().business_name or doc.path.stem
        path = ask.save_path(self, self.tr("Export PDF summary"), self.tr("PDF documents (*.pdf)"),
                             str(doc.path.with_name(f"{name}.pdf")))
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        data = ReportData(doc.meta(), doc.goals(), {g.id: doc.observations(g.id) for g in doc.goals()})
        options = ReportOptions(goal_ids=dialog.goal_ids(), page_size=dialog.page_size.currentData(),
                                language=preferences.load(self.settings).effective_language(), today=doc.today())
        try:
            pages = render_pages(data, path, options)
        except ReportError as exc:
            ask.error(self, self.tr("The PDF was not made"), str(exc))
            return
        self.pdf_export = PdfExport(pages, path, self)
        self.pdf_export.failed.connect(lambda message: ask.error(self, self.tr("The PDF was not made"),
                                                                 f"{path}: {message}"))
        self.pdf_export.finished.connect(lambda complete: self._pdf_done(path, complete))
        self.pdf_export.start()

    def _pdf_done(self, path: Path, complete: bool) -> None:
        if not complete:
            self.statusBar().showMessage(self.tr("The PDF export was cancelled; nothing was written."), 8000)
            return
        self.statusBar().showMessage(fill(self.tr("Wrote the PDF summary to %1"), str(path)), 10000)
        if ask.confirm(self, self.tr("Export PDF summary"), fill(self.tr("The PDF is ready:\n%1\n\nOpen it now?"),
                                                                 str(path)), self.tr("Open")):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def about(self) -> None:
        where = str(self.document.path) if self.document else self.tr("no plan is open")
        ask.info(self, self.tr("About Social Goal Planner"), fill(self.tr(
            "%1 %2\n\nPlan SMART social-media goals, track your real figures against them, and get warned "
            "when a goal is unrealistic. Everything stays on this computer.\n\nThis plan is saved in:\n%3\n\n"
            "Your data folder:\n%4"), APP_NAME, __version__, where, str(default_plan_path().parent)))

    # -- window events -------------------------------------------------------
    def import_figures_dialog(self) -> None:
        if self.current_goal() is None:
            return
        path = ask.open_path(self, self.tr("Import figures"), self.tr(
            "Analytics exports (*.csv *.tsv *.txt *.xlsx *.xls *.ods *.zip);;All files (*)"), self._folder())
        if path is not None:
            self.import_figures(path)

    def import_figures(self, path: Path) -> bool:
        """Preview and import *path* into the selected goal; True when figures were imported."""
        goal = self.current_goal()
        if goal is None:
            ask.error(self, self.tr("Import figures"),
                      self.tr("Select the goal the figures belong to, then import the file again."))
            return False
        if self.document.read_only:
            return False
        from planner.ui.dialogs.import_dialog import ImportDialog  # the importers load on first use

        dialog = ImportDialog(self.document, goal, path, self)
        if not ask.run_dialog(dialog):
            return False
        self.statusBar().showMessage(fill(self.tr("Imported figures from %1"), path.name), 8000)
        return True

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.document is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """A plan file opens; any other file is imported as figures into the selected goal."""
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if not paths:
            return
        event.acceptProposedAction()
        if paths[0].suffix == plan_file.SUFFIX:
            self.open_path(paths[0])
        else:
            self.import_figures(paths[0])

    def closeEvent(self, event: QCloseEvent) -> None:
        self._save_window_state()
        self.set_document(None)
        event.accept()

