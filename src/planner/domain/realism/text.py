"""Words the engine puts into a finding's values: catalog names, platform lists, a trend's model, a field.

Numbers are ``units`` quantities (``units.value``, ``units.share`` ...), never
preformatted text, so every view writes them in its reader's language and digits.
"""

from __future__ import annotations

from collections.abc import Iterable

from planner.domain import catalog, units
from planner.domain.forecast import Model
from planner.domain.i18n import QT_TRANSLATE_NOOP
from planner.domain.units import Quantity

MODEL_WORDS = {Model.LINEAR: QT_TRANSLATE_NOOP("findings", "straight-line"),
               Model.LOG_LINEAR: QT_TRANSLATE_NOOP("findings", "steady-growth")}
FIELD_WORDS = {"baseline": QT_TRANSLATE_NOOP("findings", "baseline"),
               "target": QT_TRANSLATE_NOOP("findings", "target")}


def platform_names(ids: Iterable[str]) -> Quantity:
    """Platforms' names as a list the reader's language joins."""
    return units.words([catalog.platform(p).name for p in ids])


def finding_word(text: str) -> Quantity:
    """A phrase the engine itself says (a statistic, a size band), translated under "findings"."""
    return units.word(text, "findings")


def citations(rows: Iterable) -> str:
    """'Publisher, Report (Year)' of each row, once each, in order (``Benchmark.citation``)."""
    return "; ".join(dict.fromkeys(r.citation for r in rows))
