"""``planner backups`` and ``planner restore``: a plan's automatic backups without the window.

``backups --db PLAN [--json]`` lists them, newest first (JSON: path, date as
an ISO date-time with its offset, size in bytes, reason, goals, figures);
``restore --db PLAN BACKUP`` puts one back, keeping the plan as it was as a
backup first.  Exit codes as for every command.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from planner.store import backups, plan_file

EXIT_OK, EXIT_FAILED, EXIT_BAD_PLAN = 0, 1, 2


def add_backup_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backups", help="list the plan's automatic backups, newest first")
    p.add_argument("--db", type=Path, metavar="PLAN", required=True)
    p.add_argument("--json", action="store_true", help="a JSON list of objects (path, date, size, goals, figures)")
    p = sub.add_parser("restore", help="replace the plan with one of its backups (the plan as it is is kept as a "
                                       "backup first)")
    p.add_argument("--db", type=Path, metavar="PLAN", required=True)
    p.add_argument("backup", type=Path, metavar="BACKUP", help="a backup's path (see: planner backups --db PLAN)")


def _describe(b: backups.Backup) -> dict:
    counts = backups.summary(b.path)
    return {
        "path": str(b.path),
        "date": b.taken.astimezone().isoformat(timespec="seconds"),
        "size": b.path.stat().st_size,
        "reason": b.reason,
        "goals": counts[0] if counts else None,
        "figures": counts[1] if counts else None,
    }


def cmd_backups(args: argparse.Namespace) -> int:
    # The plan itself is not opened: its backups are wanted most when it is damaged or gone.
    if not args.db.exists() and not backups.listing(args.db):
        raise plan_file.PlanFileError(args.db, "the file does not exist and has no backups")
    rows = [_describe(b) for b in backups.listing(args.db)]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not rows:
        print(f"{args.db} has no backups yet (one is kept each time the plan is opened after a change)")
    for r in rows:
        counts = (f"{r['goals']} goals, {r['figures']} figures" if r["goals"] is not None
                  else "cannot be read")
        print(f"{r['date']}\t{r['reason']}\t{r['size']:,} bytes\t{counts}\t{r['path']}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    kept = backups.restore(args.db, args.backup)
    print(f"Restored {args.db} from {args.backup}")
    if kept is not None:
        print(f"The plan as it was is kept in {kept.path}")
    return EXIT_OK

