"""``planner report``: the PDF goal summary without the window.

Exit codes as for every command: 0 written, 1 the report could not be made
(nothing was written), 2 the plan file or a goal id is unusable.  pyqtgraph
needs a QApplication, so the command makes one, offscreen when there is no
display.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from planner.domain.units import english_plural
from planner.store import files, plan_file
from planner.store.repository import Repository

EXIT_OK, EXIT_FAILED, EXIT_BAD_PLAN = 0, 1, 2


def add_report_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    p = sub.add_parser("report", help="write the plan's goal summary as a PDF")
    p.add_argument("--db", type=Path, metavar="PLAN", required=True)
    p.add_argument("--goal", type=int, metavar="ID", action="append", dest="goals",
                   help="a goal to report (repeat for more; default: every goal not archived)")
    p.add_argument("--out", type=Path, metavar="FILE.pdf", required=True)
    p.add_argument("--lang", choices=["en", "ar", "fa"], help="default: the plan's language")
    p.add_argument("--page-size", choices=["A4", "Letter"], help="default: the usual paper where you are")
    return p


def _application() -> None:
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        QApplication(sys.argv[:1])


def cmd_report(args: argparse.Namespace) -> int:
    _application()
    from planner.report.pdf_report import ReportData, ReportError, ReportOptions, UnknownGoalError, write_report

    try:
        files.check_output(args.out, args.db)  # never onto the plan, its journals, lock or backups
    except plan_file.PlanFileError as exc:
        print(f"planner report: {exc}; nothing was written", file=sys.stderr)
        return EXIT_FAILED
    try:
        pf = plan_file.open_plan(args.db, read_only=True)
    except plan_file.PlanFileError as exc:
        print(f"planner report: {exc}", file=sys.stderr)
        return EXIT_BAD_PLAN
    try:
        repo = Repository(pf.db)
        data = ReportData.from_repository(repo)
    finally:
        pf.close()
    for problem in repo.read_problems:
        print(f"planner: warning: {problem}", file=sys.stderr)
    # the report's words, digits and dates in its language (translations, locale, calendar)
    from PySide6.QtWidgets import QApplication

    from planner.ui import preferences

    language = args.lang or (data.meta.language if data.meta.language in preferences.LANGUAGES else "en")
    preferences.apply(QApplication.instance(), preferences.Preferences(language=language))
    options = ReportOptions(goal_ids=args.goals, page_size=args.page_size, language=language)
    try:
        pages = write_report(data, args.out, options)
    except UnknownGoalError as exc:
        print(f"planner report: {args.db}: {exc} (see: planner goals --db {args.db})", file=sys.stderr)
        return EXIT_BAD_PLAN
    except ReportError as exc:
        print(f"planner report: {args.db}: {exc}; nothing was written", file=sys.stderr)
        return EXIT_FAILED
    except OSError as exc:
        print(f"planner report: {args.out}: {exc.strerror or exc}; nothing was written", file=sys.stderr)
        return EXIT_FAILED
    print(f"Wrote {english_plural('pages', pages)} to {args.out}")
    if repo.read_problems:
        print(f"planner: warning: {args.out} does not hold what the plan could not read (above)", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """The command on its own (``python -m planner.report.cli_report``), as ``planner report`` runs it."""
    parser = argparse.ArgumentParser(prog="planner")
    add_report_parser(parser.add_subparsers(dest="command", required=True))
    return cmd_report(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
