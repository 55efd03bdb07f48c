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
from planner.domain.goals import Goal, GoalPlatform
from planner.exchange.sample_plan import write_sample_plan
from planner.store import plan_file
from planner.store.repository import Repository
from planner.ui import preferences
from planner.ui.formatting import translated
from planner.ui.main_window import MainWindow


def settle(app: QApplication, rounds: int = 10) -> None:
    for _ in range(rounds):
        app.processEvents()


#: A small account's goal the realism engine judges by the figures of accounts its size (title, statement).
SMALL_ACCOUNT = {
    "en": ("Instagram engagement: 10% per follower", "Reach 10% engagement per follower on our Instagram of 3,000 "
                                                     "followers by posting a question in every Reel."),
    "ar": ("التفاعل على إنستغرام: 10% لكل متابع", "بلوغ تفاعل بنسبة 10% لكل متابع على حسابنا في إنستغرام الذي "
                                                  "يتابعه 3,000 شخص، بطرح سؤال في كل مقطع Reel."),
    "fa": ("تعامل در اینستاگرام: ۱۰٪ به ازای هر دنبال‌کننده", "رسیدن به تعامل ۱۰٪ به ازای هر دنبال‌کننده در "
                                                               "اینستاگرام ۳٬۰۰۰ نفری‌مان با پرسیدن یک سؤال در هر ریلز."),
}


def add_small_account_goal(plan: Path, language: str) -> int:
    """Add the small account's goal to the screenshot's copy of the sample plan; returns its id."""
    title, statement = SMALL_ACCOUNT.get(language, SMALL_ACCOUNT["en"])
    today = date.today()
    pf = plan_file.open_plan(plan)
    try:
        goal = Repository(pf.db).add_goal(Goal(
            title, "engagement", "engagement_rate_followers", 3.0, 10.0, today, today.replace(year=today.year + 1),
            platforms=(GoalPlatform("instagram"),), statement=statement, follower_count=3000, hours_per_week=4))
    finally:
        pf.close()
    return goal.id or 0


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
    small = add_small_account_goal(plan, language)
    window = MainWindow(settings)
    window.resize(1280, 800)
    window.show()
    window.open_path(plan)
    settle(app)
    suffix = "" if language == "en" else f"-{language}"
    window.grab().save(str(out / f"overview{suffix}.png"))
    window.goal_list.select_goal(small)  # a small account's goal, with the sourced advice on it
    window.detail.tabs.setCurrentIndex(1)  # its findings
    settle(app)
    window.grab().save(str(out / f"screenshot{suffix}.png"))
    window.detail.tabs.setCurrentIndex(0)
    wizard_pages(app, window, out, suffix)
    review_page(app, window, small, out, suffix)
    window.close()


def review_page(app: QApplication, window: MainWindow, goal_id: int, out: Path, suffix: str) -> None:
    """The wizard's review page on the small account's goal: what the engine says, and on what basis."""
    from planner.ui.wizard.goal_wizard import GoalWizard

    wizard = GoalWizard(window.document, window.document.goal(goal_id), window)
    wizard.resize(860, 700)
    wizard.show()
    while wizard.currentPage() is not wizard.review_page:
        wizard.next()
    settle(app)
    wizard.grab().save(str(out / f"review-small-account{suffix}.png"))
    wizard.reject()


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
