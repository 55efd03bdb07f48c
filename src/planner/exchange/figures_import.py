"""Importing figures into a goal: read and check everything first, then write in one go.

``read`` streams a recognised file once, checks every figure against the
goal's KPI (no negative counts, no percentage over 100, no future dates),
counts the duplicates of figures already in the plan, and keeps the figures
in compact arrays (a million rows is about 17 MB), so the preview can show
what will happen and ``write`` needs no second pass over the file.  ``write``
is one transaction: a cancel or a failure leaves the plan as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import numpy as np

from planner.domain import catalog
from planner.domain.goals import Observation, value_problems
from planner.exchange.importers import Figure, ImportCancelled, ImportSource, Rejected
from planner.store.repository import OnDuplicate, Repository

#: Rows shown in the preview; every figure is still imported.
SAMPLE_ROWS = 200
#: Rejected rows listed one by one; the rest are counted.
MAX_LISTED_REJECTED = 1000
CHECK_EVERY = 4096


@dataclass
class Preview:
    source: ImportSource
    kpi: str
    count: int = 0
    duplicates: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    rejected_total: int = 0
    sample: list[Figure] = field(default_factory=list)
    first: date | None = None
    last: date | None = None
    platforms: list[str | None] = field(default_factory=list)
    days: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int32))
    platform_codes: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int16))
    values: np.ndarray = field(default_factory=lambda: np.zeros(0, np.float64))

    def reject(self, rejected: Rejected) -> None:
        self.rejected_total += 1
        if len(self.rejected) < MAX_LISTED_REJECTED:
            self.rejected.append(rejected)

    def rows(self) -> Iterator[tuple[str | None, str, float]]:
        """(platform, ISO date, value) for every figure understood, in file order."""
        names = self.platforms
        ordinals = self.days.tolist()
        codes = self.platform_codes.tolist()
        iso = {}
        for ordinal, code, value in zip(ordinals, codes, self.values.tolist(), strict=True):
            day = iso.get(ordinal)
            if day is None:
                day = iso[ordinal] = date.fromordinal(ordinal).isoformat()
            yield names[code], day, value


class _Growing:
    """Append-only columns, in chunks turned into numpy arrays: no per-row Python object survives."""

    CHUNK = 65536

    def __init__(self) -> None:
        self.chunks: list[tuple[np.ndarray, ...]] = []
        self.rows: list[tuple[int, int, float, int]] = []

    def add(self, ordinal: int, code: int, value: float, line: int) -> None:
        self.rows.append((ordinal, code, value, line))
        if len(self.rows) == self.CHUNK:
            self._flush()

    def _flush(self) -> None:
        if self.rows:
            days, codes, values, lines = zip(*self.rows, strict=True)
            self.chunks.append((np.array(days, np.int32), np.array(codes, np.int16), np.array(values, np.float64),
                                np.array(lines, np.int64)))
            self.rows = []

    def columns(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        self._flush()
        if not self.chunks:
            return (np.zeros(0, np.int32), np.zeros(0, np.int16), np.zeros(0, np.float64), np.zeros(0, np.int64))
        return tuple(np.concatenate(parts) for parts in zip(*self.chunks, strict=True))  # type: ignore[return-value]


def _keys(days: np.ndarray, codes: np.ndarray) -> np.ndarray:
    return days.astype(np.int64) * 65536 + codes


def read(source: ImportSource, kpi_id: str, *, platform: str | None, existing: set[tuple[str | None, date]],
         today: date, progress: Callable[[float], None] | None = None,
         cancelled: Callable[[], bool] | None = None) -> Preview:
    """Everything the file gives for *kpi_id*, checked; figures without a platform get *platform*."""
    kpi = catalog.kpi(kpi_id)
    preview = Preview(source, kpi_id)
    latest = today + timedelta(days=1)  # a day's grace for time zones
    codes: dict[str | None, int] = {}
    store = _Growing()
    for item in source.figures(kpi_id, progress=progress, cancelled=cancelled):
        if isinstance(item, Rejected):
            preview.reject(item)
            continue
        problems = value_problems(kpi, item.value)
        if problems:
            preview.reject(Rejected(item.line, f"value {item.value:g} {problems[0]}"))
            continue
        if item.date > latest:
            preview.reject(Rejected(item.line, f"date {item.date.isoformat()} is in the future"))
            continue
        where = item.platform or platform
        store.add(item.date.toordinal(), codes.setdefault(where, len(codes)), item.value, item.line)
        if len(preview.sample) < SAMPLE_ROWS:
            preview.sample.append(Figure(item.line, item.date, where, item.value))
    days, plat, values, lines = store.columns()
    names = list(codes)
    # A second figure for the same platform and day in one file: keep the first, reject the others.
    keys = _keys(days, plat)
    order = np.argsort(keys, kind="stable")
    repeat = np.zeros(len(keys), bool)
    repeat[order[1:]] = keys[order[1:]] == keys[order[:-1]]
    for i in np.flatnonzero(repeat).tolist():
        day = date.fromordinal(int(days[i])).isoformat()
        preview.reject(Rejected(int(lines[i]), f"a second figure for {names[plat[i]] or 'all platforms'} on {day}"))
    keep = ~repeat
    preview.days, preview.platform_codes, preview.values = days[keep], plat[keep], values[keep]
    preview.platforms = names
    preview.count = int(keep.sum())
    if preview.count:
        preview.first = date.fromordinal(int(preview.days.min()))
        preview.last = date.fromordinal(int(preview.days.max()))
        known = [(codes[p], d.toordinal()) for p, d in existing if p in codes]
        if known:
            existing_keys = _keys(np.array([d for _, d in known], np.int32), np.array([c for c, _ in known], np.int16))
            preview.duplicates = int(np.isin(_keys(preview.days, preview.platform_codes), existing_keys).sum())
    return preview


def write(repo: Repository, goal_id: int, preview: Preview, on_duplicate: OnDuplicate, imported_at: datetime,
          progress: Callable[[float], None] | None = None,
          cancelled: Callable[[], bool] | None = None) -> tuple[int, list[Observation]]:
    """Store the previewed figures in one transaction; ImportCancelled rolls everything back."""
    total = max(preview.count, 1)

    def watched() -> Iterator[tuple[str | None, str, float]]:
        for i, row in enumerate(preview.rows()):
            if i % CHECK_EVERY == 0:
                if cancelled is not None and cancelled():
                    raise ImportCancelled()
                if progress is not None:
                    progress(i / total)
            yield row

    source = f"import: {preview.source.layout} ({preview.source.path.name})"
    result = repo.import_figures(goal_id, watched(), source=source[:200], imported_at=imported_at,
                                 on_duplicate=on_duplicate)
    if progress is not None:
        progress(1.0)
    return result
