"""Helpers for tests that import through the ``planner import-csv`` command: a plan with one goal, the
command run in-process, and the figures it stored."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from planner import cli
from planner.domain import catalog
from planner.domain.goals import Goal, GoalPlatform
from planner.store import plan_file
from planner.store.repository import Repository

DATA = Path(__file__).resolve().parent.parent / "data" / "imports"


@dataclass
class Plan:
    path: Path
    goal_id: int

    def figures(self) -> dict[tuple[str, str | None], float]:
        """(ISO date, platform) -> value of every figure the goal has."""
        pf = plan_file.open_plan(self.path, read_only=True)
        try:
            return {(o.date.isoformat(), o.platform): o.value for o in Repository(pf.db).observations(self.goal_id)}
        finally:
            pf.close()

    def platforms(self) -> tuple[str, ...]:
        pf = plan_file.open_plan(self.path, read_only=True)
        try:
            return Repository(pf.db).goal(self.goal_id).platform_ids
        finally:
            pf.close()


def plan_with_goal(folder: Path, kpi: str, *platforms: str, start: date = date(2000, 1, 1)) -> Plan:
    """A plan holding one goal on *kpi* and *platforms*, from *start* to 2030 (every fixture's dates fit).

    An amount per week or month counts in periods from *start* (on its weekday): a test of one chooses it."""
    objective = next(o.id for o in catalog.OBJECTIVES if kpi in o.kpis)
    folder.mkdir(parents=True, exist_ok=True)
    pf = plan_file.create(folder / "plan.sgplan")
    try:
        unit = catalog.kpi(kpi).unit
        baseline, target = (1.0, 2.0) if unit is catalog.Unit.PERCENT else (10.0, 20.0)
        goal = Repository(pf.db).add_goal(Goal("Goal", objective, kpi, baseline, target, start, date(2030, 12, 31),
                                               platforms=tuple(GoalPlatform(p) for p in platforms)))
    finally:
        pf.close()
    return Plan(folder / "plan.sgplan", goal.id)


def import_csv(capsys, plan: Plan, file: Path, *options: str) -> tuple[int, str, str]:
    """Run ``planner import-csv`` in this process: (exit code, stdout, stderr)."""
    capsys.readouterr()
    code = cli.main(["import-csv", "--db", str(plan.path), "--goal", str(plan.goal_id), *options, str(file)])
    out = capsys.readouterr()
    return code, out.out, out.err


def saved_on(folder: Path, name: str, saved: str) -> Path:
    """A copy of fixture *name* whose modification time says it was saved on *saved* (TikTok's years need it)."""
    target = folder / Path(name).name
    shutil.copy(DATA / name, target)
    stamp = datetime.fromisoformat(saved).timestamp()
    os.utime(target, (stamp, stamp))
    return target
