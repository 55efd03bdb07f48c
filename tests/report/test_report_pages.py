"""How the report fills its pages for 2, 10 and 100 goals: sections flow, no page is (nearly) empty."""

from __future__ import annotations

import math
from datetime import timedelta
from pathlib import Path

import pypdf
import pytest
from helpers import TODAY

from planner.domain.goals import Goal, GoalPlatform, Observation
from planner.report import ReportData, ReportOptions, render_pages, write_report
from planner.report.layout import TextBlock, paginate
from planner.store.repository import PlanMeta


def plan(goals: int) -> ReportData:
    """*goals* follower goals, each with a year of weekly figures, and nothing archived."""
    start = TODAY - timedelta(days=364)
    items, figures = [], {}
    for i in range(1, goals + 1):
        base = 500.0 + 10 * i
        items.append(Goal(title=f"Goal {i}: grow Instagram followers", objective="awareness", kpi="followers",
                          baseline=base, target=base * 2, start=start, deadline=TODAY + timedelta(days=90),
                          platforms=(GoalPlatform("instagram"),), statement="Grow followers with weekly Reels.",
                          id=i))
        figures[i] = [Observation(i, start + timedelta(days=7 * w), round(base + 9 * w + 8 * math.sin(w)), "instagram")
                      for w in range(53)]
    return ReportData(PlanMeta(business_name="Pages Bakery"), items, figures)


def ink(page: pypdf.PageObject) -> int:
    """How many characters the page's body holds (its header and footer take about 60)."""
    return len("".join(page.extract_text().split()))


@pytest.mark.parametrize("goals", [2, 10, 100])
def test_page_counts_and_no_near_empty_page(qapp, tmp_path: Path, goals: int) -> None:
    """Page 1 the summary; then sections one after another (these, with findings and ten figures each, take
    about a page and a half, never two pages), and every page holds far more than its header and footer."""
    out = tmp_path / "report.pdf"
    pages = write_report(plan(goals), out, ReportOptions(today=TODAY, page_size="A4"))
    assert goals < pages <= 1 + goals * 3 // 2 + 1
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) == pages
    for number, page in enumerate(reader.pages, 1):
        assert ink(page) > 400, f"page {number} of {pages} is nearly empty"
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    assert all(f"Goal {i}: grow Instagram followers" in text for i in range(1, goals + 1))


def test_a_long_table_fills_the_page_it_starts_on(qapp) -> None:
    """A table taller than a page starts under what the page holds, not on a page of its own, and what
    follows it goes under its last piece."""
    from PySide6.QtGui import QTextDocument

    from planner.report.layout import DrawingBlock

    doc = QTextDocument()
    doc.setTextWidth(500)
    doc.setHtml("<table>" + "".join(f"<tr><td>row {i}</td></tr>" for i in range(200)) + "</table>")
    pages = paginate([DrawingBlock(300, lambda p, r: None), TextBlock(doc), DrawingBlock(50, lambda p, r: None)], 900)
    assert pages[0].placed[0][0] == 0 and len(pages[0].placed) == 2  # the drawing, then the table's first piece
    assert all(len(p.placed) == 1 for p in pages[1:-1])
    last = pages[-1].placed
    assert len(last) == 2 and last[1][0] > 0  # the table's last piece, then the drawing under it


def test_the_same_plan_makes_the_same_pages_whatever_the_process_speaks(qapp, tmp_path: Path) -> None:
    """An English report is the same document (page count and every word) in a script that installed no
    language, twice in a row, and under a window that speaks Arabic: the report speaks its own language.
    (Dates written by the machine's locale once made 150 pages in one process and 147 in another.)"""
    from planner.ui import preferences

    def text(out: Path) -> list[str]:
        return [" ".join(page.extract_text().split()) for page in pypdf.PdfReader(out).pages]

    options = ReportOptions(today=TODAY, page_size="A4", language="en")
    first = write_report(plan(10), tmp_path / "first.pdf", options)
    again = write_report(plan(10), tmp_path / "again.pdf", options)
    preferences.apply(qapp, preferences.Preferences(language="ar"))
    try:
        under_arabic = write_report(plan(10), tmp_path / "arabic-window.pdf", options)
    finally:
        preferences.apply(qapp, preferences.Preferences(language="en"))
    assert first == again == under_arabic
    assert text(tmp_path / "first.pdf") == text(tmp_path / "again.pdf") == text(tmp_path / "arabic-window.pdf")
    assert "Period covered: Sunday, November 23, 2025" in text(tmp_path / "first.pdf")[0]  # 364 days back; US English
