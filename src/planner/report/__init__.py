"""The PDF goal summary of a plan (Qt: QPdfWriter, QTextDocument and the screen's chart code)."""

from planner.report.pdf_report import (
    PageNumber,
    ReportData,
    ReportError,
    ReportOptions,
    UnknownGoalError,
    render_pages,
    write_report,
)

__all__ = ["PageNumber", "ReportData", "ReportError", "ReportOptions", "UnknownGoalError", "render_pages",
           "write_report"]
