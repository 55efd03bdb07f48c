"""Regression tests for robustness bugs found by the hostile corpus, one per fix."""

from __future__ import annotations

import importlib.util
import json
import tracemalloc
from datetime import date
from pathlib import Path

import pytest

from planner.exchange import figures_import, plan_json
from planner.exchange.importers import ImportFileError, open_source

HOSTILE = Path(__file__).resolve().parent.parent / "data" / "hostile"
_spec = importlib.util.spec_from_file_location("make_hostile", HOSTILE / "make_hostile.py")
make_hostile = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_hostile)


def read_followers(path: Path) -> figures_import.Preview:
    return figures_import.read(open_source(path), "followers", platform=None, existing=set(), today=date(2026, 1, 1))


# -- importers: read_head and long lines -------------------------------------------------------

@pytest.mark.parametrize("name", ["wide_10000_columns.csv"])
def test_a_first_line_longer_than_the_head_is_refused_not_an_index_error(name):
    with pytest.raises(ImportFileError, match="no complete row in the first 64 KB"):
        open_source(HOSTILE / name)


def test_a_single_50_mb_line_is_refused_quickly_in_bounded_memory(tmp_path):
    path = make_hostile.make_big_single_line(tmp_path / "line.csv")
    tracemalloc.start()
    try:
        with pytest.raises(ImportFileError, match="line.csv: no complete row"):
            read_followers(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 300 * 2**20


def test_a_50_mb_line_in_the_middle_is_named_and_never_split_into_fields(tmp_path):
    path = make_hostile.make_big_line_mid_file(tmp_path / "mid.csv", size=8 * 2**20)
    tracemalloc.start()
    try:
        with pytest.raises(ImportFileError, match=r"mid.csv: line 338 is longer than 1 MB"):
            read_followers(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 64 * 2**20  # the 8 MB line is read 1 MB at a time, never split into millions of fields


def test_lines_ending_in_a_lone_cr_are_read(tmp_path):
    path = tmp_path / "mac.csv"
    path.write_bytes(b"date,followers\r2020-01-01,100\r2020-01-02,110\r")
    preview = read_followers(path)
    assert preview.count == 2 and preview.rejected_total == 0


# -- plan JSON: every wrong shape is a listed problem, never a TypeError or an IntegrityError -------

def _plan(**goal_changes) -> dict:
    goal = {"title": "Reach", "objective": "awareness", "kpi": "followers", "baseline": 10, "target": 100,
            "start": "2020-01-01", "deadline": "2020-12-31", **goal_changes}
    return {"format": "social-goal-plan", "version": 1, "goals": [goal]}


@pytest.mark.parametrize("doc, problem", [
    (_plan(milestones=5), "'milestones' must be a list"),
    (_plan(milestones=[{"date": "2020-02-01", "value": 20}, {"date": "2020-02-01", "value": 30}]),
     "milestones[1]: a second milestone on 2020-02-01"),
    (_plan(platforms=["x"], platform_targets=[{"platform": "x", "target": 5}, {"platform": "x", "target": 6}]),
     "platform_targets[1]: platform 'x' has a target already"),
    (_plan(title="a\udc00b"), "'title' contains an invalid character (a lone surrogate"),
    (_plan(observations=[{"date": "2020-01-02", "value": 1, "note": "\ud800"}]), "'note' contains an invalid"),
    ({**_plan(), "version": -1}, "'version' -1 is not a version of this format"),
])
def test_plan_json_problems_are_listed(tmp_path, doc, problem):
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(doc), encoding="utf-8")  # json.dumps escapes surrogates as \udc00
    with pytest.raises(plan_json.PlanJsonError) as caught:
        plan_json.read(path)
    assert any(problem in p for p in caught.value.problems), caught.value.problems


def test_plan_json_in_utf16_with_a_bom_is_read_and_without_one_is_named(tmp_path):
    text = json.dumps(_plan())
    with_bom = tmp_path / "bom.json"
    with_bom.write_bytes(text.encode("utf-16"))
    assert len(plan_json.read(with_bom).goals) == 1
    without = tmp_path / "nobom.json"
    without.write_bytes(text.encode("utf-16-be"))
    with pytest.raises(plan_json.PlanJsonError, match="contains NUL bytes: it is not UTF-8 text"):
        plan_json.read(without)


# -- spreadsheets: damage found while reading a sheet ----------------------------------------------

def test_a_zip_bomb_that_lies_about_its_size_is_named_not_a_calamine_traceback(tmp_path):
    path = make_hostile.make_zip_bomb_lying(tmp_path / "figures.xlsx")
    with pytest.raises(ImportFileError, match="figures.xlsx: the spreadsheet is damaged"):
        read_followers(path)


def test_an_honest_zip_bomb_is_refused_before_reading(tmp_path):
    path = make_hostile.make_zip_bomb(tmp_path / "figures.xlsx")
    with pytest.raises(ImportFileError, match="refused as a zip bomb"):
        open_source(path)


@pytest.mark.parametrize("day", ["2020-W01-1", "２０２０-01-01", "2020-001-1"])
def test_plan_json_dates_are_calendar_dates_only(tmp_path, day):
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(_plan(start=day)), encoding="utf-8")
    with pytest.raises(plan_json.PlanJsonError, match="'start' must be a date like 2026-03-31"):
        plan_json.read(path)
