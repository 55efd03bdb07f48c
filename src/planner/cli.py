"""The ``planner`` command: the window, and every capability without a screen.

Commands only parse arguments, call the domain, store and exchange modules,
and print; no logic lives here.  Exit codes: 0 done, 1 the work failed
(nothing was written) or left something out (said on stderr), 2 the plan
file or the arguments are unusable.
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
from planner.domain import catalog, realism, review, seasons, verdict
from planner.domain.review import Schedule
from planner.domain.forecast import forecast
from planner.domain.units import english_plural as _plural
from planner.domain.units import format_value
from planner.exchange import figures_import, import_lines, importers, plan_json
from planner.exchange.importers import GenericMapping
from planner.exchange.sample_plan import write_sample_plan
from planner.cli_backups import add_backup_parsers, cmd_backups, cmd_restore
from planner.cli_schedule import add_schedule_parser, cmd_schedule
from planner.report.cli_report import add_report_parser, cmd_report
from planner.store import files, plan_file
from planner.store.repository import OnDuplicate, Repository

EXIT_OK, EXIT_FAILED, EXIT_BAD_PLAN = 0, 1, 2
#: SQLite's largest row id: a goal id past it cannot be in any plan.
MAX_ID = 2**63 - 1


def goal_id(text: str) -> int:
    """A goal id as typed on the command line: a whole number from 1 to SQLite's largest."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text[:30]!r} is not a goal id (a whole number)") from None
    if not 1 <= value <= MAX_ID:
        raise argparse.ArgumentTypeError(f"{text[:30]} is not a goal id (see: planner goals --db PLAN)")
    return value


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

    p = sub.add_parser("goals", help="list the plan's goals with their verdicts")
    p.add_argument("--db", type=Path, metavar="PLAN", required=True)
    p.add_argument("--json", action="store_true", help="one JSON object per goal, as a list")
    p.add_argument("--today", type=_day, metavar="YYYY-MM-DD", help="judge the goals as on this day (default: today)")

    p = sub.add_parser("check", help="every goal's verdict and realism findings (exit 0 even with warnings)")
    p.add_argument("--db", type=Path, metavar="PLAN", required=True)
    p.add_argument("--json", action="store_true", help="a JSON list of goals with their findings")
    p.add_argument("--today", type=_day, metavar="YYYY-MM-DD", help="judge the goals as on this day (default: today)")

    p = sub.add_parser("export-json", help="write the whole plan as JSON (docs/plan-json.md)")
    p.add_argument("--db", type=Path, metavar="PLAN", required=True)
    p.add_argument("out", type=Path, metavar="OUT.json")

    p = sub.add_parser("import-json", help="add the goals of a plan JSON file (creates the plan if needed)")
    p.add_argument("--db", type=Path, metavar="PLAN", required=True)
    p.add_argument("source", type=Path, metavar="IN.json")

    p = sub.add_parser("import-csv", help="import figures from a platform's analytics export (or any table) "
                                          "into a goal")
    p.add_argument("--db", type=Path, metavar="PLAN", required=True)
    p.add_argument("--goal", type=goal_id, metavar="ID", required=True, help="the goal's id (see: planner goals)")
    p.add_argument("--platform", choices=[pl.id for pl in catalog.PLATFORMS],
                   help="the platform the figures are from, when the file does not say")
    p.add_argument("--replace", action="store_true",
                   help="replace figures the plan already has for the same day, or for the same week or month "
                        "of a goal that counts per week or month (default: keep them)")
    p.add_argument("--date-column", metavar="NAME", help="for a table of your own: the date column")
    p.add_argument("--value-column", metavar="NAME", help="for a table of your own: the value column")
    p.add_argument("--date-format", metavar="FMT", help="for a table of your own: e.g. %%d/%%m/%%Y")
    others = p.add_mutually_exclusive_group()
    others.add_argument("--add-platform", action="store_true",
                        help="figures of a platform the goal is not on: add that platform to the goal")
    others.add_argument("--skip-other-platforms", action="store_true",
                        help="figures of a platform the goal is not on: leave them out")
    p.add_argument("--total", type=_count, metavar="N",
                   help="a followers goal and a file of daily follower changes: how many followers you have "
                        "(today, or on --on); the totals are rebuilt from it and the changes")
    p.add_argument("--on", type=_day, metavar="DATE", help="the day of the --total count (YYYY-MM-DD; default: today)")
    p.add_argument("--today", type=_day, metavar="YYYY-MM-DD",
                   help="import as on this day (default: today): no figure after it, and a week or month counts "
                        "only once it has ended before it")
    p.add_argument("file", type=Path, metavar="FILE")

    add_report_parser(sub)
    add_backup_parsers(sub)
    add_schedule_parser(sub, _day)
    return parser


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-22") from None


def _open(path: Path, *, read_only: bool = False) -> plan_file.PlanFile:
    pf = plan_file.open_plan(path, read_only=read_only)
    if pf.backup_problem:
        warn(f"no backup of the plan was kept: {pf.backup_problem}")
    return pf


def warn(text: str) -> None:
    """A problem that did not stop the command, on stderr."""
    print(f"planner: warning: {text}", file=sys.stderr)


def warn_unread(repo: Repository) -> bool:
    """Say what the last read of *repo* left out; whether it left anything out."""
    for problem in repo.read_problems:
        warn(problem)
    return bool(repo.read_problems)


def _judged(goal, observations, today: date,
            plan=()) -> tuple[verdict.Assessment, list[realism.Finding], object]:
    """The goal's verdict, findings and forecast, computed once (as the window does); *plan*: the plan's
    goals, which the findings on goals that must multiply out read."""
    fc = forecast(goal, observations, today)
    findings = realism.check(goal, observations, today, fc=fc, plan=plan)
    return verdict.assess(goal, observations, today, fc, findings), findings, fc


def _review_json(goal, observations, today: date, schedule: Schedule | None) -> dict | None:
    """Whether the goal waits for figures (``review.ask``), as ``goals --json`` and ``check --json`` say it."""
    asked = review.ask(goal, observations, today, schedule.day) if schedule else None
    if asked is None:
        return None
    return {"due": asked.due, "late": asked.late, "period_start": asked.span.first.isoformat(),
            "period_end": asked.span.last.isoformat(), "due_on": asked.due_on.isoformat()}


def _goal_summary(goal, observations, today: date, plan=(), schedule: Schedule | None = None, judged=None) -> dict:
    state = (judged or _judged(goal, observations, today, plan))[0]
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
        **state.as_json(),
        # the seasons that bend this goal's line and forecast (the verdict above accounts for them)
        "seasons": [{"name": x.name, "start": x.start.isoformat(), "end": x.end.isoformat(), "effect": x.effect}
                    for x in seasons.within(goal.seasons, goal.start, goal.deadline)],
        "review": _review_json(goal, observations, today, schedule),
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


def _rows(db: Path, row, include_archived: bool = True, today: date | None = None) -> list[dict]:
    """``row(goal, its figures, today, the plan's goals, its review schedule)`` for every goal of the plan,
    read without writing to it (the plan's goals: for the findings on goals that must multiply out)."""
    pf = _open(db, read_only=True)
    try:
        repo = Repository(pf.db)
        goals = repo.goals(include_archived=include_archived)
        figures = repo.observations_by_goal()
        warn_unread(repo)
        schedule = repo.review_schedule()
        today = today or date.today()
    finally:
        pf.close()
    out = []
    for g in goals:
        try:
            out.append(row(g, figures.get(g.id, []), today, goals, schedule))
        except (ArithmeticError, ValueError) as exc:  # one goal never takes down the others
            warn(f"goal {g.id} ({g.title[:40]!r}) cannot be assessed and is left out: {exc}")
    return out


def cmd_goals(args: argparse.Namespace) -> int:
    rows = _rows(args.db, _goal_summary, today=args.today)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    for r in rows:
        kpi = catalog.kpi(r["kpi"])
        latest = format_value(kpi, r["latest_value"]) if r["latest_value"] is not None else "-"
        print(f"{r['id']}\t{r['title']}\t{r['objective']}\t{r['kpi']}\t"
              f"{format_value(kpi, r['baseline'])} -> {format_value(kpi, r['target'])}\t"
              f"{r['start']}..{r['deadline']}\t{','.join(r['platforms']) or '-'}\t"
              f"latest {latest}\t{r['verdict']}{' (archived)' if r['archived'] else ''}")
    return EXIT_OK


def _goal_check(goal, observations, today: date, plan=(), schedule: Schedule | None = None) -> dict:
    judged = _judged(goal, observations, today, plan)
    _, findings, fc = judged
    suggestion = realism.suggest_target(goal, observations, today, fc=fc)
    return {
        **_goal_summary(goal, observations, today, plan, schedule, judged),
        "worst": worst.value if (worst := realism.worst(findings)) else None,
        "findings": [{"code": f.code, "severity": f.severity.value, "message": f.message, "why": f.why,
                      "suggestion": f.suggestion, "numbers": f.numbers} for f in findings],
        "suggested_target": None if suggestion is None else {
            "value": suggestion.value, "low": suggestion.low, "high": suggestion.high,
            "deadline": suggestion.deadline.isoformat(), "message": suggestion.message, "basis": suggestion.basis},
    }


def cmd_check(args: argparse.Namespace) -> int:
    rows = _rows(args.db, _goal_check, include_archived=False, today=args.today)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    for r in rows:
        print(f"{r['id']}\t{r['title']}\t{r['verdict_label']}: {r['sentence']}\t"
              f"{_plural('findings', len(r['findings']))}")
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
    try:
        files.check_output(args.out, args.db)  # never onto the plan, its journals, lock or backups
    except plan_file.PlanFileError as exc:
        print(f"planner export-json: {exc}; nothing was written", file=sys.stderr)
        return EXIT_FAILED
    pf = _open(args.db, read_only=True)
    try:
        repo = Repository(pf.db)
        count = plan_json.export_plan(repo, args.out)
    finally:
        pf.close()
    print(f"Wrote {_plural('goals', count)} to {args.out}")
    if warn_unread(repo):
        warn(f"{args.out} does not hold what the plan could not read (above)")
        return EXIT_FAILED
    return EXIT_OK


def cmd_import_json(args: argparse.Namespace) -> int:
    doc = plan_json.read(args.source)  # validates everything before the plan is touched
    created = not args.db.exists()
    pf = (plan_file.create(args.db, business_name=doc.business.business_name, currency=doc.business.currency,
                           language=doc.business.language) if created else _open(args.db))
    try:
        if pf.read_only:
            raise plan_file.PlanFileError(args.db, f"cannot add goals: {pf.read_only_reason}")
        try:
            added = plan_json.import_plan(Repository(pf.db), doc)
        except (plan_file.WriteFailed, ValueError) as exc:
            print(f"planner import-json: {args.db}: nothing was imported: {exc}", file=sys.stderr)
            if created:  # the plan made for this import would only be an empty one
                pf.close()
                args.db.unlink(missing_ok=True)
            return EXIT_FAILED
    finally:
        pf.close()
    count = sum(len(obs) for _, obs, _ in doc.goals)
    print(f"Added {_plural('goals', len(added))} with {_plural('figures', count)} to {args.db}")
    return EXIT_OK


def cmd_import_csv(args: argparse.Namespace) -> int:
    try:
        files.require_regular(args.file, "table of figures")  # before the plan is locked: a pipe would hang
    except plan_file.PlanFileError as exc:
        print(f"planner import-csv: {exc}; nothing was imported", file=sys.stderr)
        return EXIT_FAILED
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
        today = args.today or date.today()
        anchor = figures_import.Anchor(args.total, args.on or today) if args.total is not None else None
        try:
            source = importers.open_source(args.file, platform=args.platform, mapping=mapping)
            print(f"Recognised: {source.layout}" + (f" — {_platform_name(source.platform)}" if source.platform else ""))
            rebuild = anchor is not None and goal.kpi == "followers" and "new_followers" in source.metrics
            if goal.kpi not in source.metrics and not rebuild:
                return _refuse(args.file, f"{source.missing(goal.kpi)}{_options_for(source, goal.kpi)}")
            preview = figures_import.read(source, goal.kpi, platform=args.platform or _only(goal.platform_ids),
                                          existing=repo.existing_days(goal.id), today=today, goal=goal,
                                          goal_platforms=goal.platform_ids, anchor=anchor)
        except importers.ImportFileError as exc:
            return _refuse(args.file, str(exc.problem))
        _print_preview(preview)
        if preview.problem is not None:
            return _refuse(args.file, str(preview.problem))
        others = (figures_import.Others.ADD if args.add_platform else
                  figures_import.Others.SKIP if args.skip_other_platforms else figures_import.Others.REFUSE)
        if preview.foreign and others is figures_import.Others.REFUSE:
            return _refuse(args.file, f"{import_lines.foreign_problem(preview, goal)} Add the platform to the goal "
                                      "with --add-platform, or leave those figures out with --skip-other-platforms.")
        kept_foreign = 0 if others is figures_import.Others.SKIP else sum(preview.foreign.values())
        if preview.count - sum(preview.foreign.values()) + kept_foreign == 0:
            return _refuse(args.file, f"no figure of {_kpi_name(goal.kpi)} could be read")
        on_duplicate = OnDuplicate.REPLACE if args.replace else OnDuplicate.SKIP
        try:
            written, replaced = figures_import.write(repo, goal.id, preview, on_duplicate, datetime.now(),
                                                     others=others)
        except (plan_file.WriteFailed, ValueError) as exc:
            print(f"planner import-csv: {args.db}: nothing was imported: {exc}", file=sys.stderr)
            return EXIT_FAILED
    finally:
        pf.close()
    if preview.foreign and others is figures_import.Others.ADD:
        print(f"Added {', '.join(_platform_name(p) for p in preview.foreign)} to the goal's platforms")
    elif preview.foreign:
        print("Left out " + ", ".join(f"{_plural('figures', n)} of {_platform_name(p)}"
                                      for p, n in preview.foreign.items())
              + ", a platform the goal is not on")
    kept = preview.duplicates if on_duplicate is OnDuplicate.SKIP else 0
    print(f"Imported {_plural('figures', written)} of {_kpi_name(goal.kpi)} into goal {goal.id} ({goal.title}), "
          f"{preview.first} to {preview.last}; {len(replaced)} replaced, {kept} already there and kept"
          + (" (--replace replaces them)" if kept else "") + f", {_plural('rows', preview.rejected_total)} left out")
    return EXIT_OK


def _print_preview(preview: figures_import.Preview) -> None:
    """What the figures are and how they were read: the column used, notes, rows skipped and left out."""
    if preview.recipe is not None:
        print(f"  {preview.recipe}")
    for note in preview.notes:
        print(f"  {'Warning' if note.warning else 'Note'}: {note.message}")
    for line in import_lines.skipped_lines(preview):
        print(f"  {line}")
    if preview.rejected_total:
        print(f"Left out {_plural('rows', preview.rejected_total)} that cannot be read safely:")
        for line in import_lines.rejected_lines(preview):
            print(f"  {line}")


def _refuse(path: Path, problem: str) -> int:
    """Nothing imported, and why: a phrase ("the file is empty") or sentences that say what to do."""
    if problem[:1].isupper():
        print(f"planner import-csv: {path.name}: {problem} Nothing was imported.", file=sys.stderr)
    else:
        print(f"planner import-csv: {path.name}: {problem}; nothing was imported", file=sys.stderr)
    return EXIT_FAILED


def _options_for(source: importers.ImportSource, kpi: str) -> str:
    """How to get past a file that has no figures of *kpi*, with this command's options."""
    if source.generic:
        return " Name them with --date-column and --value-column (and --date-format when the dates are ambiguous)."
    if kpi == "followers" and "new_followers" in source.metrics and not source.gross_follows:
        return " Give your follower count with --total N (and --on DATE when it is not today's)."
    return ""


def _kpi_name(kpi_id: str) -> str:
    return catalog.kpi(kpi_id).name


def _platform_name(platform_id: str | None) -> str:
    return catalog.platform(platform_id).name if platform_id and catalog.is_platform(platform_id) else "all platforms"


def _count(text: str) -> float:
    """A number typed on the command line, with or without thousands separators ("1,240")."""
    try:
        return float(text.replace(",", "").replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None


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
    "backups": cmd_backups,
    "restore": cmd_restore,
    "schedule": cmd_schedule,
}


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] not in COMMANDS and not argv[0].startswith("-"):
        if not (argv[0].endswith(plan_file.SUFFIX) or Path(argv[0]).exists()):
            print(f"planner: unknown command {argv[0]!r} (commands: {', '.join(COMMANDS)}; see: planner --help)",
                  file=sys.stderr)
            return EXIT_BAD_PLAN
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
    except plan_file.WriteFailed as exc:
        print(f"planner {args.command}: {args.db}: nothing was written: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except plan_json.PlanJsonError as exc:
        print(f"planner {args.command}: {exc.source}: nothing was imported:", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_FAILED
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"planner {args.command}: {where}{exc.strerror or exc}; nothing was written", file=sys.stderr)
        return EXIT_FAILED
