"""What the report says: an executive summary on page 1, then a section per goal, as blocks.

All words go through Qt's translation (context "report", or the contexts the
screen already uses), all figures through the screen's formatting.  User text
is always escaped before it becomes rich text, so a title such as
"<b>bold</b>" prints as typed.  User text runs in its own direction (by its
first strong letter, like the window does); the report's own text runs in the
report's direction; tables are mirrored in a right-to-left report.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintDevice, QTextDocument, QTextOption

from planner.domain import catalog, change, checkins as checkins_, realism, units, verdict
from planner.domain.change import PeriodChange
from planner.domain.checkins import CheckIn
from planner.domain.forecast import forecast
from planner.domain.goals import Audience, FamilyStage, Gender, Goal, Income, Observation, audience_label
from planner.domain.realism import Finding, Suggestion
from planner.domain.verdict import Assessment, Verdict
from planner.report.fonts import report_font, text_presentation
from planner.report.layout import Block, DrawingBlock, SectionStart, SideBySide, TextBlock
from planner.store.repository import PlanMeta
from planner.ui.bidi import text_direction
from planner.ui.chart.goal_plot import platform_name
from planner.ui.describe import goal_sentence, platform_names
from planner.ui.findings_view import SEVERITY_COLOURS, finding_texts, severity_label, suggestion_texts
from planner.ui.formatting import (counted, fill, format_date, format_hours, format_money, format_number, format_value, percent,
                                   style, text, translated)
from planner.ui.style import VERDICT_COLOURS
from planner.ui.review_view import confidence_label
from planner.ui.verdict_view import pace_lines

RECENT_FIGURES = 10
#: The chart's share of the body's width; the goal's details stand beside it.
CHART_SHARE = 0.6
BODY_POINTS = 9.5
TABLE_POINTS = 8.5
BORDER = "#cfd8dc"
MUTED = "#546e7a"


def esc(text: str) -> str:
    """User text as rich text that shows exactly what was typed (an emoji in the report's monochrome font)."""
    return html.escape(text_presentation(text)).replace("\n", "<br>")


@dataclass(frozen=True)
class GoalFacts:
    """One goal with everything the report says about it, computed once."""

    goal: Goal
    observations: list[Observation]
    state: Assessment
    findings: list[Finding]
    suggestion: Suggestion | None
    change: PeriodChange | None
    checkins: tuple[CheckIn, ...] = ()

    @classmethod
    def of(cls, goal: Goal, observations: Sequence[Observation], today: date,
           plan: Sequence[Goal] = (), checkins: Sequence[CheckIn] = ()) -> GoalFacts:
        """The forecast once, then the findings, the verdict and the suggestion from it (as the window);
        *plan*: the plan's goals, for the findings on goals that must multiply out."""
        observations = list(observations)
        fc = forecast(goal, observations, today)
        findings = realism.check(goal, observations, today, fc=fc, plan=plan)
        return cls(goal, observations, verdict.assess(goal, observations, today, fc, findings), findings,
                   realism.suggest_target(goal, observations, today, fc=fc),
                   change.period_change(goal, observations, today), tuple(checkins))


class Typesetter:
    """Makes the report's documents at one width, in one direction, in the report's font."""

    def __init__(self, width: float, rtl: bool, device: QPaintDevice) -> None:
        self.width, self.rtl, self.device = width, rtl, device

    @property
    def dir(self) -> str:
        return "rtl" if self.rtl else "ltr"

    def dir_of(self, text: str) -> str:
        """The direction of a piece of user text: its own script's, else the report's."""
        default = Qt.LayoutDirection.RightToLeft if self.rtl else Qt.LayoutDirection.LeftToRight
        return "rtl" if text_direction(text, default) is Qt.LayoutDirection.RightToLeft else "ltr"

    def document(self, body: str, points: float = BODY_POINTS, width: float | None = None) -> QTextDocument:
        doc = QTextDocument()
        doc.setUndoRedoEnabled(False)
        doc.documentLayout().setPaintDevice(self.device)  # measure with the PDF's metrics, not the screen's
        doc.setDefaultFont(report_font(points))
        doc.setDocumentMargin(0)
        option = QTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft if self.rtl else Qt.LayoutDirection.LeftToRight)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        doc.setDefaultTextOption(option)
        doc.setTextWidth(width or self.width)  # before the text: laying it out once at the right width is half the cost
        doc.setHtml(f'<body dir="{self.dir}">{body}</body>')
        return doc

    def block(self, body: str, points: float = BODY_POINTS, keep_with_next: bool = False) -> TextBlock:
        return TextBlock(self.document(body, points), keep_with_next)

    def row(self, cells: Sequence[str]) -> str:
        """A table row of ready-made cells (``<td ...>...</td>``), mirrored in a right-to-left report.

        Qt's rich text does not mirror table columns by itself.
        """
        ordered = reversed(cells) if self.rtl else cells
        return f"<tr>{''.join(ordered)}</tr>"

    def cell(self, content: str, *, tag: str = "td", attrs: str = "") -> str:
        return f'<{tag} dir="{self.dir}" {attrs}>{content}</{tag}>'

    def user_cell(self, text: str, attrs: str = "") -> str:
        """User text in its own direction, lined up with the column (the report's start side)."""
        align = "right" if self.rtl else "left"
        return f'<td {attrs}><p dir="{self.dir_of(text)}" align="{align}">{esc(text)}</p></td>'

    def table(self, header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[int] = ()) -> str:
        heads = [self.cell(esc(h), tag="th", attrs=f'bgcolor="#eceff1"{_width(widths, i)}')
                 for i, h in enumerate(header)]
        body = "".join(self.row(r) for r in rows)
        return (f'<table width="100%" cellspacing="0" cellpadding="3" border="1" '
                f'style="border-collapse: collapse; border-color: {BORDER};">'
                f'<thead>{self.row(heads)}</thead>{body}</table>')

    def paragraph(self, content: str, *, direction: str = "", style: str = "", lined_up: bool = False) -> str:
        """A paragraph; *lined_up* puts user text of either direction at the report's start side."""
        align = f' align="{"right" if self.rtl else "left"}"' if lined_up else ""
        return f'<p dir="{direction or self.dir}"{align} style="margin: 0 0 4px 0; {style}">{content}</p>'

    def heading(self, text: str) -> str:
        return self.paragraph(esc(text), style="font-size: 12pt; font-weight: bold; color: #263238;")


def _width(widths: Sequence[int], i: int) -> str:
    return f' width="{widths[i]}%"' if i < len(widths) else ""


def chip(v: Verdict) -> str:
    """The verdict as a coloured chip, like the goal list's."""
    colour = VERDICT_COLOURS[v].name()
    return (f'<span style="background-color: {colour}; color: #ffffff; font-weight: bold;">'
            f'&nbsp;{esc(translated("verdict", v.label))}&nbsp;</span>')


def _value_or_dash(goal: Goal, value: float | None) -> str:
    return format_value(goal.kpi_def, value, goal.currency) if value is not None else "–"


def period(goals: Sequence[Goal]) -> tuple[date, date]:
    return min(g.start for g in goals), max(g.deadline for g in goals)


# ---------------------------------------------------------------- page 1: the executive summary


#: The summary's picture strip: the brand colour's band, and the logo (at most this tall) at the start side.
BAND, LOGO_HEIGHT = 10.0, 72.0


def brand_art(meta: PlanMeta, rtl: bool) -> DrawingBlock | None:
    """A band in the brand colour over the page's width and the logo under it; None without either."""
    logo = QImage()
    if meta.logo_png:
        logo.loadFromData(meta.logo_png, "PNG")
    if not meta.brand_colour and logo.isNull():
        return None

    def draw(painter: QPainter, rect: QRectF) -> None:
        if meta.brand_colour:
            painter.fillRect(QRectF(rect.left(), rect.top(), rect.width(), BAND), QColor(meta.brand_colour))
        if not logo.isNull():
            size = logo.size().scaled(int(rect.width() / 3), int(LOGO_HEIGHT), Qt.AspectRatioMode.KeepAspectRatio)
            left = rect.right() - size.width() if rtl else rect.left()
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(QRectF(left, rect.top() + BAND + 12, size.width(), size.height()), logo)

    return DrawingBlock(BAND + (LOGO_HEIGHT + 12 if not logo.isNull() else 0), draw)


def _verdict_counts(facts: Sequence[GoalFacts]) -> str:
    counts = {v: sum(f.state.verdict is v for f in facts) for v in verdict.BEST_FIRST}
    return "&nbsp;&nbsp; ".join(f"{chip(v)}&nbsp;{format_number(n)}" for v, n in counts.items() if n)


def summary(ts: Typesetter, meta: PlanMeta, facts: Sequence[GoalFacts], made: date) -> list[Block]:
    """Page 1: the business, the period, how many goals stand where, and a row per goal."""
    name = meta.business_name or QCoreApplication.translate("report", "Your business")
    colour = f" color: {meta.brand_colour};" if meta.brand_colour and QColor(meta.brand_colour).lightnessF() < 0.6 \
        else ""  # a pale brand colour would not read as text: it stays in the band
    start, end = period([f.goal for f in facts])
    intro = (ts.paragraph(esc(name), direction=ts.dir_of(name), lined_up=True,
                          style=f"font-size: 22pt; font-weight: bold;{colour}")
             + ts.paragraph(esc(QCoreApplication.translate("report", "Social media goals: summary")),
                            style=f"font-size: 14pt; color: {MUTED};")
             + ts.paragraph(esc(fill(QCoreApplication.translate("report", "Period covered: %1 to %2"),
                                     format_date(start, long=True), format_date(end, long=True)))
                            + " · " + esc(fill(QCoreApplication.translate("report", "Made on %1"),
                                               format_date(made, long=True))))
             + ts.paragraph(esc(fill(QCoreApplication.translate("report", "Goals in this report: %1"),
                                     format_number(len(facts)))) + "&nbsp;&nbsp; " + _verdict_counts(facts),
                            style="margin-top: 6px;"))
    art = brand_art(meta, ts.rtl)
    return ([art] if art else []) + [ts.block(intro, 10), ts.block(summary_table(ts, facts), TABLE_POINTS)]


def summary_table(ts: Typesetter, facts: Sequence[GoalFacts]) -> str:
    """A row per goal: verdict (the word, on its colour), progress, forecast against target, change, deadline."""
    header = [QCoreApplication.translate("report", "Goal"), QCoreApplication.translate("report", "Verdict"),
              QCoreApplication.translate("report", "Progress"), QCoreApplication.translate("report", "Current"),
              QCoreApplication.translate("report", "Forecast at the deadline"),
              QCoreApplication.translate("report", "Change since the previous period"),
              QCoreApplication.translate("report", "Deadline")]
    nowrap = 'style="white-space: nowrap;"'
    rows = []
    for f in facts:
        g, s = f.goal, f.state
        forecast_cell = (fill(QCoreApplication.translate("report", "%1 (target %2)"),
                              _value_or_dash(g, s.forecast_at_deadline), format_value(g.kpi_def, g.target, g.currency))
                         if s.forecast_at_deadline is not None else "–")
        rows.append([
            ts.user_cell(g.title),
            ts.cell(chip(s.verdict), attrs=nowrap),
            ts.cell(esc(percent(s.percent) if s.percent is not None else "–"), attrs=nowrap),
            ts.cell(esc(_value_or_dash(g, s.current)), attrs=nowrap),
            ts.cell(esc(forecast_cell)),
            ts.cell(change_cell(g, f.change)),
            ts.cell(esc(format_date(g.deadline)), attrs=nowrap),
        ])
    return ts.table(header, rows, widths=(30, 12, 8, 10, 16, 14, 10))


def change_cell(goal: Goal, pc: PeriodChange | None) -> str:
    """The last complete period against the one before: the signed change, its share, and good or bad in words."""
    if pc is None or pc.previous.delta is None:
        return esc(QCoreApplication.translate("report", "no earlier figure"))
    compared = pc.previous
    amount = units.write(units.change(goal.kpi_def, compared.delta, goal.currency), style())
    if compared.percent is not None:
        signed = ("+" if compared.percent > 0 else "") + percent(compared.percent)
        amount = fill(QCoreApplication.translate("report", "%1 (%2)"), amount, signed)
    good = change.better(goal, compared)
    word = {True: QCoreApplication.translate("report", "better"), False: QCoreApplication.translate("report", "worse"),
            None: QCoreApplication.translate("report", "no change")}[good]
    colour = {True: "#2e7d32", False: "#c62828", None: MUTED}[good]
    return (f'<span style="white-space: nowrap;">{esc(amount)}</span><br>'
            f'<span style="color: {colour}; font-weight: bold;">{esc(word)}</span>')


# ---------------------------------------------------------------- one goal


def _audience(a: Audience) -> str:
    parts = []
    if a.age_min is not None or a.age_max is not None:
        low = format_number(a.age_min) if a.age_min is not None else "…"
        high = format_number(a.age_max) if a.age_max is not None else "…"
        parts.append(fill(QCoreApplication.translate("report", "ages %1–%2"), low, high))
    for choice, any_ in ((a.gender, Gender.ANY), (a.income, Income.ANY), (a.family_stage, FamilyStage.ANY)):
        if choice is not any_:
            parts.append(translated("audience", audience_label(choice)))
    if a.location:
        parts.append(a.location)
    return QCoreApplication.translate("describe", ", ").join(parts) if parts else QCoreApplication.translate("report", "anyone")


def details(ts: Typesetter, goal: Goal, currency: str) -> str:
    kpi = goal.kpi_def
    rows: list[tuple[str, str, bool]] = [  # (label, value, value is the user's own text)
        (QCoreApplication.translate("report", "Objective"), translated("catalog", catalog.objective(goal.objective).name), False),
        (QCoreApplication.translate("report", "KPI"), translated("catalog", kpi.name), False),
        (QCoreApplication.translate("report", "Platforms"), platform_names(goal), False),
        (QCoreApplication.translate("report", "Baseline"), format_value(kpi, goal.baseline, goal.currency), False),
        (QCoreApplication.translate("report", "Target"), format_value(kpi, goal.target, goal.currency), False),
        (QCoreApplication.translate("report", "Period"), fill(QCoreApplication.translate("report", "%1 to %2 (%3)"), format_date(goal.start), format_date(goal.deadline),
                            counted("days", goal.days)), False),
    ]
    if goal.business_objective:
        rows.append((QCoreApplication.translate("report", "Serves"), goal.business_objective, True))
    rows.append((QCoreApplication.translate("report", "Audience"), _audience(goal.audience), bool(goal.audience.location)))
    if goal.budget is not None:
        rows.append((QCoreApplication.translate("report", "Budget"), format_money(goal.budget, goal.currency or currency), False))
    if goal.hours_per_week is not None:
        rows.append((QCoreApplication.translate("report", "Time a week"), format_hours(goal.hours_per_week), False))
    cells = [[ts.cell(f"<b>{esc(label)}</b>", attrs='width="22%" bgcolor="#f5f7f8"'),
              ts.user_cell(value) if user else ts.cell(esc(value))] for label, value, user in rows]
    return (f'<table width="100%" cellspacing="0" cellpadding="3" border="1" '
            f'style="border-collapse: collapse; border-color: {BORDER};">'
            + "".join(ts.row(c) for c in cells) + "</table>")


def _bar(ts: Typesetter, colour: str, content: str) -> str:
    """*content* with a coloured bar at its start side, like the window's status and finding cards."""
    cells = [f'<td width="4" bgcolor="{colour}"></td>', f'<td dir="{ts.dir}">{content}</td>']
    return f'<table width="100%" cellspacing="0" cellpadding="4">{ts.row(cells)}</table>'


def _pace(ts: Typesetter, f: GoalFacts) -> str:
    """The pace facts, and beside them what is needed by next week, next month and the deadline."""
    lines = pace_lines(f.goal, f.state)
    split = lines.index("") if "" in lines else len(lines)
    facts = "".join(ts.paragraph(esc(line)) for line in lines[:split])
    needed = "".join(ts.paragraph(esc(line)) for line in lines[split + 1:])
    if not needed:
        return _bar(ts, VERDICT_COLOURS[f.state.verdict].name(), facts)
    row = ts.row([ts.cell(facts, attrs='width="55%"'), ts.cell(needed)])
    columns = f'<table width="100%" cellspacing="0" cellpadding="0">{row}</table>'
    return _bar(ts, VERDICT_COLOURS[f.state.verdict].name(), columns)


def _findings(ts: Typesetter, findings: Sequence[Finding]) -> str:
    out = [ts.heading(QCoreApplication.translate("findings", "Findings"))]
    if not findings:
        out.append(ts.paragraph(esc(QCoreApplication.translate("report", "Nothing to warn about: this goal looks realistic.")), style="color: #2e7d32;"))
    for finding in findings:
        colour = SEVERITY_COLOURS[finding.severity]
        message, why, suggestion = finding_texts(finding)
        text = ts.paragraph(f'<b style="color: {colour};">{esc(severity_label(finding.severity))}:</b> '
                            f'<b>{esc(message)}</b>')
        if why:
            text += ts.paragraph(esc(QCoreApplication.translate("findings", "Why: ") + why))
        if suggestion:
            text += ts.paragraph(esc(QCoreApplication.translate("report", "What to do: ") + suggestion))
        out.append(_bar(ts, colour, text))
    return "".join(out)


def _suggested(ts: Typesetter, s: Suggestion) -> str:
    message, basis = suggestion_texts(s)
    heading = esc(QCoreApplication.translate("report", "Suggested target"))
    return _bar(ts, "#1565c0", ts.paragraph(f"<b>{heading}:</b> {esc(message)}")
                + ts.paragraph(esc(QCoreApplication.translate("findings", "Based on: ") + basis),
                               style=f"color: {MUTED};"))


def _recent(ts: Typesetter, goal: Goal, observations: Sequence[Observation]) -> str:
    latest = sorted(observations, key=lambda o: (o.date, o.platform or ""), reverse=True)[:RECENT_FIGURES]
    title = ts.heading(fill(QCoreApplication.translate("report", "Latest figures (%1 of %2)"), format_number(len(latest)),
                            format_number(len(observations))))
    if not latest:
        return title + ts.paragraph(esc(QCoreApplication.translate("report", "No figures yet.")))
    cells = [[ts.cell(esc(format_date(o.date)), attrs='style="white-space: nowrap;"'),
              ts.cell(esc(platform_name(o.platform))),
              ts.cell(esc(format_value(goal.kpi_def, o.value, goal.currency)), attrs='style="white-space: nowrap;"'),
              ts.user_cell(o.note)] for o in latest]
    # two halves side by side, newest first down the first half: half the height of one long table
    half = (len(cells) + 1) // 2
    empty = [ts.cell("")] * 4
    rows = [cells[i] + (cells[i + half] if i + half < len(cells) else empty) for i in range(half)]
    header = [QCoreApplication.translate("report", "Date"), QCoreApplication.translate("report", "Platform"),
              QCoreApplication.translate("report", "Value"), QCoreApplication.translate("report", "Note")]
    return title + ts.table(header * 2, rows, widths=(9, 10, 9, 22) * 2)


#: Check-ins a goal's section lists: the newest, so the report tells the latest part of the story.
RECENT_CHECKINS = 6


def _checkins(ts: Typesetter, f: GoalFacts) -> str:
    """The latest check-ins with their confidence and notes (issue 19: the story, not just the numbers)."""
    latest = checkins_.latest(list(f.checkins), RECENT_CHECKINS)
    title = ts.heading(fill(QCoreApplication.translate("report", "Check-ins (%1 of %2)"), format_number(len(latest)),
                            format_number(len(f.checkins))))
    rows = [[ts.cell(esc(format_date(c.date)), attrs='style="white-space: nowrap;"'),
             ts.cell(esc(confidence_label(c.confidence)), attrs='style="white-space: nowrap;"'),
             ts.user_cell(c.note)] for c in latest]
    return title + ts.table([QCoreApplication.translate("report", "Date"),
                             QCoreApplication.translate("report", "Confidence"),
                             QCoreApplication.translate("report", "Note")], rows, widths=(16, 24, 60))


#: What a goal's section is made of, in order: each part makes its blocks from the goal's facts.
#: A new part (as the latest check-ins were) is one function added here.
Part = Callable[["SectionContext", GoalFacts], list[Block]]


@dataclass(frozen=True)
class SectionContext:
    ts: Typesetter
    currency: str
    chart_height: float
    draw_chart: Callable[[GoalFacts], Callable[[QPainter, QRectF], None]]


def head_part(c: SectionContext, f: GoalFacts) -> list[Block]:
    """The title, the verdict and its sentence, how far along, the goal in a sentence and the owner's statement."""
    ts, goal = c.ts, f.goal
    title = goal.title + (QCoreApplication.translate("report", " (archived)") if goal.archived else "")
    head = (ts.paragraph(esc(title), direction=ts.dir_of(title), lined_up=True,
                         style="font-size: 15pt; font-weight: bold;")
            + ts.paragraph(f"{chip(f.state.verdict)}&nbsp; <b>{esc(text(f.state.sentence))}</b>")
            + ts.paragraph(esc(_progress_words(f)), style=f"color: {MUTED};")
            + ts.paragraph(esc(goal_sentence(goal)), style="margin-top: 4px;"))
    if goal.statement:
        head += ts.paragraph(esc(goal.statement), direction=ts.dir_of(goal.statement), lined_up=True,
                             style=f"font-style: italic; color: {MUTED};")
    return [ts.block(head, keep_with_next=True)]


def chart_part(c: SectionContext, f: GoalFacts) -> list[Block]:
    """The chart, with the goal's details beside it."""
    chart_width = round(c.ts.width * CHART_SHARE)
    doc = c.ts.document(details(c.ts, f.goal, c.currency), TABLE_POINTS, width=c.ts.width - chart_width - 12)
    return [SideBySide(chart_width, c.chart_height, c.draw_chart(f), doc, c.ts.rtl)]


def pace_part(c: SectionContext, f: GoalFacts) -> list[Block]:
    return [c.ts.block(_pace(c.ts, f))]


def findings_part(c: SectionContext, f: GoalFacts) -> list[Block]:
    blocks = [c.ts.block(_findings(c.ts, f.findings))]
    if f.suggestion is not None:
        blocks.append(c.ts.block(_suggested(c.ts, f.suggestion)))
    return blocks


def checkins_part(c: SectionContext, f: GoalFacts) -> list[Block]:
    """The latest check-ins with their notes, when the owner has made any."""
    return [c.ts.block(_checkins(c.ts, f), TABLE_POINTS)] if f.checkins else []


def recent_part(c: SectionContext, f: GoalFacts) -> list[Block]:
    return [c.ts.block(_recent(c.ts, f.goal, f.observations), TABLE_POINTS)]


SECTION_PARTS: tuple[Part, ...] = (head_part, chart_part, pace_part, findings_part, checkins_part, recent_part)


def section(context: SectionContext, f: GoalFacts, parts: Sequence[Part] = SECTION_PARTS) -> list[Block]:
    """A goal's section: who, what and by when; the chart; where it stands; what to watch; the check-ins; the latest figures.

    Sections follow one another: a short one shares its page with the next (see layout.SectionStart).
    """
    blocks: list[Block] = [SectionStart()]
    for part in parts:
        blocks += part(context, f)
    return blocks


def _progress_words(f: GoalFacts) -> str:
    s = f.state
    if s.current is None or s.current_date is None:
        return QCoreApplication.translate("report", "no figures yet")
    return fill(QCoreApplication.translate("report", "%1 of the way · latest %2 on %3"), percent(s.percent),
                format_value(f.goal.kpi_def, s.current, f.goal.currency), format_date(s.current_date))
