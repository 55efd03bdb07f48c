"""What the importers say, in the user's language: their messages rendered through Qt's translations.

The importers write each message as an English template with its values
(``planner.exchange.messages``); here the template is translated
under the context ``import``, KPI and platform names come from the catalog's
translations, and numbers and dates are written in the user's locale and
calendar.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication

from planner.domain import catalog
from planner.exchange.messages import CONTEXT, SPAN_TEMPLATE, Msg, Renderer
from planner.ui.chart.goal_plot import platform_name
from planner.ui.formatting import counted, format_date, format_number, localize_digits, translated


class _Local(Renderer):
    def translate(self, template: str) -> str:
        # marked in the importers with QT_TRANSLATE_NOOP; the template's own digits ("below 0") in the
        # user's digits, while the cells and headers put into it stay as the file has them
        return localize_digits(QCoreApplication.translate(CONTEXT, template))

    def kpi(self, kpi_id: str) -> str:
        return translated("catalog", catalog.kpi(kpi_id).name) if catalog.is_kpi(kpi_id) else kpi_id

    def platform(self, platform_id: str | None) -> str:
        return platform_name(platform_id) if platform_id is None or catalog.is_platform(platform_id) else platform_id

    def count(self, n: int) -> str:
        return format_number(n)

    def counted(self, key: str, n: int) -> str:
        return counted(key, n)  # Qt's plural forms: Arabic's six, Persian's one

    def span(self, first: date, last: date) -> str:
        return self.translate(SPAN_TEMPLATE).format(first=self.day(first, True), last=self.day(last, True))

    def number(self, value: float) -> str:
        return format_number(value, 0 if value == int(value) else 2)

    def day(self, day: date, long: bool) -> str:
        return format_date(day, long=long)

    def phrase(self, context: str, text: str) -> str:
        return QCoreApplication.translate(context, text)

    def join(self, items: list[str]) -> str:
        if len(items) <= 1:
            return "".join(items)
        return QCoreApplication.translate("describe", ", ").join(items[:-1]) \
            + QCoreApplication.translate("import", " and ") + items[-1]

    def value(self, value: object) -> str:
        if isinstance(value, str):  # a cell, a header, a file name: as the file has them, in its own direction
            rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
            return f"\u2068{value}\u2069" if value and rtl else value
        return super().value(value)


_LOCAL = _Local()


def text(msg: Msg) -> str:
    """*msg* in the user's language: numbers and dates in the locale's digits and calendar, cells as written."""
    return _LOCAL.render(msg)
