"""Dates as exports write them: numeric in either order, with month names in several languages, without a year."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date, datetime

from planner.domain.i18n import QT_TRANSLATE_NOOP
from planner.exchange.importers.model import Cell
from planner.exchange.importers.numbers import DIGITS, cell_text
from planner.exchange.messages import Day, Msg

MONTHS: dict[str, int] = {}
for _i, _names in enumerate((  # English, Spanish, French, German, Portuguese, Italian, Dutch, Indonesian, Turkish,
    # Russian (nominative and genitive), Arabic and Persian: the languages TikTok writes its yearless dates in
    "january jan enero ene janvier janv januar jän janeiro gennaio gen januari ocak январь января янв يناير ژانویه",
    "february feb febrero febr février févr fevrier februar fevereiro fev febbraio februari şubat subat февраль "
    "февраля фев فبراير فوریه",
    "march mar marzo mars märz mär marco março maart maret mart март марта مارس",
    "april apr abril abr avril aprile nisan апрель апреля апр أبريل ابريل آوریل",
    "may mayo mai maio maggio mag mei mayıs mayis май мая مايو مه",
    "june jun junio juin juni junho giugno giu haziran июнь июня يونيو ژوئن",
    "july jul julio juillet juil juli julho luglio lug temmuz июль июля يوليو ژوئیه",
    "august aug agosto ago août aout augustus agustus ağustos agustos август августа авг أغسطس اغسطس اوت",
    "september sep sept septiembre septembre setembro set settembre eylül eylul сентябрь сентября сен سبتمبر سپتامبر",
    "october oct octubre octobre oktober okt outubro out ottobre ott ekim октябрь октября окт أكتوبر اكتوبر اکتبر",
    "november nov noviembre novembre novembro kasım kasim ноябрь ноября ноя نوفمبر نوامبر",
    "december dec diciembre dic décembre déc dezember dez dezembro dicembre desember aralık aralik декабрь декабря "
    "дек ديسمبر دسامبر",
), start=1):
    for _n in _names.split():
        MONTHS.setdefault(_n, _i)
WEEKDAYS: dict[str, int] = {}
for _i, _names in enumerate((
    "monday mon lunes lun lundi montag mo segunda lunedì",
    "tuesday tue tues martes mar mardi dienstag di terça martedì",
    "wednesday wed miércoles mié mercredi mittwoch mi quarta mercoledì",
    "thursday thu thur thurs jueves jue jeudi donnerstag do quinta giovedì",
    "friday fri viernes vie vendredi freitag fr sexta venerdì",
    "saturday sat sábado sáb samedi samstag sa sabato",
    "sunday sun domingo dom dimanche sonntag so domenica",
)):
    for _n in _names.split():
        WEEKDAYS.setdefault(_n, _i)
_FILLER = {"de", "del", "of", "the", "am", "pm", "utc", "gmt", "um", "г"}
_TIME = re.compile(r"[T\s]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(\s*[ap]\.?m\.?)?(\s*(z|[+-]\d{2}:?\d{2}))?\s*$", re.I)
_NUMERIC = re.compile(r"^(\d{1,4})([/.\-])(\d{1,2})\2(\d{1,4})$")
_TOKENS = re.compile(r"[^\W\d_]+\.?|\d+")
#: Chinese and Japanese (7月14日, 2025年7月14日) and Korean (7월 14일) dates, as TikTok writes them
_CJK = re.compile(r"^(?:(\d{4})\s*[年년]\s*)?(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?$")

_EXPECT = {"DM": "D/M/YYYY", "MD": "M/D/YYYY"}


class DateError(ValueError):
    """A cell that is not a date read safely; ``message`` says why, naming the cell."""

    def __init__(self, message: Msg) -> None:
        super().__init__(str(message))
        self.message = message


def strip_time(text: str) -> str:
    s = text.strip()
    m = _TIME.search(s)
    return s[: m.start()].rstrip(" ,") if m else s


class DateParser:
    """Reads the date shapes platforms write; a file-wide day/month order settles 03/04/2025.

    ``order`` is "DM", "MD" or None (unknown): learnt from values whose first
    or second field is over 12 (or from dots, which no month-first locale
    writes), else the layout's ``native`` order, else ambiguous values are
    refused with a reason.  An explicit ``order`` is never overruled.
    """

    def __init__(self, order: str | None = None, fmt: str | None = None, expected: str | None = None,
                 native: str | None = None) -> None:
        self.order = order
        self.fixed = order is not None
        self.native = native
        self.fmt = fmt
        self.expected = expected
        self._fast: Callable[[str], date] | None = date.fromisoformat
        if fmt is not None:
            self._fast = _format_parser(fmt)

    @property
    def fast(self) -> Callable[[Cell], date]:
        """The cheapest parser for the usual shape; it raises for anything else, then use ``parse``."""
        return self._fast or _never

    @property
    def description(self) -> Msg | str:
        if self.expected:
            return self.expected
        if self.fmt:
            return self.fmt.replace("%Y", "YYYY").replace("%m", "MM").replace("%d", "DD").replace("%b", "Mon")
        order = self.order or self.native
        if order:
            return _EXPECT[order] + " or YYYY-MM-DD"
        return Msg(QT_TRANSLATE_NOOP("import", "a date like 2025-03-21 or Mar 21, 2025"))

    def learn(self, values: Iterable[Cell]) -> bool:
        """Set the day/month order from evidence in *values*; True once it is known."""
        if self.order is not None or self.fmt is not None:
            return True
        dm = md = False
        for v in values:
            if not isinstance(v, str):
                continue
            m = _NUMERIC.match(strip_time(v))
            if m and len(m.group(4)) >= 2 and len(m.group(1)) <= 2:
                a, b = int(m.group(1)), int(m.group(3))
                dm |= a > 12 >= b or m.group(2) == "."
                md |= b > 12 >= a
        if dm != md:
            self.order = "DM" if dm else "MD"
        return self.order is not None

    def settle(self) -> None:
        """No evidence in the file: fall back on the layout's native order, if it has one."""
        if self.order is None and self.fmt is None:
            self.order = self.native

    def ambiguous(self, values: Iterable[Cell]) -> bool:
        """True when some value reads two ways and nothing settles the order."""
        if self.order is not None or self.fmt is not None:
            return False
        for v in values:
            if isinstance(v, str):
                m = _NUMERIC.match(strip_time(v))
                if m and len(m.group(1)) <= 2 and int(m.group(1)) <= 12 and int(m.group(3)) <= 12 \
                        and m.group(1).lstrip("0") != m.group(3).lstrip("0"):
                    return True
        return False

    def parse(self, value: Cell, year: int | None = None) -> date:
        """The date in *value*; DateError with a reason naming the value otherwise."""
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        if self._fast is not None and year is None:
            try:
                return self._fast(value)
            except (ValueError, TypeError):
                pass
        if value is None or (isinstance(value, str) and not value.strip()):
            raise DateError(Msg(QT_TRANSLATE_NOOP("import", "the date is empty")))
        shown = cell_text(value)
        if isinstance(value, (int, float)) and not isinstance(value, bool) and value == int(value) \
                and 10_000_101 <= value <= 99_991_231:  # YYYYMMDD that a spreadsheet turned into a number
            try:
                return self._slow(str(int(value)), year)
            except ValueError:
                pass
        if not isinstance(value, str):
            raise DateError(Msg(QT_TRANSLATE_NOOP("import", "date '{cell}' is not a date (expected {expected})"),
                                cell=shown, expected=self.description))
        try:
            if self.fmt is not None:
                return datetime.strptime(value.strip(), self.fmt).date()
            return self._slow(value, year)
        except _Ambiguous:
            raise DateError(Msg(QT_TRANSLATE_NOOP(
                "import", "date '{cell}' is ambiguous (day or month first?): choose a date format"), cell=shown)) \
                from None
        except _NoYear:
            raise DateError(Msg(QT_TRANSLATE_NOOP("import", "date '{cell}' has no year"), cell=shown)) from None
        except _Weekday as exc:
            raise DateError(Msg(QT_TRANSLATE_NOOP(
                "import", "date '{cell}' is not a date: its weekday does not match {day}"), cell=shown,
                day=Day(exc.day))) from None
        except ValueError:
            raise DateError(Msg(QT_TRANSLATE_NOOP("import", "date '{cell}' is not a date (expected {expected})"),
                                cell=shown, expected=self.description)) from None

    def _slow(self, value: str, year: int | None) -> date:
        s = strip_time(value.translate(DIGITS))
        m = _NUMERIC.match(s)
        if m:
            a, b, c = m.group(1), m.group(3), m.group(4)
            if len(a) == 4:
                return date(int(a), int(b), int(c))
            if len(c) == 4 and len(a) <= 2:
                x, y = int(a), int(b)
                if x > 12 or (self.order == "DM" and y <= 12):
                    return date(int(c), y, x)
                if y > 12 or self.order == "MD" or x == y:
                    return date(int(c), x, y)
                raise _Ambiguous()
            raise ValueError("unsupported numeric date")
        if s.isdigit() and len(s) == 8:
            return date(int(s[:4]), int(s[4:6]), int(s[6:]))
        return _text_date(s, year)


class _Ambiguous(ValueError):
    pass


class _NoYear(ValueError):
    pass


class _Weekday(ValueError):
    def __init__(self, day: date) -> None:
        super().__init__(day.isoformat())
        self.day = day


def _never(value: Cell) -> date:
    raise ValueError(value)


def _text_date(s: str, year: int | None) -> date:
    """'Fri, Mar 21, 2025', 'Thu Mar 20 2025', '21 Mar 2025', 'March 26', '8 de marzo', '18 января', '7月14日'."""
    cjk = _CJK.match(s)
    if cjk:
        found = int(cjk.group(1)) if cjk.group(1) else year
        if found is None:
            raise _NoYear()
        return date(found, int(cjk.group(2)), int(cjk.group(3)))
    month = day = None
    weekday = None
    found_year = None
    for tok in _TOKENS.findall(s.lower()):
        if tok.isdigit():
            n = int(tok)
            if len(tok) == 4 and found_year is None:
                found_year = n
            elif len(tok) <= 2 and day is None:
                day = n
            else:
                raise ValueError("unexpected number")
            continue
        tok = tok.rstrip(".")
        if tok in _FILLER:
            continue
        if month is None and tok in MONTHS and not (tok in WEEKDAYS and weekday is None and day is None
                                                   and _another_month(s, tok)):
            month = MONTHS[tok]
        elif tok in WEEKDAYS and weekday is None:
            weekday = WEEKDAYS[tok]
        else:
            raise ValueError(f"unknown word {tok!r}")
    if month is None or day is None:
        raise ValueError("no month or day")
    if found_year is None:
        if year is None:
            raise _NoYear()
        found_year = year
    d = date(found_year, month, day)
    if weekday is not None and d.weekday() != weekday:
        raise _Weekday(d)
    return d


def _another_month(s: str, tok: str) -> bool:
    """'mar' is Tuesday in Spanish and March in English: it is a weekday when another month follows."""
    return sum(1 for t in _TOKENS.findall(s.lower()) if t.rstrip(".") in MONTHS and t.rstrip(".") != tok) > 0


_FAST_FORMATS = {"%Y-%m-%d": date.fromisoformat, "%Y%m%d": date.fromisoformat}


def _format_parser(fmt: str) -> Callable[[str], date]:
    """A fast parser for the usual explicit formats; strptime for the rest."""
    if fmt in _FAST_FORMATS:
        return _FAST_FORMATS[fmt]
    m = re.fullmatch(r"%([dm])([/.\-])%([dm])\2%Y", fmt)
    if m and m.group(1) != m.group(3):
        sep, day_first = m.group(2), m.group(1) == "d"

        def parse(text: str) -> date:
            a, b, c = text.split(sep)
            if len(c) != 4:
                raise ValueError(text)
            return date(int(c), int(b), int(a)) if day_first else date(int(c), int(a), int(b))
        return parse
    return lambda text: datetime.strptime(text.strip(), fmt).date()


def month_day(cell: Cell) -> tuple[int, int] | None:
    """(month, day) of a date written with or without a year, or None when it is not one."""
    if not isinstance(cell, str) or not cell.strip():
        return None
    try:
        d = _text_date(strip_time(cell.translate(DIGITS)), 2000)  # 2000 is a leap year: February 29 reads
    except ValueError:
        return None
    return d.month, d.day


_OFFSET = re.compile(r"(?:\s|\d)(z|[+-]\d{2}:?\d{2}|utc|gmt)\s*$", re.I)
_CLOCK = re.compile(r"[T\s]\d{1,2}:\d{2}")


def day_boundary(values: Iterable[Cell]) -> Msg | None:
    """What a date column with times of day means for the day each row counts on (None without times)."""
    for v in values:
        if not isinstance(v, str) or not _CLOCK.search(v):
            continue
        m = _OFFSET.search(v.strip())
        if m is None:
            return Msg(QT_TRANSLATE_NOOP("import", "Dates have a time of day and no time zone: each row counts on "
                                                   "the day written in the file (the file's own time zone)."))
        offset = m.group(1).upper()
        if offset in ("Z", "UTC", "GMT", "+0000", "+00:00", "-0000", "-00:00"):
            return Msg(QT_TRANSLATE_NOOP("import", "Times are in UTC ({offset}): each row counts on its day in UTC."),
                       offset=offset)
        return Msg(QT_TRANSLATE_NOOP("import", "Times have the offset {offset}: each row counts on its day at that "
                                               "offset, as written in the file."), offset=offset)
    return None
