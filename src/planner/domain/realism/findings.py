"""Severities and findings: what the realism engine says about a goal, in a form every view writes alike.

Texts are templates marked for translation under the context "findings";
their ``values`` are ``units.Quantity`` objects (a KPI's value, a pace, a date,
a catalog word), so the window writes them in the user's language and digits
with ``units.render`` exactly as the ``message`` property does in English.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from planner.domain import units
from planner.domain.units import PLAIN, Quantity, render

_ORDER = ("advice", "warning", "error")


class Severity(StrEnum):
    """How bad a finding is; ordered ADVICE < WARNING < ERROR so that max() gives the worst."""

    ADVICE = "advice"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _ORDER.index(self.value)

    def __lt__(self, other: object) -> bool:
        return self.rank < other.rank if isinstance(other, Severity) else NotImplemented

    def __le__(self, other: object) -> bool:
        return self.rank <= other.rank if isinstance(other, Severity) else NotImplemented

    def __gt__(self, other: object) -> bool:
        return self.rank > other.rank if isinstance(other, Severity) else NotImplemented

    def __ge__(self, other: object) -> bool:
        return self.rank >= other.rank if isinstance(other, Severity) else NotImplemented


@dataclass(frozen=True)
class Finding:
    """One thing the engine has to say about a goal.

    ``values`` are what the templates name (quantities and words, see
    ``units``); ``numbers`` the raw key numbers (for JSON).  ``message``, ``why``
    and ``suggestion`` are the texts in plain English.
    """

    code: str
    severity: Severity
    template: str
    values: dict[str, Quantity | str] = field(default_factory=dict)
    why_template: str = ""
    suggestion_template: str = ""
    numbers: dict[str, float | str | None] = field(default_factory=dict)

    def texts(self, style: units.Style = PLAIN) -> tuple[str, str, str]:
        """The message, the why and the suggestion in *style*."""
        return tuple(render(t, self.values, style, "findings")  # type: ignore[return-value]
                     for t in (self.template, self.why_template, self.suggestion_template))

    @property
    def message(self) -> str:
        return self.texts()[0]

    @property
    def why(self) -> str:
        return self.texts()[1]

    @property
    def suggestion(self) -> str:
        return self.texts()[2]


def worst(findings: Iterable[Finding]) -> Severity | None:
    return max((f.severity for f in findings), default=None)
