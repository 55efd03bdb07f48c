"""Outputs never land on the plan, and no link planted beside it is ever written through (issue 16: 1, 3, 4, 17).

Each test reproduces an attack of the adversarial run: before the fix the plan (or a file the link
pointed to) was replaced, truncated or deleted.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys

import pytest
from helpers import run_cli
from robust import beside, child_env, digest, make_plan, planner, state

from planner import cli
from planner.store import backups, plan_file


@pytest.fixture
def plan(tmp_path):
    return make_plan(tmp_path / "shop.sgplan")


def targets(plan):
    """Every way an output can end up on the plan or one of its own files."""
    (plan.parent / "link.json").symlink_to(plan)
    os.link(plan, plan.parent / "hard.json")
    (plan.parent / "shop.sgplan.backups").mkdir(mode=0o700)
    return {"the plan": plan, "a link to it": plan.parent / "link.json", "a hard link to it": plan.parent / "hard.json",
            "its log": plan.with_name("shop.sgplan-wal"), "its lock": plan.with_name("shop.sgplan.lock"),
            "a file in its backups": plan.parent / "shop.sgplan.backups" / "x.json"}


def test_export_json_onto_the_plan_or_its_own_files_is_refused(capsys, plan):
    before, content = digest(plan), state(plan)
    for what, target in targets(plan).items():
        code, _, err = run_cli(capsys, "export-json", "--db", plan, target)
        assert code == cli.EXIT_FAILED, what
        assert "the plan itself or one of its own files" in err and "nothing was written" in err, what
        assert digest(plan) == before and state(plan) == content, what
    assert not plan.with_name("shop.sgplan-wal").exists() and not plan.with_name("shop.sgplan.lock").exists()


@pytest.mark.parametrize("what", ["the plan", "a link to it", "a hard link to it"])
def test_report_onto_the_plan_is_refused(qapp, capsys, plan, what):
    target = targets(plan)[what]
    before = digest(plan)
    code, _, err = run_cli(capsys, "report", "--db", plan, "--out", target)
    assert code == cli.EXIT_FAILED and "the plan itself" in err and "nothing was written" in err
    assert digest(plan) == before


def test_an_empty_name_or_a_folder_as_output_is_refused_in_words(capsys, plan, tmp_path):
    code, _, err = run_cli(capsys, "export-json", "--db", plan, "")
    assert code == cli.EXIT_FAILED and "no file name was given" in err
    assert "Device or resource busy" not in err
    code, _, err = run_cli(capsys, "export-json", "--db", plan, tmp_path)
    assert code == cli.EXIT_FAILED and "this is a folder" in err


def test_a_pipe_as_output_is_refused_not_replaced(capsys, plan, tmp_path):
    # a named pipe of our own stands for any special file: a real device (/dev/null) must never be put at
    # risk by a test, since code that gets this wrong replaces it (as root, it would)
    pipe = tmp_path / "pipe.json"
    os.mkfifo(pipe)
    code, _, err = run_cli(capsys, "export-json", "--db", plan, pipe)
    assert code == cli.EXIT_FAILED and "this is a named pipe" in err
    assert stat.S_ISFIFO(os.stat(pipe).st_mode)


def test_a_link_planted_at_the_old_temporary_name_is_not_followed(capsys, plan, tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    (tmp_path / ".out.json.tmp").symlink_to(victim)
    code, out, _ = run_cli(capsys, "export-json", "--db", plan, tmp_path / "out.json")
    assert code == cli.EXIT_OK and "Wrote 3 goals" in out
    assert victim.read_text() == "precious"
    assert (tmp_path / ".out.json.tmp").is_symlink()  # not ours: left alone
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".sgptmp")]


@pytest.mark.parametrize("kind", ["symlink", "hard link"])
def test_a_link_planted_as_the_lock_is_never_written_through(capsys, plan, tmp_path, kind):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious data")
    lock = plan.with_name(plan.name + ".lock")
    if kind == "symlink":
        lock.symlink_to(victim)
    else:
        os.link(victim, lock)
    doc = tmp_path / "more.json"
    run_cli(capsys, "export-json", "--db", plan, doc)
    before = digest(plan)
    code, _, err = run_cli(capsys, "import-json", "--db", plan, doc)
    assert code == cli.EXIT_BAD_PLAN and "lock file" in err and str(lock) in err
    assert victim.read_text() == "precious data"
    assert digest(plan) == before


def test_a_backups_folder_that_is_a_link_is_never_used(capsys, plan, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    names = [f"shop.2020010{i}-000000-000000.open.sgplan" for i in range(1, 8)]  # named like backups
    for name in names:
        (elsewhere / name).write_text("someone else's file")
    (tmp_path / "shop.sgplan.backups").symlink_to(elsewhere)
    doc = tmp_path / "more.json"
    run_cli(capsys, "export-json", "--db", plan, doc)
    for _ in range(3):  # each import changes the plan: each open would take and rotate a backup
        code, _, err = run_cli(capsys, "import-json", "--db", plan, doc)
        assert code == cli.EXIT_OK
        assert "no backup of the plan was kept" in err and "is a link" in err
    assert sorted(p.name for p in elsewhere.iterdir()) == names
    assert all(p.read_text() == "someone else's file" for p in elsewhere.iterdir())
    assert backups.listing(plan) == []  # a listing from a link would offer another plan's backups


def test_a_link_and_a_hard_link_to_an_open_plan_open_read_only(plan, tmp_path):
    soft = tmp_path / "soft.sgplan"
    soft.symlink_to(plan)
    hard = tmp_path / "hard.sgplan"
    os.link(plan, hard)
    first = plan_file.open_plan(plan)
    try:
        for other in (soft, hard):
            second = plan_file.open_plan(other)
            assert second.read_only and "open in another window" in second.read_only_reason
            second.close()
    finally:
        first.close()
    through_link = plan_file.open_plan(soft)  # free again; its backups go beside the real file
    assert not through_link.read_only
    through_link.close()
    assert not (tmp_path / "soft.sgplan.backups").exists()
    assert (tmp_path / "shop.sgplan.backups").is_dir()


def test_a_hard_link_open_in_another_process_is_locked(plan, tmp_path):
    hard = tmp_path / "hard.sgplan"
    os.link(plan, hard)
    code = ("import sys, time; from pathlib import Path; from planner.store import plan_file; "
            "pf = plan_file.open_plan(Path(sys.argv[1])); print('open', flush=True); time.sleep(60)")
    child = subprocess.Popen([sys.executable, "-c", code, str(hard)], stdout=subprocess.PIPE, text=True,
                             env=child_env())
    try:
        assert child.stdout.readline().strip() == "open"
        held = plan_file.open_plan(plan)
        assert held.read_only and str(child.pid) in held.read_only_reason
        held.close()
    finally:
        child.kill()
        child.wait()
        child.stdout.close()


@pytest.mark.parametrize("mask, mode", [(0o022, 0o644), (0o027, 0o640), (0o077, 0o600)])
def test_outputs_get_the_users_permissions(plan, tmp_path, mask, mode):
    def umask():
        os.umask(mask)

    pdf, doc = tmp_path / "out.pdf", tmp_path / "out.json"
    assert planner("report", "--db", plan, "--out", pdf, preexec=umask).code == 0
    assert planner("export-json", "--db", plan, doc, preexec=umask).code == 0
    assert stat.S_IMODE(pdf.stat().st_mode) == mode
    assert stat.S_IMODE(doc.stat().st_mode) == mode


def test_a_mistyped_command_is_unknown_and_opens_no_window(plan):
    try:
        done = planner("backupz", "--db", plan, timeout=60)
    except subprocess.TimeoutExpired:
        pytest.fail("the window opened instead of saying the command is unknown")
    assert done.code == cli.EXIT_BAD_PLAN and "unknown command 'backupz'" in done.err
    assert beside(plan) == ["shop.sgplan"]
