"""Importing figures into a goal: read and check everything first, then write in one go.

``read`` streams a recognised file once, checks every figure against the
goal's KPI (no negative counts, no percentage over 100, no future dates, one
figure per platform and day), counts the duplicates of figures already in
the plan, and keeps the figures in compact numpy columns (a million rows is
about 20 MB), so the preview can show what will happen and ``write`` needs no
second pass over the file.  ``write`` is one transaction: a cancel or a
failure leaves the plan as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import numpy as np

from planner.domain import catalog
from planner.domain.catalog import Unit
from planner.domain.goals import FIRST_DAY, LAST_DAY, Observation, date_problems
from planner.exchange.importers import Batch, Figure, ImportCancelled, ImportSource, Rejected
from planner.store.repository import OnDuplicate, Repository

#: Rows shown in the preview; every figure is still imported.
SAMPLE_ROWS = 200
#: Rejected rows listed one by one; the rest are counted.
MAX_LISTED_REJECTED = 1000
#: Rows written between two looks at Cancel.
WRITE_CHUNK = 16384
_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()


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
    days: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))  # date ordinals
    platform_codes: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    values: np.ndarray = field(default_factory=lambda: np.zeros(0, np.float64))

    def reject(self, rejected: Rejected) -> None:
        self.rejected_total += 1
        if len(self.rejected) < MAX_LISTED_REJECTED:
            self.rejected.append(rejected)

    def chunks(self) -> Iterator[tuple[list[str | None], list[str], list[float]]]:
        """(platforms, ISO dates, values) for every figure understood, WRITE_CHUNK at a time."""
        names = np.array(self.platforms + [None], dtype=object)
        for start in range(0, self.count, WRITE_CHUNK):
            stop = start + WRITE_CHUNK
            days = (self.days[start:stop] - _EPOCH_ORDINAL).astype("datetime64[D]")
            yield (names[self.platform_codes[start:stop]].tolist(), np.datetime_as_string(days).tolist(),
                   self.values[start:stop].tolist())


class _Columns:
    """Figures gathered in numpy pieces, joined at the end."""

    def __init__(self) -> None:
        self.parts: list[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]] = []
        self.rows: list[tuple[int, int, int, float]] = []

    def add_row(self, line: int, ordinal: int, code: int, value: float) -> None:
        self.rows.append((line, ordinal, code, value))
        if len(self.rows) >= WRITE_CHUNK:
            self._flush()

    def add(self, lines: np.ndarray, ordinals: np.ndarray, codes: np.ndarray, values: np.ndarray) -> None:
        self._flush()
        self.parts.append((lines, ordinals, codes, values))

    def _flush(self) -> None:
        if self.rows:
            cols = list(zip(*self.rows, strict=True))
            self.parts.append((np.array(cols[0], np.int64), np.array(cols[1], np.int64),
                               np.array(cols[2], np.int64), np.array(cols[3], np.float64)))
            self.rows = []

    def joined(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        self._flush()
        if not self.parts:
            return (np.zeros(0, np.int64),) * 3 + (np.zeros(0, np.float64),)  # type: ignore[return-value]
        return tuple(np.concatenate(p) for p in zip(*self.parts, strict=True))  # type: ignore[return-value]


def read(source: ImportSource, kpi_id: str, *, platform: str | None, existing: set[tuple[str | None, date]],
         today: date, progress: Callable[[float], None] | None = None,
         cancelled: Callable[[], bool] | None = None) -> Preview:
    """Everything the file gives for *kpi_id*, checked; figures without a platform get *platform*."""
    preview = Preview(source, kpi_id)
    codes: dict[str | None, int] = {}
    store = _Columns()
    for item in source.batches(kpi_id, progress=progress, cancelled=cancelled):
        if type(item) is Batch:
            where = [p or platform for p in item.platforms]
            for p in set(where) - codes.keys():
                codes[p] = len(codes)
            store.add(item.lines, item.ordinals, np.array([codes[p] for p in where], np.int64), item.values)
            for i in range(min(len(item), SAMPLE_ROWS - len(preview.sample))):
                preview.sample.append(Figure(int(item.lines[i]), date.fromordinal(int(item.ordinals[i])), where[i],
                                             float(item.values[i])))
        elif type(item) is Rejected:
            preview.reject(item)
        else:
            where = item.platform or platform
            code = codes.setdefault(where, len(codes))
            store.add_row(item.line, item.date.toordinal(), code, item.value)
            if len(preview.sample) < SAMPLE_ROWS:
                preview.sample.append(Figure(item.line, item.date, where, item.value))
    lines, days, plat, values = store.joined()
    names = list(codes)
    bad = _checks(catalog.kpi(kpi_id), lines, days, plat, values, names, today)
    for i, reason in sorted(bad.items()):
        preview.reject(Rejected(int(lines[i]), reason))
    keep = np.ones(len(values), bool)
    keep[list(bad)] = False
    left_out = {int(lines[i]) for i in bad}
    preview.sample = [f for f in preview.sample if f.line not in left_out]
    preview.days, preview.platform_codes, preview.values = days[keep], plat[keep], values[keep]
    preview.platforms = names
    preview.count = int(keep.sum())
    if preview.count:
        preview.first = date.fromordinal(int(preview.days.min()))
        preview.last = date.fromordinal(int(preview.days.max()))
        known = [(codes[p], d.toordinal()) for p, d in existing if p in codes]
        if known:
            existing_keys = _keys(np.array([d for _, d in known], np.int64), np.array([c for c, _ in known]))
            preview.duplicates = int(np.isin(_keys(preview.days, preview.platform_codes), existing_keys).sum())
    return preview


def _keys(days: np.ndarray, codes: np.ndarray) -> np.ndarray:
    return days.astype(np.int64) * 65536 + codes


def _checks(kpi: catalog.Kpi, lines: np.ndarray, days: np.ndarray, codes: np.ndarray, values: np.ndarray,
            names: list[str | None], today: date) -> dict[int, str]:
    """Row index -> why it is left out: impossible values, future dates, a second figure for a day."""
    bad: dict[int, str] = {}
    top = 100.0 if kpi.unit is Unit.PERCENT else np.inf
    for i in np.flatnonzero(~np.isfinite(values) | (values < 0) | (values > top)).tolist():
        v = values[i]
        why = ("is not a finite number" if not np.isfinite(v) else "cannot be negative" if v < 0
               else "is a percentage over 100")
        bad[i] = f"value {v:g} {why}"
    latest = (today + timedelta(days=1)).toordinal()  # a day's grace for time zones
    for i in np.flatnonzero(days > latest).tolist():
        bad.setdefault(i, f"date {date.fromordinal(int(days[i])).isoformat()} is in the future")
    for i in np.flatnonzero((days < FIRST_DAY.toordinal()) | (days > LAST_DAY.toordinal())).tolist():
        bad.setdefault(i, f"date {date.fromordinal(int(days[i])).isoformat()} {date_problems(date.min)[0]}")
    keys = _keys(days, codes)
    order = np.argsort(keys, kind="stable")
    repeat_mask = np.zeros(len(keys), bool)
    repeat_mask[order[1:]] = keys[order[1:]] == keys[order[:-1]]
    for i in np.flatnonzero(repeat_mask).tolist():
        day = date.fromordinal(int(days[i])).isoformat()
        bad.setdefault(i, f"a second figure for {names[codes[i]] or 'all platforms'} on {day}")
    return bad


def write(repo: Repository, goal_id: int, preview: Preview, on_duplicate: OnDuplicate, imported_at: datetime,
          progress: Callable[[float], None] | None = None,
          cancelled: Callable[[], bool] | None = None) -> tuple[int, list[Observation]]:
    """Store the previewed figures in one transaction; ImportCancelled rolls everything back."""
    total = max(preview.count, 1)

    def rows() -> Iterator[tuple[str | None, str, float]]:
        done = 0
        for platforms, days, values in preview.chunks():
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            if progress is not None:
                progress(done / total)
            yield from zip(platforms, days, values)
            done += len(values)

    source = f"import: {preview.source.layout} ({preview.source.path.name})"
    result = repo.import_figures(goal_id, rows(), source=source[:200], imported_at=imported_at,
                                 on_duplicate=on_duplicate)
    if progress is not None:
        progress(1.0)
    return result
