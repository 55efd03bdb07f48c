"""The plan JSON format: round trip, and refusal of bad documents naming the goal and the field."""

from __future__ import annotations

import json
from datetime import date, time
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
    assert data["format"] == "social-goal-plan" and data["version"] == 3
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


@pytest.mark.parametrize(("version", "kpi", "objective", "to_confirm"), [
    (1, "ctr", "traffic", True),  # version 1: ads, organic or thumbnails, the goal cannot say
    (1, "conversion_rate", "conversions", True),
    (1, "followers", "awareness", False),  # one definition all along
    (2, "ctr", "traffic", False),  # version 2: ctr is organic link CTR
    (2, "ad_ctr", "traffic", False),
    (3, "ctr", "traffic", False),  # version 3 keeps version 2's definitions
    (3, "conversion_rate", "conversions", False),
])
def test_version_1_goals_whose_kpi_narrowed_are_marked_to_confirm(version, kpi, objective, to_confirm):
    doc = {**minimal(kpi=kpi, objective=objective, baseline=1, target=2, observations=[]), "version": version}
    goal, _, _ = plan_json.parse(doc).goals[0]
    assert goal.kpi == kpi and goal.kpi_to_confirm is to_confirm


def test_version_2_keeps_the_follower_count_and_the_mark():
    raw = {**minimal(kpi="ctr", objective="traffic", baseline=1, target=2, follower_count=650,
                     kpi_to_confirm=True, observations=[]), "version": 2}
    goal, _, _ = plan_json.parse(raw).goals[0]
    assert goal.follower_count == 650 and goal.kpi_to_confirm is True
    with pytest.raises(plan_json.PlanJsonError, match="'kpi_to_confirm' must be true or false"):
        plan_json.parse({**raw, "goals": [{**raw["goals"][0], "kpi_to_confirm": "yes"}]})
    with pytest.raises(plan_json.PlanJsonError, match="follower count must be a number"):
        plan_json.parse({**raw, "goals": [{**raw["goals"][0], "follower_count": -3}]})


def test_a_version_1_document_with_seasons_and_check_ins_keeps_them_and_asks_about_its_ctr():
    """Version 1 as the app wrote it before version 2 (seasons, the review day and check-ins were optional keys
    then): all of it is read, and its "ctr" goal, of the old mixed definition, is marked to confirm."""
    doc = {**minimal(kpi="ctr", objective="traffic", baseline=1, target=2, observations=[],
                     checkins=[{"date": "2026-02-01", "confidence": 4, "note": "ran an ad"}]),
           "seasons": [{"name": "Ramadan", "start": "2026-02-18", "end": "2026-03-19", "effect": 0.5}],
           "review": {"day": "sunday", "time": "10:30"}}
    parsed = plan_json.parse(doc)
    goal, figures, checkins = parsed.goals[0]
    assert goal.kpi == "ctr" and goal.kpi_to_confirm is True and figures == []
    assert [(c.date, c.confidence, c.note) for c in checkins] == [(date(2026, 2, 1), 4, "ran an ad")]
    assert [(x.name, x.start, x.end, x.effect) for x in parsed.seasons] == [
        ("Ramadan", date(2026, 2, 18), date(2026, 3, 19), 0.5)]
    assert parsed.review is not None and parsed.review.at == time(10, 30)


def test_a_version_2_document_without_seasons_reads_and_a_newer_version_is_refused():
    """Version 2 (the narrowed KPIs, before seasons and check-ins were part of the format) reads with none;
    version 4 is newer than this app and refused with the versions it reads."""
    parsed = plan_json.parse({**minimal(follower_count=800), "version": 2})
    goal, figures, checkins = parsed.goals[0]
    assert goal.follower_count == 800 and [f.value for f in figures] == [120] and checkins == []
    assert parsed.seasons == [] and parsed.review is None
    with pytest.raises(plan_json.PlanJsonError, match=r"version 4 is newer than this app reads \(3\)"):
        plan_json.parse({**minimal(), "version": 4})


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
