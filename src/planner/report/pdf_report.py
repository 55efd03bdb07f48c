"""The PDF goal summary: page 1 an executive summary of every goal, then a section per goal.

``render_pages`` is a generator that paints one page per step, so the window
can keep its event loop running, show progress and cancel between pages.
The PDF is written to a temporary file beside the target and moved into place
only once complete: a cancelled or failed report leaves no partial file.
Everything that can make the report impossible (no goals, an unknown goal)
is checked before any file is created.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPageSize, QPainter, QPdfWriter, QPen, QTextOption

from planner import APP_NAME, __version__
from planner.domain.checkins import CheckIn
from planner.domain.goals import Goal, Observation
from planner.report import content
from planner.report.chart import ChartRenderer
from planner.report.content import GoalFacts, Typesetter
from planner.report.fonts import report_font, text_presentation
from planner.report.layout import Block, Page, paginate
from planner.report.properties import Properties, update
from planner.store import files
from planner.store.repository import PlanMeta, Repository
from planner.ui import preferences
from planner.ui.formatting import counted, fill, format_date, format_number

RTL_LANGUAGES = frozenset({"ar", "fa"})
PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
#: Where paper is Letter rather than A4.
LETTER_TERRITORIES = frozenset({
    QLocale.Country.UnitedStates, QLocale.Country.Canada, QLocale.Country.Mexico,
    QLocale.Country.Chile, QLocale.Country.Colombia, QLocale.Country.CostaRica,
    QLocale.Country.DominicanRepublic, QLocale.Country.ElSalvador, QLocale.Country.Guatemala,
    QLocale.Country.Nicaragua, QLocale.Country.Panama, QLocale.Country.Philippines,
    QLocale.Country.PuertoRico, QLocale.Country.Venezuela,
})
RESOLUTION = 96  # the only one at which pyqtgraph's axis text lands in place (DESIGN.md, Pitfalls)
MARGIN_X = 56.0
HEADER_TOP = 30.0
BODY_TOP = 78.0
FOOTER_GAP = 66.0  # from the body's bottom to the page's bottom
CHART_HEIGHT = 250
INK = QColor("#546e7a")



class ReportError(Exception):
    """A report that cannot be made; the message says why, for the user."""


class UnknownGoalError(ReportError):
    def __init__(self, goal_id: int) -> None:
        super().__init__(fill(QCoreApplication.translate("report", "There is no goal %1 in this plan"), str(goal_id)))
        self.goal_id = goal_id


@dataclass(frozen=True)
class ReportOptions:
    goal_ids: list[int] | None = None  # None: every goal that is not archived
    page_size: str | None = None  # "A4", "Letter"; None: the locale's paper
    language: str | None = None  # "en", "ar", "fa"; None: the plan's language
    today: date = field(default_factory=date.today)


@dataclass(frozen=True)
class ReportData:
    """What the report is made from: a plain snapshot, so the window can pass what it has in memory."""

    meta: PlanMeta
    goals: list[Goal]
    observations: dict[int, list[Observation]]
    checkins: dict[int, list[CheckIn]] = field(default_factory=dict)

    @classmethod
    def from_repository(cls, repo: Repository) -> ReportData:
        return cls(repo.meta(), repo.goals(), repo.observations_by_goal(), repo.checkins_by_goal())


class PageNumber(int):
    """The page just written; ``total`` is how many the report has (for a progress bar).

    PageNumber 0 (total 0) is a step of the layout that comes before the first page.
    """

    total: int

    def __new__(cls, number: int, total: int) -> PageNumber:
        page = super().__new__(cls, number)
        page.total = total
        return page


def page_size_id(name: str | None, locale: QLocale | None = None) -> QPageSize.PageSizeId:
    if name is not None:
        if name not in PAGE_SIZES:
            raise ReportError(fill(QCoreApplication.translate("report", "Unknown page size %1 (use A4 or Letter)"), name))
        return PAGE_SIZES[name]
    territory = (locale or QLocale()).territory()
    return QPageSize.PageSizeId.Letter if territory in LETTER_TERRITORIES else QPageSize.PageSizeId.A4


def select_goals(goals: Sequence[Goal], goal_ids: Sequence[int] | None) -> list[Goal]:
    """The goals to report, in the order asked for; archived ones only when asked for by id."""
    if goal_ids is None:
        chosen = [g for g in goals if not g.archived]
    else:
        by_id = {g.id: g for g in goals}
        chosen = []
        for goal_id in dict.fromkeys(goal_ids):
            if goal_id not in by_id:
                raise UnknownGoalError(goal_id)
            chosen.append(by_id[goal_id])
    if not chosen:
        raise ReportError(QCoreApplication.translate("report", "The plan has no goals to report"))
    return chosen


def render_pages(data: ReportData, out: Path, options: ReportOptions | None = None) -> Iterator[PageNumber]:
    """Check what is asked for now, then return a generator that writes *out* one page per step.

    The last page number is yielded once *out* is complete; closing the
    generator earlier removes everything it wrote.
    """
    options = options or ReportOptions()
    goals = select_goals(data.goals, options.goal_ids)
    size = page_size_id(options.page_size)
    language = options.language or data.meta.language or "en"
    return _spoken(_write(data, goals, Path(out), size, language, options.today), language)


def write_report(data: ReportData, out: Path, options: ReportOptions | None = None) -> int:
    """Write the whole report; the number of pages.

    Nothing runs between its steps, so it speaks the report's language once for all of them
    (render_pages switches at every step, for the window's event loop in between).
    """
    options = options or ReportOptions()
    goals = select_goals(data.goals, options.goal_ids)
    size = page_size_id(options.page_size)
    language = options.language or data.meta.language or "en"
    pages = 0
    with preferences.speaking(QCoreApplication.instance(), language):
        for pages in _write(data, goals, Path(out), size, language, options.today):  # noqa: B007 - the last is the count
            pass
    return pages


def _spoken(steps: Iterator[PageNumber], language: str) -> Iterator[PageNumber]:
    """Every step in the report's language (its words, dates and digits), whatever the caller speaks.

    What the process had installed before (nothing, in a script) used to decide
    how dates were written, hence how long lines were and how many pages the
    same plan made (150 pages in one process, 147 in another).
    """
    app = QCoreApplication.instance()
    try:
        while True:
            with preferences.speaking(app, language):
                page = next(steps, None)
            if page is None:
                return
            yield page
    finally:
        steps.close()  # a report closed early removes what it wrote


@dataclass(frozen=True)
class _Frame:
    """A page's geometry in device pixels at 96 dpi."""

    width: float
    height: float

    @property
    def body(self) -> QRectF:
        return QRectF(MARGIN_X, BODY_TOP, self.width - 2 * MARGIN_X, self.height - BODY_TOP - FOOTER_GAP)


def _write(data: ReportData, goals: list[Goal], out: Path, size: QPageSize.PageSizeId, language: str,
           today: date) -> Iterator[PageNumber]:
    rtl = language in RTL_LANGUAGES
    new = files.NewFile(out)  # the user's permissions (umask), a name no planted link can take
    painter = QPainter()
    chart: ChartRenderer | None = None
    try:
        writer = QPdfWriter(str(new.path))
        writer.setResolution(RESOLUTION)
        writer.setPageSize(QPageSize(size))
        writer.setPageMargins(QMarginsF(0, 0, 0, 0))
        business = data.meta.business_name
        title = QCoreApplication.translate("report", "Social media goals: summary")
        start, end = content.period(goals)
        properties = Properties(
            title=f"{business} – {title}" if business else title, author=business,
            subject=fill(QCoreApplication.translate("report", "%1 from %2 to %3"), counted("goals", len(goals)),
                         format_date(start, long=True), format_date(end, long=True)),
            language=language, creator=f"{APP_NAME} {__version__}", right_to_left=rtl)
        writer.setTitle(properties.title)
        writer.setAuthor(properties.author)
        writer.setCreator(properties.creator)
        writer.setDocumentXmpMetadata(properties.xmp())
        frame = _Frame(writer.width(), writer.height())
        body = frame.body
        ts = Typesetter(body.width(), rtl, writer)
        # Laying out comes in small steps too (PageNumber 0: not a page yet), so a window
        # driving this generator never waits long for its event loop.
        facts = []
        for g in goals:
            facts.append(GoalFacts.of(g, data.observations.get(g.id, []), today, data.goals,
                                      data.checkins.get(g.id, [])))
            yield PageNumber(0, 0)
        chart = ChartRenderer(QSize(round(body.width() * content.CHART_SHARE), CHART_HEIGHT), rtl)

        def draw_chart(f: GoalFacts):
            return lambda p, rect: chart.paint(p, rect, f.goal, f.observations, f.state, today, f.checkins)

        blocks: list[Block] = content.summary(ts, data.meta, facts, today)
        yield PageNumber(0, 0)
        context = content.SectionContext(ts, data.meta.currency, CHART_HEIGHT, draw_chart)
        for f in facts:
            blocks += content.section(context, f)
            yield PageNumber(0, 0)
        pages = paginate(blocks, body.height())
        yield PageNumber(0, 0)
        if not painter.begin(writer):
            raise OSError(f"{out}: the PDF cannot be written here")
        for n, page in enumerate(pages, 1):
            if n > 1:
                writer.newPage()
            _paint_page(painter, frame, page, (business, title), fill(
                QCoreApplication.translate("report", "Page %1 of %2"), format_number(n), format_number(len(pages))), rtl)
            if n == len(pages):
                if not painter.end():
                    raise OSError(f"{out}: the PDF could not be completed")
                del writer  # closes the file
                update(new.path, properties)  # language, subject, opening view
                new.commit()
            yield PageNumber(n, len(pages))
    finally:
        if painter.isActive():
            painter.end()
        if chart is not None:
            chart.close()
        new.discard()  # nothing when committed


def _paint_page(painter: QPainter, frame: _Frame, page: Page, header: tuple[str, str], footer: str,
                rtl: bool) -> None:
    body = frame.body
    direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    start = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    end = Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight
    painter.setFont(report_font(8))
    painter.setPen(QPen(INK))
    metrics = QFontMetricsF(painter.font(), painter.device())
    band = QRectF(body.left(), HEADER_TOP, body.width(), 22)
    business, title = header
    business = metrics.elidedText(text_presentation(business), Qt.TextElideMode.ElideRight, body.width() * 0.55)
    _text(painter, band, business, start, direction)
    _text(painter, band, title, end, direction)
    painter.setPen(QPen(QColor("#cfd8dc"), 1))
    painter.drawLine(QPointF(body.left(), band.bottom() + 4), QPointF(body.right(), band.bottom() + 4))
    line_y = body.bottom() + 18
    painter.drawLine(QPointF(body.left(), line_y), QPointF(body.right(), line_y))
    painter.setPen(QPen(INK))
    _text(painter, QRectF(body.left(), line_y + 6, body.width(), 22), footer, Qt.AlignmentFlag.AlignHCenter,
          direction)
    for top, block in page.placed:
        painter.save()
        painter.translate(body.left(), body.top() + top)
        block.paint(painter, body.width())
        painter.restore()


def _text(painter: QPainter, rect: QRectF, text: str, align: Qt.AlignmentFlag, direction: Qt.LayoutDirection
          ) -> None:
    option = QTextOption(align | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
    option.setTextDirection(direction)
    option.setWrapMode(QTextOption.WrapMode.NoWrap)
    painter.drawText(rect, text, option)
