"""One verdict per goal, the same everywhere: the goal list, the header, the chart's side panel, the overview
cards, the PDF and ``planner check --json`` say the same verdict with the same sentence and numbers.

Two plans: the sample plan, and a generated plan of mixed goals (every kind of KPI, every verdict).  The
command line is the reference: its JSON holds the raw numbers, which the test writes in plain English
itself (units' rules, checked in tests/domain/test_units.py) and looks for in every view.
"""

from __future__ import annotations

import contextlib
import io
import json
import math
import random
import shutil
import unicodedata
from datetime import date, timedelta
from pathlib import Path

import pypdf
import pytest
from helpers import TODAY
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel

from planner import cli
from planner.domain import catalog, trajectory, units
from planner.domain.goals import Goal, GoalPlatform, Observation, Shape
from planner.domain.units import english_date
from planner.domain.verdict import Verdict
from planner.report import ReportData, ReportOptions, write_report
from planner.store import plan_file
from planner.store.repository import Repository
from planner.ui.goal_list import VerdictRole

PATTERNS = ("none", "one", "two", "on_line", "behind", "ahead", "flat", "reached", "over")


def mixed_goals(seed: int = 13) -> list[tuple[Goal, list[Observation]]]:
    """Goals on every KPI of the catalog, each with a pattern of figures, dated around TODAY."""
    rnd = random.Random(seed)
    out = []
    for i, kpi in enumerate(catalog.KPIS):
        pattern = PATTERNS[i % len(PATTERNS)]
        bounded = math.isfinite(kpi.ceiling)  # a percentage (to 100) or a star rating (to 5)
        top = kpi.ceiling if bounded else 50_000.0
        low = round(rnd.uniform(1, max(1.0, top / 4)), 1)
        high = round(low * rnd.uniform(1.2, 3.5), 1) if not bounded else min(0.99 * top, low * 2)
        baseline, target = (low, high) if kpi.direction is catalog.Direction.UP else (high, low)
        days = rnd.choice((21, 120, 300, 700))
        start = TODAY - timedelta(days=days // 2 if pattern != "over" else days + 10)
        objective = next(o.id for o in catalog.OBJECTIVES if kpi.id in o.kpis) if any(
            kpi.id in o.kpis for o in catalog.OBJECTIVES) else "awareness"
        goal = Goal(f"{i + 1}. {kpi.id} ({pattern})", objective, kpi.id, baseline, target, start,
                    start + timedelta(days=days), platforms=(GoalPlatform(rnd.choice(("facebook", "instagram"))),),
                    shape=Shape.GROWTH if kpi.kind is catalog.KpiKind.TOTAL and i % 2 else Shape.LINEAR,
                    hours_per_week=4, currency="USD")
        last = min(TODAY, goal.deadline)
        when = [last - timedelta(days=7 * k) for k in range(4, -1, -1) if last - timedelta(days=7 * k) > start]

        def value(day: date, shift: float, speed: float = 1.0) -> float:
            line = trajectory.expected(goal, start + (day - start) * speed)
            return round(min(top, max(0.0, line + shift * (target - baseline))), 2)

        shapes = {"none": [], "one": when[-1:], "two": when[-2:]}
        figures = [Observation(0, d, value(d, 0)) for d in shapes[pattern]] if pattern in shapes else [
            Observation(0, d, {"on_line": value(d, 0), "behind": value(d, -0.25), "ahead": value(d, 0.1, 1.3),
                               "flat": baseline, "reached": value(d, 1.05), "over": value(d, -0.2)}[pattern])
            for d in when]
        out.append((goal, figures))
    return out


def write_plan(path: Path, goals) -> Path:
    pf = plan_file.create(path, business_name="Mixed", currency="USD")
    try:
        repo = Repository(pf.db)
        for goal, figures in goals:
            repo.add_goal(goal, figures)
    finally:
        pf.close()
    return path


@pytest.fixture(scope="module")
def mixed_plan_master(tmp_path_factory) -> Path:
    return write_plan(tmp_path_factory.mktemp("mixed") / "mixed.sgplan", mixed_goals())


def check_json(plan: Path) -> dict[int, dict]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert cli.main(["check", "--db", str(plan), "--json", "--today", TODAY.isoformat()]) == 0
    return {g["id"]: g for g in json.loads(out.getvalue())}


def flat(text: str) -> str:
    """Text as comparable letters: presentation forms folded (NFKC), whitespace removed."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def pace_expectations(goal: Goal, j: dict) -> list[str]:
    """The side panel's and the PDF's pace lines that carry the JSON's numbers, written by hand here."""
    kpi, lines = goal.kpi_def, []
    if j["forecast_at_deadline"] is not None:
        written = units.format_value(kpi, j["forecast_at_deadline"], goal.currency)
        lines.append(f"Forecast for the deadline ({english_date(goal.deadline)}): {written}.")
    if j["needed_per_week"] is not None:
        period = units.pace_period(kpi, goal.days)
        pace = units.write(units.pace(kpi, j["needed_per_week"] / 7, period, goal.currency))
        lines.append(f"Needed from today: {pace}.")
    if j["buffer_days"] and not j["buffer_to_deadline"]:
        n = j["buffer_days"]
        lines.append(f"Buffer: {n} day{'s' if n != 1 else ''} before the latest figure falls out of the band, "
                     "if nothing improves.")
    return lines


@pytest.mark.parametrize("which", ["sample", "mixed"])
def test_every_view_says_the_same_verdict_sentence_and_numbers(which, window, sample_plan_master,
                                                             mixed_plan_master, tmp_path):
    plan = tmp_path / "plan.sgplan"
    shutil.copy(sample_plan_master if which == "sample" else mixed_plan_master, plan)
    reference = check_json(plan)
    if which == "mixed":
        assert {j["verdict"] for j in reference.values()} == set(Verdict)  # the plan covers every verdict
    pdf = tmp_path / "plan.pdf"
    pf = plan_file.open_plan(plan, read_only=True)
    try:
        data = ReportData.from_repository(Repository(pf.db))
    finally:
        pf.close()
    write_report(data, pdf, ReportOptions(today=TODAY, language="en"))
    reader = pypdf.PdfReader(pdf)
    pages = [flat(page.extract_text()) for page in reader.pages]
    sections = "".join(pages[1:])

    assert window.open_path(plan)
    window.document.set_today(TODAY)
    model, goals = window.goal_list.model, window.document.goals()
    # the PDF's cover counts each verdict as often as the command line does
    for verdict in Verdict:
        n = sum(j["verdict"] == verdict.value for j in reference.values())
        assert (flat(f"{verdict.label}{n}") in pages[0]) == (n > 0), verdict
    for k, goal in enumerate(goals):
        j = reference[goal.id]
        label, sentence = j["verdict_label"], j["sentence"]
        index = model.index(model.row_of(goal.id), 0)
        assert index.data(VerdictRole) == j["verdict"]
        tip = QTextDocument()  # the tooltip, as the owner reads it (shown as rich text, so that a title is text)
        tip.setHtml(index.data(3))
        assert f"\n{label}: {sentence}\n" in tip.toPlainText().replace("\xa0", " ") + "\n", goal.title
        card = next(c for c in window.overview.cards if c.goal_id == goal.id)
        assert card.findChild(QLabel, "cardVerdict").text() == label
        assert card.findChild(QLabel, "cardSentence").text() == sentence
        assert window.goal_list.select_goal(goal.id)
        assert window.detail.verdict.text() == f"●  {label} · {sentence}"
        side = window.detail.chart.status.text().split("\n")
        expected = pace_expectations(goal, j)
        assert [line for line in expected if line not in side] == [], goal.title
        start = sections.rindex(flat(goal.title))
        end = sections.rindex(flat(goals[k + 1].title)) if k + 1 < len(goals) else len(sections)
        section = sections[start:end]
        assert flat(f"{label}{sentence}") in section, goal.title
        assert [line for line in expected if flat(line) not in section] == [], goal.title
