"""Screenshots of the import preview on fixtures in real export layouts, for review and for docs/import-formats.md.

Run under a display (``xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/python tools/import_preview_shots.py
OUTDIR [en|ar|fa]``): a plan with one goal per case is made in a temporary folder, and the preview of each
file is saved as ``import-<case>[-<language>].png``:

- ``per-post``: Meta Business Suite Instagram posts into an Instagram impressions goal (posts rolled into days);
- ``rejected``: TikTok FollowerHistory with 25 'undefined' days (one summary line, the year assumed);
- ``other-platform``: an X account overview into a Facebook goal (the choice to add X or leave the figures out);
- ``rebuild``: X's daily follower changes into a followers goal, totals rebuilt from a count typed in.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QDate, QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication

from planner.app import configure_application
from planner.domain.goals import Goal, GoalPlatform
from planner.ui import preferences
from planner.ui.dialogs.import_dialog import ImportDialog
from planner.ui.main_window import MainWindow

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "imports"
CASES = (
    ("per-post", "impressions", "instagram", "meta_instagram_posts_Mar-01-2025_Mar-31-2025_1789.csv"),
    ("rejected", "followers", "tiktok", "tiktok/FollowerHistory_undefined.csv"),
    ("other-platform", "impressions", "facebook", "x_account_overview.csv"),
    ("rebuild", "followers", "x", "x_account_overview.csv"),
)


def settle(app: QApplication, dialog: ImportDialog) -> None:
    """Let the dialog's worker finish and its results land on the screen."""
    while dialog.job is not None and dialog.job.is_running():
        app.processEvents()
        time.sleep(0.02)
    for _ in range(10):
        app.processEvents()


def main(out: Path, language: str = "en") -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure_application(app)
    preferences.apply(app, preferences.Preferences(language=language))
    QStandardPaths.setTestModeEnabled(True)
    tmp = Path(tempfile.mkdtemp(prefix="sgp-import-shots-"))
    window = MainWindow(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
    window.resize(1280, 800)
    window.show()
    window.open_path(tmp / "shots.sgplan", create=True)
    window.document.set_today(date(2026, 1, 15))
    suffix = "" if language == "en" else f"-{language}"
    for case, kpi, platform, name in CASES:
        goal = window.document.add_goal(Goal(f"{kpi} on {platform}", "awareness", kpi, 100, 900, date(2025, 1, 1),
                                             date(2026, 12, 31), platforms=(GoalPlatform(platform),)))
        path = tmp / Path(name).name
        shutil.copy(DATA / name, path)
        stamp = datetime(2025, 2, 15, 9).timestamp()  # TikTok's years are inferred from the day it was saved
        os.utime(path, (stamp, stamp))
        dialog = ImportDialog(window.document, goal, path, window)
        dialog.resize(900, 760)
        dialog.show()
        settle(app, dialog)
        if case == "rebuild":
            dialog.rebuild_box.count.setText("1,240")
            dialog.rebuild_box.day.setDate(QDate(2025, 3, 21))
            dialog.rebuild_box.submit()
            settle(app, dialog)
        dialog.grab().save(str(out / f"import-{case}{suffix}.png"))
        dialog.reject()
    window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), *(sys.argv[2:3] or []))
