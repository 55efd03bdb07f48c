"""Writing the sample plan to a file: ``planner demo`` and Help > Open sample plan."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from planner.domain import sample
from planner.store import plan_file
from planner.store.repository import Repository


def write_sample_plan(path: Path, today: date | None = None,
                      translate: Callable[[str], str] = lambda text: text, language: str = "en") -> Path:
    """Create a new plan at *path* holding the sample business, in the words *translate* gives."""
    plan = sample.build(today or date.today(), translate=translate)
    pf = plan_file.create(path, business_name=plan.business_name, currency=plan.currency, language=language)
    try:
        Repository(pf.db).add_goals(plan.goals)
    finally:
        pf.close()
    return path
