"""Colours the whole UI agrees on: status chips, platforms, severities."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from planner.domain.progress import Status

STATUS_COLOURS = {
    Status.ON_TRACK: QColor("#2e7d32"),
    Status.AHEAD: QColor("#00897b"),
    Status.BEHIND: QColor("#ef6c00"),
    Status.AT_RISK: QColor("#c62828"),
    Status.DONE: QColor("#1565c0"),
    Status.MISSED: QColor("#616161"),
    Status.NO_DATA: QColor("#9e9e9e"),
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
TARGET_COLOUR = QColor("#546e7a")
FORECAST_COLOUR = QColor("#8e24aa")


def emphasize(widget: QWidget, scale: float = 1.0) -> QWidget:
    """Bold, and *scale* times the usual size: the headings of the window."""
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    widget.setFont(font)
    return widget
