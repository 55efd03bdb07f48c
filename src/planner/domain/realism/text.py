"""Numbers, dates and platform lists as the engine writes them into a finding's values (English)."""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import date

from planner.domain import catalog
from planner.domain.catalog import Kpi, Unit

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


def _num(x: float) -> str:
    """A readable English number: 2,400 / 12.5 / 0.063."""
    if not math.isfinite(x):
        return "∞" if x > 0 else "-∞"
    if abs(x) >= 1e9:  # only absurd targets get here: the order of magnitude says enough
        return f"{x:.2g}"
    if abs(x) >= 100:
        return f"{x:,.0f}"
    if abs(x) >= 10:
        return f"{x:,.1f}".removesuffix(".0")
    if abs(x) >= 0.001:
        text = f"{x:.3g}"
        return text if "e" not in text else f"{x:.3f}"
    return "0"


def _value(kpi: Kpi, x: float) -> str:
    if kpi.unit is Unit.PERCENT:
        return f"{_num(x)}%"
    if kpi.unit is Unit.HOURS:
        return f"{_num(x)} h"
    return _num(x)


def _pct(x: float) -> str:
    return f"{_num(x)}%"


def _date(d: date) -> str:
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


def _platform_names(ids: Iterable[str]) -> str:
    return ", ".join(catalog.platform(p).name for p in ids)

