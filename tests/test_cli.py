"""The planner command, run as a user runs it: in a child process."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from planner import __version__


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "planner", *args], capture_output=True, text=True,
                          cwd=cwd, env=env, timeout=120)


def test_version():
    out = run("--version")
    assert out.returncode == 0 and __version__ in out.stdout and "Social Goal Planner" in out.stdout


def test_console_script_is_installed():
    script = Path(sys.executable).with_name("planner")
    out = subprocess.run([str(script), "--version"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and __version__ in out.stdout


def test_demo_then_goals(tmp_path):
    plan = tmp_path / "demo.sgplan"
    out = run("demo", str(plan))
    assert out.returncode == 0, out.stderr
    listing = run("goals", "--db", str(plan))
    assert listing.returncode == 0
    lines = listing.stdout.strip().splitlines()
    assert len(lines) == 6
    assert "Grow Instagram followers to 2,400" in lines[0] and "instagram" in lines[0]
    data = json.loads(run("goals", "--db", str(plan), "--json").stdout)
    assert [g["objective"] for g in data] == ["awareness", "traffic", "awareness", "engagement", "service",
                                              "leads"]
    for g in data:
        assert set(g) >= {"id", "title", "objective", "kpi", "baseline", "target", "start", "deadline",
                          "platforms", "latest_value"}
        assert g["latest_value"] is not None


def test_demo_refuses_to_overwrite(tmp_path):
    plan = tmp_path / "mine.sgplan"
    plan.write_bytes(b"precious")
    out = run("demo", str(plan))
    assert out.returncode == 1 and "already exists" in out.stderr
    assert plan.read_bytes() == b"precious"


def test_export_then_import_json_creates_then_adds(tmp_path, sample_plan):
    out_json = tmp_path / "plan.json"
    assert run("export-json", "--db", str(sample_plan), str(out_json)).returncode == 0
    new = tmp_path / "new.sgplan"
    first = run("import-json", "--db", str(new), str(out_json))
    assert first.returncode == 0 and "Added 6 goals" in first.stdout
    second = run("import-json", "--db", str(new), str(out_json))
    assert second.returncode == 0
    assert len(json.loads(run("goals", "--db", str(new), "--json").stdout)) == 12


def test_import_json_with_a_bad_goal_writes_nothing(tmp_path, sample_plan):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "social-goal-plan", "version": 1, "goals": [
        {"title": "Ok", "objective": "awareness", "kpi": "followers", "baseline": 1, "target": 2,
         "start": "2026-01-01", "deadline": "2026-02-01"},
        {"title": "Broken", "objective": "awareness", "kpi": "followers", "baseline": 1, "target": 2,
         "start": "2026-01-01", "deadline": "someday"}]}), encoding="utf-8")
    before = hashlib.sha256(sample_plan.read_bytes()).hexdigest()
    out = run("import-json", "--db", str(sample_plan), str(bad))
    assert out.returncode == 1
    assert "goal 2 ('Broken')" in out.stderr and "'deadline'" in out.stderr
    assert hashlib.sha256(sample_plan.read_bytes()).hexdigest() == before
    missing = tmp_path / "never.sgplan"
    assert run("import-json", "--db", str(missing), str(bad)).returncode == 1
    assert not missing.exists()


@pytest.mark.parametrize("command", [["goals"], ["export-json", "out.json"]])
def test_bad_plan_file_exits_2_naming_it(tmp_path, command):
    junk = tmp_path / "junk.sgplan"
    junk.write_text("hello")
    out = run(command[0], "--db", str(junk), *[str(tmp_path / c) for c in command[1:]])
    assert out.returncode == 2
    assert str(junk) in out.stderr and "not a Social Goal Planner plan" in out.stderr
