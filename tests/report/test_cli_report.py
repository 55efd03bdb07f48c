"""``planner report``: what it writes, what it prints and its exit codes."""

from __future__ import annotations

from pathlib import Path

import pypdf
from helpers import digest

from planner.report.cli_report import main
from planner.store import plan_file


def test_writes_the_report(qapp, sample_plan: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "summary.pdf"
    assert main(["report", "--db", str(sample_plan), "--goal", "3", "--goal", "1", "--out", str(out),
                 "--lang", "fa", "--page-size", "Letter"]) == 0
    pages = len(pypdf.PdfReader(out).pages)
    assert capsys.readouterr().out.strip() == f"Wrote {pages} pages to {out}"
    assert round(pypdf.PdfReader(out).pages[0].mediabox.width) == 612


def test_a_bad_plan_file_is_left_alone(qapp, tmp_path: Path, capsys) -> None:
    bad = tmp_path / "notes.sgplan"
    bad.write_text("not a plan\n")
    before = digest(bad)
    out = tmp_path / "out.pdf"
    assert main(["report", "--db", str(bad), "--out", str(out)]) == 2
    assert str(bad) in capsys.readouterr().err
    assert digest(bad) == before
    assert not out.exists()


def test_an_unknown_goal_is_refused(qapp, sample_plan: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "out.pdf"
    assert main(["report", "--db", str(sample_plan), "--goal", "12", "--out", str(out)]) == 2
    assert "There is no goal 12 in this plan" in capsys.readouterr().err
    assert not out.exists()


def test_a_plan_without_goals_writes_nothing(qapp, tmp_path: Path, capsys) -> None:
    plan = tmp_path / "empty.sgplan"
    plan_file.create(plan, business_name="Empty").close()
    out = tmp_path / "out.pdf"
    assert main(["report", "--db", str(plan), "--out", str(out)]) == 1
    assert "The plan has no goals to report" in capsys.readouterr().err
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(("out.pdf", ".out.pdf"))]


def test_an_unwritable_place_fails_cleanly(qapp, sample_plan: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "missing-folder" / "out.pdf"
    assert main(["report", "--db", str(sample_plan), "--out", str(out)]) == 1
    assert "nothing was written" in capsys.readouterr().err
