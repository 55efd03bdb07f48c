"""The main window: the plan as a document, the goal list, the selected goal.

The window owns the menus, the toolbar and the document's life (new, open,
close, copies, recent files); what each pane shows is the pane's business.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QStandardPaths, Qt, QUrl
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QResizeEvent,
    QUndoGroup,
)
from PySide6.QtWidgets import QMainWindow, QMenu, QSplitter, QStackedWidget

from planner import APP_NAME, __version__
from planner.store import backups, files, plan_file
from planner.ui.commands import AddGoal, ArchiveGoal, CheckInGoals, DeleteFigures, DeleteGoal, EditFigure, EditGoal, \
    ImportFigures, ImportGoals, PutFigures, SetBusiness, SetReviewSchedule
from planner.ui import review_actions
from planner.ui import formatting, preferences
from planner.ui.dialogs import ask
from planner.ui.dialogs.business_dialog import BusinessDialog
from planner.ui.dialogs.export_pdf_dialog import ExportPdfDialog
from planner.ui.dialogs.preferences_dialog import PreferencesDialog
from planner.ui.dialogs.restore_dialog import RestoreDialog
from planner.ui.document import PlanDocument
from planner.ui.elided_label import ElidedLabel
from planner.ui.empty_state import EmptyState
from planner.ui.folders import Folders, Kind
from planner.ui.formatting import counted, fill, translated
from planner.ui.goal_detail import GoalDetail
from planner.ui.goal_list import GoalListPanel
from planner.ui.icons import icon
from planner.ui.overview import Overview
from planner.ui.preferences import LANGUAGES
from planner.ui.wizard.goal_wizard import GoalWizard

MAX_RECENT = 8
#: How long a passing message stays in the status bar (ms); the plan's name and folder stay for good.
MESSAGE_MS = 8000
#: The share of the status bar the plan's path may take, so messages keep room beside it.
PATH_SHARE = 0.45
FIGURE_COMMANDS = (PutFigures, EditFigure, DeleteFigures, ImportFigures, CheckInGoals)


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
        self.folders = Folders(self.settings)
        self.restart_requested = False

        self.goal_list = GoalListPanel()
        self.goal_list.goalSelected.connect(self._goal_selected)
        self.empty = EmptyState()
        self.empty.primaryClicked.connect(self._empty_primary)
        self.empty.sampleClicked.connect(self.open_sample)
        self.overview = Overview()
        self.overview.goalActivated.connect(self.goal_list.select_goal)
        self.overview.checkInRequested.connect(lambda: review_actions.check_in(self))
        self.detail = GoalDetail()
        self.detail.chart.folders = self.folders
        self.pages = QStackedWidget()
        for page in (self.empty, self.overview, self.detail):
            self.pages.addWidget(page)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.goal_list)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(0, 1)  # both sides grow with the window: long titles get room too
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([320, 880])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.plan_label = ElidedLabel()
        self.plan_label.setObjectName("planPath")
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
        self._tips[action] = tip or text.replace("&", "").replace("…", "")
        self._explain(action, "")
        action.triggered.connect(slot)
        return action

    def _explain(self, action: QAction, why_disabled: str) -> None:
        """The action's tooltip (and status tip): what it does, its shortcut, and why it is greyed out."""
        tip = self._tips[action]
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if shortcut:
            tip = f"{tip} ({shortcut})"
        if why_disabled:
            tip = fill(self.tr("%1. Not available now: %2"), tip, why_disabled)
        action.setToolTip(tip)
        action.setStatusTip(tip)

    def _enable(self, action: QAction, why_not: str) -> None:
        """Enable *action* when *why_not* is empty; else grey it out and say why in its tooltip."""
        action.setEnabled(not why_not)
        self._explain(action, why_not)

    def _build_actions(self) -> None:
        S = QKeySequence.StandardKey
        self._tips: dict[QAction, str] = {}
        self.act_new_plan = self._action("new-plan", self.tr("&New plan…"), self.new_plan, "Ctrl+Shift+N")
        self.act_open = self._action("open-plan", self.tr("&Open plan…"), self.open_plan_dialog, S.Open)
        self.act_save_copy = self._action("save-copy", self.tr("Save a cop&y as…"), self.save_copy, S.SaveAs)
        self.act_import_figures = self._action("import-figures", self.tr("Import &figures…"),
                                               self.import_figures_dialog, "Ctrl+I",
                                               tip=self.tr("Import figures from a platform's analytics export "
                                                           "into the selected goal"))
        self.act_export_pdf = self._action("export-pdf", self.tr("Export &PDF summary…"), self.export_pdf, S.Print,
                                           tip=self.tr("A PDF of your goals, their charts and findings, to print "
                                                       "or send"))
        self.act_import_json = self._action("import-json", self.tr("Import plan from &JSON…"), self.import_json)
        self.act_export_json = self._action("export-json", self.tr("&Export plan as JSON…"), self.export_json)
        self.act_restore = self._action("open-plan", self.tr("&Restore from backup…"), self.restore_backup,
                                        tip=self.tr("Replace the plan with one of its automatic backups"))
        self.act_restore.setObjectName("action_restore")
        self.act_business = self._action("business", self.tr("&Business details…"), self.edit_business,
                                         tip=self.tr("Your business's name, logo, currency, colour and the "
                                                     "language of its reports"))
        self.act_export_schedule = self._action(
            "export-schedule", self.tr("Export review &schedule…"), lambda: review_actions.export_schedule(self),
            icon_name="calendar", tip=self.tr("A calendar file (.ics) that reminds you of the weekly review, "
                                              "offline"))
        self.act_seasons = self._action("seasons", self.tr("&Seasons…"), lambda: review_actions.edit_seasons(self),
                                        icon_name="calendar",
                                        tip=self.tr("Ramadan, Eid, Nowruz, summer, sales: stretches of the year "
                                                    "that change every goal's pace"))
        self.act_check_in = self._action("check-in", self.tr("&Check in…"), lambda: review_actions.check_in(self),
                                         "Ctrl+K", icon_name="add-row",
                                         tip=self.tr("This period's figures, your confidence and a note for every "
                                                     "goal that waits for them"))
        self.act_close = self._action("close-plan", self.tr("&Close plan"), self.close_plan, S.Close)
        self.act_quit = self._action("quit", self.tr("&Quit"), self.close, "Ctrl+Q")
        self.act_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.act_sample = self._action("sample-plan", self.tr("Open &sample plan"), self.open_sample)
        self.act_about = self._action("about", self.tr("&About Social Goal Planner"), self.about)
        self.act_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.act_guide = self._action("guide", self.tr("&Guide"), lambda: self.show_guide(), S.HelpContents,
                                      tip=self.tr("SMART goals, what each KPI means, and how to read the chart"))
        self.act_preferences = self._action("preferences", self.tr("&Preferences…"), self.edit_preferences,
                                            S.Preferences)
        self.act_preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.act_undo = self._action("undo", self.tr("&Undo"), self.undo, S.Undo,
                                     tip=self.tr("Undo the last change"))
        self.act_redo = self._action("redo", self.tr("&Redo"), self.redo, S.Redo, tip=self.tr("Redo what was undone"))
        self.act_redo.setShortcuts([QKeySequence(S.Redo), QKeySequence("Ctrl+Y")])
        self.act_undo.setIconText(self.tr("Undo"))  # the toolbar's label stays short; the menu says what
        self.act_redo.setIconText(self.tr("Redo"))
        self.undo_group.canUndoChanged.connect(self._update_history_actions)
        self.undo_group.canRedoChanged.connect(self._update_history_actions)
        self.undo_group.undoTextChanged.connect(self._update_history_actions)
        self.undo_group.redoTextChanged.connect(self._update_history_actions)
        self.act_new_goal = self._action("new-goal", self.tr("&New goal…"), self.new_goal, S.New,
                                         tip=self.tr("Create a goal with the SMART wizard"))
        self.act_edit_goal = self._action("edit-goal", self.tr("&Edit goal…"), self.edit_goal, "Ctrl+E")
        self.act_duplicate_goal = self._action("duplicate-goal", self.tr("D&uplicate goal"), self.duplicate_goal,
                                               "Ctrl+D")
        self.act_archive_goal = self._action("archive-goal", self.tr("&Archive goal"), self.toggle_archived,
                                             "Ctrl+Shift+A")
        self.act_delete_goal = self._action("delete-goal", self.tr("&Delete goal…"), self.delete_goal,
                                            "Ctrl+Del")
        self.act_add_figure = self._action("add-row", self.tr("Add a fi&gure"), self.add_figure, "Ctrl+Shift+F",
                                           tip=self.tr("Add a figure to the selected goal, dated today"))
        self.act_add_figure.setObjectName("action_add_figure")
        self.act_all_goals = self._action("overview", self.tr("&All goals"), lambda: self.goal_list.select_goal(None),
                                          "Alt+Home", tip=self.tr("Back to the overview of every goal"))
        self.act_all_goals.setObjectName("action_all_goals")
        self.tab_actions = []
        for n, (name, text) in enumerate((("figures", self.tr("&Figures")), ("findings", self.tr("Fi&ndings")),
                                          ("details", self.tr("SMART &details")))):
            action = self._action(name, text, lambda _=False, i=n: self.show_tab(i), f"Ctrl+{n + 1}",
                                  tip=fill(self.tr("Show the selected goal's %1"), text.replace("&", "")))
            action.setObjectName(f"action_tab_{name}")
            self.tab_actions.append(action)
        self.plan_actions = [self.act_save_copy, self.act_export_json, self.act_export_pdf, self.act_close,
                             self.act_export_schedule]
        self.write_actions = [self.act_import_json, self.act_new_goal, self.act_restore, self.act_business,
                              self.act_seasons, self.act_check_in]
        self.goal_actions = [self.act_edit_goal, self.act_duplicate_goal, self.act_archive_goal,
                             self.act_delete_goal, self.act_import_figures, self.act_add_figure]

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.file_menu.addActions([self.act_new_plan, self.act_open])
        self.recent_menu = QMenu(self.tr("Open &recent"), self)
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addAction(self.act_save_copy)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_import_figures)
        self.file_menu.addActions([self.act_import_json, self.act_export_json])
        self.file_menu.addAction(self.act_export_pdf)
        self.file_menu.addAction(self.act_export_schedule)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.act_close, self.act_quit])
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.edit_menu.addActions([self.act_undo, self.act_redo])
        self.plan_menu = bar.addMenu(self.tr("&Plan"))
        self.plan_menu.addActions([self.act_business, self.act_seasons, self.act_restore])
        self.goal_menu = bar.addMenu(self.tr("&Goal"))
        self.goal_menu.addAction(self.act_new_goal)
        self.goal_menu.addAction(self.act_check_in)
        self.goal_menu.addSeparator()
        self.goal_menu.addActions([self.act_edit_goal, self.act_duplicate_goal, self.act_archive_goal,
                                   self.act_delete_goal])
        self.goal_menu.addSeparator()
        self.goal_menu.addActions([self.act_add_figure, self.act_import_figures])
        view = self.goal_list.view
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        view.addActions([self.act_new_goal, *self.goal_actions])
        view.doubleClicked.connect(lambda _index: self.edit_goal())
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.view_menu.addAction(self.act_all_goals)
        self.view_menu.addActions(self.tab_actions)
        self.view_menu.addSeparator()
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
        self.help_menu.addActions([self.act_guide, self.act_sample, self.act_about])
        for menu in (self.file_menu, self.edit_menu, self.plan_menu, self.goal_menu, self.view_menu, self.help_menu):
            menu.setToolTipsVisible(True)  # a greyed-out item says why on hover

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
            document.writeFailed.connect(self._write_failed)
            self._add_recent(document.path)
        self._show_state()

    def open_path(self, path: Path, *, create: bool = False, read_only: bool = False) -> bool:
        """Open (or with *create*, create if missing) the plan at *path*; False, with a message, if not."""
        self.statusBar().clearMessage()  # "Opening your plan…" has been answered, whatever the answer
        if self.document is not None and files.same_file(path, self.document.path):
            self.set_document(None)  # the plan open here, opened again: not read-only against ourselves
        try:
            if create and not path.exists():
                pf = plan_file.create(path, business_name="", currency="",
                                      language=preferences.load(self.settings).effective_language())
            else:
                pf = plan_file.open_plan(path, read_only=read_only)
        except plan_file.PlanFileError as exc:
            ask.error(self, self.tr("The plan cannot be opened"),
                      fill(self.tr("%1\n\n%2"), str(exc.path), exc.problem))
            return False
        try:
            document = PlanDocument(pf)
        except Exception as exc:  # noqa: BLE001 - whatever it is, the plan is closed again (and its lock freed)
            pf.close()
            ask.error(self, self.tr("The plan cannot be opened"), fill(self.tr("%1\n\n%2"), str(path), str(exc)))
            return False
        self.set_document(document)
        if document.read_problems:
            ask.error(self, self.tr("Part of the plan cannot be read"),
                      fill(self.tr("%1\n\nSome of what this plan holds was changed by another program and cannot be "
                                   "read; it is left out of the window, and left as it is in the file."), str(path)),
                      "\n".join(document.read_problems))
        if pf.backup_problem:
            ask.error(self, self.tr("No backup was kept"),
                      fill(self.tr("%1\n\nThe plan opened, but its automatic backup could not be written: %2"),
                           str(path), pf.backup_problem))
        if pf.read_only:
            self.say(fill(self.tr("Opened read-only: %1"), pf.read_only_reason))
            if not read_only:  # the user did not ask for it: say so plainly
                ask.info(self, self.tr("Opened read-only"),
                         fill(self.tr("%1\n\nThis plan is open read-only: %2."), str(path), pf.read_only_reason))
        if pf.backups:
            self.say(fill(self.tr("The plan was updated to the new format; a backup was kept at %1"),
                          str(pf.backups[0])), 15000)
        return True

    def say(self, text: str, ms: int = MESSAGE_MS) -> None:
        """A passing message in the status bar: it goes away by itself."""
        self.statusBar().showMessage(text, ms)

    def _why_read_only(self) -> str:
        """Why the plan cannot be changed ("" when it can)."""
        if self.document is None:
            return self.tr("open or create a plan first")
        if self.document.read_only:
            return fill(self.tr("the plan is open read-only (%1)"), self.document.file.read_only_reason)
        return ""
    def _write_failed(self, message: str) -> None:
        ask.error(self, self.tr("The change was not saved"),
                  fill(self.tr("%1\n\nThe plan is as it was before this change; nothing else was lost."), message))

    def _show_state(self) -> None:
        doc = self.document
        no_plan = self.tr("open or create a plan first") if doc is None else ""
        for action in self.plan_actions:
            self._enable(action, no_plan)
        for action in self.write_actions:
            self._enable(action, self._why_read_only())
        self._update_goal_actions()
        self._update_history_actions()
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
        self._fit_plan_label()
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
        why = self._why_read_only() or ("" if goal is not None else self.tr("select a goal in the list first"))
        for action in self.goal_actions:
            self._enable(action, why)
        self.act_archive_goal.setText(self.tr("Restore goal") if goal is not None and goal.archived
                                      else self.tr("&Archive goal"))
        self._enable(self.act_all_goals, "" if self.document is not None and self.document.goals()
                     else self.tr("the plan has no goals yet"))
        for action in self.tab_actions:
            self._enable(action, "" if goal is not None else self.tr("select a goal in the list first"))

    def _update_history_actions(self) -> None:
        """Undo and Redo say what they would undo, or why there is nothing to."""
        for action, can, text, verb, nothing in (
                (self.act_undo, self.undo_group.canUndo(), self.undo_group.undoText(), self.tr("&Undo %1"),
                 self.tr("nothing to undo yet")),
                (self.act_redo, self.undo_group.canRedo(), self.undo_group.redoText(), self.tr("&Redo %1"),
                 self.tr("nothing to redo"))):
            action.setText(fill(verb, text) if can and text else verb.replace(" %1", ""))
            self._enable(action, "" if can else nothing)

    # -- undo and redo -------------------------------------------------------
    def undo(self) -> None:
        self._history(undo=True)

    def redo(self) -> None:
        self._history(undo=False)

    def _history(self, *, undo: bool) -> None:
        """Undo or redo one step, then show the goal it changed and say what was done."""
        doc = self.document
        if doc is None:
            return
        stack = doc.undo_stack
        if not (stack.canUndo() if undo else stack.canRedo()):
            return
        command = stack.command(stack.index() - 1 if undo else stack.index())
        text = stack.undoText() if undo else stack.redoText()
        stack.undo() if undo else stack.redo()
        goal_id = getattr(command, "goal_id", None)
        title = doc.goal(goal_id).title if goal_id is not None and doc.has_goal(goal_id) else ""
        if goal_id is not None:
            self.show_goal(goal_id, figures=isinstance(command, FIGURE_COMMANDS))
        done = fill(self.tr("Undone: %1") if undo else self.tr("Redone: %1"), text)
        if title and title not in text:
            done = fill(self.tr("%1 (in “%2”)"), done, title)
        self.say(done)

    def show_goal(self, goal_id: int | None, *, figures: bool = False) -> None:
        """Bring *goal_id* into view (the overview when it is gone), on its Figures tab if asked."""
        if goal_id is None or self.document is None or not self.document.has_goal(goal_id):
            self.goal_list.select_goal(None)
            return
        if not self.goal_list.select_goal(goal_id):
            self.goal_list.show_everything(archived=self.document.goal(goal_id).archived)
            self.goal_list.select_goal(goal_id)
        if figures:
            self.show_tab(0)

    def show_tab(self, index: int) -> None:
        if self.current_goal() is not None:
            self.detail.tabs.setCurrentIndex(index)
            self.detail.tabs.currentWidget().setFocus()

    def add_figure(self) -> None:
        """Goal > Add a figure: on the Figures tab of the selected goal, dated today (or a missing period)."""
        if self.current_goal() is None:
            return
        self.show_tab(0)
        self.detail.figures.add_figure()

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
            if command.goal_id is not None:
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
        if command.goal_id is not None:
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

    def _ask_path(self, kind: Kind, caption: str, file_filter: str, name: str = "", *, save: bool) -> Path | None:
        """A file dialog opening in the last folder used for *kind* (Documents at first); remembers the choice."""
        folder = self.folders.get(kind)
        path = (ask.save_path(self, caption, file_filter, str(folder / name)) if save
                else ask.open_path(self, caption, file_filter, str(folder)))
        if path is not None:
            self.folders.remember(kind, path)
        return path

    def new_plan(self) -> None:
        path = self._ask_path(Kind.PLANS, self.tr("New plan"), self._plan_filter(),
                              f"{self.tr('New plan')}{plan_file.SUFFIX}", save=True)
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
        path = self._ask_path(Kind.PLANS, self.tr("Open plan"), self._plan_filter(), save=False)
        if path is not None:
            self.open_path(path)

    def save_copy(self) -> None:
        if self.document is None:
            return
        path = self._ask_path(Kind.PLANS, self.tr("Save a copy as"), self._plan_filter(),
                              fill(self.tr("%1 copy"), self.document.path.stem) + plan_file.SUFFIX, save=True)
        if path is None:
            return
        try:
            plan_file.save_copy(self.document.file, path)
        except plan_file.PlanFileError as exc:
            ask.error(self, self.tr("The copy was not saved"), str(exc))
            return
        self.say(fill(self.tr("Saved a copy to %1"), str(path)))

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
            ask.error(self, self.tr("The backup was not restored"), str(exc))
            self.open_path(path)
            return
        self.open_path(path)
        if kept is not None:
            self.say(fill(self.tr("Restored the plan from %1; the plan as it was is kept in %2"),
                          chosen.name, kept.path.name), 15000)

    # -- preferences ---------------------------------------------------------
    def choose_language(self, code: str) -> None:
        prefs = preferences.load(self.settings)
        self.set_preferences(replace(prefs, language=code))

    def edit_preferences(self) -> None:
        doc = self.document
        writable = doc is not None and not doc.read_only
        dialog = PreferencesDialog(preferences.load(self.settings), self, doc.schedule() if writable else None)
        if ask.run_dialog(dialog):
            schedule = dialog.chosen_schedule()
            if writable and schedule is not None and schedule != doc.schedule():
                self._push(SetReviewSchedule(doc, doc.schedule(), schedule))
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

    def edit_business(self) -> None:
        """Plan > Business details: one undoable step."""
        doc = self.document
        if doc is None or doc.read_only:
            return
        dialog = BusinessDialog(doc.meta(), self, choose_file=lambda: self._ask_path(
            Kind.PICTURES, self.tr("Choose your logo"),
            self.tr("Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)"), save=False))
        if ask.run_dialog(dialog) and dialog.chosen() != doc.meta():
            self._push(SetBusiness(doc, doc.meta(), dialog.chosen()))
            self.say(self.tr("Saved the business details."))

    def show_guide(self, topic: str = "") -> None:
        """Help > Guide, open at *topic* (a page or a KPI id) when given."""
        from planner.ui.dialogs.guide import open_guide

        open_guide(self, topic)

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
        path = self._ask_path(Kind.EXPORTS, self.tr("Export plan as JSON"), self.tr("Plan JSON (*.json)"),
                              f"{self.document.path.stem}.json", save=True)
        if path is None:
            return
        try:
            files.check_output(path, self.document.path)
            count = plan_json.export_plan(self.document.repo, path)
        except plan_file.PlanFileError as exc:
            ask.error(self, self.tr("The plan was not exported"), str(exc))
            return
        except OSError as exc:
            ask.error(self, self.tr("The plan was not exported"), f"{path}: {exc.strerror}")
            return
        self.say(fill(self.tr("Exported %1 to %2"), counted("goals", count), str(path)))
        if self.document.repo.read_problems:
            ask.error(self, self.tr("Part of the plan was not exported"),
                      fill(self.tr("%1 does not hold what the plan could not read:"), str(path)),
                      "\n".join(self.document.repo.read_problems))

    def import_json(self) -> None:
        """Read and add a plan JSON file on a worker, with progress and Cancel (a file may be 200 MB)."""
        from PySide6.QtWidgets import QProgressDialog

        from planner.exchange import plan_json
        from planner.store.repository import Repository
        from planner.ui.worker import Job

        if self.document is None or self.document.read_only or getattr(self, "json_job", None) is not None:
            return
        path = self._ask_path(Kind.EXPORTS, self.tr("Import plan from JSON"),
                              self.tr("Plan JSON (*.json);;All files (*)"), save=False)
        if path is None:
            return
        plan = self.document.path

        def work(progress, cancelled):
            try:
                doc = plan_json.read(path, lambda f: progress(0.8 * f), cancelled)
            except plan_json.PlanJsonError as exc:
                return exc
            except plan_json.Cancelled:
                return None
            # the worker's own connection (SQLite's are per thread), under the window's lock
            pf = plan_file.open_plan(plan, exclusive=False)
            try:
                return plan_json.import_plan(Repository(pf.db), doc)
            finally:
                pf.close()

        progress = QProgressDialog(fill(self.tr("Reading %1…"), path.name), self.tr("Cancel"), 0, 1000, self)
        progress.setObjectName("jsonProgress")
        progress.setWindowTitle(self.tr("Import plan from JSON"))
        progress.setMinimumDuration(300)
        job = self.json_job = Job(work, self)
        job.progressed.connect(progress.setValue)
        progress.canceled.connect(job.cancel)
        job.succeeded.connect(lambda result: self._json_imported(path, result))
        job.failed.connect(lambda message: ask.error(self, self.tr("Nothing was imported"),
                                                     fill(self.tr("%1: %2"), str(path), message)))
        job.finished.connect(progress.reset)
        job.finished.connect(lambda: setattr(self, "json_job", None))
        job.start()

    def _json_imported(self, path: Path, result) -> None:
        if result is None:
            self.say(self.tr("The import was cancelled; the plan was not changed."))
            return
        if isinstance(result, Exception):
            ask.error(self, self.tr("Nothing was imported"),
                      fill(self.tr("%1 has problems; the plan was not changed."), str(path)),
                      "\n".join(getattr(result, "problems", [str(result)])))
            return
        if self.document is None:
            return
        self.document.undo_stack.push(ImportGoals(self.document, result, path.name))
        self.say(fill(self.tr("Imported %1 from %2"), counted("goals", len(result)), str(path)))

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
        dialog = ExportPdfDialog(doc.goals(), self.goal_list.current_goal_id(), self, language=doc.meta().language)
        if not ask.run_dialog(dialog):
            return
        name = doc.meta().business_name or doc.path.stem
        path = self._ask_path(Kind.PDFS, self.tr("Export PDF summary"), self.tr("PDF documents (*.pdf)"),
                              f"{name}.pdf", save=True)
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            files.check_output(path, doc.path)
        except plan_file.PlanFileError as exc:
            ask.error(self, self.tr("The PDF was not made"), str(exc))
            return
        language = dialog.language.currentData()
        data = ReportData(doc.meta(), doc.goals(), {g.id: doc.observations(g.id) for g in doc.goals()},
                          {g.id: doc.checkins(g.id) for g in doc.goals()})
        options = ReportOptions(goal_ids=dialog.goal_ids(), page_size=dialog.page_size.currentData(),
                                language=language, today=doc.today())
        try:
            with preferences.speaking(QCoreApplication.instance(), language):
                pages = render_pages(data, path, options)
        except ReportError as exc:
            ask.error(self, self.tr("The PDF was not made"), str(exc))
            return
        self.pdf_export = PdfExport(pages, path, self, language)
        self.pdf_export.failed.connect(lambda message: ask.error(self, self.tr("The PDF was not made"),
                                                                 f"{path}: {message}"))
        self.pdf_export.finished.connect(lambda complete: self._pdf_done(path, complete))
        self.pdf_export.start()

    def _pdf_done(self, path: Path, complete: bool) -> None:
        if not complete:
            if not self.pdf_export.error:  # a failure was said in its own message
                self.say(self.tr("The PDF export was cancelled; nothing was written."))
            return
        self.say(fill(self.tr("Wrote the PDF summary to %1"), str(path)), 10000)
        if ask.confirm(self, self.tr("Export PDF summary"), fill(self.tr("The PDF is ready:\n%1\n\nOpen it now?"),
                                                                 str(path)), self.tr("Open")):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def about(self) -> None:
        from planner.ui.dialogs.about_dialog import AboutDialog

        where = str(self.document.path) if self.document else self.tr("no plan is open")
        ask.run_dialog(AboutDialog(fill(self.tr(
            "%1 %2\n\nPlan SMART social-media goals, track your real figures against them, and get warned "
            "when a goal is unrealistic. Everything stays on this computer.\n\nThis plan is saved in:\n%3\n\n"
            "Your data folder:\n%4"), APP_NAME, __version__, where, str(default_plan_path().parent)), self))

    # -- window events -------------------------------------------------------
    def import_figures_dialog(self) -> None:
        if self.current_goal() is None:
            return
        path = self._ask_path(Kind.FIGURES, self.tr("Import figures"), self.tr(
            "Analytics exports (*.csv *.tsv *.txt *.xlsx *.xls *.ods *.zip);;All files (*)"), save=False)
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
        self.say(fill(self.tr("Imported figures from %1"), path.name))
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

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_plan_label()

    def _fit_plan_label(self) -> None:
        """The plan's path takes at most its share of the status bar, elided in the middle, so a message
        shown beside it is never covered."""
        self.plan_label.setMaximumWidth(max(120, int(self.width() * PATH_SHARE)))

    def closeEvent(self, event: QCloseEvent) -> None:
        self._save_window_state()
        if getattr(self, "json_job", None) is not None:  # a JSON import under way ends first (cancelled)
            self.json_job.wait()
        self.set_document(None)
        event.accept()

