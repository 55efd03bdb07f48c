"""A child process for the crash tests: goal edits through the store API, forever.

``python edit_loop.py PLAN SEED`` adds goals (with figures), edits them, adds figures to them and
deletes them, in a loop.  Before each write it prints ``BEGIN op id``; after the write has
committed it prints ``DONE op id detail`` (flushed), so the parent, which kills this process
with SIGKILL at a random moment, knows which writes the plan must hold.
"""

from __future__ import annotations

import random
import sys
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from planner.domain.goals import Goal, Observation
from planner.store import plan_file
from planner.store.repository import Repository

FIGURES_PER_GOAL = 3000


def say(*parts: object) -> None:
    sys.stdout.write(" ".join(str(p) for p in parts) + "\n")
    sys.stdout.flush()


def figures(goal_id: int, first: date, count: int) -> list[Observation]:
    return [Observation(goal_id, first + timedelta(days=i), float(i % 997), "instagram", "crash-test")
            for i in range(count)]


def main(path: Path, seed: int) -> None:
    rnd = random.Random(seed)
    pf = plan_file.open_plan(path, backup=False)  # no rotating backup per start
    repo = Repository(pf.db)
    live = {g.id: g for g in repo.goals()}
    next_id = max(live, default=0) + 1
    say("READY")
    while True:
        op = rnd.choice(["add", "add", "update", "figures", "delete"] if live else ["add"])
        if op == "add":
            goal = Goal(f"goal {next_id}", "awareness", "followers", 10, 1000, date(2000, 1, 1), date(2030, 1, 1),
                        id=next_id)
            say("BEGIN add", next_id)
            live[next_id] = repo.add_goal(goal, figures(next_id, date(2000, 1, 1), FIGURES_PER_GOAL))
            say("DONE add", next_id, FIGURES_PER_GOAL)
            next_id += 1
        elif op == "update":
            goal_id = rnd.choice(sorted(live))
            title = f"goal {goal_id} edit {rnd.randrange(10**6)}"
            say("BEGIN update", goal_id, title)
            live[goal_id] = repo.update_goal(replace(live[goal_id], title=title, target=rnd.randint(11, 10**6)))
            say("DONE update", goal_id, title)
        elif op == "figures":
            goal_id = rnd.choice(sorted(live))
            count = len(repo.observations(goal_id))
            if count > 30_000:  # a day each from 2000: keep within the plan's dates (to 2100)
                continue
            more = figures(goal_id, date(2000, 1, 1) + timedelta(days=count), 2000)
            say("BEGIN figures", goal_id, count + len(more))
            repo.add_observations(more)
            say("DONE figures", goal_id, count + len(more))
        else:
            goal_id = rnd.choice(sorted(live))
            say("BEGIN delete", goal_id)
            repo.delete_goal(goal_id)
            del live[goal_id]
            say("DONE delete", goal_id)


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
