"""Colours the whole UI agrees on: verdict chips, platforms, severities."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from planner.domain.verdict import Verdict

#: One colour per verdict, in the list, the header, the cards, the chart's side and the PDF.
VERDICT_COLOURS = {
    Verdict.ACHIEVED: QColor("#1565c0"),
    Verdict.MISSED: QColor("#616161"),
    Verdict.UNREALISTIC: QColor("#6a1b9a"),
    Verdict.OFF_COURSE: QColor("#c62828"),
    Verdict.AT_RISK: QColor("#e65100"),
    Verdict.AHEAD: QColor("#00796b"),
    Verdict.ON_COURSE: QColor("#2e7d32"),
    Verdict.NO_DATA: QColor("#757575"),
}

PLATFORM_COLOURS = {
    "facebook": QColor("#1877f2"),
    "instagram": QColor("#d62976"),
    "x": QColor("#222222"),
    "youtube": QColor("#ff0000"),
    "tiktok": QColor("#00a3a3"),
    "linkedin": QColor("#0a66c2"),
    "pinterest": QColor("#bd081c"),
    "snapchat": QColor("#c9b800"),
    "website": QColor("#6d4c41"),
    "clubhouse": QColor("#8d6e63"),
    "spotify": QColor("#1db954"),
    "shopify": QColor("#5e8e3e"),
    "whatsapp": QColor("#128c7e"),
    "telegram": QColor("#229ed9"),
    "google_business": QColor("#4285f4"),
}
TOTAL_COLOUR = QColor("#37474f")
#: Text on the chart, all at least 4.5:1 against LABEL_FILL and the white plot (WCAG AA for small text).
CHART_INK = "#263238"
TODAY_INK = "#b71c1c"
MILESTONE_INK = "#5d4037"
#: Behind a chart label: it stays readable over lines and bands.
LABEL_FILL = QColor(255, 255, 255, 235)
TARGET_COLOUR = QColor("#546e7a")
EDGE_COLOUR = QColor("#d84315")  # the band's edge the figures must not cross
FORECAST_COLOUR = QColor("#8e24aa")
#: A season's shade on the chart: a pause, a slower season, a faster one (light, behind everything).
SEASON_COLOURS = (QColor(120, 144, 156, 45), QColor(255, 193, 7, 45), QColor(67, 160, 71, 40))
#: A check-in's mark by its confidence, from 1 (red) to 5 (green).
CONFIDENCE_COLOURS = {1: QColor("#c62828"), 2: QColor("#ef6c00"), 3: QColor("#f9a825"), 4: QColor("#7cb342"),
                      5: QColor("#2e7d32")}


def emphasize(widget: QWidget, scale: float = 1.0) -> QWidget:
    """Bold, and *scale* times the usual size: the headings of the window."""
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    widget.setFont(font)
    return widget
