"""The plan JSON format: round trip, and refusal of bad documents naming the goal and the field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from planner.exchange import plan_json
from planner.store import plan_file
from planner.store.repository import Repository


def export(plan: Path, out: Path) -> dict:
    pf = plan_file.open_plan(plan)
    plan_json.export_plan(Repository(pf.db), out)
    pf.close()
    return json.loads(out.read_text(encoding="utf-8"))


def test_round_trip_keeps_goals_and_figures(sample_plan, tmp_path):
    data = export(sample_plan, tmp_path / "a.json")
    assert data["format"] == "social-goal-plan" and data["version"] == 1
    assert data["business"]["name"] == "Nour Bakery"
    assert len(data["goals"]) == 6
    first = data["goals"][0]
    for key in ("title", "objective", "kpi", "platforms", "baseline", "target", "start", "deadline",
                "statement", "observations"):
        assert key in first
    pf = plan_file.create(tmp_path / "b.sgplan")
    added = plan_json.import_plan(Repository(pf.db), plan_json.read(tmp_path / "a.json"))
    pf.close()
    assert len(added) == 6
    again = export(tmp_path / "b.sgplan", tmp_path / "c.json")
    strip = lambda d: {**d, "exported": None}  # noqa: E731
    assert strip(again) == strip(data)


def minimal(**goal) -> dict:
    base = {"title": "Grow", "objective": "awareness", "kpi": "followers", "platforms": ["instagram"],
            "baseline": 100, "target": 200, "start": "2026-01-01", "deadline": "2026-06-01",
            "observations": [{"date": "2026-02-01", "platform": "instagram", "value": 120, "note": ""}]}
    return {"format": "social-goal-plan", "version": 1, "business": {"name": "B"}, "goals": [{**base, **goal}]}


def test_minimal_document_from_another_tool_is_accepted():
    doc = plan_json.parse(minimal())
    goal, figures, _checkins = doc.goals[0]
    assert goal.title == "Grow" and figures[0].value == 120


@pytest.mark.parametrize("change, words", [
    ({"objective": "fame"}, "goal 1 ('Grow'): 'objective' 'fame' is not a catalog objective id"),
    ({"kpi": "likes_total"}, "'kpi' 'likes_total' is not a catalog KPI id"),
    ({"platforms": ["myspace"]}, "'platforms' has 'myspace'"),
    ({"baseline": "100"}, "'baseline' must be a number"),
    ({"target": 50}, "'target': the target must be higher than the baseline"),
    ({"deadline": "2025-01-01"}, "'deadline': the deadline must be after the start date"),
    ({"start": "01/02/2026"}, "'start' must be a date like 2026-03-31"),
    ({"title": ""}, "'title': the title is empty"),
    ({"observations": [{"date": "2026-02-30", "value": 1}]}, "observations[0]: 'date' must be a date"),
    ({"observations": [{"date": "2026-02-03", "value": -5}]}, "observations[0]: 'value' cannot be negative"),
    ({"observations": [{"date": "2026-02-03", "value": 1}, {"date": "2026-02-03", "value": 2}]},
     "a second figure for all platforms on 2026-02-03"),
    ({"kpi": "ctr", "objective": "traffic", "baseline": 1, "target": 150}, "a percentage cannot be over 100"),
    ({"budget": 10**400}, "'budget' is too large"),
])
def test_bad_fields_are_named(change, words):
    with pytest.raises(plan_json.PlanJsonError) as err:
        plan_json.parse(minimal(**change), "in.json")
    assert any(words in p for p in err.value.problems), err.value.problems


@pytest.mark.parametrize("text, words", [
    ("", "is not valid JSON"),
    ("{", "is not valid JSON"),
    ('{"format": "social-goal-plan", "version": 1, "goals": [{"baseline": NaN}]}', "NaN"),
    ('[1, 2]', "must be a JSON object"),
    ('{"format": "something-else", "version": 1}', "not a Social Goal Planner plan"),
    ('{"format": "social-goal-plan", "version": 99}', "newer than this app"),
])
def test_broken_documents_are_refused(tmp_path, text, words):
    path = tmp_path / "in.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(plan_json.PlanJsonError) as err:
        plan_json.read(path)
    assert str(path) in str(err.value) and words in str(err.value)


def test_one_bad_goal_means_nothing_is_written(sample_plan, tmp_path, capsys):
    """The import command on a plan: a document with one bad goal of two leaves the plan byte for byte."""
    from planner import cli

    good = minimal()["goals"][0]
    doc = {**minimal(), "goals": [good, {**good, "title": "Second", "kpi": "nope"}]}
    (tmp_path / "in.json").write_text(json.dumps(doc), encoding="utf-8")
    before = sample_plan.read_bytes()
    code = cli.main(["import-json", "--db", str(sample_plan), str(tmp_path / "in.json")])
    err = capsys.readouterr().err
    assert code == cli.EXIT_FAILED
    assert "nothing was imported" in err and "goal 2 ('Second'): 'kpi' 'nope'" in err, err
    assert sample_plan.read_bytes() == before


def test_a_failure_while_writing_the_goals_rolls_the_whole_import_back(tmp_path, monkeypatch):
    """import_plan is one transaction: when the store fails on the second goal, the first goal and the
    business name it filled in are gone too."""
    import sqlite3

    good = minimal()["goals"][0]
    doc = plan_json.parse({**minimal(), "goals": [good, {**good, "title": "Second"}]})
    pf = plan_file.create(tmp_path / "plan.sgplan")
    repo = Repository(pf.db)
    real_insert = Repository._insert_goal

    def insert_then_fail_on_the_second(self, goal):
        if goal.title == "Second":
            raise sqlite3.OperationalError("disk I/O error")
        return real_insert(self, goal)

    monkeypatch.setattr(Repository, "_insert_goal", insert_then_fail_on_the_second)
    with pytest.raises(plan_file.WriteFailed, match="the disk reported an error while writing"):
        plan_json.import_plan(repo, doc)
    assert repo.goals() == [] and repo.meta().business_name == ""
    pf.close()
