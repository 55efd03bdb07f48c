"""Counted words in the user's language: Qt's plural (%n) forms, one method per word.

The domain names a counted word by a key (``units.ENGLISH_PLURALS``); here each
key is one ``self.tr(text, "", n)`` call, the form pyside6-lupdate marks as a
plural message, so every language gets its own forms (Arabic has six, Persian
one, English two: resources/translations/planner_en.ts holds only those).
``%Ln`` writes the number in the locale's digits and group separator.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class Plurals(QObject):
    """The counted words (context "Plurals")."""

    def days(self, n: int) -> str:
        return self.tr("%Ln day(s)", "", n)

    def weeks(self, n: int) -> str:
        return self.tr("%Ln week(s)", "", n)

    def months(self, n: int) -> str:
        return self.tr("%Ln month(s)", "", n)

    def figures(self, n: int) -> str:
        return self.tr("%Ln figure(s)", "", n)

    def findings(self, n: int) -> str:
        return self.tr("%Ln finding(s)", "", n)

    def goals(self, n: int) -> str:
        return self.tr("%Ln goal(s)", "", n)

    def pages(self, n: int) -> str:
        return self.tr("%Ln page(s)", "", n)

    def rows(self, n: int) -> str:
        return self.tr("%Ln row(s)", "", n)

    def posts(self, n: int) -> str:
        return self.tr("%Ln post(s)", "", n)

    def cells(self, n: int) -> str:
        return self.tr("%Ln cell(s)", "", n)

    def columns(self, n: int) -> str:
        return self.tr("%Ln column(s)", "", n)

    def characters(self, n: int) -> str:
        return self.tr("%Ln character(s)", "", n)

    def daily_figures(self, n: int) -> str:
        return self.tr("%Ln daily figure(s)", "", n)

    def more_days(self, n: int) -> str:
        return self.tr("%Ln more day(s)", "", n)

    def more_rows(self, n: int) -> str:
        return self.tr("%Ln more row(s)", "", n)

    # whole sentences of the review (ui.review_view): the verb agrees with the count
    def waiting_week(self, n: int) -> str:
        return self.tr("%Ln goal(s) wait for this week's figures", "", n)

    def waiting_month(self, n: int) -> str:
        return self.tr("%Ln goal(s) wait for this month's figures", "", n)

    def waiting_period(self, n: int) -> str:
        return self.tr("%Ln goal(s) wait for this period's figures", "", n)

    def late(self, n: int) -> str:
        return self.tr("%Ln of them late", "", n)


_PLURALS: Plurals | None = None


def plural(key: str, n: int) -> str:
    """*n* and the word *key* counts, in the user's language: "1 day", "5 days", "٥ أيام"."""
    global _PLURALS
    if _PLURALS is None:
        _PLURALS = Plurals()
    return getattr(_PLURALS, key)(n)
