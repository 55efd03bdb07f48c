"""Starting the window: the application object, its identity, and the first plan."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QProcess, QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QFileOpenEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from planner import APP_NAME, ORG_NAME, __version__  # noqa: E402
from planner.ui import preferences  # noqa: E402
from planner.ui.icons import icon  # noqa: E402
from planner.ui.main_window import MainWindow, default_plan_path  # noqa: E402


#: How often a busy worker thread hands the interpreter back to the window (seconds).  Python's
#: default, 5 ms, makes every paint wait 5 ms at each step between Qt and Python while an import
#: runs: a chart's repaint then takes half a second.  1 ms keeps the window fluid.
SWITCH_INTERVAL_S = 0.001


def configure_application(app: QCoreApplication) -> None:
    """Names QSettings and QStandardPaths use, so settings and data land in the app's own folders;
    and a short thread switch interval, so worker threads never make the window wait."""
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    app.setOrganizationName(ORG_NAME)
    app.setOrganizationDomain("socialgoalplanner.github.io")
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)


def first_plan(window: MainWindow, requested: Path | None) -> None:
    """Open the plan asked for, else the last one used, else the default plan (created on first start)."""
    if requested is not None:
        window.open_path(requested, create=not requested.exists())
        return
    last = window.settings.value("lastPlan")
    if last and Path(str(last)).exists() and window.open_path(Path(str(last))):
        return
    window.open_path(default_plan_path(), create=True)


class _FileOpenFilter(QObject):
    """macOS sends a double-clicked plan to the running app as a FileOpen event, not as an argument."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent) and event.file():
            self.window.open_path(Path(event.file()))
            return True
        return False


def run_app(db: Path | None = None) -> int:
    QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure_application(app)
    app.setWindowIcon(icon("app"))
    settings = QSettings()
    preferences.apply(app, preferences.load(settings))
    window = MainWindow(settings)
    app.installEventFilter(_FileOpenFilter(window))
    window.show()
    # the window paints first, then the plan opens: a big plan never keeps an empty screen waiting
    window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Opening your plan…"))
    app.processEvents()  # the first paint
    QTimer.singleShot(0, lambda: first_plan(window, db))
    code = app.exec()
    if window.restart_requested:  # a new language: start again in it, on the same plan
        QProcess.startDetached(sys.executable, [*sys.argv[1:]] if getattr(sys, "frozen", False)
                               else ["-m", "planner", *sys.argv[1:]])
    return code
