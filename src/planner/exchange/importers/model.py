"""What an import produces: figures, rows rejected or skipped with why, notes, errors, and the source
that streams them."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from planner.domain.i18n import QT_TRANSLATE_NOOP
from planner.exchange.messages import KpiName, Msg, kpi_list

Progress = Callable[[float], None]
Cancelled = Callable[[], bool]
Cell = Any  # str from text files; str, float, int, bool, date or datetime from spreadsheets


class ImportFileError(Exception):
    """The whole file is unusable; the message names the file and says what it is and what to do."""

    def __init__(self, path: Path, problem: Msg) -> None:
        super().__init__(f"{path.name}: {problem}")
        self.path = path
        self.problem = problem


class ImportCancelled(Exception):
    """The caller's ``cancelled()`` returned True while figures were being read."""


@dataclass(frozen=True)
class Rejected:
    """A row left out because it could not be read safely.

    ``row`` is the row a spreadsheet shows (a record of a text file, counting its
    preamble and header rows; a post whose text spans lines is one row), and
    ``day`` the row's date when it could be read, for summaries.
    """

    row: int
    message: Msg
    sheet: str | None = None
    day: date | None = None

    @property
    def reason(self) -> str:
        return str(self.message)

    def text(self) -> Msg:
        if self.sheet:
            return Msg(QT_TRANSLATE_NOOP("import", "{sheet} row {row}: {reason}"), sheet=self.sheet,
                       row=str(self.row), reason=self.message)
        return Msg(QT_TRANSLATE_NOOP("import", "row {row}: {reason}"), row=str(self.row), reason=self.message)

    def __str__(self) -> str:
        return str(self.text())


@dataclass(frozen=True)
class Skipped:
    """A row left out on purpose (a total row, traffic that is not from social media): counted by ``why``."""

    row: int
    why: Msg


@dataclass(frozen=True)
class Note:
    """Something the owner should know about how the figures were read; ``warning`` when they may be wrong."""

    message: Msg
    warning: bool = False


@dataclass(frozen=True, slots=True, init=False)
class Figure:
    """One KPI value for one day (and platform), with the row it came from (the first row of a roll-up)."""

    row: int
    date: date
    platform: str | None
    value: float

    def __init__(self, row: int, date: date, platform: str | None, value: float) -> None:
        # Frozen, but filled through the slot descriptors: big imports make millions of these,
        # and the generated __init__ (object.__setattr__ per field) doubles the import time.
        _SET_ROW(self, row)
        _SET_DATE(self, date)
        _SET_PLATFORM(self, platform)
        _SET_VALUE(self, value)


_SET_ROW, _SET_DATE, _SET_PLATFORM, _SET_VALUE = (getattr(Figure, n).__set__ for n in ("row", "date", "platform",
                                                                                       "value"))


class Batch:
    """Many figures at once, as columns: how big files travel without a Python object per row."""

    __slots__ = ("rows", "ordinals", "platforms", "values")

    def __init__(self, rows: Any, ordinals: Any, platforms: list[str | None], values: Any) -> None:
        self.rows = rows  # numpy int64: the row of each figure
        self.ordinals = ordinals  # numpy int64: date.toordinal() of each figure
        self.platforms = platforms  # the platform of each figure
        self.values = values  # numpy float64

    def __len__(self) -> int:
        return len(self.values)


Item = Figure | Rejected | Skipped | Note


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
    """A recognised file: what it is, which KPIs it can give, and a stream of figures for one of them.

    ``layout`` says what the file is; ``notes`` what the owner should know whenever
    it is read (how its dates are read); ``hints`` where to find a KPI it lacks;
    ``refusal``, for a file recognised but with no figures to give, what to do
    instead.  ``mixed`` sources hold rows of several platforms by nature (web
    analytics): rows of platforms the goal is not on are skipped and counted.

    What a figure covers decides how an amount per week or per month is stored
    (``planner.exchange.per_period``): ``daily`` True for one figure per day
    (added up into the goal's periods), False for figures that each cover a
    period already (a report over one week), None when the file does not say (a
    table of the owner's: its dates decide).  ``windows`` names the KPIs whose
    figure covers the N days up to its date (Facebook's Weekly Total Reach: 7).
    With ``zero_days``, a day the file covers but has no row for had none (posts
    not published, visits not made): it counts as 0, over ``covers`` (the days
    the file says it covers) or else from its first day to its last.
    ``period_hints`` say, for a KPI whose days do not add up (reach), where the
    figure of a whole period is.
    """

    mixed = False
    generic = False
    #: The file counts new follows without unfollows: its changes are not net, so no totals from them.
    gross_follows = False
    daily: bool | None = True
    zero_days = False

    def __init__(self, path: Path, layout: Msg, platform: str | None, metrics: Iterable[str],
                 columns: Iterable[str] = (), *, notes: Iterable[Note] = (), hints: dict[str, Msg] | None = None,
                 refusal: Msg | None = None, kpi_notes: dict[str, list[Note]] | None = None,
                 covers: tuple[date, date] | None = None, windows: dict[str, int] | None = None,
                 period_hints: dict[str, Msg] | None = None) -> None:
        self.path = path
        self.layout = layout
        self.platform = platform
        self.metrics = tuple(metrics)
        self.columns = tuple(columns)
        self.notes = list(notes)
        self.hints = hints or {}
        self.refusal = refusal
        self.kpi_notes = kpi_notes or {}
        self.covers = covers
        self.windows = windows or {}
        self.period_hints = period_hints or {}

    def __repr__(self) -> str:
        return f"ImportSource({self.path.name!r}, {str(self.layout)!r}, metrics={self.metrics})"

    def notes_for(self, kpi: str) -> list[Note]:
        """What the owner should know when this file gives figures of *kpi*."""
        return self.notes + self.kpi_notes.get(kpi, [])

    def recipe(self, kpi: str) -> Msg | None:
        """Which column (or columns) the figures of *kpi* come from: "Followers = Lifetime Total Likes"."""
        return None

    def missing(self, kpi: str) -> Msg:
        """Why this file has no figures of *kpi*, and where they are."""
        if self.refusal is not None:
            return self.refusal
        hint = self.hints.get(kpi)
        has = Msg(QT_TRANSLATE_NOOP("import", "It has figures of {kpis}."), kpis=kpi_list(self.metrics))
        if hint is not None:
            return Msg(QT_TRANSLATE_NOOP("import", "This file has no figures of {kpi}: {hint} {has}"),
                       kpi=KpiName(kpi), hint=hint, has=has)
        return Msg(QT_TRANSLATE_NOOP("import", "This file has no figures of {kpi}. {has}"), kpi=KpiName(kpi), has=has)

    def figures(self, kpi: str, *, platforms: tuple[str, ...] = (), progress: Progress | None = None,
                cancelled: Cancelled | None = None) -> Iterator[Item]:
        """One Figure per date (and platform) for *kpi*; a Rejected for every row not read safely, a Skipped
        for every row left out on purpose, and Notes.  *platforms* are the goal's: a mixed source skips
        rows of other platforms."""
        if kpi not in self.metrics:
            raise ImportFileError(self.path, self.missing(kpi))
        return self._figures(kpi, platforms, Watch(progress, cancelled))

    def _figures(self, kpi: str, platforms: tuple[str, ...], watch: Watch) -> Iterator[Item]:
        raise NotImplementedError

    def batches(self, kpi: str, *, platforms: tuple[str, ...] = (), progress: Progress | None = None,
                cancelled: Cancelled | None = None) -> Iterator[Batch | Item]:
        """The same figures as ``figures``; a layout that can read columns at once yields Batches."""
        return self.figures(kpi, platforms=platforms, progress=progress, cancelled=cancelled)
