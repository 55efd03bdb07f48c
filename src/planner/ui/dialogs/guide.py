"""Help > Guide: a short offline guide in the user's language.

Four pages: SMART goals, what each KPI means (with an example), the
objectives and their families, and how to read the chart.  The KPI and
objective pages are built from the catalog, so a KPI added there appears
here with its name, definition and example; the other pages are written
here.  Every word goes through Qt's translation.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QUrl, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QListWidget, QListWidgetItem, QTextBrowser, QWidget

from planner.domain import catalog
from planner.domain.catalog import Direction, Kpi, KpiKind, Period, Unit
from planner.ui.formatting import fill, localize_digits, translated
from planner.ui.icons import icon
from planner.ui.wizard.objective_page import FAMILY_HINTS, FAMILY_NAMES

PAGES = ("smart", "kpis", "objectives", "chart")


def _p(text: str) -> str:
    return f"<p>{html.escape(text)}</p>"


def _term(name: str, text: str) -> str:
    """A term in bold, then what it means."""
    return f"<p><b>{html.escape(name)}</b> {html.escape(text)}</p>"


def page_title(page: str) -> str:
    return {"smart": QCoreApplication.translate("guide", "SMART goals"), "kpis": QCoreApplication.translate("guide", "What each KPI means"),
            "objectives": QCoreApplication.translate("guide", "Objectives"), "chart": QCoreApplication.translate("guide", "Reading the chart")}[page]


def smart_page() -> str:
    letters = (
        (QCoreApplication.translate("guide", "S: Specific."), QCoreApplication.translate("guide", "Say exactly what should change, where: “more Instagram followers”, not “be "
                                "better on social media”.")),
        (QCoreApplication.translate("guide", "M: Measurable."), QCoreApplication.translate("guide", "Choose one KPI, write down where you are now (the baseline) and the number "
                                  "you aim for (the target).")),
        (QCoreApplication.translate("guide", "A: Attainable."), QCoreApplication.translate("guide", "Compare the pace the goal needs with your own recent pace and with what "
                                  "similar accounts reach. The app warns when a target is out of reach.")),
        (QCoreApplication.translate("guide", "R: Relevant."), QCoreApplication.translate("guide", "Say which business objective it serves: followers are worth little if what "
                                "you need is orders.")),
        (QCoreApplication.translate("guide", "T: Time-bound."), QCoreApplication.translate("guide", "Give it a start and a deadline. Short deadlines for big changes are "
                                  "suspect; long ones need milestones on the way.")),
    )
    return (f"<h2>{html.escape(page_title('smart'))}</h2>"
            + _p(QCoreApplication.translate("guide", "A SMART goal turns a wish into something you can check every week. Each letter is a "
                    "question to answer before you start:"))
            + "".join(_term(a, b) for a, b in letters)
            + "<h3>" + html.escape(QCoreApplication.translate("guide", "An example")) + "</h3>"
            + _p(QCoreApplication.translate("guide", "Wish: “I want more followers.”"))
            + _p(QCoreApplication.translate("guide", "Goal: “Grow our Instagram followers from 1,200 to 1,900 by posting Reels of the morning "
                    "bake four times a week, within ten months, so that more people in the neighbourhood "
                    "think of us first.”")))


def _kind_line(kpi: Kpi) -> str:
    """How the KPI is recorded, from its kind, unit and period: written once here for every KPI."""
    if kpi.kind is KpiKind.TOTAL:
        how = QCoreApplication.translate("guide", "A running total: enter the count on the day you read it.")
    elif kpi.kind is KpiKind.FLOW:
        how = {Period.WEEK: QCoreApplication.translate("guide", "An amount per week: enter the week's total, dated the week's last day."),
               Period.MONTH: QCoreApplication.translate("guide", "An amount per month: enter the month's total, dated the month's last day."),
               Period.DAY: QCoreApplication.translate("guide", "An amount per day: enter the day's total.")}[kpi.period or Period.WEEK]
    else:
        how = QCoreApplication.translate("guide", "A rate or an average: enter its level over the period you measure, as your analytics show it.")
    if kpi.unit is Unit.PERCENT:
        how += " " + QCoreApplication.translate("guide", "Written as a percentage, from 0 to 100.")
    if kpi.direction is Direction.DOWN:
        how += " " + QCoreApplication.translate("guide", "Lower is better.")
    return how


def kpi_anchor(kpi_id: str) -> str:
    return f"kpi-{kpi_id}"


def kpis_page() -> str:
    groups = (
        (KpiKind.TOTAL, QCoreApplication.translate("guide", "Totals that grow")),
        (KpiKind.FLOW, QCoreApplication.translate("guide", "Amounts per week or month")),
        (KpiKind.RATE, QCoreApplication.translate("guide", "Rates and averages")),
    )
    out = [f"<h2>{html.escape(page_title('kpis'))}</h2>",
           _p(QCoreApplication.translate("guide", "A KPI (key performance indicator) is the one number a goal is measured by. Each is listed "
                 "here with what it counts and an example.")),
           _p(QCoreApplication.translate("guide", "There are three engagement rates, and they are not comparable: the same post has a small rate "
                 "per follower, a larger one per impression and the largest per person reached. Compare your "
                 "figure only with figures of the same kind."))]
    for kind, heading in groups:
        out.append(f"<h3>{html.escape(heading)}</h3>")
        for kpi in (k for k in catalog.KPIS if k.kind is kind):
            name = translated("catalog", kpi.name)
            out.append(f'<p><a name="{kpi_anchor(kpi.id)}"></a><b>{html.escape(name)}</b><br>'
                       f"{html.escape(translated('catalog', kpi.description))}<br>"
                       + "<i>" + html.escape(fill(QCoreApplication.translate("guide", "Example: %1"),
                                                  localize_digits(translated("catalog", kpi.example))))
                       + f"</i><br>{html.escape(_kind_line(kpi))}</p>")
    return "".join(out)


def objectives_page() -> str:
    out = [f"<h2>{html.escape(page_title('objectives'))}</h2>",
           _p(QCoreApplication.translate("guide", "Every goal serves one objective. Objectives come in three families:"))]
    for family in catalog.Family:
        out.append(_term(fill(QCoreApplication.translate("guide", "%1:"), translated("families",
                                                                                    FAMILY_NAMES[family])),
                         translated("families", FAMILY_HINTS[family])))
    for o in catalog.OBJECTIVES:
        kpis = QCoreApplication.translate("describe", ", ").join(translated("catalog", catalog.kpi(k).name)
                                                                for k in o.kpis)
        platforms = QCoreApplication.translate("describe", ", ").join(
            translated("catalog", catalog.platform(p).name) for p in o.recommended)
        out.append(f"<h3>{html.escape(translated('catalog', o.name))}</h3>"
                   + _p(f"{translated('catalog', o.summary)} ({translated('families', FAMILY_NAMES[o.family])})")
                   + _p(fill(QCoreApplication.translate("guide", "Measured by: %1."), kpis))
                   + _p(fill(QCoreApplication.translate("guide", "Platforms that suit it: %1. %2"), platforms,
                             translated("catalog", o.why_recommended))))
    return "".join(out)


def chart_page() -> str:
    items = (
        (QCoreApplication.translate("guide", "Dashed line"),
         QCoreApplication.translate("guide", "The target line: where the goal expects you to be each day, from the "
                                             "baseline at the start to the target at the deadline (the star). "
                                             "Totals such as followers rise smoothly; amounts per week climb in "
                                             "weekly steps; rates move up once a month.")),
        (QCoreApplication.translate("guide", "Grey band"),
         QCoreApplication.translate("guide", "The margin around the target line within which a goal counts as on "
                                             "track.")),
        (QCoreApplication.translate("guide", "Dots"),
         QCoreApplication.translate("guide", "Your figures, one colour per platform. With several platforms, a dark "
                                             "line adds them up (or averages a rate).")),
        (QCoreApplication.translate("guide", "Dotted purple line"),
         QCoreApplication.translate("guide", "The forecast: where your own recent pace leads, with a pale band for "
                                             "how sure it is. It appears once there are three figures on different "
                                             "days.")),
        (QCoreApplication.translate("guide", "Red line"), QCoreApplication.translate("guide", "Today.")),
        (QCoreApplication.translate("guide", "Diamonds and triangles"),
         QCoreApplication.translate("guide", "Your milestones (yellow diamonds) and your notes (small dark "
                                             "triangles: hover over one to read all of it).")),
    )
    return (f"<h2>{html.escape(page_title('chart'))}</h2>"
            + "".join(_term(fill(QCoreApplication.translate("guide", "%1:"), a), b) for a, b in items)
            + _p(QCoreApplication.translate("guide", "Beside the chart, in sentences: whether you are ahead, on track "
                                                     "or behind and by how much, when the target is reached at this "
                                                     "pace, and what you need each week from today."))
            + _p(QCoreApplication.translate("guide", "Hover over the chart to read the date, your figures and the "
                                                     "target line there. Scroll to zoom, drag to move; the first "
                                                     "button beside the chart shows the whole goal again.")))


class GuideDialog(QDialog):
    """The guide, beside the window (not modal): pages on the side, the text beside them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(self.tr("Guide"))
        self.setWindowIcon(icon("guide"))
        self.setModal(False)
        self.pages = QListWidget()
        self.pages.setObjectName("guidePages")
        self.pages.setMaximumWidth(220)
        for page in PAGES:
            item = QListWidgetItem(page_title(page))
            item.setData(Qt.ItemDataRole.UserRole, page)
            self.pages.addItem(item)
        self.text = QTextBrowser()
        self.text.setObjectName("guideText")
        self.text.setOpenLinks(False)
        self.text.anchorClicked.connect(self._link)
        self.pages.currentRowChanged.connect(self._show_page)
        layout = QHBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.text, 1)
        self.resize(820, 600)
        self.pages.setCurrentRow(0)

    def _show_page(self, row: int) -> None:
        page = PAGES[max(0, row)]
        body = {"smart": smart_page, "kpis": kpis_page, "objectives": objectives_page, "chart": chart_page}[page]()
        direction = "rtl" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "ltr"
        self.text.setHtml(f'<div dir="{direction}">{body}</div>')

    def page(self) -> str:
        return PAGES[self.pages.currentRow()]

    def show_topic(self, topic: str) -> None:
        """Show a page ("smart", "kpis", "objectives", "chart") or a KPI (its catalog id)."""
        if topic in PAGES:
            self.pages.setCurrentRow(PAGES.index(topic))
        elif catalog.is_kpi(topic):
            self.pages.setCurrentRow(PAGES.index("kpis"))
            self.text.scrollToAnchor(kpi_anchor(topic))

    def _link(self, url: QUrl) -> None:
        self.show_topic(url.fragment() or url.path())


def open_guide(parent: QWidget, topic: str = "") -> GuideDialog:
    """The guide window of *parent* (made once), shown at *topic*: also usable from a modal dialog such as
    the goal wizard, since the guide is then its child."""
    guide = parent.findChild(GuideDialog, "guideDialog")
    if guide is None:
        guide = GuideDialog(parent)
    guide.show_topic(topic)
    guide.show()
    guide.raise_()
    guide.activateWindow()
    return guide

