"""The import pipeline: checks, duplicates, the fast column path against the row path, one transaction."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from helpers import digest

from planner.domain.goals import Goal, Observation
from planner.exchange import figures_import
from planner.exchange.importers import ImportCancelled, open_source
from planner.store import plan_file
from planner.store.repository import OnDuplicate, Repository

START = date(2000, 1, 1)  # the first day a plan holds
PLATFORMS = ("facebook", "instagram", "x", "youtube", "tiktok")  # 40,000 rows end in 2021: all past
TODAY = date(2026, 11, 22)


def table(path, rows: int, bad: dict[int, str] | None = None, repeat_at: int | None = None):
    bad = bad or {}
    with path.open("w", encoding="utf-8") as fh:
        fh.write("date,platform,followers\n")
        for i in range(rows):
            day = START + timedelta(days=i // len(PLATFORMS))
            platform = PLATFORMS[i % len(PLATFORMS)]
            if repeat_at is not None and i == repeat_at:
                day, platform = START, "facebook"
            fh.write(f"{day.isoformat()},{platform},{bad.get(i, i % 1000)}\n")
    return path


def read(path, existing=frozenset()):
    return figures_import.read(open_source(path), "followers", platform=None, existing=set(existing), today=TODAY)


def test_a_bad_row_in_a_big_file_is_named_and_the_rest_imports(tmp_path):
    clean = read(table(tmp_path / "clean.csv", 40_000))
    dirty = read(table(tmp_path / "dirty.csv", 40_000, bad={20_000: "lots", 30_000: "-4"}))
    assert clean.count == 40_000 and clean.rejected_total == 0
    assert dirty.count == 39_998
    reasons = {r.row: r.reason for r in dirty.rejected}
    assert set(reasons) == {20_002, 30_002}  # rows: the header is row 1
    assert "lots" in reasons[20_002] and "negative" in reasons[30_002]
    # the batch that went row by row gives the same figures as the fast path
    same = dirty.values.sum() + 20_000 % 1000 + 30_000 % 1000
    assert same == pytest.approx(clean.values.sum())


def test_second_figures_for_a_day_are_rejected_even_across_batches(tmp_path):
    preview = read(table(tmp_path / "t.csv", 40_000, repeat_at=35_000))
    assert any("a second figure for Facebook on 2000-01-01" in r.reason and r.row == 35_002
               for r in preview.rejected)


def test_future_dates_are_left_out(tmp_path):
    path = tmp_path / "f.csv"
    path.write_text("date,followers\n2026-11-20,5\n2026-11-23,6\n2026-11-24,6\n9999-12-31,7\n", encoding="utf-8")
    preview = read(path)
    assert preview.count == 2  # today (2026-11-22) and one day of grace for time zones: no more
    assert [(r.row, r.reason) for r in preview.rejected] == [(4, "2026-11-24 is in the future"),
                                                            (5, "9999-12-31 is in the future")]


@pytest.fixture
def plan(tmp_path):
    pf = plan_file.create(tmp_path / "p.sgplan")
    repo = Repository(pf.db)
    goal = repo.add_goal(Goal("Followers", "awareness", "followers", 1, 2, START, TODAY))
    yield pf, repo, goal.id
    pf.close()


def test_duplicates_of_the_plan_are_counted_then_kept_or_replaced(plan, tmp_path):
    pf, repo, goal_id = plan
    repo.add_observations([Observation(goal_id, START, 999, "facebook", note="mine")])
    preview = read(table(tmp_path / "t.csv", 10), existing=repo.existing_days(goal_id))
    assert preview.duplicates == 1
    written, replaced = figures_import.write(repo, goal_id, preview, OnDuplicate.SKIP, datetime(2026, 1, 1))
    assert written == 9 and replaced == []
    assert repo.observations(goal_id)[0].value == 999
    repo.remove_import(goal_id, datetime(2026, 1, 1))
    written, replaced = figures_import.write(repo, goal_id, preview, OnDuplicate.REPLACE, datetime(2026, 1, 2))
    assert written == 10 and [o.note for o in replaced] == ["mine"]
    repo.remove_import(goal_id, datetime(2026, 1, 2), replaced)
    assert [(o.value, o.note) for o in repo.observations(goal_id)] == [(999, "mine")]


def test_cancel_during_the_write_leaves_the_plan_as_it_was(plan, tmp_path):
    pf, repo, goal_id = plan
    preview = read(table(tmp_path / "t.csv", 40_000))
    pf.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = digest(pf.path)
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 2  # after two chunks have gone into the transaction

    with pytest.raises(ImportCancelled):
        figures_import.write(repo, goal_id, preview, OnDuplicate.SKIP, datetime.now(), cancelled=cancelled)
    assert repo.observations(goal_id) == []
    pf.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert digest(pf.path) == before
