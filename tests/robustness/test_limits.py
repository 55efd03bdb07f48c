"""One range of dates and one set of limits, at every door (issue 16: items 10, 13), and the plan JSON
checks the issue-12 suite did not hold (a target for a platform the goal does not have, audience ages).

Each defect is tested alone: a file with several defects passes a test even when one check is gone.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from robust import goal, make_plan, state

from planner import cli
from planner.domain.goals import FIRST_DAY, LAST_DAY, MAX_TITLE, Audience, Observation
from planner.exchange import plan_json
from planner.store import plan_file
from planner.store import repository as repository_module
from planner.store.repository import Repository

GOOD = {"title": "Reach", "objective": "awareness", "kpi": "followers", "baseline": 1, "target": 2,
        "start": "2026-01-01", "deadline": "2026-12-31", "platforms": ["instagram", "facebook"]}


def problems_of(goal_fields: dict, **document) -> list[str]:
    doc = {"format": "social-goal-plan", "version": 1, "goals": [{**GOOD, **goal_fields}], **document}
    try:
        plan_json.parse(doc, "plan.json")
    except plan_json.PlanJsonError as exc:
        return exc.problems
    return []


def test_a_good_goal_passes():
    assert problems_of({}) == []
    assert problems_of({"title": "t" * MAX_TITLE}) == []
    assert problems_of({"start": FIRST_DAY.isoformat(), "deadline": LAST_DAY.isoformat()}) == []


@pytest.mark.parametrize("fields, problem", [
    ({"title": "t" * (MAX_TITLE + 1)}, "'title' is longer than 200 characters"),
    ({"statement": "s" * 2001}, "'statement' is longer than 2000 characters"),
    ({"business_objective": "b" * 1001}, "'business_objective' is longer than 1000 characters"),
    ({"start": "1999-12-31"}, "'start' 1999-12-31 must be between 2000-01-01 and 2100-12-31"),
    ({"deadline": "2101-01-01"}, "'deadline' 2101-01-01 must be between 2000-01-01 and 2100-12-31"),
    ({"observations": [{"date": "0001-01-01", "value": 1}]}, "'date' 0001-01-01 must be between"),
    ({"observations": [{"date": "2026-02-01", "value": 1, "note": "n" * 1001}]},
     "'note' is longer than 1000 characters"),
    ({"milestones": [{"date": "2026-06-01", "value": 1.5, "label": "l" * 201}]},
     "'label' is longer than 200 characters"),
])
def test_each_limit_of_plan_json_alone(fields, problem):
    found = problems_of(fields)
    assert len(found) == 1 and problem in found[0], found


def test_a_target_for_a_platform_the_goal_does_not_have_is_refused_not_dropped():
    found = problems_of({"platform_targets": [{"platform": "tiktok", "baseline": 1, "target": 2}]})
    assert found == ["goal 1 ('Reach') platform_targets[0]: platform 'tiktok' is not among the goal's platforms"]


@pytest.mark.parametrize("age", [121, -1, 30.5])
def test_an_audience_age_out_of_range_is_refused_by_plan_json(age):
    found = problems_of({"audience": {"age_min": age}})
    assert found == ["goal 1 ('Reach') audience: 'age_min' must be a whole number of years from 0 to 120"]


def test_an_audience_age_out_of_range_is_refused_by_the_store(tmp_path):
    repo = Repository(plan_file.create(tmp_path / "p.sgplan").db)
    for ages in ((121, None), (None, 121), (-1, None)):
        with pytest.raises(ValueError, match="an age must be from 0 to 120 years"):
            repo.add_goal(goal(audience=Audience(*ages)))
    with pytest.raises(ValueError, match="the youngest age is above the oldest"):
        repo.add_goal(goal(audience=Audience(40, 30)))
    assert repo.goals() == []


def test_too_many_figures_for_one_goal_are_refused_at_every_door(monkeypatch, capsys, tmp_path):
    monkeypatch.setattr(repository_module, "MAX_FIGURES_PER_GOAL", 10)
    monkeypatch.setattr(plan_json, "MAX_FIGURES_PER_GOAL", 10)
    figures = [{"date": f"2026-02-{d:02d}", "value": d} for d in range(1, 12)]
    assert problems_of({"observations": figures}) == ["goal 1 ('Reach'): has 11 figures; a goal holds at most 10"]
    plan = make_plan(tmp_path / "shop.sgplan", goals=1, figures=5)
    pf = plan_file.open_plan(plan)
    repo = Repository(pf.db)
    with pytest.raises(ValueError, match="goal 1 would hold 11 figures; a goal holds at most 10"):
        repo.add_observations([Observation(1, date(2026, 3, d), d, "instagram") for d in range(1, 7)])
    pf.close()
    table = tmp_path / "six.csv"
    table.write_text("date,followers\n" + "".join(f"2026-03-{d:02d},{d}\n" for d in range(1, 7)))
    before = state(plan)
    code = cli.main(["import-csv", "--db", str(plan), "--goal", "1", str(table)])
    err = capsys.readouterr().err
    assert code == cli.EXIT_FAILED and "nothing was imported: goal 1 would hold 11 figures" in err
    assert state(plan) == before


def test_the_store_refuses_dates_texts_and_figures_past_the_limits(tmp_path):
    repo = Repository(plan_file.create(tmp_path / "p.sgplan").db)
    with pytest.raises(ValueError, match="start date must be between"):
        repo.add_goal(goal(start=date(1999, 12, 31)))
    with pytest.raises(ValueError, match="title is longer than 200 characters"):
        repo.add_goal(goal("t" * 201))
    saved = repo.add_goal(goal())
    with pytest.raises(ValueError, match="the date 2101-01-01 must be between"):
        repo.add_observations([Observation(saved.id, date(2101, 1, 1), 5, "instagram")])
    with pytest.raises(ValueError, match="the note is longer than 1,000 characters"):
        repo.put_observations([Observation(saved.id, date(2026, 2, 1), 5, "instagram", note="n" * 1001)])
    with pytest.raises(ValueError, match="the title is longer"):
        repo.update_goal(replace(saved, title="t" * 201))
    assert repo.observations(saved.id) == [] and repo.goal(saved.id).title == "Reach"


# -- long reads of big plan JSON: progress and Cancel ---------------------------------------------------

def big_document(path, goals: int = 4, figures: int = 20_000):
    first = date(2000, 1, 1).toordinal()
    doc = {"format": "social-goal-plan", "version": 1, "goals": [
        {**GOOD, "title": f"Goal {g}", "start": "2000-01-01", "deadline": "2100-12-31", "platforms": ["instagram"],
         "observations": [{"date": date.fromordinal(first + d).isoformat(), "platform": "instagram", "value": d}
                          for d in range(figures)]} for g in range(goals)]}
    path.write_text(json.dumps(doc))
    return path


def test_reading_big_plan_json_says_how_far_it_got_and_stops_on_cancel(tmp_path):
    path = big_document(tmp_path / "big.json")
    seen: list[float] = []
    doc = plan_json.read(path, progress=seen.append)
    assert len(doc.goals) == 4 and sum(len(f) for _, f, _ in doc.goals) == 80_000
    assert seen == sorted(seen) and seen[-1] == pytest.approx(1.0) and len(seen) > 10
    assert any(0.5 < f < 1.0 for f in seen)  # the checking of the goals reports too, not only the bytes
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 3

    with pytest.raises(plan_json.Cancelled):
        plan_json.read(path, cancelled=cancelled)


def test_the_window_reads_plan_json_on_a_worker_and_cancel_changes_nothing(window, tmp_path, monkeypatch, qtbot):
    from planner.ui.dialogs import ask

    plan = make_plan(tmp_path / "shop.sgplan")
    assert window.open_path(plan)
    path = big_document(tmp_path / "big.json", goals=8)
    monkeypatch.setattr(ask, "open_path", lambda *a, **k: path)
    window.act_import_json.trigger()
    job = window.json_job
    assert job is not None and job.is_running()  # the event loop goes on while it reads
    job.cancel()
    qtbot.waitUntil(lambda: window.json_job is None, timeout=60_000)
    assert "cancelled" in window.statusBar().currentMessage()
    assert len(window.document.goals()) == 3
    window.act_import_json.trigger()
    qtbot.waitUntil(lambda: window.json_job is None, timeout=120_000)
    assert len(window.document.goals()) == 11


def test_the_goal_by_goal_parser_reads_what_json_reads():
    """The plan JSON reader parses the goals one at a time; it must read every file as json.loads does."""
    from pathlib import Path

    hostile = Path(__file__).resolve().parent.parent / "data" / "hostile"
    compared = 0
    for path in sorted(hostile.glob("*.json")):
        text = path.read_bytes().decode("utf-8-sig", errors="replace")
        try:
            expected = json.loads(text, parse_constant=plan_json._reject_constant, parse_int=plan_json._whole)
        except (ValueError, RecursionError) as exc:
            with pytest.raises(type(exc)):
                plan_json._decode(text, lambda f: None)
            continue
        assert plan_json._decode(text, lambda f: None) == expected, path.name
        compared += 1
    for text in ('{"goals": [], "format": 1, "goals": [{"a": 1}]}', ' { "goals" : [ {} , [1] ] } ', '[1, 2]', '{}'):
        assert plan_json._decode(text, lambda f: None) == json.loads(text)
    for bad in ('{"goals": [1,]}', '{"goals": [1] "x": 2}', '{"a": 1} x', '{"a" 1}'):
        with pytest.raises(json.JSONDecodeError):
            plan_json._decode(bad, lambda f: None)
    assert compared >= 20
