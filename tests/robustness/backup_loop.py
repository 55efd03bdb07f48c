"""A child process for the crash tests: open a plan, change it, close it, forever.

Each open after a change takes a backup and prunes the older ones (the ladder), so killing this
process at random moments kills backups and rotations half-way.  Before each round it prints
``BEGIN n``; once the plan is closed again ``DONE n`` (flushed): after a kill, the plan holds the
goals of every DONE round and maybe of the round in flight.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from planner.domain.goals import Goal, GoalPlatform, Observation
from planner.store import plan_file
from planner.store.repository import Repository


def main(path: Path, start: int) -> None:
    n = start
    while True:
        sys.stdout.write(f"BEGIN {n}\n")
        sys.stdout.flush()
        pf = plan_file.open_plan(path)  # a backup of the plan as the last round left it, and a rotation
        repo = Repository(pf.db)
        saved = repo.add_goal(Goal(f"round {n}", "awareness", "followers", 1, 1000, date(2026, 1, 1),
                                   date(2026, 12, 31), platforms=(GoalPlatform("instagram"),)))
        repo.add_observations([Observation(saved.id, date.fromordinal(date(2001, 1, 1).toordinal() + d), d,
                                           "instagram") for d in range(2000)])
        pf.close()
        sys.stdout.write(f"DONE {n}\n")
        sys.stdout.flush()
        n += 1


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
