"""What a goal's own words already say: the platforms it names, and when it should be done.

The wizard pre-ticks the platforms a title or statement names, pre-fills the
deadline the statement gives, and flags a deadline that disagrees with it
("by end of January" with a deadline on 1 March).  The sample plan is checked
the same way.  Words are read in English, Arabic and Persian; names of the
user's months (their calendar, their language) and platforms (as translated)
are given by the caller, since the domain knows neither Qt nor translations.

Nothing here is a guess the user does not see: the wizard says what it read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from planner.domain import catalog
from planner.domain.numbers import to_latin_digits

#: Other names owners use for a platform (lower case).
ALIASES: dict[str, tuple[str, ...]] = {"x": ("twitter", "tweets", "tweet"), "instagram": ("insta", "reels")}
#: Never ticked from the words alone: "website visits" names a KPI more often than a platform chosen.
NOT_FROM_WORDS = frozenset({"website"})

NUMBER_WORDS = {
    # English
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12,
    # Arabic (masculine and feminine forms, with and without hamza)
    "واحد": 1, "واحدة": 1, "اثنين": 2, "إثنين": 2, "ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "اربعة": 4, "أربع": 4,
    "خمسة": 5, "خمس": 5, "ستة": 6, "ست": 6, "سبعة": 7, "سبع": 7, "ثمانية": 8, "ثماني": 8, "تسعة": 9, "تسع": 9,
    "عشرة": 10, "عشر": 10, "أحد عشر": 11, "اثني عشر": 12, "اثنا عشر": 12,
    # Persian
    "یک": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "هفت": 7, "هشت": 8, "نه": 9, "ده": 10,
    "یازده": 11, "دوازده": 12,
}


class Unit(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


UNIT_WORDS: dict[str, Unit] = {
    "day": Unit.DAY, "days": Unit.DAY, "week": Unit.WEEK, "weeks": Unit.WEEK, "month": Unit.MONTH,
    "months": Unit.MONTH, "year": Unit.YEAR, "years": Unit.YEAR,
    "يوم": Unit.DAY, "أيام": Unit.DAY, "ايام": Unit.DAY, "يوما": Unit.DAY, "يومًا": Unit.DAY,
    "أسبوع": Unit.WEEK, "اسبوع": Unit.WEEK, "أسابيع": Unit.WEEK, "اسابيع": Unit.WEEK, "أسبوعا": Unit.WEEK,
    "شهر": Unit.MONTH, "أشهر": Unit.MONTH, "اشهر": Unit.MONTH, "شهور": Unit.MONTH, "شهرا": Unit.MONTH,
    "شهرًا": Unit.MONTH, "سنة": Unit.YEAR, "عام": Unit.YEAR, "سنوات": Unit.YEAR, "أعوام": Unit.YEAR,
    "روز": Unit.DAY, "هفته": Unit.WEEK, "ماه": Unit.MONTH, "سال": Unit.YEAR,
}
#: Arabic duals: the unit word alone means two of it.
DUALS: dict[str, Unit] = {"يومين": Unit.DAY, "أسبوعين": Unit.WEEK, "اسبوعين": Unit.WEEK, "شهرين": Unit.MONTH,
                          "سنتين": Unit.YEAR, "عامين": Unit.YEAR}
UNIT_DAYS = {Unit.DAY: 1.0, Unit.WEEK: 7.0, Unit.MONTH: 365.25 / 12, Unit.YEAR: 365.25}

#: Words that make a number and a unit a duration ("within ten months", "in 6 weeks", "خلال", "ظرف").
_WITHIN = r"(?:within|in|over|during|for|خلال|في|ف[يی]|ظرف|طی|طي|در|تا|طول)"
#: Words before a month that make it a deadline ("by end of January", "until March", "بحلول", "تا پایان").
_BY = (r"(?:by\s+(?:the\s+)?(?:end\s+of\s+)?|until\s+(?:the\s+)?(?:end\s+of\s+)?|before\s+(?:the\s+)?(?:end\s+of\s+)?"
       r"|end\s+of\s+|بحلول\s+(?:نهاية\s+)?|حتى\s+(?:نهاية\s+)?|قبل\s+(?:نهاية\s+)?|نهاية\s+"
       r"|تا\s+(?:پایان\s+|آخر\s+|اواخر\s+)?|پایان\s+|آخر\s+)")
_QUARTER = re.compile(r"(?:end\s+of\s+(?:the\s+)?(?P<next>next\s+)?quarter|end\s+of\s+(?:this\s+)?quarter"
                      r"|نهاية\s+الربع(?P<next_ar>\s+القادم|\s+المقبل)?|پایان\s+(?:این\s+)?فصل(?P<next_fa>\s+بعد|\s+آینده)?)")

ENGLISH_MONTHS = {name: n for n, names in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
    ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
    ("december", "dec")), start=1) for name in names}


def _normal(text: str) -> str:
    """Lower case, Latin digits, one spelling of the letters Arabic and Persian write two ways."""
    text = to_latin_digits(text).lower()
    text = text.translate(str.maketrans({"ي": "ی", "ك": "ک", "\u200c": " ", "ى": "ی"}))
    return re.sub(r"\s+", " ", text)


def mentioned_platforms(text: str, names: Mapping[str, Iterable[str]] | None = None) -> tuple[str, ...]:
    """Catalog ids of the platforms *text* names, in catalog order.

    *names* adds names per platform id (the translated names the user sees).
    Latin names are matched as whole words; "X" only as a capital letter on
    its own (an "x" is also "times"); Arabic-script names also inside a word,
    since Arabic joins prepositions to them ("بإنستغرام").
    """
    found = []
    for platform in catalog.PLATFORMS:
        if platform.id in NOT_FROM_WORDS:
            continue
        words = {platform.name, platform.id, *ALIASES.get(platform.id, ()), *(names or {}).get(platform.id, ())}
        words.discard("")
        for word in words:
            if platform.id == "x" and word in ("x", "X", "X (Twitter)"):
                # not inside a Latin word or number ("2X", "XL"); Arabic may join "and" to it ("وX")
                hit = re.search(r"(?<![A-Za-z0-9.])X(?![A-Za-z0-9.])", text) is not None
            elif re.search(r"[a-zA-Z]", word):
                hit = re.search(rf"(?<!\w){re.escape(_normal(word))}(?!\w)", _normal(text)) is not None
            else:
                hit = _normal(word) in _normal(text)
            if hit:
                found.append(platform.id)
                break
    return tuple(found)


class ClueKind(StrEnum):
    DURATION = "duration"  # "within ten months": the goal's length
    MONTH = "month"  # "by end of January": the deadline's month (in the user's calendar)
    QUARTER = "quarter"  # "by the end of the quarter": the end of the start's quarter (or the next one)


@dataclass(frozen=True)
class DeadlineClue:
    """What the statement says about the deadline, and the words that say it."""

    kind: ClueKind
    words: str
    days: float = 0.0  # DURATION: the length it names, in days
    month: int = 0  # MONTH: 1-12 in the calendar the month names belong to
    year: int | None = None  # MONTH: the year written with it, if any
    next_quarter: bool = False  # QUARTER: the one after the start's


def _number(word: str) -> int | None:
    """A number written in digits or in words (the words as *_normal* spells them)."""
    word = word.strip()
    if word.isdigit():
        return int(word)
    return {_normal(k): v for k, v in NUMBER_WORDS.items()}.get(word)


def deadline_clue(text: str, month_names: Mapping[str, int] | None = None) -> DeadlineClue | None:
    """The first thing *text* says about when the goal ends, or None when it says nothing.

    *month_names* maps the user's month names (their calendar and language) to
    month numbers; English Gregorian names are always read.
    """
    norm = _normal(text)
    numbers = "|".join(sorted((re.escape(_normal(w)) for w in NUMBER_WORDS), key=len, reverse=True))
    units = "|".join(sorted((re.escape(_normal(w)) for w in UNIT_WORDS), key=len, reverse=True))
    duration = re.search(rf"(?<!\w){_WITHIN}\s+(?:the\s+next\s+|the\s+)?(?P<n>\d+|{numbers})\s+(?P<unit>{units})(?!\w)",
                         norm)
    duals = "|".join(re.escape(_normal(w)) for w in DUALS)
    dual = re.search(rf"(?<!\w){_WITHIN}\s+(?P<unit>{duals})(?!\w)", norm)
    lone = re.search(rf"(?<!\w){_WITHIN}\s+(?P<unit>{units})(?!\w)", norm)  # "خلال شهر": within a month
    quarter = _QUARTER.search(norm)
    names = {_normal(k): v for k, v in {**ENGLISH_MONTHS, **(month_names or {})}.items()}
    month_words = "|".join(sorted((re.escape(n) for n in names), key=len, reverse=True))
    month = re.search(rf"(?<!\w){_BY}(?P<month>{month_words})(?!\w)(?:\s*,?\s*(?P<year>\d{{4}}))?", norm)
    found: list[tuple[int, DeadlineClue]] = []
    if duration:
        n = _number(duration.group("n"))
        unit = UNIT_WORDS.get(duration.group("unit")) or _unit(duration.group("unit"))
        if n and unit:
            found.append((duration.start(), DeadlineClue(ClueKind.DURATION, _original(text, duration),
                                                          days=n * UNIT_DAYS[unit])))
    if dual:
        unit = _dual(dual.group("unit"))
        found.append((dual.start(), DeadlineClue(ClueKind.DURATION, _original(text, dual), days=2 * UNIT_DAYS[unit])))
    if lone and not duration:
        unit = _unit(lone.group("unit"))
        if unit is not None:
            found.append((lone.start(), DeadlineClue(ClueKind.DURATION, _original(text, lone), days=UNIT_DAYS[unit])))
    if quarter:
        following = bool(quarter.group("next") or quarter.group("next_ar") or quarter.group("next_fa"))
        found.append((quarter.start(), DeadlineClue(ClueKind.QUARTER, _original(text, quarter),
                                                     next_quarter=following)))
    if month:
        year = int(month.group("year")) if month.group("year") else None
        found.append((month.start(), DeadlineClue(ClueKind.MONTH, _original(text, month),
                                                   month=names[month.group("month")], year=year)))
    return min(found, key=lambda pair: pair[0])[1] if found else None


def _unit(word: str) -> Unit | None:
    return {_normal(k): v for k, v in UNIT_WORDS.items()}.get(word)


def _dual(word: str) -> Unit:
    return {_normal(k): v for k, v in DUALS.items()}[word]


def _original(text: str, match: re.Match[str]) -> str:
    """The words of *text* that a match on its normalised form covers, as the owner wrote them.

    Normalising keeps each character's place but for runs of spaces, which
    become one: the span is taken from the text with its spaces collapsed the
    same way (or, should lower-casing have changed a length, the normalised words).
    """
    collapsed = re.sub(r"\s+", " ", text.replace("\u200c", " "))
    if len(collapsed) == len(_normal(text)):
        return collapsed[match.start():match.end()].strip()
    return match.group(0).strip()


def duration_agrees(clue: DeadlineClue, start: date, deadline: date) -> bool:
    """A goal of start..deadline fits "within N months": within a week, or a tenth of its length, of it."""
    length = (deadline - start).days
    slack = max(7.0, 0.1 * clue.days)
    return abs(length - clue.days) <= slack
