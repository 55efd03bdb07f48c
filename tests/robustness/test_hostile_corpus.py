"""The one-defect corpus (tests/data/hostile/corpus): each file, its command, its exit code and its words.

Each file differs from a valid input by one defect, so a check that goes missing shows as a file that
imports, or as a message that no longer names its problem; ``make_corpus.CASES`` holds the expectations.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from helpers import digest

from planner import cli
from planner.domain.goals import Goal
from planner.store import plan_file
from planner.store.repository import Repository

HOSTILE = Path(__file__).resolve().parent.parent / "data" / "hostile"
_spec = importlib.util.spec_from_file_location("make_corpus", HOSTILE / "make_corpus.py")
make_corpus = importlib.util.module_from_spec(_spec)
sys.modules["make_corpus"] = make_corpus  # its dataclass looks itself up there
_spec.loader.exec_module(make_corpus)
CORPUS = make_corpus.CORPUS


def test_the_committed_corpus_is_what_the_script_makes():
    made = make_corpus.files()
    assert sorted(p.name for p in CORPUS.iterdir()) == sorted(made)
    for name, data in made.items():
        assert make_corpus.same_file((CORPUS / name).read_bytes(), data), \
            f"{name}: run tests/data/hostile/make_corpus.py"


def test_every_case_has_one_defect_and_says_what_it_expects():
    for case in make_corpus.CASES:
        assert case.defect and case.words, case.name
        assert case.name in case.words[0] or case.exit == cli.EXIT_OK, f"{case.name}: the message must name the file"
        assert (case.stored is not None) == (case.exit == cli.EXIT_OK), case.name


@pytest.fixture(scope="module")
def followers_plan_master(tmp_path_factory) -> tuple[Path, int]:
    path = tmp_path_factory.mktemp("corpus") / "master.sgplan"
    pf = plan_file.create(path, business_name="Corpus")
    goal = Repository(pf.db).add_goal(Goal("Reach", "awareness", "followers", 10, 1000, date(2020, 1, 1),
                                           date(2030, 1, 1)))
    pf.close()
    return path, goal.id


def figures(plan: Path) -> list[tuple[str, float]]:
    conn = sqlite3.connect(f"file:{plan}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT date, value FROM observations ORDER BY date").fetchall()
    finally:
        conn.close()


@pytest.mark.parametrize("case", make_corpus.CASES, ids=lambda c: c.name)
def test_the_command_gives_the_expected_exit_code_and_words(case, followers_plan_master, tmp_path, capsys):
    master, goal_id = followers_plan_master
    plan = tmp_path / "plan.sgplan"
    shutil.copy(master, plan)
    source = tmp_path / case.name  # a copy: the command must not need (or change) the corpus file
    shutil.copy(CORPUS / case.name, source)
    argv = {"import-csv": ["import-csv", "--db", str(plan), "--goal", str(goal_id), str(source)],
            "import-json": ["import-json", "--db", str(plan), str(source)],
            "goals": ["goals", "--db", str(source)]}[case.command]
    before = digest(plan)
    code = cli.main(argv)
    out, err = capsys.readouterr()
    said = err if case.exit != cli.EXIT_OK else out
    assert "Traceback" not in out + err
    assert code == case.exit, f"{case.name} ({case.defect}): exit {code}\n{out}{err}"
    for words in case.words:
        assert words in said, f"{case.name} ({case.defect}): {words!r} not in:\n{said}"
    assert (CORPUS / case.name).read_bytes() == source.read_bytes()
    if case.exit == cli.EXIT_OK:
        assert len(figures(plan)) == case.stored
        assert all(value >= 0 for _, value in figures(plan))
    else:
        assert digest(plan) == before, f"{case.name}: refused, yet the plan changed"
