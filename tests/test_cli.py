"""The planner command, run as a user runs it: in a child process."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import TODAY

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
    assert "Grow Instagram followers to 1,900" in lines[0] and "instagram" in lines[0]
    data = json.loads(run("goals", "--db", str(plan), "--json").stdout)
    assert [g["objective"] for g in data] == ["awareness", "traffic", "awareness", "engagement", "service",
                                              "leads"]
    for g in data:
        assert set(g) >= {"id", "title", "objective", "kpi", "baseline", "target", "start", "deadline",
                          "platforms", "latest_value", "verdict", "sentence", "buffer_days", "forecast_at_deadline",
                          "needed_per_week"}
        assert g["latest_value"] is not None and "status" not in g


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


DATA = Path(__file__).parent / "data" / "imports"


def test_import_csv_reads_persian_digits_into_the_goal(tmp_path, sample_plan):
    out = run("import-csv", "--db", str(sample_plan), "--goal", "1", str(DATA / "generic_persian_digits.csv"))
    assert out.returncode == 0, out.stderr
    assert "Recognised: Table of your own" in out.stdout and "Imported 3 figures of Followers" in out.stdout
    run("export-json", "--db", str(sample_plan), str(tmp_path / "o.json"))
    figures = json.loads((tmp_path / "o.json").read_text(encoding="utf-8"))["goals"][0]["observations"]
    got = {f["date"]: f["value"] for f in figures if f["date"].startswith("2025-03")}
    assert got == {"2025-03-21": 1234, "2025-03-22": 1240, "2025-03-23": 1245.5}


def test_import_csv_into_a_goal(tmp_path):
    plan = tmp_path / "x.sgplan"
    doc = {"format": "social-goal-plan", "version": 1, "goals": [
        {"title": "X engagement", "objective": "engagement", "kpi": "engagement_rate_impressions", "platforms": ["x"],
         "baseline": 1, "target": 5, "start": "2025-03-01", "deadline": "2025-12-31"}]}
    (tmp_path / "g.json").write_text(json.dumps(doc), encoding="utf-8")
    assert run("import-json", "--db", str(plan), str(tmp_path / "g.json")).returncode == 0
    out = run("import-csv", "--db", str(plan), "--goal", "1", str(DATA / "x_account_overview.csv"))
    assert out.returncode == 0, out.stderr
    assert "Recognised: X/Twitter account overview" in out.stdout
    assert "  row 5: date 'Mon, Mar 18, 2025'" in out.stdout and "Imported 3 figures" in out.stdout
    again = run("import-csv", "--db", str(plan), "--goal", "1", str(DATA / "x_account_overview.csv"))
    assert "Imported 0 figures" in again.stdout and "3 already there and kept (--replace replaces them)" in again.stdout
    exported = tmp_path / "out.json"
    run("export-json", "--db", str(plan), str(exported))
    figures = json.loads(exported.read_text(encoding="utf-8"))["goals"][0]["observations"]
    # 100 x Engagements / Impressions: 20 / 1,000, 40 / 1,600, 96 / 2,400
    assert [(f["date"], f["value"], f["platform"]) for f in figures] == [
        ("2025-03-19", 2.0, "x"), ("2025-03-20", 2.5, "x"), ("2025-03-21", 4.0, "x")]


@pytest.mark.parametrize("name", ["bad/empty.csv", "bad/binary_garbage.csv", "bad/zip_bomb.xlsx",
                                  "bad/wide_1000_columns.csv", "bad/undecodable.csv"])
def test_import_csv_of_an_unreadable_file_exits_1_and_writes_nothing(sample_plan, name):
    before = hashlib.sha256(sample_plan.read_bytes()).hexdigest()
    out = run("import-csv", "--db", str(sample_plan), "--goal", "1", str(DATA / name))
    assert out.returncode == 1
    assert Path(name).name in out.stderr and "nothing was imported" in out.stderr
    assert hashlib.sha256(sample_plan.read_bytes()).hexdigest() == before


def test_import_csv_unknown_goal_exits_2(sample_plan):
    out = run("import-csv", "--db", str(sample_plan), "--goal", "99", str(DATA / "x_account_overview.csv"))
    assert out.returncode == 2 and "no goal 99" in out.stderr


def test_a_bare_plan_path_means_open_it(monkeypatch, sample_plan):
    """What a file manager runs on a double-click: planner FILE.sgplan."""
    import planner.app
    from planner import cli

    opened = []
    monkeypatch.setattr(planner.app, "run_app", lambda db: opened.append(db) or 0)
    assert cli.main([str(sample_plan)]) == 0
    assert opened == [sample_plan]


def test_check_flags_the_unrealistic_sample_goal_only(sample_plan):
    out = run("check", "--db", str(sample_plan), "--json", "--today", TODAY.isoformat())
    assert out.returncode == 0, out.stderr
    goals = {g["title"]: g for g in json.loads(out.stdout)}
    tiktok = goals["TikTok: 50,000 followers in four months"]
    assert tiktok["worst"] == "error"
    own = next(f for f in tiktok["findings"] if f["code"] == "own_pace")
    assert own["severity"] == "error" and "a week" in own["message"] and own["numbers"]
    for title in ("Grow Instagram followers to 1,900", "Facebook: 5% of people reached engage",
                  "Answer messages within 4 hours", "40 catering leads a month from Facebook"):
        assert goals[title]["findings"] == [], title
    assert tiktok["verdict"] == "unrealistic" and tiktok["errors"] == ["own_pace"]
    assert tiktok["suggested_target"]["value"] == 740  # the sample's trend reaches 744 on the deadline
    assert {g["verdict"] for g in goals.values()} == {"on_course", "off_course", "unrealistic", "ahead", "achieved"}
    text = run("check", "--db", str(sample_plan), "--today", TODAY.isoformat())
    assert text.returncode == 0 and "[error] own_pace" in text.stdout
    assert "\tUnrealistic: 50,000 by 21 January 2027 is out of reach: see the findings; " in text.stdout
    assert "\t3 findings\n" in text.stdout and "\t0 findings\n" in text.stdout


def test_today_must_be_a_date(sample_plan):
    out = run("check", "--db", str(sample_plan), "--today", "22/11/2026")
    assert out.returncode == 2 and "'22/11/2026' is not a date like 2026-11-22" in out.stderr


def test_check_names_the_goal_that_does_not_multiply_out(tmp_path):
    plan = tmp_path / "funnel.json"
    goal = {"objective": "traffic", "platforms": ["facebook"], "start": "2026-01-01", "deadline": "2026-06-30"}
    plan.write_text(json.dumps({"format": "social-goal-plan", "version": 2, "goals": [
        {**goal, "title": "Impressions", "kpi": "impressions", "baseline": 5000, "target": 10000},
        {**goal, "title": "Organic CTR", "kpi": "ctr", "baseline": 0.5, "target": 1},
        {**goal, "title": "Clicks", "kpi": "link_clicks", "baseline": 50, "target": 500},
    ]}), encoding="utf-8")
    db = tmp_path / "funnel.sgplan"
    assert run("import-json", "--db", str(db), str(plan)).returncode == 0
    rows = {r["title"]: r for r in json.loads(run("check", "--db", str(db), "--json").stdout)}
    funnel = [f for f in rows["Clicks"]["findings"] if f["code"] == "funnel"]
    assert funnel and "“Impressions”" in funnel[0]["message"] and "“Organic CTR”" in funnel[0]["message"]
    assert not [f for f in rows["Impressions"]["findings"] if f["code"] == "funnel"]
    assert "funnel" in run("check", "--db", str(db)).stdout


def test_check_bad_plan_exits_2(tmp_path):
    junk = tmp_path / "junk.sgplan"
    junk.write_text("not a plan")
    out = run("check", "--db", str(junk))
    assert out.returncode == 2 and str(junk) in out.stderr


def test_demo_in_persian(tmp_path):
    plan = tmp_path / "fa.sgplan"
    assert run("demo", str(plan), "--lang", "fa").returncode == 0
    goals = json.loads(run("goals", "--db", str(plan), "--json").stdout)
    assert goals[0]["title"] == "رساندن دنبال‌کننده‌های اینستاگرام به ۱٬۹۰۰"
    out = run("report", "--db", str(plan), "--out", str(tmp_path / "fa.pdf"))
    assert out.returncode == 0 and (tmp_path / "fa.pdf").read_bytes()[:5] == b"%PDF-"
