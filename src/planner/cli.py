"""The ``planner`` command: the window, and every capability without a screen.

Commands only parse arguments, call the domain, store and exchange modules,
and print; no logic lives here.  Exit codes: 0 done, 1 the work failed
(nothing was written), 2 the plan file or the arguments are unusable.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from sqlite_utils.db import NotFoundError

from planner import APP_NAME, __version__
from planner.domain import catalog, progress, realism
from planner.domain.units import format_value
from planner.exchange import figures_import, importers, plan_json
from planner.exchange.importers import GenericMapping
from planner.exchange.sample_plan import write_sample_plan
from planner.report.cli_report import add_report_parser, cmd_report
from planner.store import plan_file
from planner.store.repository import OnDuplicate, Repository

EXIT_OK, EXIT_FAILED, EXIT_BAD_PLAN = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="planner", description=f"{APP_NAME}: SMART social-media goals, tracked offline. "
                                    "With no command, opens the window.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--db", type=Path, metavar="PLAN", help="the plan file to open")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("demo", help="write the sample plan (a bakery with six goals) to a new file")
    p.add_argument("path", type=Path, metavar="PATH")
    p.add_argument("--lang", choices=["en", "ar", "fa"], default="en", help="the sample's language (default: en)")

    p = sub.add_parser("goals", help="list the plan's goals")
    p.add_argument("--db", type=Path, metavar="PLAN", required=True)
    p.add_argument("--json", action="store_true", help="one JSON object per goal, as a list")

    p = sub.add_parser("check", help="every goal's status and realism findings (exit 0 even with warnings)")
    p.add_argument("--db", type=Path, metavar="PLAN", required=True)
    p.add_argument("--json", action="store_true", help="a JSON list of goals with their findings")

    p = sub.add_parser("export-json", help="write the whole plan as JSON (docs/plan-json.md)")
    p.add_argument("--db", type=Path, metavar="PLAN", required=True)
    p.add_argument("out", type=Path, metavar="OUT.json")

    p = sub.add_parser("import-json", help="add the goals of a plan JSON file (creates the plan if needed)")
    p.add_argument("--db", type=Path, metavar="PLAN", required=True)
    p.add_argument("source", type=Path, metavar="IN.json")

    p = sub.add_parser("import-csv", help="import figures from a platform's analytics export (or any table) "
                                          "into a goal")
    p.add_argument("--db", type=Path, metavar="PLAN", required=True)
    p.add_argument("--goal", type=int, metavar="ID", required=True, help="the goal's id (see: planner goals)")
    p.add_argument("--platform", choices=[pl.id for pl in catalog.PLATFORMS],
                   help="the platform the figures are from, when the file does not say")
    p.add_argument("--replace", action="store_true",
                   help="replace figures the plan already has for the same day (default: keep them)")
    p.add_argument("--date-column", metavar="NAME", help="for a table of your own: the date column")
    p.add_argument("--value-column", metavar="NAME", help="for a table of your own: the value column")
    p.add_argument("--date-format", metavar="FMT", help="for a table of your own: e.g. %%d/%%m/%%Y")
    p.add_argument("file", type=Path, metavar="FILE")

    add_report_parser(sub)
    return parser


def _open(path: Path, *, read_only: bool = False) -> plan_file.PlanFile:
    return plan_file.open_plan(path, read_only=read_only)


def _goal_summary(goal, observations, today: date) -> dict:
    state = progress.assess(goal, observations, today)
    return {
        "id": goal.id,
        "title": goal.title,
        "objective": goal.objective,
        "kpi": goal.kpi,
        "baseline": goal.baseline,
        "target": goal.target,
        "start": goal.start.isoformat(),
        "deadline": goal.deadline.isoformat(),
        "platforms": list(goal.platform_ids),
        "latest_value": state.current,
        "latest_date": state.current_date.isoformat() if state.current_date else None,
        "status": state.status.value,
        "archived": goal.archived,
    }


def cmd_demo(args: argparse.Namespace) -> int:
    if args.path.exists():
        print(f"planner demo: {args.path}: a file with this name already exists; choose a new name",
              file=sys.stderr)
        return EXIT_FAILED
    translate = None
    if args.lang != "en":  # the sample's words come from the app's translations
        from PySide6.QtCore import QCoreApplication

        from planner.ui import preferences
        from planner.ui.formatting import translated

        app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
        preferences.apply(app, preferences.Preferences(language=args.lang))
        translate = lambda text: translated("sample", text)  # noqa: E731
    write_sample_plan(args.path, translate=translate or (lambda text: text), language=args.lang)
    print(f"Wrote the sample plan to {args.path}")
    return EXIT_OK


def _rows(db: Path, row, include_archived: bool = True, plan: bool = False) -> list[dict]:
    """``row(goal, its figures, today)`` for every goal of the plan, read without writing to it
    (with *plan*, ``row(goal, its figures, today, the plan's goals)``)."""
    pf = _open(db, read_only=True)
    try:
        repo = Repository(pf.db)
        figures = repo.observations_by_goal()
        goals = repo.goals(include_archived=include_archived)
        extra = (goals,) if plan else ()
        return [row(g, figures.get(g.id, []), date.today(), *extra) for g in goals]
    finally:
        pf.close()


def cmd_goals(args: argparse.Namespace) -> int:
    rows = _rows(args.db, _goal_summary)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    for r in rows:
        kpi = catalog.kpi(r["kpi"])
        latest = format_value(kpi, r["latest_value"]) if r["latest_value"] is not None else "-"
        print(f"{r['id']}\t{r['title']}\t{r['objective']}\t{r['kpi']}\t"
              f"{format_value(kpi, r['baseline'])} -> {format_value(kpi, r['target'])}\t"
              f"{r['start']}..{r['deadline']}\t{','.join(r['platforms']) or '-'}\t"
              f"latest {latest}\t{r['status']}{' (archived)' if r['archived'] else ''}")
    return EXIT_OK


def _goal_check(goal, observations, today: date, plan=()) -> dict:
    findings = realism.check(goal, observations, today, plan=plan)
    suggestion = realism.suggest_target(goal, observations, today)
    return {
        **_goal_summary(goal, observations, today),
        "worst": worst.value if (worst := realism.worst(findings)) else None,
        "findings": [{"code": f.code, "severity": f.severity.value, "message": f.message, "why": f.why,
                      "suggestion": f.suggestion, "numbers": f.numbers} for f in findings],
        "suggested_target": None if suggestion is None else {
            "low": suggestion.low, "high": suggestion.high, "deadline": suggestion.deadline.isoformat(),
            "message": suggestion.message, "basis": suggestion.basis},
    }


def cmd_check(args: argparse.Namespace) -> int:
    rows = _rows(args.db, _goal_check, include_archived=False, plan=True)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    for r in rows:
        print(f"{r['id']}\t{r['title']}\t{r['status']}\t{len(r['findings'])} findings")
        for f in r["findings"]:
            print(f"  [{f['severity']}] {f['code']}: {f['message']}")
            if f["why"]:
                print(f"      why: {f['why']}")
            if f["suggestion"]:
                print(f"      -> {f['suggestion']}")
        if r["suggested_target"]:
            print(f"  suggested: {r['suggested_target']['message']}")
    return EXIT_OK


def cmd_export_json(args: argparse.Namespace) -> int:
    pf = _open(args.db, read_only=True)
    try:
        count = plan_json.export_plan(Repository(pf.db), args.out)
    finally:
        pf.close()
    print(f"Wrote {count} goals to {args.out}")
    return EXIT_OK


def cmd_import_json(args: argparse.Namespace) -> int:
    doc = plan_json.read(args.source)  # validates everything before the plan is touched
    pf = (plan_file.open_plan(args.db) if args.db.exists()
          else plan_file.create(args.db, business_name=doc.business.business_name,
                                currency=doc.business.currency, language=doc.business.language))
    try:
        if pf.read_only:
            raise plan_file.PlanFileError(args.db, f"cannot add goals: {pf.read_only_reason}")
        added = plan_json.import_plan(Repository(pf.db), doc)
    finally:
        pf.close()
    count = sum(len(obs) for _, obs in doc.goals)
    print(f"Added {len(added)} goals with {count} figures to {args.db}")
    return EXIT_OK


def cmd_import_csv(args: argparse.Namespace) -> int:
    pf = _open(args.db)
    try:
        if pf.read_only:
            raise plan_file.PlanFileError(args.db, f"cannot import: {pf.read_only_reason}")
        repo = Repository(pf.db)
        try:
            goal = repo.goal(args.goal)
        except NotFoundError:
            raise plan_file.PlanFileError(args.db, f"there is no goal {args.goal} (see: planner goals --db)") from None
        mapping = None
        if args.date_column or args.value_column:
            if not (args.date_column and args.value_column):
                print("planner import-csv: give both --date-column and --value-column", file=sys.stderr)
                return EXIT_BAD_PLAN
            mapping = GenericMapping(args.date_column, args.value_column, args.date_format, args.platform)
        try:
            source = importers.open_source(args.file, platform=args.platform, mapping=mapping)
            print(f"Recognised: {source.layout}" + (f" ({source.platform})" if source.platform else ""))
            preview = figures_import.read(source, goal.kpi, platform=args.platform or _only(goal.platform_ids),
                                          existing=repo.existing_days(goal.id), today=date.today())
        except importers.ImportFileError as exc:
            print(f"planner import-csv: {exc}; nothing was imported", file=sys.stderr)
            return EXIT_FAILED
        for rejected in preview.rejected:
            print(f"  rejected {rejected}")
        if preview.rejected_total > len(preview.rejected):
            print(f"  ... and {preview.rejected_total - len(preview.rejected)} more rejected rows")
        if preview.count == 0:
            print(f"planner import-csv: {args.file}: no figure of {goal.kpi} could be read; nothing was imported",
                  file=sys.stderr)
            return EXIT_FAILED
        on_duplicate = OnDuplicate.REPLACE if args.replace else OnDuplicate.SKIP
        written, replaced = figures_import.write(repo, goal.id, preview, on_duplicate, datetime.now())
    finally:
        pf.close()
    kept = preview.duplicates if on_duplicate is OnDuplicate.SKIP else 0
    print(f"Imported {written} figures of {goal.kpi} into goal {goal.id} ({goal.title}), "
          f"{preview.first} to {preview.last}; {len(replaced)} replaced, {kept} already there kept, "
          f"{preview.rejected_total} rows rejected")
    return EXIT_OK


def _only(platforms: tuple[str, ...]) -> str | None:
    """The goal's platform when it has exactly one: figures without a platform belong to it."""
    return platforms[0] if len(platforms) == 1 else None


COMMANDS = {
    "demo": cmd_demo,
    "goals": cmd_goals,
    "check": cmd_check,
    "export-json": cmd_export_json,
    "import-json": cmd_import_json,
    "import-csv": cmd_import_csv,
    "report": cmd_report,
}


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] not in COMMANDS and not argv[0].startswith("-"):
        # "planner FILE.sgplan": what a file manager runs when a plan is double-clicked
        argv = ["--db", *argv]
    args = _parser().parse_args(argv)
    if args.command is None:
        from planner.app import run_app

        return run_app(args.db)
    try:
        return COMMANDS[args.command](args)
    except plan_file.PlanFileError as exc:
        print(f"planner {args.command}: {exc}", file=sys.stderr)
        return EXIT_BAD_PLAN
    except plan_json.PlanJsonError as exc:
        print(f"planner {args.command}: {exc.source}: nothing was imported:", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_FAILED
    except OSError as exc:
        print(f"planner {args.command}: {exc}", file=sys.stderr)
        return EXIT_FAILED
