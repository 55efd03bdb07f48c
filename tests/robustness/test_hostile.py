"""The hostile corpus (tests/data/hostile) through ``planner import-csv`` and ``planner import-json``.

Every file either gives a clear message naming the file (exit 1 or 2, no traceback, the plan
byte-for-byte unchanged) or imports only its valid rows, naming each rejected one.  The big
files (a 50 MB line, zip bombs, JSON nested 100,000 deep, 10 MB strings) are made in tmp_path.
"""

from __future__ import annotations

import importlib.util
import json
import math
import re
import signal
import sqlite3
import subprocess
import sys
import tracemalloc
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from helpers import digest

from planner import cli
from planner.domain.goals import Goal
from planner.exchange import figures_import, plan_json
from planner.exchange.importers import ImportFileError, open_source
from planner.store import plan_file
from planner.store.repository import Repository

HOSTILE = Path(__file__).resolve().parent.parent / "data" / "hostile"
_spec = importlib.util.spec_from_file_location("make_hostile", HOSTILE / "make_hostile.py")
make_hostile = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_hostile)

TABLES = sorted(p for p in HOSTILE.iterdir() if p.is_file() and p.suffix not in (".json", ".py"))
PLANS = sorted(HOSTILE.glob("*.json"))
FORMULA = re.compile(r"^\s*[=+\-@]")
#: A hang guard, not a speed limit: reading stops with TimeoutError after this long (speed is for bench/).
TIME_LIMIT_S = 120


def test_the_committed_corpus_is_what_the_script_makes():
    made = {**make_hostile.csv_files(), **make_hostile.json_files()}
    assert len(made) >= 30
    assert {p.name for p in TABLES + PLANS} == set(made)
    for name, data in made.items():
        assert (HOSTILE / name).read_bytes() == data, f"{name}: run tests/data/hostile/make_hostile.py"


@pytest.fixture(scope="module")
def followers_plan_master(tmp_path_factory) -> tuple[Path, int]:
    path = tmp_path_factory.mktemp("hostile") / "master.sgplan"
    pf = plan_file.create(path, business_name="Hostile")
    goal = Repository(pf.db).add_goal(Goal("Reach", "awareness", "followers", 10, 1000, date(2000, 1, 1),
                                           date(2030, 1, 1)))
    pf.close()
    return path, goal.id


@pytest.fixture
def followers_plan(followers_plan_master, tmp_path) -> tuple[Path, int]:
    import shutil

    master, goal_id = followers_plan_master
    path = tmp_path / "plan.sgplan"
    shutil.copy(master, path)
    return path, goal_id


def run_cli(capsys, argv: list[str]) -> tuple[int, str, str]:
    code = cli.main(argv)
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert code in (cli.EXIT_OK, cli.EXIT_FAILED, cli.EXIT_BAD_PLAN)
    return code, out, err


def rows(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def check_headless_commands_survive(capsys, plan: Path) -> None:
    """What the app does next with an imported plan (list, check, export) must not crash either."""
    for argv in (["goals", "--db", str(plan), "--json"], ["check", "--db", str(plan)],
                 ["export-json", "--db", str(plan), str(plan.with_suffix(".json"))]):
        code, _, err = run_cli(capsys, argv)
        assert code == cli.EXIT_OK, (argv, err)


def count(pattern: str, out: str) -> int:
    """The number the command printed where *pattern* says ("1 figure", "1,234 figures")."""
    found = re.search(pattern, out)
    assert found, f"{pattern!r} not in {out!r}"
    return int(found.group(1).replace(",", ""))


@pytest.mark.parametrize("path", TABLES, ids=lambda p: p.name)
def test_import_csv_of_a_hostile_table(capsys, followers_plan, path):
    plan, goal_id = followers_plan
    before = digest(plan)
    code, out, err = run_cli(capsys, ["import-csv", "--db", str(plan), "--goal", str(goal_id), str(path)])
    if code != cli.EXIT_OK:
        assert path.name in err, err
        problem = err.split(path.name, 1)[1]
        assert len(problem.strip(" :;\n")) > 15, err  # says what is wrong, not just the name
        assert digest(plan) == before
        return
    stored = rows(plan, "SELECT date, value, note, source FROM observations")
    imported = count(r"Imported ([\d,]+) figures? ", out)
    assert len(stored) == imported > 0
    rejected = count(r"(?m)([\d,]+) rows? left out$", out)
    listed = sum(int(n.replace(",", "")) if n else 1
                 for n in re.findall(r"^  (?:([\d,]+) rows \(.+\)|(?:.* )?row \d+): .+", out, re.M))
    more = re.search(r"… and ([\d,]+) more rows left out", out)
    assert listed + (int(more.group(1).replace(",", "")) if more else 0) == rejected
    for day, value, note, _source in stored:
        assert isinstance(value, float) and math.isfinite(value) and value >= 0
        assert date.fromisoformat(day) <= date.today()
        assert not FORMULA.match(note or "")
    check_headless_commands_survive(capsys, plan)


def test_formulas_are_never_numbers_and_never_written_back(capsys, followers_plan):
    plan, goal_id = followers_plan
    code, out, _ = run_cli(capsys, ["import-csv", "--db", str(plan), "--goal", str(goal_id),
                                    str(HOSTILE / "formulas.csv")])
    assert code == cli.EXIT_OK
    assert rows(plan, "SELECT date, value FROM observations") == [("2020-01-06", 150.0)]
    for row in (2, 3, 4, 5, 6, 8):  # each row named, with its problem
        assert f"  row {row}: " in out
    assert "followers '=cmd|' /C calc'!A0' is not a number" in out
    export = plan.with_suffix(".json")
    run_cli(capsys, ["export-json", "--db", str(plan), str(export)])
    assert not any(FORMULA.match(str(o["value"])) for g in json.loads(export.read_text())["goals"]
                   for o in g["observations"])


@pytest.mark.parametrize("name, count", [("nan_infinity.csv", 1), ("digits_400.csv", 2), ("year_9999.csv", 1),
                                         ("year_0001.csv", 1), ("dates_absurd.csv", 1)])
def test_only_the_valid_rows_of_a_hostile_table_are_imported(capsys, followers_plan, name, count):
    plan, goal_id = followers_plan
    code, out, _ = run_cli(capsys, ["import-csv", "--db", str(plan), "--goal", str(goal_id), str(HOSTILE / name)])
    assert code == cli.EXIT_OK
    assert rows(plan, "SELECT count(*) FROM observations") == [(count,)]


@pytest.mark.parametrize("path", PLANS, ids=lambda p: p.name)
def test_import_json_of_a_hostile_plan(capsys, followers_plan, path):
    plan, _ = followers_plan
    before = digest(plan)
    goals_before = rows(plan, "SELECT count(*) FROM goals")[0][0]
    code, out, err = run_cli(capsys, ["import-json", "--db", str(plan), str(path)])
    if code != cli.EXIT_OK:
        assert code == cli.EXIT_FAILED
        assert f"{path}: nothing was imported:" in err, err
        assert len(err.splitlines()) >= 2 and len(err.splitlines()[1].strip()) > 10, err
        assert digest(plan) == before
        return
    added = count(r"Added ([\d,]+) goals? ", out)
    assert rows(plan, "SELECT count(*) FROM goals")[0][0] == goals_before + added
    check_headless_commands_survive(capsys, plan)


def test_import_json_into_a_new_plan_creates_nothing_when_invalid(capsys, tmp_path):
    plan = tmp_path / "new.sgplan"
    code, _, err = run_cli(capsys, ["import-json", "--db", str(plan), str(HOSTILE / "truncated.json")])
    assert code == cli.EXIT_FAILED and not plan.exists()


# -- big files, made at test time --------------------------------------------------------------------

@contextmanager
def time_limit(seconds: float):
    def expired(signum, frame):
        raise TimeoutError(f"took more than {seconds} s")

    old = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def read_bounded(path: Path) -> tuple[object, int]:
    """open_source + figures_import.read under a hang guard; (result or error, peak bytes)."""
    tracemalloc.start()
    try:
        with time_limit(TIME_LIMIT_S):
            try:
                source = open_source(path)
                result: object = figures_import.read(source, "followers", platform=None, existing=set(),
                                                     today=date(2026, 1, 1))
            except ImportFileError as exc:
                result = exc
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("path", TABLES, ids=lambda p: p.name)
def test_every_hostile_table_reads_quickly_and_names_its_problem(path):
    result, peak = read_bounded(path)
    assert peak < 300 * 2**20
    if isinstance(result, ImportFileError):
        assert str(result).startswith(f"{path.name}: ")
    else:
        assert all(str(r).startswith(("row ", "Sheet")) for r in result.rejected)


@pytest.mark.parametrize("maker", ["make_big_single_line", "make_big_single_line_commas", "make_big_line_mid_file",
                                   "make_zip_bomb", "make_zip_bomb_lying"])
def test_big_hostile_tables_are_refused_in_bounded_time_and_memory(tmp_path, maker):
    suffix = ".xlsx" if "zip" in maker else ".csv"
    path = getattr(make_hostile, maker)(tmp_path / f"big{suffix}")
    result, peak = read_bounded(path)
    assert isinstance(result, ImportFileError) and str(result).startswith(f"big{suffix}: ")
    assert peak < 300 * 2**20, f"{peak / 2**20:.0f} MB"


@pytest.mark.parametrize("maker, problem", [
    ("deep_list", "is not valid JSON: maximum recursion depth exceeded"),
    ("deep_object", "is not valid JSON: maximum recursion depth exceeded"),
    ("big_string", "'title' is longer than 200 characters"),
])
def test_big_hostile_plans_are_refused_with_a_message(tmp_path, maker, problem):
    path = tmp_path / "plan.json"
    if maker == "big_string":
        make_hostile.make_big_string_json(path)
    else:
        make_hostile.make_deep_json(path, kind="list" if maker == "deep_list" else "object")
    tracemalloc.start()
    try:
        with time_limit(TIME_LIMIT_S), pytest.raises(plan_json.PlanJsonError) as caught:
            plan_json.read(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert any(problem in p for p in caught.value.problems), caught.value.problems
    assert peak < 300 * 2**20


def test_the_command_on_a_50_mb_line_and_a_zip_bomb_in_a_child_process(tmp_path, followers_plan):
    plan, goal_id = followers_plan
    before = digest(plan)
    for path in (make_hostile.make_big_single_line(tmp_path / "line.csv"),
                 make_hostile.make_zip_bomb_lying(tmp_path / "bomb.xlsx")):
        done = subprocess.run([sys.executable, "-m", "planner", "import-csv", "--db", str(plan), "--goal",
                               str(goal_id), str(path)], capture_output=True, text=True, timeout=60)
        assert done.returncode == cli.EXIT_FAILED, done.stderr
        assert "Traceback" not in done.stderr and f"{path.name}: " in done.stderr
        assert "nothing was imported" in done.stderr
    assert digest(plan) == before
