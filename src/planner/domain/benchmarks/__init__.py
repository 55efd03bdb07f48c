"""Published benchmark figures: who measured what, how, on whom, and where to check it.

Every row says its publisher, the report's title, the year of the data, a URL
to check it, the sample (who was measured, and their size in followers), the
statistic (a median is not an average, and neither is the top 10%) and the
exact definition (numerator and denominator, organic or paid).
``docs/benchmarks.md`` is generated from this table and the rulebook
(``python tools/benchmarks_doc.py``); a test fails when it is stale.

A row's ``metric`` is the catalog KPI it measures; two figures are comparable
only when they measure the same metric, which is how the three engagement-rate
denominators (followers, reach, impressions) are kept apart: ``lookup`` and
``compare`` never mix them.  Figures whose definition no catalog KPI shares
carry their own metric id from ``OWN_METRICS``.

``sizes`` is the follower range of a row's sample: a figure measured on pages
of 25,000 to 1,000,000 fans says nothing about a page of 600, so ``lookup``
with a follower count returns only rows whose sample covers it.

Values are in the KPI's unit: percent as 0-100, hours for response time, and
percent per month for ``audience_growth_rate``.  The thresholds the engine
derives from these rows live in ``planner.domain.realism.rulebook``.
"""

from __future__ import annotations

from planner.domain.benchmarks.model import (ALL_SIZES, OLD_AFTER_YEARS, OWN_METRICS, REVIEWED, Band, Benchmark,
                                             FigureKind, IncomparableBenchmark, Mark, Traffic, band_of, compare,
                                             lookup, newest)
from planner.domain.benchmarks.rows import ROWS

BENCHMARKS: tuple[Benchmark, ...] = ROWS
_BY_ID = {b.id: b for b in BENCHMARKS}


def row(row_id: str) -> Benchmark:
    """The row with this id; KeyError names it when unknown."""
    try:
        return _BY_ID[row_id]
    except KeyError:
        raise KeyError(f"unknown benchmark row {row_id!r}") from None


__all__ = ["ALL_SIZES", "BENCHMARKS", "OLD_AFTER_YEARS", "OWN_METRICS", "REVIEWED", "Band", "Benchmark",
           "FigureKind", "IncomparableBenchmark", "Mark", "Traffic", "band_of", "compare", "lookup", "newest", "row"]
