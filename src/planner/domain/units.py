"""Plain-text figures in a KPI's unit, for the CLI and other places without a locale.

The window formats with QLocale instead (digits and separators of the user's
language); both take the number of decimals from here.
"""

from __future__ import annotations

from planner.domain.catalog import Kpi, Unit


def decimals(kpi: Kpi, value: float) -> int:
    """Decimals worth showing: none for whole counts, two for rates and small numbers."""
    if kpi.unit is Unit.COUNT and float(value).is_integer():
        return 0
    if kpi.unit in (Unit.PERCENT, Unit.HOURS, Unit.CURRENCY) or abs(value) < 100:
        return 2 if not float(value).is_integer() else 0
    return 0


def format_value(kpi: Kpi, value: float, currency: str = "") -> str:
    text = f"{value:,.{decimals(kpi, value)}f}"
    if kpi.unit is Unit.PERCENT:
        return f"{text}%"
    if kpi.unit is Unit.HOURS:
        return f"{text} h"
    if kpi.unit is Unit.CURRENCY and currency:
        return f"{text} {currency}"
    return text
