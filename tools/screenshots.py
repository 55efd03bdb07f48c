"""Screenshots of the real window on the sample plan, for the README and for review.

Run under a display (``xvfb-run -a .venv/bin/python tools/screenshots.py OUTDIR [en|ar|fa]``):
it writes the sample plan to a temporary folder, opens the window on it with
settings kept out of the user's own, and saves PNGs of what a user sees.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication

from planner.app import configure_application
from planner.exchange.sample_plan import write_sample_plan
from planner.ui import preferences
from planner.ui.formatting import translated
from planner.ui.main_window import MainWindow


def settle(app: QApplication, rounds: int = 10) -> None:
    for _ in range(rounds):
        app.processEvents()


def main(out: Path, language: str = "en", goal_index: int = 0) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure_application(app)
    preferences.apply(app, preferences.Preferences(language=language))
    QStandardPaths.setTestModeEnabled(True)
    tmp = Path(tempfile.mkdtemp(prefix="sgp-shots-"))
    settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
    plan = write_sample_plan(tmp / "Nour Bakery.sgplan", today=date.today(),
                             translate=lambda text: translated("sample", text))
    window = MainWindow(settings)
    window.resize(1280, 800)
    window.show()
    window.open_path(plan)
    settle(app)
    suffix = "" if language == "en" else f"-{language}"
    window.grab().save(str(out / f"overview{suffix}.png"))
    goal_id = window.document.goals()[goal_index].id
    window.goal_list.select_goal(goal_id)
    settle(app)
    window.grab().save(str(out / f"screenshot{suffix}.png"))
    wizard_pages(app, window, out, suffix)
    window.close()


def wizard_pages(app: QApplication, window: MainWindow, out: Path, suffix: str) -> None:
    """Each page of the goal wizard, filled in as an owner would (the unrealistic TikTok goal)."""
    from planner.ui.wizard.goal_wizard import GoalWizard

    goal = next(g for g in window.document.goals() if g.platform_ids == ("tiktok",))
    wizard = GoalWizard(window.document, goal, window)
    wizard.resize(860, 640)
    wizard.show()
    for number in range(1, len(wizard.pages) + 1):
        settle(app)
        wizard.grab().save(str(out / f"wizard-{number}{suffix}.png"))
        wizard.next()
    wizard.reject()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs"), sys.argv[2] if len(sys.argv) > 2 else "en")
