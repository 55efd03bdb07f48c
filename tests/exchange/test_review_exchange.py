"""Seasons, check-ins and the review day in the plan file, the plan JSON, the .ics file and the command line."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime, time, timezone
from pathlib import Path

import pytest
from icalendar import Calendar
from sqlite_utils import Database
from helpers import run_cli

from planner import cli
from planner.domain.checkins import CheckIn
from planner.domain.goals import Goal, Observation
from planner.domain.review import Schedule, Weekday
from planner.domain.seasons import Season
from planner.exchange import plan_json, review_calendar
from planner.store import plan_file, schema
from planner.store.repository import Repository

RAMADAN = Season("Ramadan", date(2027, 2, 8), date(2027, 3, 8), 0.5)
EID = Season("Eid al-Fitr", date(2027, 3, 9), date(2027, 3, 11), 0.0)


def goal(title: str = "Followers", deadline: date = date(2027, 6, 30), **kw) -> Goal:
    return Goal(title, "awareness", "followers", 1000, 2000, date(2026, 11, 2), deadline,
                **{"platforms": (), **kw})


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "plan.sgplan"
    pf = plan_file.create(path, business_name="Nour Bakery")
    try:
        repo = Repository(pf.db)
        g = repo.add_goal(goal(), [Observation(0, date(2026, 11, 5), 1100)])
        repo.add_goal(goal("Archived", archived=True))
        repo.set_seasons([RAMADAN, EID])
        repo.check_in([], [CheckIn(g.id, date(2026, 11, 15), 4, "Ramadan series planned")])
        repo.set_review_schedule(Schedule(Weekday.SUNDAY, time(8, 30)))
    finally:
        pf.close()
    return path


# ---------------------------------------------------------------- the plan file


def test_plan_format_3_keeps_seasons_checkins_the_review_day_and_an_id(plan):
    pf = plan_file.open_plan(plan, read_only=True)
    try:
        assert schema.version(pf.db.conn) == 4  # format 3 added them; format 4 (follower counts) is the latest
        repo = Repository(pf.db)
        assert repo.seasons() == [RAMADAN, EID]
        assert all(g.seasons == (RAMADAN, EID) for g in repo.goals())  # every goal gets the plan's seasons
        assert repo.goal(1).seasons == (RAMADAN, EID)
        assert [(c.date, c.confidence, c.note) for c in repo.checkins(1)] == [
            (date(2026, 11, 15), 4, "Ramadan series planned")]
        assert repo.review_schedule() == Schedule(Weekday.SUNDAY, time(8, 30)) and repo.review_schedule_chosen()
        uid = repo.plan_uid()
    finally:
        pf.close()
    assert len(uid) == 36
    pf = plan_file.open_plan(plan, read_only=True)
    try:
        assert Repository(pf.db).plan_uid() == uid  # stable
    finally:
        pf.close()


def test_a_plan_of_format_2_gets_an_id_and_its_language_s_review_day(tmp_path):
    path = tmp_path / "old.sgplan"
    conn = sqlite3.connect(path, isolation_level=None)
    db = Database(conn)
    schema.migrate(db, upto=2)
    db["plan"].insert_all([{"key": "business_name", "value": "Old bakery"}, {"key": "language", "value": "fa"}])
    conn.close()
    pf = plan_file.open_plan(path)
    try:
        repo = Repository(pf.db)
        assert schema.version(pf.db.conn) == 4 and len(repo.plan_uid()) == 36
        assert repo.review_schedule() == Schedule(Weekday.SATURDAY, time(9, 0)) and not repo.review_schedule_chosen()
        assert repo.seasons() == [] and repo.checkins_by_goal() == {}
    finally:
        pf.close()


def test_a_checkin_and_its_undo_are_one_transaction_each(tmp_path):
    pf = plan_file.create(tmp_path / "p.sgplan")
    try:
        repo = Repository(pf.db)
        g = repo.add_goal(goal())
        repo.put_observations([Observation(g.id, date(2026, 11, 22), 1200)])
        repo.check_in([], [CheckIn(g.id, date(2026, 11, 22), 2, "slow week")])
        ids, replaced, checkin_ids, replaced_checkins = repo.check_in(
            [Observation(g.id, date(2026, 11, 22), 1250)], [CheckIn(g.id, date(2026, 11, 22), 4, "ran an ad")])
        assert [o.value for o in repo.observations(g.id)] == [1250] and [o.value for o in replaced] == [1200]
        assert [c.note for c in repo.checkins(g.id)] == ["ran an ad"] and [c.note for c in replaced_checkins] == [
            "slow week"]
        repo.undo_check_in(ids, replaced, checkin_ids, replaced_checkins)
        assert [o.value for o in repo.observations(g.id)] == [1200]
        assert [(c.confidence, c.note) for c in repo.checkins(g.id)] == [(2, "slow week")]
        with pytest.raises(ValueError, match="from 1 to 5"):  # nothing of a refused check-in is stored
            repo.check_in([Observation(g.id, date(2026, 11, 23), 1300)], [CheckIn(g.id, date(2026, 11, 23), 9)])
        assert [o.value for o in repo.observations(g.id)] == [1200]
        with pytest.raises(ValueError, match="at most 366 days"):
            repo.set_seasons([Season("long", date(2027, 1, 1), date(2028, 6, 1), 1.0)])
        assert repo.seasons() == []
    finally:
        pf.close()


def test_a_season_row_changed_by_another_program_is_left_out_and_said(plan):
    conn = sqlite3.connect(plan)
    conn.execute("UPDATE seasons SET effect = 99 WHERE name = 'Eid al-Fitr'")
    conn.commit()
    conn.close()
    pf = plan_file.open_plan(plan, read_only=True)
    try:
        repo = Repository(pf.db)
        goals = repo.goals()
        assert goals[0].seasons == (RAMADAN,)
        assert any("season" in p and "effect" in p for p in repo.read_problems)
    finally:
        pf.close()


# ---------------------------------------------------------------- the plan JSON


def test_the_plan_json_round_trips_seasons_checkins_and_the_review_day(plan, tmp_path):
    out = tmp_path / "plan.json"
    pf = plan_file.open_plan(plan, read_only=True)
    try:
        plan_json.export_plan(Repository(pf.db), out)
    finally:
        pf.close()
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["seasons"] == [{"name": "Ramadan", "start": "2027-02-08", "end": "2027-03-08", "effect": 0.5},
                               {"name": "Eid al-Fitr", "start": "2027-03-09", "end": "2027-03-11", "effect": 0}]
    assert data["goals"][0]["checkins"] == [{"date": "2026-11-15", "confidence": 4, "note": "Ramadan series planned"}]
    assert data["review"] == {"day": "sunday", "time": "08:30"}
    copy = tmp_path / "copy.sgplan"
    pf = plan_file.create(copy)
    try:
        repo = Repository(pf.db)
        added = plan_json.import_plan(repo, plan_json.read(out))
        assert repo.seasons() == [RAMADAN, EID]
        assert [(c.date, c.confidence, c.note) for c in repo.checkins(added[0].id)] == [
            (date(2026, 11, 15), 4, "Ramadan series planned")]
        assert repo.review_schedule() == Schedule(Weekday.SUNDAY, time(8, 30))
        plan_json.import_plan(repo, plan_json.read(out))  # the same seasons again are not doubled
        assert repo.seasons() == [RAMADAN, EID]
    finally:
        pf.close()


@pytest.mark.parametrize(("change", "words"), [
    (lambda d: d["seasons"][0].update(effect=-1), "season 1 ('Ramadan'): 'effect': the effect must be a number"),
    (lambda d: d["seasons"][0].update(end="2027-01-01"), "season 1 ('Ramadan'): 'end': the season ends before"),
    (lambda d: d.update(seasons={"name": "x"}), "seasons: must be a list"),
    (lambda d: d["goals"][0]["checkins"][0].update(confidence=7), "checkins[0]: 'confidence': the confidence must"),
    (lambda d: d["goals"][0]["checkins"][0].update(confidence="high"), "'confidence' must be a whole number"),
    (lambda d: d["goals"][0]["checkins"][0].update(note="a\nb"), "'note': the note must be one line"),
    (lambda d: d["goals"][0]["checkins"].append(dict(d["goals"][0]["checkins"][0])), "a second check-in on"),
    (lambda d: d.update(review={"day": "someday"}), "review: 'day' must be a day of the week"),
    (lambda d: d.update(review={"day": "monday", "time": "25:00"}), "review: 'time' must be a time like 09:00"),
])
def test_bad_seasons_checkins_or_review_day_are_refused_with_where_they_are(plan, tmp_path, change, words):
    out = tmp_path / "plan.json"
    pf = plan_file.open_plan(plan, read_only=True)
    try:
        plan_json.export_plan(Repository(pf.db), out)
    finally:
        pf.close()
    data = json.loads(out.read_text(encoding="utf-8"))
    change(data)
    with pytest.raises(plan_json.PlanJsonError) as caught:
        plan_json.parse(data)
    assert any(words in p for p in caught.value.problems), caught.value.problems


# ---------------------------------------------------------------- the .ics file


def test_the_review_schedule_is_one_weekly_event_with_a_stable_uid(plan, tmp_path, capsys):
    out = tmp_path / "review.ics"
    code, said, err = run_cli(capsys, "schedule", "--db", plan, "--out", out, "--today", "2026-11-25")
    assert code == cli.EXIT_OK, err
    assert "Sundays at 08:30" in said and "1 goal" in said
    cal = Calendar.from_ical(out.read_bytes())
    events = cal.walk("VEVENT")
    assert len(events) == 1
    event = events[0]
    assert event.decoded("dtstart") == datetime(2026, 11, 29, 8, 30)  # the next Sunday, floating time
    assert event.decoded("dtend") == datetime(2026, 11, 29, 9, 0)
    rule = event["RRULE"]
    assert rule["FREQ"] == ["WEEKLY"] and rule["UNTIL"] == [datetime(2027, 6, 30, 8, 30)]
    assert "Nour Bakery" in str(event["SUMMARY"])
    assert "Followers: the figure of each week" in str(event["DESCRIPTION"])
    assert "Archived" not in str(event["DESCRIPTION"])
    assert len(event.walk("VALARM")) == 1
    uid = str(event["UID"])
    # exported again: the same event (UID), a later revision, the file replaced
    code, _, _ = run_cli(capsys, "schedule", "--db", plan, "--out", out, "--today", "2026-11-26")
    again = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert code == cli.EXIT_OK and len(again) == 1 and str(again[0]["UID"]) == uid
    assert int(again[0]["SEQUENCE"]) >= int(event["SEQUENCE"])


def test_the_event_s_revision_grows_with_each_export():
    g = goal()
    one = review_calendar.calendar_bytes("P", "u", Schedule(), [g], date(2026, 11, 22),
                                         now=datetime(2026, 11, 22, 10, 0, tzinfo=timezone.utc))
    two = review_calendar.calendar_bytes("P", "u", Schedule(), [g], date(2026, 11, 22),
                                         now=datetime(2026, 11, 22, 10, 5, tzinfo=timezone.utc))
    seq = [int(Calendar.from_ical(b).walk("VEVENT")[0]["SEQUENCE"]) for b in (one, two)]
    assert seq[1] == seq[0] + 5


def test_no_schedule_without_a_goal_to_review_and_never_onto_the_plan(plan, tmp_path, capsys):
    code, _, err = run_cli(capsys, "schedule", "--db", plan, "--out", plan, "--today", "2026-11-25")
    assert code == cli.EXIT_FAILED and "the plan itself" in err
    out = tmp_path / "late.ics"
    code, _, err = run_cli(capsys, "schedule", "--db", plan, "--out", out, "--today", "2027-07-01")
    assert code == cli.EXIT_FAILED and "no goal left to review" in err and not out.exists()


# ---------------------------------------------------------------- planner check --json


def test_planner_check_json_accounts_for_seasons(tmp_path, capsys):
    # 1,000 -> 1,300 over January, 11-20 January paused: on 15 January at 1,150 the goal is on the line
    # (it would be ahead of a straight line, which expects 1,140); the JSON names the season
    path = tmp_path / "p.sgplan"
    pf = plan_file.create(path)
    try:
        repo = Repository(pf.db)
        g = repo.add_goal(Goal("Followers", "awareness", "followers", 1000, 1300, date(2027, 1, 1),
                               date(2027, 1, 31), platforms=()), [])
        repo.put_observations([Observation(g.id, date(2027, 1, d), v) for d, v in ((1, 1000), (6, 1075),
                                                                                   (11, 1150), (15, 1150))])
        repo.set_seasons([Season("Eid", date(2027, 1, 11), date(2027, 1, 20), 0.0)])
    finally:
        pf.close()
    code, out, _ = run_cli(capsys, "check", "--db", path, "--json", "--today", "2027-01-15")
    assert code == cli.EXIT_OK
    row = json.loads(out)[0]
    assert row["seasons"] == [{"name": "Eid", "start": "2027-01-11", "end": "2027-01-20", "effect": 0.0}]
    assert row["needed_per_week"] == pytest.approx(105)  # 150 in the 10 ordinary days left: 15 a day
    assert row["verdict"] == "on_course"
    assert row["review"]["due"] is False
