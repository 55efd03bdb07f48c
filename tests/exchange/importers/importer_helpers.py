"""Helpers for the importer tests: fixture paths and figures collected by date and platform."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from planner.exchange.importers import Figure, ImportSource, Note, Rejected, Skipped

DATA = Path(__file__).resolve().parents[2] / "data" / "imports"


class Collected:
    """Figures of one KPI keyed by (ISO date, platform), rejected rows keyed by row, rows skipped counted by
    why (in English), and the notes (in English)."""

    def __init__(self, source: ImportSource, kpi: str, platforms: tuple[str, ...] = ()) -> None:
        self.figures: dict[tuple[str, str | None], Figure] = {}
        self.rejected: dict[int, Rejected] = {}
        self.skipped: Counter[str] = Counter()
        self.notes: list[str] = []
        for item in source.figures(kpi, platforms=platforms):
            if isinstance(item, Figure):
                key = (item.date.isoformat(), item.platform)
                assert key not in self.figures, f"two figures for {key}"
                self.figures[key] = item
            elif isinstance(item, Rejected):
                self.rejected[item.row] = item
            elif isinstance(item, Skipped):
                self.skipped[str(item.why)] += 1
            else:
                assert isinstance(item, Note)
                self.notes.append(str(item.message))

    def value(self, day: str, platform: str | None) -> float:
        return self.figures[(day, platform)].value

    def days(self) -> list[str]:
        return sorted({d for d, _ in self.figures})


def collect(source: ImportSource, kpi: str, platforms: tuple[str, ...] = ()) -> Collected:
    return Collected(source, kpi, platforms)
