"""The PDF goal summary, read back with pypdf: pages, words, numbers, fonts, vectors, direction."""

from __future__ import annotations

import shutil
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import timedelta
from pathlib import Path

import pypdf
import pytest
from helpers import TODAY

from planner.report import PageNumber, ReportData, ReportError, ReportOptions, UnknownGoalError, render_pages, write_report
from planner.store import plan_file
from planner.store.repository import Repository

ARABIC_TITLE = "زيادة متابعي إنستغرام Instagram إلى 2,400"
PERSIAN_TITLE = "افزایش بازدید وب‌سایت از شبکه‌های اجتماعی"
MARKUP_TITLE = "<b>bold</b> & <script>"
A4 = (595, 842)
LETTER = (612, 792)


@dataclass
class Rendered:
    path: Path
    pages: int
    data: ReportData
    reader: pypdf.PdfReader
    texts: dict[int, str] = field(default_factory=dict)

    def text(self, page: int) -> str:
        """The page's text, NFKC-normalised (the PDF has ligatures such as "ﬁ" and Arabic presentation
        forms), with runs of whitespace as one space (pypdf separates words with tabs)."""
        if page not in self.texts:  # extracting a chart page takes pypdf a while: once is enough
            text = unicodedata.normalize("NFKC", self.reader.pages[page].extract_text())
            self.texts[page] = " ".join(text.split())
        return self.texts[page]

    @property
    def all_text(self) -> str:
        return "\n".join(self.text(i) for i in range(self.pages))


def load(plan: Path) -> ReportData:
    pf = plan_file.open_plan(plan, read_only=True)
    try:
        return ReportData.from_repository(Repository(pf.db))
    finally:
        pf.close()


def render(data: ReportData, out: Path, **options) -> Rendered:
    pages = write_report(data, out, ReportOptions(today=TODAY, **options))
    return Rendered(out, pages, data, pypdf.PdfReader(out))


@pytest.fixture(scope="module")
def english(qapp, sample_plan_master: Path, tmp_path_factory) -> Rendered:
    return render(load(sample_plan_master), tmp_path_factory.mktemp("en") / "report.pdf", page_size="A4")


@pytest.fixture(scope="module")
def arabic(qapp, sample_plan_master: Path, tmp_path_factory) -> Rendered:
    """The sample plan in Arabic, with an Arabic, a Persian and a markup-looking title."""
    folder = tmp_path_factory.mktemp("ar")
    plan = folder / "plan.sgplan"
    shutil.copy(sample_plan_master, plan)
    pf = plan_file.open_plan(plan)
    try:
        repo = Repository(pf.db)
        repo.set_meta(language="ar")
        for goal_id, title in ((1, ARABIC_TITLE), (2, PERSIAN_TITLE), (6, MARKUP_TITLE)):
            repo.update_goal(replace(repo.goal(goal_id), title=title))
    finally:
        pf.close()
    return render(load(plan), folder / "report.pdf", page_size="A4")


def normalized(text: str) -> str:
    """Extracted text as comparable letters: presentation forms folded (NFKC), whitespace removed."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def words_found(title: str, text: str) -> tuple[list[str], list[str]]:
    """The title's words found in *text*, and those missing.

    pypdf returns right-to-left words in visual order, so a word counts when
    it is there as written or reversed.  Words are split at spaces and at the
    zero-width non-joiner, which Persian uses inside words and which ends a
    run in the PDF.
    """
    flat = normalized(text)
    found, missing = [], []
    for word in title.replace("\u200c", " ").split():
        (found if word in flat or word[::-1] in flat else missing).append(word)
    return found, missing


def section_pages(r: Rendered, title: str) -> list[int]:
    return [i for i in range(1, r.pages) if title in r.text(i)]


def x_of(r: Rendered, page: int, text: str) -> float:
    """Where *text* starts on the page, in PDF points from the left edge."""
    spots = []

    def visit(run, cm, tm, font, size):
        if " ".join(unicodedata.normalize("NFKC", run).split()) == text:
            spots.append(cm[0] * tm[4] + cm[4])

    r.reader.pages[page].extract_text(visitor_text=visit)
    assert spots, f"{text!r} not found on page {page + 1}"
    return spots[0]


# ---------------------------------------------------------------- content


def test_summary_then_a_section_per_goal(english: Rendered) -> None:
    goals = [g for g in english.data.goals if not g.archived]
    assert english.pages == len(english.reader.pages)
    summary = english.text(0)
    assert english.data.meta.business_name in summary
    assert f"Goals in this report: {len(goals)}" in summary
    assert all(g.title in summary for g in goals)  # a row per goal on page 1
    starts = []
    for goal in goals:
        pages = section_pages(english, goal.title)
        assert pages, goal.title
        starts.append(pages[0])
    assert starts == sorted(starts) and starts[0] == 1  # sections follow the summary, in the plan's order
    assert english.pages < 1 + len(goals) * 2  # short sections share pages


def test_every_goal_shows_its_key_numbers(english: Rendered) -> None:
    from planner.ui.formatting import format_value

    for goal in (g for g in english.data.goals if not g.archived):
        first = section_pages(english, goal.title)[0]
        section = english.text(first)
        for value in (goal.baseline, goal.target):
            assert format_value(goal.kpi_def, value, goal.currency) in section, (goal.title, value)


def test_the_overview_prints_the_latest_figure_as_current(english: Rendered) -> None:
    summary = english.text(0)
    # the Instagram goal: target 1,900; its latest figure (22 November, seed 7) is 1,636, its forecast on
    # the deadline 1,937: the row reads verdict, progress, current, forecast (target)
    assert "On course 62% 1,636 1,937 (target 1,900)" in summary
    assert "1,200 1,636" not in summary


def test_latest_figures_are_the_ten_newest(english: Rendered) -> None:
    goal = next(g for g in english.data.goals if g.title.startswith("Grow Instagram"))
    pages = section_pages(english, goal.title)
    section = " ".join(english.text(i) for i in range(pages[0], pages[-1] + 2))
    following = english.data.goals[english.data.goals.index(goal) + 1].title  # the next section shares the page
    table = section.split("Latest figures (10 of 27)", 1)[1].split(following, 1)[0]
    # weekly figures up to TODAY (22 November 2026): the ten newest run back 63 days, to 20 September,
    # in the English report's dates (US English, whatever the machine's locale)
    for day in ("11/22/2026", "11/15/2026", "9/20/2026"):
        assert day in table, day
    for day in ("9/13/2026", "5/31/2026", "5/24/2026"):  # 10, 25 and 26 weeks back
        assert day not in table, day


def test_findings_are_printed(english: Rendered) -> None:
    tiktok = next(g for g in english.data.goals if g.title.startswith("TikTok"))
    pages = section_pages(english, tiktok.title)
    section = " ".join(english.text(i) for i in range(pages[0], pages[0] + 2))
    assert "Unrealistic:" in section
    assert "your figures show" in section
    assert "Suggested target:" in section


def test_every_page_has_the_header_and_page_n_of_m(english: Rendered) -> None:
    for i in range(english.pages):
        text = english.text(i)
        assert f"Page {i + 1} of {english.pages}" in text
        assert "Nour Bakery" in text


def test_fonts_are_embedded_and_only_the_shipped_one(english: Rendered) -> None:
    names = set()
    for page in english.reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            for descendant in font.get("/DescendantFonts", [font]):
                descriptor = descendant.get_object()["/FontDescriptor"].get_object()
                assert "/FontFile2" in descriptor, descriptor["/FontName"]
                names.add(str(descriptor["/FontName"]).split("+")[-1])
    assert names == {"Vazirmatn-Regular", "Vazirmatn-Bold"}


def test_charts_are_vectors(english: Rendered) -> None:
    for page in english.reader.pages:
        xobjects = page["/Resources"].get("/XObject", {})
        images = [n for n, x in xobjects.items() if x.get_object().get("/Subtype") == "/Image"]
        assert not images


def test_page_size_a4_and_letter(qapp, sample_plan_master: Path, tmp_path: Path) -> None:
    data = load(sample_plan_master)
    for size, expected in (("A4", A4), ("Letter", LETTER)):
        r = render(data, tmp_path / f"{size}.pdf", goal_ids=[1], page_size=size)
        box = r.reader.pages[0].mediabox
        assert (round(box.width), round(box.height)) == expected
        assert r.pages >= 2


def test_page_size_follows_the_locale() -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QPageSize

    from planner.report.pdf_report import page_size_id

    assert page_size_id(None, QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)) \
        == QPageSize.PageSizeId.Letter
    assert page_size_id(None, QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico)) \
        == QPageSize.PageSizeId.Letter
    assert page_size_id(None, QLocale(QLocale.Language.Arabic, QLocale.Country.Jordan)) == QPageSize.PageSizeId.A4
    assert page_size_id("A4", QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)) \
        == QPageSize.PageSizeId.A4


# ---------------------------------------------------------------- right to left, user text


def test_persian_title_is_extractable(arabic: Rendered) -> None:
    found, missing = words_found(PERSIAN_TITLE, arabic.all_text)
    assert not missing, found


def test_arabic_title_is_extractable(arabic: Rendered) -> None:
    """Every word, "متابعي" too: its "ت" was a contextual glyph Qt's text map could not name (fonts.py)."""
    found, missing = words_found(ARABIC_TITLE, arabic.all_text)
    assert not missing, found


def test_markup_in_a_title_is_printed_literally(arabic: Rendered) -> None:
    assert MARKUP_TITLE in arabic.all_text


#: The summary's first two column heads in the Arabic report, as pypdf returns them (visual order: reversed).
AR_GOAL, AR_VERDICT = "الهدف"[::-1], "التقييم"[::-1]


def test_right_to_left_pages_start_on_the_right(english: Rendered, arabic: Rendered) -> None:
    middle = A4[0] / 2
    assert x_of(english, 0, "Goal") < middle
    assert x_of(arabic, 0, AR_GOAL) > middle
    assert x_of(english, 1, "Nour Bakery") < middle  # the header is mirrored too
    assert x_of(arabic, 1, "Nour Bakery") > middle


def test_overview_columns_are_mirrored(english: Rendered, arabic: Rendered) -> None:
    assert x_of(english, 0, "Goal") < x_of(english, 0, "Verdict")
    assert x_of(arabic, 0, AR_GOAL) > x_of(arabic, 0, AR_VERDICT)


# ---------------------------------------------------------------- the generator and its errors


def test_pages_come_one_by_one_with_the_total(qapp, sample_plan_master: Path, tmp_path: Path) -> None:
    out = tmp_path / "steps.pdf"
    every = list(render_pages(load(sample_plan_master), out, ReportOptions(goal_ids=[4, 1], today=TODAY)))
    layout = [s for s in every if s == 0]
    assert len(layout) == 6 and every[: len(layout)] == layout  # layout steps: 2 goals, summary, 2 sections, pages
    steps = every[len(layout):]
    assert [int(s) for s in steps] == list(range(1, len(steps) + 1))
    assert all(isinstance(s, PageNumber) and s.total == len(steps) for s in steps)
    assert len(pypdf.PdfReader(out).pages) == len(steps)


def test_closing_the_generator_leaves_no_file(qapp, sample_plan_master: Path, tmp_path: Path) -> None:
    out = tmp_path / "cancelled.pdf"
    pages = (p for p in render_pages(load(sample_plan_master), out, ReportOptions(today=TODAY)) if p > 0)
    assert next(pages) == 1 and next(pages) == 2
    pages.close()
    assert list(tmp_path.iterdir()) == []


def test_cancelling_keeps_an_older_report(qapp, sample_plan_master: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    out.write_bytes(b"%PDF- the older report")
    pages = render_pages(load(sample_plan_master), out, ReportOptions(today=TODAY))
    next(pages)
    pages.close()
    assert out.read_bytes() == b"%PDF- the older report"
    assert list(tmp_path.iterdir()) == [out]


def test_errors_come_before_any_file(qapp, sample_plan_master: Path, tmp_path: Path) -> None:
    data = load(sample_plan_master)
    out = tmp_path / "none.pdf"
    with pytest.raises(UnknownGoalError, match="There is no goal 12 in this plan"):
        render_pages(data, out, ReportOptions(goal_ids=[1, 12]))
    archived = replace(data, goals=[replace(g, archived=True) for g in data.goals])
    with pytest.raises(ReportError, match="The plan has no goals to report"):
        render_pages(archived, out, ReportOptions())
    assert list(tmp_path.iterdir()) == []


def test_an_archived_goal_is_reported_when_asked_for(qapp, sample_plan_master: Path, tmp_path: Path) -> None:
    data = load(sample_plan_master)
    data = replace(data, goals=[replace(g, archived=g.id == 5) for g in data.goals])
    r = render(data, tmp_path / "archived.pdf", goal_ids=[5])
    assert "Answer messages within 4 hours (archived)" in r.all_text


def test_the_report_says_the_plan_consistency_findings_the_window_says(qapp, sample_plan_master: Path,
                                                                       tmp_path: Path) -> None:
    """The PDF's findings on a goal read the plan's other goals, as the window's and `planner check`'s do."""
    from planner.domain.goals import Goal, GoalPlatform
    from planner.report.content import GoalFacts

    def plan_goal(goal_id: int, kpi: str, baseline: float, target: float) -> Goal:
        return Goal(f"goal {kpi}", "traffic", kpi, baseline, target, TODAY, TODAY + timedelta(days=180),
                    platforms=(GoalPlatform("facebook"),), statement="x 1", id=goal_id)

    # 10,000 impressions a week x 1% = 100 clicks a week; 300 is three times that
    plan = [plan_goal(1, "impressions", 1, 10_000), plan_goal(2, "ctr", 0.5, 1.0), plan_goal(3, "link_clicks", 1, 300)]
    alone = GoalFacts.of(plan[2], [], TODAY)
    in_plan = GoalFacts.of(plan[2], [], TODAY, plan)
    assert "funnel" not in {f.code for f in alone.findings}
    assert [f.code for f in in_plan.findings if f.code == "funnel"] == ["funnel"]
    r = render(replace(load(sample_plan_master), goals=plan, observations={}), tmp_path / "funnel.pdf")
    section = " ".join(r.text(i) for i in range(section_pages(r, "goal link_clicks")[0], r.pages))
    assert "3 times the" in section and "that “goal impressions” and “goal ctr” give together" in section


def test_a_goal_s_section_lists_its_latest_check_ins_with_their_notes(qapp, sample_plan: Path, tmp_path: Path):
    from planner.domain.checkins import CheckIn

    pf = plan_file.open_plan(sample_plan)
    try:
        repo = Repository(pf.db)
        goal = repo.goals()[0]
        repo.check_in([], [CheckIn(goal.id, TODAY - timedelta(days=7 * n), 1 + n % 5, f"week note {n}")
                           for n in range(8)])
        data = ReportData.from_repository(repo)
    finally:
        pf.close()
    r = render(data, tmp_path / "report.pdf", goal_ids=[goal.id])
    text = r.all_text
    assert "Check-ins (6 of 8)" in text
    # the six newest, newest first: notes 0 to 5; the two oldest are left out
    assert all(f"week note {n}" in text for n in range(6))
    assert "week note 6" not in text and "week note 7" not in text
    assert "5 – sure" in text and "1 – very unlikely" in text
