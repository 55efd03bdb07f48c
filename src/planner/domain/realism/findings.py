"""Severities and findings: what the realism engine says about a goal, in a form the UI translates.

Texts are templates marked for translation under the context "findings"; the
UI translates ``template`` (or ``why_template``, ``suggestion_template``) and
formats it with ``values``, exactly as the ``message`` property does in English.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

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

    ``values`` are the display strings the templates name; ``numbers`` the raw
    key numbers (for JSON and for a UI that formats them in its own locale).
    """

    code: str
    severity: Severity
    template: str
    values: dict[str, str] = field(default_factory=dict)
    why_template: str = ""
    suggestion_template: str = ""
    numbers: dict[str, float | str | None] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return self.template.format(**self.values)

    @property
    def why(self) -> str:
        return self.why_template.format(**self.values)

    @property
    def suggestion(self) -> str:
        return self.suggestion_template.format(**self.values)


def worst(findings: Iterable[Finding]) -> Severity | None:
    return max((f.severity for f in findings), default=None)

