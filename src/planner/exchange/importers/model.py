"""What an import produces: figures, rejected rows, errors, and the source that streams them."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

Progress = Callable[[float], None]
Cancelled = Callable[[], bool]
Cell = Any  # str from text files; str, float, int, bool, date or datetime from spreadsheets


class ImportFileError(Exception):
    """The whole file is unusable; the message names the file and the problem."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path.name}: {problem}")
        self.path = path
        self.problem = problem


class ImportCancelled(Exception):
    """The caller's ``cancelled()`` returned True while figures were being read."""


@dataclass(frozen=True)
class Rejected:
    """A row left out, with why: ``line`` is the 1-based physical line (row number in a sheet)."""

    line: int
    reason: str
    sheet: str | None = None

    def __str__(self) -> str:
        where = f"{self.sheet} row {self.line}" if self.sheet else f"line {self.line}"
        return f"{where}: {self.reason}"


@dataclass(frozen=True, slots=True, init=False)
class Figure:
    """One KPI value for one day (and platform), with the line it came from (first line of a roll-up)."""

    line: int
    date: date
    platform: str | None
    value: float

    def __init__(self, line: int, date: date, platform: str | None, value: float) -> None:
        # Frozen, but filled through the slot descriptors: big imports make millions of these,
        # and the generated __init__ (object.__setattr__ per field) doubles the import time.
        _SET_LINE(self, line)
        _SET_DATE(self, date)
        _SET_PLATFORM(self, platform)
        _SET_VALUE(self, value)


_SET_LINE, _SET_DATE, _SET_PLATFORM, _SET_VALUE = (getattr(Figure, n).__set__ for n in ("line", "date", "platform",
                                                                                         "value"))


class Batch:
    """Many figures at once, as columns: how big files travel without a Python object per row."""

    __slots__ = ("lines", "ordinals", "platforms", "values")

    def __init__(self, lines: Any, ordinals: Any, platforms: list[str | None], values: Any) -> None:
        self.lines = lines  # numpy int64: the physical line of each figure
        self.ordinals = ordinals  # numpy int64: date.toordinal() of each figure
        self.platforms = platforms  # the platform of each figure
        self.values = values  # numpy float64

    def __len__(self) -> int:
        return len(self.values)


@dataclass(frozen=True)
class GenericMapping:
    """Which columns of a home-made table hold the date and the value (and optionally the platform)."""

    date_column: str
    value_column: str
    date_format: str | None = None  # None = detect; e.g. "%Y-%m-%d", "%d/%m/%Y", "%m/%d/%Y", "%d.%m.%Y"
    platform: str | None = None
    platform_column: str | None = None


class Watch:
    """Reports progress and checks for cancellation every few thousand rows, cheaply."""

    EVERY = 2048

    def __init__(self, progress: Progress | None, cancelled: Cancelled | None) -> None:
        self.progress = progress
        self.cancelled = cancelled

    def __call__(self, fraction: float) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ImportCancelled()
        if self.progress is not None:
            self.progress(min(1.0, max(0.0, fraction)))

    def done(self) -> None:
        if self.progress is not None:
            self.progress(1.0)


class ImportSource:
    """A recognised file: what it is, which KPIs it can give, and a stream of figures for one of them."""

    def __init__(self, path: Path, layout: str, platform: str | None, metrics: Iterable[str],
                 columns: Iterable[str] = (), note: str = "") -> None:
        self.path = path
        self.layout = layout
        self.platform = platform
        self.metrics = tuple(metrics)
        self.columns = tuple(columns)
        self.note = note  # why a KPI the user may expect is missing, shown with the layout

    def __repr__(self) -> str:
        return f"ImportSource({self.path.name!r}, {self.layout!r}, metrics={self.metrics})"

    def figures(self, kpi: str, *, progress: Progress | None = None,
                cancelled: Cancelled | None = None) -> Iterator[Figure | Rejected]:
        """One Figure per date (and platform) for *kpi*, and a Rejected for every row not read safely."""
        if kpi not in self.metrics:
            has = ", ".join(self.metrics) if self.metrics else "no figure the planner tracks"
            extra = f" ({self.note})" if self.note else ""
            raise ImportFileError(self.path, f"does not contain {kpi}; it contains {has}{extra}")
        return self._figures(kpi, Watch(progress, cancelled))

    def _figures(self, kpi: str, watch: Watch) -> Iterator[Figure | Rejected]:
        raise NotImplementedError

    def batches(self, kpi: str, *, progress: Progress | None = None,
                cancelled: Cancelled | None = None) -> Iterator[Batch | Figure | Rejected]:
        """The same figures as ``figures``; a layout that can read columns at once yields Batches."""
        return self.figures(kpi, progress=progress, cancelled=cancelled)
