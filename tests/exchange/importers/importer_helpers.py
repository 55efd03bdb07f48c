"""Helpers for the importer tests: fixture paths and figures collected by date and platform."""

from __future__ import annotations

from pathlib import Path

from planner.exchange.importers import Figure, ImportSource, Rejected

DATA = Path(__file__).resolve().parents[2] / "data" / "imports"


class Collected:
    """Figures of one KPI keyed by (ISO date, platform), and rejected rows keyed by line."""

    def __init__(self, source: ImportSource, kpi: str) -> None:
        self.figures: dict[tuple[str, str | None], Figure] = {}
        self.rejected: dict[int, Rejected] = {}
        for item in source.figures(kpi):
            if isinstance(item, Figure):
                key = (item.date.isoformat(), item.platform)
                assert key not in self.figures, f"two figures for {key}"
                self.figures[key] = item
            else:
                self.rejected[item.line] = item

    def value(self, day: str, platform: str | None) -> float:
        return self.figures[(day, platform)].value

    def days(self) -> list[str]:
        return sorted({d for d, _ in self.figures})


def collect(source: ImportSource, kpi: str) -> Collected:
    return Collected(source, kpi)
