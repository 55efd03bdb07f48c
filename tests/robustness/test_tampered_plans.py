"""Plans changed behind the app's back, pipes and devices for files, and plans left with a log
(issue 16: items 5, 7, 10, 11, 12, 16, 17, and the examine() gaps of issue 12).

Each test reproduces a finding of the adversarial run; before the fix each gave a traceback, a
hang, hidden data, or a trigger that ran.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import run_cli
from robust import (
    beside,
    child_env,
    digest,
    freeze_folder,
    make_plan,
    make_v1_plan,
    planner,
    state,
    tamper,
    thaw_folder,
)

from planner import cli
from planner.exchange import plan_json
from planner.store import plan_file, schema
from planner.store.repository import Repository

HANG_GUARD_S = 60  # a hang guard for child processes, not a speed limit


@pytest.fixture
def plan(tmp_path):
    return make_plan(tmp_path / "shop.sgplan")


# -- 5: a schema that is not the plan format's ----------------------------------------------------

@pytest.mark.parametrize("extra, words", [
    ("CREATE TRIGGER eat AFTER INSERT ON observations BEGIN DELETE FROM observations WHERE id = new.id; END",
     "an extra trigger 'eat' on 'observations'"),
    ("CREATE VIEW everything AS SELECT * FROM goals", "an extra view 'everything'"),
    ("CREATE INDEX by_value ON observations(value)", "an extra index 'by_value' on 'observations'"),
    ("CREATE TABLE notes (x TEXT)", "an extra table 'notes'"),
    ("DROP TABLE milestones", "no table 'milestones'"),
])
def test_a_plan_whose_schema_was_changed_is_refused_untouched(capsys, plan, tmp_path, extra, words):
    tamper(plan, extra)
    before = digest(plan)
    table = tmp_path / "figures.csv"
    table.write_text("date,followers\n" + "".join(f"2026-03-{d:02d},{100 + d}\n" for d in range(1, 29)))
    code, out, err = run_cli(capsys, "import-csv", "--db", plan, "--goal", "1", table)
    assert code == cli.EXIT_BAD_PLAN and "Imported" not in out
    assert "another program changed the plan's structure" in err and words in err
    assert digest(plan) == before
    with pytest.raises(plan_file.PlanFileError, match="structure"):
        plan_file.open_plan(plan, read_only=True)


def test_a_table_defined_differently_is_refused(plan):
    tamper(plan, "PRAGMA foreign_keys=OFF", "ALTER TABLE milestones RENAME TO m_old",
           "CREATE TABLE milestones (goal_id INTEGER, date TEXT, value REAL, label TEXT)",
           "INSERT INTO milestones SELECT * FROM m_old", "DROP TABLE m_old")
    with pytest.raises(plan_file.PlanFileError, match="table 'milestones' is not defined as plan format 4"):
        plan_file.examine(plan)


def test_the_expected_schema_comes_from_the_migrations(tmp_path):
    """Every version's expected schema is the migrations' own, so a plan each version wrote passes."""
    from sqlite_utils import Database

    for version in range(1, schema.LATEST + 1):
        path = tmp_path / f"v{version}.sgplan"
        conn = sqlite3.connect(path, isolation_level=None)
        schema.migrate(Database(conn), upto=version)
        assert schema.differences(conn, version) == []
        conn.execute("CREATE TRIGGER t AFTER DELETE ON goals BEGIN SELECT 1; END")
        assert schema.differences(conn, version) == ["an extra trigger 't' on 'goals'"]
        conn.close()


# -- examine(): what the issue-12 suite let through -------------------------------------------------

def test_examine_reads_what_only_the_log_of_a_live_writer_holds(plan):
    """A writer has the plan open and its newest commit (a newer format) is in the log only."""
    writer = plan_file.open_plan(plan)
    writer.db.execute("PRAGMA wal_autocheckpoint=0")
    writer.db.execute(f"PRAGMA user_version={schema.LATEST + 1}")
    assert plan.with_name("shop.sgplan-wal").stat().st_size > 0
    try:
        with pytest.raises(plan_file.PlanFileError, match="newer version"):
            plan_file.examine(plan)
    finally:
        writer.close()


def test_examine_reads_what_only_a_leftover_log_holds(plan):
    """A killed writer left its last commit (a goal the plan format does not know) in the log."""
    code = ("import os, sys; from pathlib import Path; from planner.store import plan_file; "
            "pf = plan_file.open_plan(Path(sys.argv[1]), backup=False); pf.db.execute('PRAGMA wal_autocheckpoint=0'); "
            "pf.db.execute(\"UPDATE goals SET kpi = 'tiktok_hearts' WHERE id = 2\"); os._exit(0)")
    subprocess.run([sys.executable, "-c", code, str(plan)], check=True, env=child_env())
    assert plan.with_name("shop.sgplan-wal").stat().st_size > 0
    before = digest(plan)
    with pytest.raises(plan_file.PlanFileError, match="tiktok_hearts"):
        plan_file.examine(plan)
    assert digest(plan) == before


def test_a_header_shorter_than_a_page_header_is_called_truncated(tmp_path):
    path = tmp_path / "short.sgplan"
    path.write_bytes(plan_file.SQLITE_MAGIC + bytes(40))
    with pytest.raises(plan_file.PlanFileError, match="the file is truncated"):
        plan_file.examine(path)


def test_an_old_plan_that_cannot_be_written_is_read_updated_in_memory_only(tmp_path):
    folder = tmp_path / "stick"
    folder.mkdir()
    old = make_v1_plan(folder / "old.sgplan")
    before = digest(old)
    freeze_folder(folder)
    try:
        pf = plan_file.open_plan(old)
        try:
            assert pf.read_only and "cannot be written" in pf.read_only_reason
            repo = Repository(pf.db)
            goal = repo.goal(1)
            assert goal.title == "Old goal" and goal.archived is False and goal.milestones == ()
            assert schema.version(pf.db.conn) == schema.LATEST
        finally:
            pf.close()
        assert digest(old) == before and sorted(p.name for p in folder.iterdir()) == ["old.sgplan"]
    finally:
        thaw_folder(folder)
    with sqlite3.connect(f"file:{old}?mode=ro&immutable=1", uri=True) as conn:
        assert schema.version(conn) == 1


def test_read_commands_on_an_old_plan_work_and_never_say_as_asked(capsys, tmp_path):
    old = make_v1_plan(tmp_path / "old.sgplan")
    before = digest(old)
    code, out, err = run_cli(capsys, "goals", "--db", old)
    assert code == cli.EXIT_OK and "Old goal" in out and "as asked" not in err
    assert digest(old) == before and beside(old) == ["old.sgplan"]


# -- 7: a read-only folder with a leftover log -----------------------------------------------------

def test_a_read_only_folder_with_a_leftover_log_hides_nothing(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    plan = make_plan(folder / "shop.sgplan", goals=6)
    code = ("import os, sys; from pathlib import Path; from planner.store import plan_file; "
            "from planner.store.repository import Repository; sys.path.insert(0, sys.argv[2]); "
            "from robust import goal; pf = plan_file.open_plan(Path(sys.argv[1]), backup=False); "
            "pf.db.execute('PRAGMA wal_autocheckpoint=0'); Repository(pf.db).add_goal(goal('Seventh')); os._exit(0)")
    subprocess.run([sys.executable, "-c", code, str(plan), str(Path(__file__).parents[1])], check=True,
                   env=child_env())
    plan.with_name("shop.sgplan.lock").unlink(missing_ok=True)
    names = sorted(p.name for p in folder.iterdir())
    assert "shop.sgplan-wal" in names
    out = tmp_path / "out.json"
    freeze_folder(folder)
    try:
        done = planner("export-json", "--db", plan, out)
        listed = planner("goals", "--db", plan, "--json")
        assert sorted(p.name for p in folder.iterdir()) == names
    finally:
        thaw_folder(folder)
    assert done.code == 0 and "Wrote 7 goals" in done.out
    assert [g["title"] for g in json.loads(out.read_text())["goals"]][-1] == "Seventh"
    assert len(json.loads(listed.out)) == 7


# -- 10 and 11: one bad goal never takes down the plan; tampered values are named ------------------

def test_a_deadline_of_9999_is_refused_at_the_door(capsys, plan, tmp_path):
    doc = {"format": "social-goal-plan", "version": 1, "goals": [
        {"title": "Forever", "objective": "awareness", "kpi": "followers", "baseline": 1, "target": 2,
         "start": "2026-01-01", "deadline": "9999-12-31"}]}
    path = tmp_path / "forever.json"
    path.write_text(json.dumps(doc))
    before = digest(plan)
    code, _, err = run_cli(capsys, "import-json", "--db", plan, path)
    assert code == cli.EXIT_FAILED and "'deadline' 9999-12-31 must be between 2000-01-01 and 2100-12-31" in err
    assert digest(plan) == before


def test_a_figure_before_2000_in_a_table_is_left_out_naming_its_line(capsys, plan, tmp_path):
    table = tmp_path / "old.csv"
    table.write_text("date,followers\n1999-12-31,5\n2026-03-01,6\n")
    code, out, _ = run_cli(capsys, "import-csv", "--db", plan, "--goal", "1", table)
    assert code == cli.EXIT_OK and "Imported 1 figure of Followers" in out
    assert "row 2: the date 1999-12-31 must be between 2000-01-01 and 2100-12-31" in out


TAMPERED = {
    "a deadline in 9999": ("UPDATE goals SET deadline = '9999-12-31' WHERE id = 2", "deadline: 9999-12-31 is outside"),
    "a baseline that is text": ("UPDATE goals SET baseline = 'lots' WHERE id = 2", "baseline: 'lots' is not a number"),
    "a start that is a number": ("UPDATE goals SET start = 42 WHERE id = 2", "start: '42' is not a date"),
    "a title that is bytes": ("UPDATE goals SET title = X'00FF' WHERE id = 2", "title: b'\\x00\\xff' is not text"),
    "a 1M-character title": ("UPDATE goals SET title = printf('%.*c', 1000000, 'x') WHERE id = 2",
                             "title: the title is longer than 200 characters"),
    "an unknown shape": ("UPDATE goals SET shape = 'spiral' WHERE id = 2", "shape: 'spiral' is not one of"),
}


@pytest.mark.parametrize("what", TAMPERED)
def test_one_tampered_goal_is_named_and_the_others_still_work(qapp, capsys, plan, tmp_path, what):
    sql, words = TAMPERED[what]
    tamper(plan, sql)
    before = digest(plan)
    code, out, err = run_cli(capsys, "check", "--db", plan)
    assert code == cli.EXIT_OK
    assert "goal 2" in err and words in err and "left out" in err
    assert [line.split("\t")[0] for line in out.splitlines() if "\t" in line and not line.startswith(" ")] == ["1", "3"]
    code, out, err = run_cli(capsys, "goals", "--db", plan, "--json")
    assert code == cli.EXIT_OK and [g["id"] for g in json.loads(out)] == [1, 3]
    code, out, err = run_cli(capsys, "report", "--db", plan, "--out", tmp_path / "r.pdf")
    assert code == cli.EXIT_FAILED and "Wrote" in out and "goal 2" in err and (tmp_path / "r.pdf").exists()
    code, out, err = run_cli(capsys, "export-json", "--db", plan, tmp_path / "r.json")
    assert code == cli.EXIT_FAILED and "Wrote 2 goals" in out and "does not hold" in err
    assert digest(plan) == before


def test_a_tampered_figure_is_named_and_left_out(capsys, plan):
    tamper(plan, "UPDATE observations SET value = 'many' WHERE id = 3",
           "UPDATE observations SET date = '1066-10-14' WHERE id = 7")
    code, out, err = run_cli(capsys, "goals", "--db", plan, "--json")
    assert code == cli.EXIT_OK and len(json.loads(out)) == 3
    assert "a figure of goal 1 (row 3) cannot be read and is left out: value: 'many' is not a number" in err
    assert "a figure of goal 2 (row 7) cannot be read and is left out: date: 1066-10-14 is outside" in err


# -- 12 and 17: pipes and devices, absurd ids, words for users -------------------------------------

def test_a_pipe_as_the_plan_is_refused_at_once_and_nothing_is_left_locked(tmp_path):
    pipe = tmp_path / "plan.sgplan"
    os.mkfifo(pipe)
    done = planner("goals", "--db", pipe, timeout=HANG_GUARD_S)
    assert done.code == cli.EXIT_BAD_PLAN and "this is a named pipe, not a plan file" in done.err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.sgplan"]


def test_a_device_as_the_plan_is_called_a_device(tmp_path):
    done = planner("goals", "--db", "/dev/zero", timeout=HANG_GUARD_S)
    assert done.code == cli.EXIT_BAD_PLAN and "this is a device, not a plan file" in done.err
    assert "text file" not in done.err


@pytest.mark.parametrize("kind", ["pipe", "device"])
def test_a_pipe_or_device_as_a_table_is_refused_before_the_plan_is_locked(plan, tmp_path, kind):
    source = tmp_path / "figures.csv"
    if kind == "pipe":
        os.mkfifo(source)
    else:
        source = Path("/dev/zero")
    before = digest(plan)
    done = planner("import-csv", "--db", plan, "--goal", "1", source, timeout=HANG_GUARD_S)
    assert done.code == cli.EXIT_FAILED and f"this is a {'named pipe' if kind == 'pipe' else 'device'}" in done.err
    assert "nothing was imported" in done.err
    assert digest(plan) == before and not plan.with_name("shop.sgplan.lock").exists()


def test_a_pipe_as_plan_json_is_refused(capsys, plan, tmp_path):
    pipe = tmp_path / "plan.json"
    os.mkfifo(pipe)
    code, _, err = run_cli(capsys, "import-json", "--db", plan, pipe)
    assert code == cli.EXIT_FAILED and "this is a named pipe, not a plan JSON file" in err


@pytest.mark.parametrize("goal_id", ["99999999999999999999", "0", "-3", "x"])
def test_an_absurd_goal_id_is_refused_in_words(plan, goal_id, tmp_path):
    table = tmp_path / "t.csv"
    table.write_text("date,followers\n2026-03-01,5\n")
    done = planner("import-csv", "--db", plan, "--goal", goal_id, table)
    assert done.code == cli.EXIT_BAD_PLAN and "is not a goal id" in done.err


def test_a_json_file_over_the_size_limit_says_its_exact_size(monkeypatch, tmp_path):
    path = tmp_path / "big.json"
    path.write_bytes(b" " * 1001)
    monkeypatch.setattr(plan_json, "MAX_BYTES", 1000)
    with pytest.raises(plan_json.PlanJsonError) as caught:
        plan_json.read(path)
    assert caught.value.problems == ["the file is 1,001 bytes; a plan JSON file is at most 1,000 bytes (0 MB)"]


def test_a_number_of_5000_digits_is_refused_without_advice_for_programmers(tmp_path):
    path = tmp_path / "digits.json"
    path.write_text('{"format": "social-goal-plan", "version": 1, "goals": [{"baseline": ' + "7" * 5000 + "}]}")
    with pytest.raises(plan_json.PlanJsonError) as caught:
        plan_json.read(path)
    problem = caught.value.problems[0]
    assert "a number with 5,000 digits is far larger than any figure" in problem
    assert "set_int_max_str_digits" not in problem


# -- 16: a closed plan is one file -------------------------------------------------------------------

def test_every_command_leaves_the_plan_one_file(plan, tmp_path):
    doc = tmp_path / "plan.json"
    table = tmp_path / "t.csv"
    table.write_text("date,followers\n2026-03-01,5\n")
    for argv in (["goals", "--db", plan], ["check", "--db", plan], ["export-json", "--db", plan, doc],
                 ["report", "--db", plan, "--out", tmp_path / "r.pdf"], ["backups", "--db", plan],
                 ["import-json", "--db", plan, doc], ["import-csv", "--db", plan, "--goal", "1", table]):
        assert planner(*argv).code == 0, argv
        assert beside(plan) in (["shop.sgplan"], ["shop.sgplan", "shop.sgplan.backups"]), argv


def test_a_reader_while_a_writer_is_open_leaves_nothing_once_both_close(plan):
    writer = plan_file.open_plan(plan)
    Repository(writer.db).set_meta(business_name="Changed")
    reader = plan_file.open_plan(plan, read_only=True)
    assert Repository(reader.db).meta().business_name == "Changed"
    writer.close()  # the writer closes first
    reader.close()
    assert beside(plan) == ["shop.sgplan", "shop.sgplan.backups"]
    assert state(plan)[1] == 15
