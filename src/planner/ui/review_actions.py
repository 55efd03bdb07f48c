"""The window's review commands: Goal > Check in, Plan > Seasons, File > Export review schedule.

Kept beside the main window (which only makes the actions and calls these),
each opens its dialog and pushes one undo step, or writes one file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices

from planner.store import plan_file
from planner.ui.commands import SetSeasons
from planner.ui.dialogs import ask
from planner.ui.folders import Kind
from planner.ui.formatting import counted, fill

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from planner.ui.main_window import MainWindow


def check_in(window: MainWindow, every_goal: bool = False) -> None:
    """Goal > Check in: the goals that wait for figures, one undo step for all of them."""
    from planner.ui.dialogs.checkin_dialog import CheckInDialog

    doc = window.document
    if doc is None or doc.read_only:
        return
    dialog = CheckInDialog(doc, window, every_goal=every_goal)
    if ask.run_dialog(dialog):
        command = dialog.command
        window.say(fill(translate("ReviewActions", "Checked in on %1. Edit > Undo takes the whole check-in back."),
                        counted("goals", len(command.goal_ids))))


def edit_seasons(window: MainWindow) -> None:
    """Plan > Seasons: every change in the dialog is one undo step."""
    from planner.ui.dialogs.seasons_dialog import SeasonsDialog

    doc = window.document
    if doc is None or doc.read_only:
        return
    before = list(doc.seasons())
    dialog = SeasonsDialog(before, doc.today(), window)
    if ask.run_dialog(dialog) and dialog.chosen() != before:
        doc.undo_stack.push(SetSeasons(doc, before, dialog.chosen()))
        window.say(translate("ReviewActions", "Saved the seasons: every goal's target line and forecast follow them."))


def export_schedule(window: MainWindow) -> None:
    """File > Export review schedule: an .ics file the laptop's calendar reminds of, offline."""
    from planner.exchange import review_calendar

    doc = window.document
    if doc is None:
        return
    name = doc.meta().business_name or doc.path.stem
    try:
        content = review_calendar.calendar_bytes(name, doc.repo.plan_uid(), doc.schedule(), doc.goals(), doc.today(),
                                                 QCoreApplication.translate)
    except review_calendar.ScheduleError:
        ask.error(window, translate("ReviewActions", "Export review schedule"),
                  translate("ReviewActions", "No goal is left to review: every goal is archived or past its deadline."))
        return
    path = window._ask_path(Kind.EXPORTS, translate("ReviewActions", "Export review schedule"), translate("ReviewActions", "Calendar files (*.ics)"),
                            fill(translate("ReviewActions", "%1 review"), name) + ".ics", save=True)
    if path is None:
        return
    if path.suffix.lower() != ".ics":
        path = path.with_name(path.name + ".ics")
    try:
        review_calendar.write_calendar(path, doc.path, content)
    except plan_file.PlanFileError as exc:
        ask.error(window, translate("ReviewActions", "The review schedule was not saved"), str(exc))
        return
    except OSError as exc:
        ask.error(window, translate("ReviewActions", "The review schedule was not saved"), f"{path}: {exc.strerror or exc}")
        return
    window.say(fill(translate("ReviewActions", "Wrote the review schedule to %1"), str(path)), 10000)
    ready = translate("ReviewActions", "The review schedule is ready:\n%1\n\nOpen it in your calendar now? Your "
                                       "calendar then reminds you every week, without this app running. Exporting "
                                       "again later replaces the event.")
    if ask.confirm(window, translate("ReviewActions", "Export review schedule"), fill(ready, str(path)),
                   translate("ReviewActions", "Open in calendar")):
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
