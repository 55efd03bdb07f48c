"""Importing figures into a goal: read and check everything first, then write in one go.

``read`` streams a recognised file once, checks every figure against the
goal's KPI (no negative counts, no percentage over 100, no future dates, one
figure per platform and day), counts the duplicates of figures already in
the plan and the figures of platforms the goal is not on, and keeps the
figures in compact numpy columns (a million rows is about 20 MB), so the
preview can show what will happen and ``write`` needs no second pass over the
file.  A followers goal can take a file of daily follower changes with one
count the owner types: the totals are rebuilt from it.  An amount per week or
per month gets one figure per period of the goal, the sum of its days
(``per_period``).  ``write`` is one transaction: a cancel or a failure leaves
the plan as it was.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import StrEnum

import numpy as np

from planner.domain import catalog
from planner.domain.catalog import KpiKind, Unit
from planner.domain.goals import FIRST_DAY, LAST_DAY, Goal, GoalPlatform, Observation, date_problems
from planner.domain.i18n import QT_TRANSLATE_NOOP
from planner.exchange.importers import Batch, Figure, ImportCancelled, ImportSource, Msg, Note, Rejected, Skipped
from planner.exchange import per_period
from planner.exchange.messages import Day, KpiName, Number, Phrase, PlatformName
from planner.exchange.rebuilt_totals import Anchor, rebuild
from planner.store.repository import OnDuplicate, Repository

#: Rows shown in the preview; every figure is still imported.
SAMPLE_ROWS = 200
#: Rejected rows kept one by one; the rest are counted.
MAX_LISTED_REJECTED = 1000
#: Rows written between two looks at Cancel.
WRITE_CHUNK = 4096
#: A figure may be dated up to this many days after today: the platforms' day ends later in other time zones.
FUTURE_GRACE_DAYS = 1
_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()


class Others(StrEnum):
    """What to do with figures of platforms the goal is not on."""

    REFUSE = "refuse"  # nothing is written while there are any
    SKIP = "skip"  # leave them out
    ADD = "add"  # add their platforms to the goal, in the same transaction as the figures


@dataclass
class Preview:
    source: ImportSource
    kpi: str
    count: int = 0
    duplicates: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    rejected_total: int = 0
    skipped: Counter = field(default_factory=Counter)  # why (a Msg) -> rows
    notes: list[Note] = field(default_factory=list)
    foreign: dict[str, int] = field(default_factory=dict)  # platform the goal is not on -> figures
    problem: Msg | None = None  # why nothing can be imported although rows were read
    rebuilt: bool = False  # followers rebuilt from daily changes and the owner's count
    sample: list[Figure] = field(default_factory=list)
    first: date | None = None
    last: date | None = None
    platforms: list[str | None] = field(default_factory=list)
    days: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))  # date ordinals
    platform_codes: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    values: np.ndarray = field(default_factory=lambda: np.zeros(0, np.float64))
    #: For an amount per period: True for each figure whose period already has a figure in the plan (on any
    #: day of it), and the figures of those periods on other days than the import's (replaced with --replace).
    taken: np.ndarray | None = None
    displaced: list[tuple[str | None, date]] = field(default_factory=list)

    @property
    def recipe(self) -> Msg | None:
        return self.source.recipe(self.source_kpi)

    @property
    def source_kpi(self) -> str:
        """The KPI read from the file: daily changes when followers are rebuilt from them."""
        return "new_followers" if self.rebuilt else self.kpi

    def reject(self, rejected: Rejected) -> None:
        self.rejected_total += 1
        if len(self.rejected) < MAX_LISTED_REJECTED:
            self.rejected.append(rejected)

    def note(self, note: Note) -> None:
        if note not in self.notes:
            self.notes.append(note)

    def chunks(self, keep: np.ndarray | None = None) -> Iterator[tuple[list[str | None], list[str], list[float]]]:
        """(platforms, ISO dates, values) for every figure understood (those *keep* marks), a chunk at a time."""
        names = np.array(self.platforms + [None], dtype=object)
        days, codes, values = self.days, self.platform_codes, self.values
        if keep is not None:
            days, codes, values = days[keep], codes[keep], values[keep]
        for start in range(0, len(values), WRITE_CHUNK):
            stop = start + WRITE_CHUNK
            stamps = (days[start:stop] - _EPOCH_ORDINAL).astype("datetime64[D]")
            yield (names[codes[start:stop]].tolist(), np.datetime_as_string(stamps).tolist(),
                   values[start:stop].tolist())

    def foreign_mask(self) -> np.ndarray:
        """True for each figure of a platform the goal is not on."""
        codes = [i for i, p in enumerate(self.platforms) if p in self.foreign]
        return np.isin(self.platform_codes, np.array(codes, np.int64))


class _Columns:
    """Figures gathered in numpy pieces, joined at the end."""

    def __init__(self) -> None:
        self.parts: list[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]] = []
        self.rows: list[tuple[int, int, int, float]] = []

    def add_row(self, row: int, ordinal: int, code: int, value: float) -> None:
        self.rows.append((row, ordinal, code, value))
        if len(self.rows) >= WRITE_CHUNK:
            self._flush()

    def add(self, rows: np.ndarray, ordinals: np.ndarray, codes: np.ndarray, values: np.ndarray) -> None:
        self._flush()
        self.parts.append((rows, ordinals, codes, values))

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
         today: date, goal: Goal | None = None, goal_platforms: tuple[str, ...] = (), anchor: Anchor | None = None,
         progress: Callable[[float], None] | None = None, cancelled: Callable[[], bool] | None = None) -> Preview:
    """Everything the file gives for *kpi_id*, checked; figures without a platform get *platform*.

    *goal_platforms* are the goal's: figures of other platforms are counted in ``foreign`` (a mixed
    source, such as web analytics, skips their rows instead).  With an *anchor*, a followers goal
    takes a file of daily changes and rebuilds the totals.  An amount per period (a flow) needs its
    *goal*: its figures are the goal's periods' (``per_period``).
    """
    preview = Preview(source, kpi_id)
    flow = catalog.kpi(kpi_id).kind is KpiKind.FLOW
    if flow:
        if goal is None or goal.kpi != kpi_id:
            raise TypeError(f"figures of {kpi_id} are stored per period: read() needs the goal they are for")
        preview.problem = per_period.refusal(source, goal)
        if preview.problem is not None:
            return preview
    wanted = kpi_id
    if anchor is not None and kpi_id == "followers" and kpi_id not in source.metrics \
            and "new_followers" in source.metrics:
        preview.rebuilt, wanted = True, "new_followers"
        if source.gross_follows:
            preview.problem = Msg(QT_TRANSLATE_NOOP("import", "This file counts new followers but not the ones lost, "
                                                              "so the totals cannot be rebuilt from it: they would "
                                                              "drift further from the truth every day."))
            return preview
    for note in source.notes_for(wanted):
        preview.note(note)
    codes: dict[str | None, int] = {}
    store = _Columns()
    left_out_days: set[int] = set()  # days that had a row left out: a period's sum without it is not its total
    undated = 0
    for item in source.batches(wanted, platforms=goal_platforms, progress=progress, cancelled=cancelled):
        kind = type(item)
        if kind is Batch:
            distinct = set(item.platforms)
            if len(distinct) == 1:  # the usual batch: one platform (or none) for every row, no list per row
                only = next(iter(distinct)) or platform
                where = [only] * min(len(item), SAMPLE_ROWS)
                batch_codes = np.full(len(item), codes.setdefault(only, len(codes)), np.int64)
            else:
                where = item.platforms if None not in distinct else [p or platform for p in item.platforms]
                for p in set(where) - codes.keys():
                    codes[p] = len(codes)
                batch_codes = np.fromiter(map(codes.__getitem__, where), np.int64, len(where))
            store.add(item.rows, item.ordinals, batch_codes, item.values)
            for i in range(min(len(item), SAMPLE_ROWS - len(preview.sample))):
                preview.sample.append(Figure(int(item.rows[i]), date.fromordinal(int(item.ordinals[i])), where[i],
                                             float(item.values[i])))
        elif kind is Figure:
            where = item.platform or platform
            code = codes.setdefault(where, len(codes))
            store.add_row(item.row, item.date.toordinal(), code, item.value)
            if len(preview.sample) < SAMPLE_ROWS:
                preview.sample.append(Figure(item.row, item.date, where, item.value))
        elif kind is Rejected:
            preview.reject(item)
            if item.day is not None:
                left_out_days.add(item.day.toordinal())
            else:
                undated += 1
        elif kind is Skipped:
            preview.skipped[item.why] += 1
        else:
            preview.note(item)
    rows, days, plat, values = store.joined()
    names = list(codes)
    bad = _checks(catalog.kpi(wanted), rows, days, plat, values, names, today)
    for i, reason in sorted(bad.items()):
        preview.reject(Rejected(int(rows[i]), reason, day=date.fromordinal(int(days[i]))))
        left_out_days.add(int(days[i]))
    if bad:
        keep = np.ones(len(values), bool)
        keep[list(bad)] = False
        left_out = {int(rows[i]) for i in bad}
        preview.sample = [f for f in preview.sample if f.row not in left_out]
        rows, days, plat, values = rows[keep], days[keep], plat[keep], values[keep]
    if preview.rebuilt:
        assert anchor is not None
        rows, days, plat, values = rebuild(preview, anchor, rows, days, plat, values, names)
        by_row = dict(zip(rows.tolist(), zip(days.tolist(), values.tolist(), strict=True), strict=True))
        preview.sample = [Figure(f.row, date.fromordinal(by_row[f.row][0]), f.platform, by_row[f.row][1])
                          for f in preview.sample if f.row in by_row]
    if flow and preview.problem is None:
        assert goal is not None
        cols = per_period.gather(preview, goal, today, per_period.Columns(rows, days, plat, values), names,
                                 left_out_days, undated)
        rows, days, plat, values = cols.rows, cols.days, cols.codes, cols.values
        preview.sample = [Figure(int(rows[i]), date.fromordinal(int(days[i])), names[int(plat[i])],
                                 float(values[i])) for i in range(min(len(values), SAMPLE_ROWS))]
    preview.days, preview.platform_codes, preview.values = days, plat, values
    preview.platforms = names
    preview.count = len(values)
    if preview.count:
        preview.first = date.fromordinal(int(days.min()))
        preview.last = date.fromordinal(int(days.max()))
        known = [(codes[p], d.toordinal()) for p, d in existing if p in codes]
        if known and flow:
            assert goal is not None
            _taken(preview, goal, known, names)
        elif known:
            existing_keys = _keys(np.array([d for _, d in known], np.int64), np.array([c for c, _ in known]))
            preview.duplicates = int(np.isin(_keys(days, plat), existing_keys).sum())
        if goal_platforms:
            counts = np.bincount(plat, minlength=len(names))
            preview.foreign = {p: int(counts[c]) for p, c in codes.items()
                               if p is not None and p not in goal_platforms and counts[c]}
    return preview


def _keys(days: np.ndarray, codes: np.ndarray) -> np.ndarray:
    return days.astype(np.int64) * 65536 + codes


def _taken(preview: Preview, goal: Goal, known: list[tuple[int, int]], names: list[str | None]) -> None:
    """The figures whose period already has a figure in the plan, on any day of it: one figure per period."""
    have_days = np.array([d for _, d in known], np.int64)
    have_codes = np.array([c for c, _ in known], np.int64)
    have = _keys(per_period.index_of(goal, have_days), have_codes)
    mine = _keys(per_period.index_of(goal, preview.days), preview.platform_codes)
    preview.taken = np.isin(mine, have)
    preview.duplicates = int(preview.taken.sum())
    stored = set(_keys(preview.days, preview.platform_codes).tolist())
    hit = np.isin(have, mine) & ~np.isin(_keys(have_days, have_codes), np.array(sorted(stored), np.int64))
    preview.displaced = sorted(((names[int(c)], date.fromordinal(int(d)))
                                for c, d in zip(have_codes[hit].tolist(), have_days[hit].tolist(), strict=True)),
                               key=lambda pd: (pd[1], pd[0] or ""))


def _checks(kpi: catalog.Kpi, rows: np.ndarray, days: np.ndarray, codes: np.ndarray, values: np.ndarray,
            names: list[str | None], today: date) -> dict[int, Msg]:
    """Row index -> why it is left out: impossible values, future dates, a second figure for a day."""
    bad: dict[int, Msg] = {}
    top = 100.0 if kpi.unit is Unit.PERCENT else np.inf
    low = -np.inf if kpi.signed else 0.0
    for i in np.flatnonzero(~np.isfinite(values) | (values < low) | (values > top)).tolist():
        v = float(values[i])
        if not np.isfinite(v):
            why = Msg(QT_TRANSLATE_NOOP("import", "the value {value} is not a finite number"), value=str(v))
        elif v < 0:
            why = Msg(QT_TRANSLATE_NOOP("import", "the value {value} is below 0, which {kpi} cannot be"),
                      value=Number(v), kpi=KpiName(kpi.id))
        else:
            why = Msg(QT_TRANSLATE_NOOP("import", "the value {value} is a percentage over 100"), value=Number(v))
        bad[i] = why
    latest = (today + timedelta(days=FUTURE_GRACE_DAYS)).toordinal()
    for i in np.flatnonzero(days > latest).tolist():
        bad.setdefault(i, Msg(QT_TRANSLATE_NOOP("import", "{day} is in the future"),
                              day=Day(date.fromordinal(int(days[i])))))
    for i in np.flatnonzero((days < FIRST_DAY.toordinal()) | (days > LAST_DAY.toordinal())).tolist():
        bad.setdefault(i, Msg(QT_TRANSLATE_NOOP("import", "the date {day} {problem}"),
                              day=Day(date.fromordinal(int(days[i]))), problem=Phrase("problems",
                                                                                       date_problems(date.min)[0])))
    keys = _keys(days, codes)
    order = np.argsort(keys, kind="stable")
    repeat_mask = np.zeros(len(keys), bool)
    repeat_mask[order[1:]] = keys[order[1:]] == keys[order[:-1]]
    for i in np.flatnonzero(repeat_mask).tolist():
        bad.setdefault(i, Msg(QT_TRANSLATE_NOOP("import", "a second figure for {platform} on {day}"),
                              platform=PlatformName(names[codes[i]]), day=Day(date.fromordinal(int(days[i])))))
    return bad


# ----------------------------------------------------------------------------- writing


def write(repo: Repository, goal_id: int, preview: Preview, on_duplicate: OnDuplicate, imported_at: datetime,
          progress: Callable[[float], None] | None = None, cancelled: Callable[[], bool] | None = None, *,
          others: Others = Others.REFUSE) -> tuple[int, list[Observation]]:
    """Store the previewed figures in one transaction; ImportCancelled rolls everything back.

    Figures of platforms the goal is not on are refused (ValueError: the caller must choose), left out
    (SKIP), or written after their platforms are added to the goal, in the same transaction (ADD).  An
    amount per period keeps one figure per period: a period that has one on another day keeps it
    (OnDuplicate.SKIP) or has it replaced.
    """
    keep = None
    skipped: set[str] = set()
    if preview.foreign:
        if others is Others.REFUSE:
            raise ValueError(f"figures of {', '.join(preview.foreign)}, which goal {goal_id} is not on")
        if others is Others.SKIP:
            keep = ~preview.foreign_mask()
            skipped = set(preview.foreign)
    if preview.taken is not None and on_duplicate is OnDuplicate.SKIP:
        keep = ~preview.taken if keep is None else keep & ~preview.taken
    remove = [(p, d.isoformat()) for p, d in preview.displaced
              if on_duplicate is OnDuplicate.REPLACE and p not in skipped]
    total = max(int(keep.sum()) if keep is not None else preview.count, 1)

    def rows() -> Iterator[tuple[str | None, str, float]]:
        done = 0
        for platforms, days, values in preview.chunks(keep):
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            if progress is not None:
                progress(done / total)
            yield from zip(platforms, days, values)
            done += len(values)

    source = f"import: {preview.source.layout} ({preview.source.path.name})"
    if preview.foreign and others is Others.ADD:
        with repo.db.atomic():  # the platforms and the figures, in one transaction
            repo.update_goal(with_platforms(repo.goal(goal_id), preview.foreign))
            result = repo.import_figures(goal_id, rows(), source=source[:200], imported_at=imported_at,
                                         on_duplicate=on_duplicate, remove=remove)
    else:
        result = repo.import_figures(goal_id, rows(), source=source[:200], imported_at=imported_at,
                                     on_duplicate=on_duplicate, remove=remove)
    if progress is not None:
        progress(1.0)
    return result


def with_platforms(goal: Goal, platforms: Iterable[str]) -> Goal:
    """*goal* also on *platforms*, after its own."""
    have = set(goal.platform_ids)
    extra = [GoalPlatform(p) for p in platforms if p not in have]
    return replace(goal, platforms=goal.platforms + tuple(extra))


def undo(repo: Repository, goal_id: int, imported_at: datetime, replaced: list[Observation],
         goal_before: Goal | None = None) -> None:
    """Take an import back in one transaction: its figures out, the ones it replaced back, and the goal's
    platforms as they were."""
    with repo.db.atomic():
        repo.remove_import(goal_id, imported_at, replaced)
        if goal_before is not None:
            repo.update_goal(goal_before)
