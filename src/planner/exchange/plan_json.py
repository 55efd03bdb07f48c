"""The plan JSON exchange format: backup, sharing, and what other tools can write.

Documented in docs/plan-json.md.  Import validates the whole document first
and raises one PlanJsonError listing every problem (naming the goal and the
field), so that nothing is written unless everything is valid.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from planner.domain import catalog
from planner.domain.checkins import MAX_CHECKIN_NOTE, CheckIn, checkin_problems
from planner.domain.review import Schedule, Weekday
from planner.domain.seasons import MAX_SEASON_NAME, MAX_SEASONS, Season
from planner.domain.goals import (
    MAX_BUSINESS_NAME,
    MAX_BUSINESS_OBJECTIVE,
    MAX_CURRENCY,
    MAX_FIGURES_PER_GOAL,
    MAX_LABEL,
    MAX_LOCATION,
    MAX_NOTE,
    MAX_SOURCE,
    MAX_STATEMENT,
    MAX_TITLE,
    Audience,
    FamilyStage,
    Gender,
    Goal,
    GoalPlatform,
    Income,
    Milestone,
    Observation,
    Shape,
    date_problems,
    value_problems,
)
from planner.store import files
from planner.store.errors import PlanFileError
from planner.store.repository import (
    COLOUR,
    MAX_LOGO_BYTES,
    PNG_SIGNATURE,
    PlanMeta,
    Repository,
)

_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
FORMAT = "social-goal-plan"
#: 3: the plan's seasons, its review day and each goal's check-ins are part of the format (seasons bend every
#: goal's target line: a reader that skipped them would misread the goals); 2: "ctr" and "conversion_rate"
#: narrowed (below).  Every earlier version is read (docs/plan-json.md).
VERSION = 3
#: KPIs whose definition narrowed in version 2 ("ctr": organic link CTR; "conversion_rate": orders per visit):
#: a goal of a version-1 document cannot say which definition it meant, so its owner is asked to confirm.
NARROWED_IN_V2 = frozenset({"ctr", "conversion_rate"})
#: Larger documents are refused before parsing: a plan is kilobytes to a few megabytes (a goal at
#: its figure limit, 500,000 figures, is about 50 MB of JSON).
MAX_BYTES = 200 * 1024 * 1024
#: Digits of the longest number a plan holds (1e12 has 13); longer ones are refused before Python
#: converts them (past 4,300 digits it would refuse with advice meant for programmers).
MAX_DIGITS = 40
#: Fractions of a read's progress: the bytes, then the JSON parser (one step), then the goals.
_READ, _PARSED = 0.3, 0.5


class Cancelled(Exception):
    """The read was cancelled; nothing was imported."""


class PlanJsonError(Exception):
    """The document cannot be imported; ``problems`` lists each one with where it is."""

    def __init__(self, source: str, problems: list[str]) -> None:
        shown = problems[:20] + ([f"... and {len(problems) - 20} more"] if len(problems) > 20 else [])
        super().__init__(f"{source}: " + "; ".join(shown))
        self.source = source
        self.problems = problems


@dataclass
class PlanDocument:
    business: PlanMeta
    #: each goal with its figures and its check-ins
    goals: list[tuple[Goal, list[Observation], list[CheckIn]]] = field(default_factory=list)
    seasons: list[Season] = field(default_factory=list)
    review: Schedule | None = None  # None: the document does not say


def _num(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() and abs(value) < 2**53 else value


def to_dict(meta: PlanMeta, goals: list[Goal], observations: dict[int, list[Observation]],
            checkins: dict[int, list[CheckIn]] | None = None, seasons: list[Season] | None = None,
            review: Schedule | None = None) -> dict[str, Any]:
    """The plan as a JSON-ready dict, in the documented format."""
    checkins = checkins or {}
    out_goals = []
    for g in goals:
        a = g.audience
        out_goals.append({
            "title": g.title,
            "statement": g.statement,
            "objective": g.objective,
            "kpi": g.kpi,
            "platforms": list(g.platform_ids),
            "platform_targets": [
                {"platform": p.platform, "baseline": _num(p.baseline), "target": _num(p.target)}
                for p in g.platforms if p.baseline is not None or p.target is not None
            ],
            "baseline": _num(g.baseline),
            "target": _num(g.target),
            "start": g.start.isoformat(),
            "deadline": g.deadline.isoformat(),
            "shape": g.shape.value,
            "business_objective": g.business_objective,
            "audience": {
                "age_min": a.age_min, "age_max": a.age_max, "gender": a.gender.value,
                "income": a.income.value, "family_stage": a.family_stage.value, "location": a.location,
            },
            "budget": _num(g.budget),
            "currency": g.currency,
            "hours_per_week": _num(g.hours_per_week),
            "follower_count": _num(g.follower_count),
            "kpi_to_confirm": g.kpi_to_confirm,
            "milestones": [{"date": m.date.isoformat(), "value": _num(m.value), "label": m.label}
                           for m in g.milestones],
            "archived": g.archived,
            "observations": [
                {"date": o.date.isoformat(), "platform": o.platform, "value": _num(o.value), "note": o.note,
                 "source": o.source}
                for o in observations.get(g.id or -1, [])
            ],
            "checkins": [{"date": c.date.isoformat(), "confidence": c.confidence, "note": c.note}
                         for c in checkins.get(g.id or -1, [])],
        })
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported": datetime.now().replace(microsecond=0).isoformat(),
        "business": _business(meta),
        **({"review": {"day": Weekday(review.day).key, "time": review.at.strftime("%H:%M")}} if review else {}),
        "seasons": [{"name": x.name, "start": x.start.isoformat(), "end": x.end.isoformat(), "effect": _num(x.effect)}
                    for x in seasons or []],
        "goals": out_goals,
    }


def _business(meta: PlanMeta) -> dict[str, Any]:
    out: dict[str, Any] = {"name": meta.business_name, "currency": meta.currency, "language": meta.language}
    if meta.brand_colour:
        out["brand_colour"] = meta.brand_colour
    if meta.logo_png:
        out["logo_png"] = base64.b64encode(meta.logo_png).decode("ascii")
    return out


def dumps(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


class _Reader:
    """Collects problems while reading fields, so one pass reports them all."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def fail(self, where: str, message: str) -> None:
        self.problems.append(f"{where}: {message}")

    def text(self, obj: dict[str, Any], key: str, where: str, required: bool = False, limit: int = 10_000) -> str:
        value = obj.get(key)
        if value is None:
            if required:
                self.fail(where, f"'{key}' is missing")
            return ""
        if not isinstance(value, str):
            self.fail(where, f"'{key}' must be text, not {type(value).__name__}")
            return ""
        if len(value) > limit:
            self.fail(where, f"'{key}' is longer than {limit} characters")
        if "\x00" in value:
            self.fail(where, f"'{key}' contains a NUL character")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            self.fail(where, f"'{key}' contains an invalid character (a lone surrogate {value[exc.start]!r} "
                             f"at position {exc.start})")
            return ""
        return value

    def number(self, obj: dict[str, Any], key: str, where: str, required: bool = False) -> float | None:
        value = obj.get(key)
        if value is None:
            if required:
                self.fail(where, f"'{key}' is missing")
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.fail(where, f"'{key}' must be a number, not {json.dumps(value)[:40]}")
            return None
        try:
            number = float(value)
        except OverflowError:
            self.fail(where, f"'{key}' is too large")
            return None
        if not math.isfinite(number):
            self.fail(where, f"'{key}' must be a finite number")
            return None
        return number

    def day(self, obj: dict[str, Any], key: str, where: str, required: bool = True) -> date | None:
        value = obj.get(key)
        if value is None:
            if required:
                self.fail(where, f"'{key}' is missing")
            return None
        try:
            if not isinstance(value, str) or not _ISO_DAY.fullmatch(value):  # not 2020-W01-1, not ０-width digits
                raise ValueError
            day = date.fromisoformat(value)
        except ValueError:
            self.fail(where, f"'{key}' must be a date like 2026-03-31, not {json.dumps(value)[:40]}")
            return None
        for problem in date_problems(day):
            self.fail(where, f"'{key}' {value} {problem}")
            return None
        return day

    def choice(self, obj: dict[str, Any], key: str, where: str, enum: type, default: Any) -> Any:
        value = obj.get(key)
        if value is None:
            return default
        try:
            return enum(value)
        except ValueError:
            allowed = ", ".join(e.value for e in enum)
            self.fail(where, f"'{key}' must be one of {allowed}, not {json.dumps(value)[:40]}")
            return default


def _goal(r: _Reader, raw: Any, where: str, meta: PlanMeta, version: int = VERSION,
          tick: Callable[[int], None] = lambda n: None) -> tuple[Goal, list[Observation]] | None:
    if not isinstance(raw, dict):
        r.fail(where, "must be an object")
        return None
    before = len(r.problems)
    title = r.text(raw, "title", where, required=True, limit=MAX_TITLE)
    where = f"{where} ({title[:40]!r})" if title else where
    objective = r.text(raw, "objective", where, required=True)
    kpi_id = r.text(raw, "kpi", where, required=True)
    if objective and not catalog.is_objective(objective):
        r.fail(where, f"'objective' {objective!r} is not a catalog objective id")
    if kpi_id and not catalog.is_kpi(kpi_id):
        r.fail(where, f"'kpi' {kpi_id!r} is not a catalog KPI id")
    platforms_raw = raw.get("platforms", [])
    platforms: list[str] = []
    if not isinstance(platforms_raw, list) or not all(isinstance(p, str) for p in platforms_raw):
        r.fail(where, "'platforms' must be a list of platform ids")
    else:
        for p in platforms_raw:
            if not catalog.is_platform(p):
                r.fail(where, f"'platforms' has {p!r}, which is not a catalog platform id")
        platforms = platforms_raw
    shares: dict[str, tuple[float | None, float | None]] = {}
    targets_raw = raw.get("platform_targets", [])
    if not isinstance(targets_raw, list):
        r.fail(where, "'platform_targets' must be a list")
    else:
        for i, t in enumerate(targets_raw):
            w = f"{where} platform_targets[{i}]"
            if not isinstance(t, dict):
                r.fail(w, "must be an object")
                continue
            pid = r.text(t, "platform", w, required=True)
            if pid and pid not in platforms:
                r.fail(w, f"platform {pid!r} is not among the goal's platforms")
            if pid and pid in shares:
                r.fail(w, f"platform {pid!r} has a target already")
            shares[pid] = (r.number(t, "baseline", w), r.number(t, "target", w))
    audience_raw = raw.get("audience") or {}
    if not isinstance(audience_raw, dict):
        r.fail(where, "'audience' must be an object")
        audience_raw = {}
    ages = []
    for key in ("age_min", "age_max"):
        age = r.number(audience_raw, key, f"{where} audience")
        if age is not None and (not age.is_integer() or not 0 <= age <= 120):
            r.fail(f"{where} audience", f"'{key}' must be a whole number of years from 0 to 120")
            age = None
        ages.append(int(age) if age is not None else None)
    audience = Audience(
        age_min=ages[0], age_max=ages[1],
        gender=r.choice(audience_raw, "gender", f"{where} audience", Gender, Gender.ANY),
        income=r.choice(audience_raw, "income", f"{where} audience", Income, Income.ANY),
        family_stage=r.choice(audience_raw, "family_stage", f"{where} audience", FamilyStage, FamilyStage.ANY),
        location=r.text(audience_raw, "location", f"{where} audience", limit=MAX_LOCATION),
    )
    milestones = []
    milestones_raw = raw.get("milestones") or []
    if not isinstance(milestones_raw, list):
        r.fail(where, "'milestones' must be a list")
        milestones_raw = []
    for i, m in enumerate(milestones_raw):
        w = f"{where} milestones[{i}]"
        if not isinstance(m, dict):
            r.fail(w, "must be an object")
            continue
        d, v = r.day(m, "date", w), r.number(m, "value", w, required=True)
        if d is not None and any(ms.date == d for ms in milestones):
            r.fail(w, f"a second milestone on {d.isoformat()}")
        elif d is not None and v is not None:
            milestones.append(Milestone(d, v, r.text(m, "label", w, limit=MAX_LABEL)))
    archived = raw.get("archived", False)
    if not isinstance(archived, bool):
        r.fail(where, "'archived' must be true or false")
    to_confirm = raw.get("kpi_to_confirm", False) if version >= 2 else kpi_id in NARROWED_IN_V2
    if not isinstance(to_confirm, bool):
        r.fail(where, "'kpi_to_confirm' must be true or false")
    goal_fields = dict(
        title=title, objective=objective, kpi=kpi_id,
        baseline=r.number(raw, "baseline", where, required=True),
        target=r.number(raw, "target", where, required=True),
        start=r.day(raw, "start", where), deadline=r.day(raw, "deadline", where),
        statement=r.text(raw, "statement", where, limit=MAX_STATEMENT),
        shape=r.choice(raw, "shape", where, Shape, Shape.LINEAR),
        business_objective=r.text(raw, "business_objective", where, limit=MAX_BUSINESS_OBJECTIVE),
        budget=r.number(raw, "budget", where),
        currency=r.text(raw, "currency", where, limit=MAX_CURRENCY) or meta.currency,
        hours_per_week=r.number(raw, "hours_per_week", where),
        follower_count=r.number(raw, "follower_count", where),
    )
    observations_raw = raw.get("observations", [])
    if not isinstance(observations_raw, list):
        r.fail(where, "'observations' must be a list")
        observations_raw = []
    if len(observations_raw) > MAX_FIGURES_PER_GOAL:
        r.fail(where, f"has {len(observations_raw):,} figures; a goal holds at most {MAX_FIGURES_PER_GOAL:,}")
        return None
    observations: list[Observation] = []
    seen: set[tuple[str | None, date]] = set()
    kpi = catalog.kpi(kpi_id) if catalog.is_kpi(kpi_id) else None
    for i, o in enumerate(observations_raw):
        if i % 10_000 == 9_999:
            tick(10_000)
        w = f"{where} observations[{i}]"
        if not isinstance(o, dict):
            r.fail(w, "must be an object")
            continue
        d = r.day(o, "date", w)
        v = r.number(o, "value", w, required=True)
        p = o.get("platform")
        if p is not None and (not isinstance(p, str) or not catalog.is_platform(p)):
            r.fail(w, f"'platform' {json.dumps(p)[:40]} is not a catalog platform id")
            p = None
        if v is not None and kpi is not None:
            for problem in value_problems(kpi, v):
                r.fail(w, f"'value' {problem}")
        if d is not None and (p, d) in seen:
            r.fail(w, f"a second figure for {p or 'all platforms'} on {d.isoformat()}")
        if d is not None:
            seen.add((p, d))
        if d is not None and v is not None:
            observations.append(Observation(
                goal_id=0, date=d, value=v, platform=p, note=r.text(o, "note", w, limit=MAX_NOTE),
                source=r.text(o, "source", w, limit=MAX_SOURCE) or "json",
            ))
    checkins = _checkins(r, raw, where)
    if len(r.problems) > before or None in (goal_fields["baseline"], goal_fields["target"],
                                              goal_fields["start"], goal_fields["deadline"]):
        return None
    goal = Goal(
        **goal_fields,  # type: ignore[arg-type]
        platforms=tuple(GoalPlatform(p, *shares.get(p, (None, None))) for p in platforms),
        audience=audience, milestones=tuple(milestones), archived=archived, kpi_to_confirm=to_confirm,
    )
    for fld, message in goal.problems():
        r.fail(where, f"'{fld}': {message}")
    return goal, observations, checkins


def _checkins(r: _Reader, raw: dict[str, Any], where: str) -> list[CheckIn]:
    items = raw.get("checkins") or []
    if not isinstance(items, list):
        r.fail(where, "'checkins' must be a list")
        return []
    out: list[CheckIn] = []
    for i, c in enumerate(items):
        w = f"{where} checkins[{i}]"
        if not isinstance(c, dict):
            r.fail(w, "must be an object")
            continue
        d = r.day(c, "date", w)
        confidence = c.get("confidence")
        if isinstance(confidence, bool) or not isinstance(confidence, int):
            r.fail(w, f"'confidence' must be a whole number from 1 to 5, not {json.dumps(confidence)[:40]}")
            continue
        note = r.text(c, "note", w, limit=MAX_CHECKIN_NOTE)
        if d is None:
            continue
        if any(x.date == d for x in out):
            r.fail(w, f"a second check-in on {d.isoformat()}")
            continue
        checkin = CheckIn(0, d, confidence, note)
        for fld, message in checkin_problems(checkin):
            r.fail(w, f"'{fld}': {message}")
        out.append(checkin)
    return out


def _seasons(r: _Reader, data: dict[str, Any]) -> list[Season]:
    items = data.get("seasons") or []
    if not isinstance(items, list):
        r.fail("seasons", "must be a list")
        return []
    if len(items) > MAX_SEASONS:
        r.fail("seasons", f"has {len(items)} seasons; a plan holds at most {MAX_SEASONS}")
        return []
    out: list[Season] = []
    for i, raw in enumerate(items):
        w = f"season {i + 1}"
        if not isinstance(raw, dict):
            r.fail(w, "must be an object")
            continue
        name = r.text(raw, "name", w, required=True, limit=MAX_SEASON_NAME)
        w = f"{w} ({name[:40]!r})" if name else w
        first, last = r.day(raw, "start", w), r.day(raw, "end", w)
        effect = r.number(raw, "effect", w, required=True)
        if not name or first is None or last is None or effect is None:
            continue
        season = Season(name, first, last, effect)
        for fld, message in season.problems():
            r.fail(w, f"'{fld}': {message}")
        out.append(season)
    return out


def _review(r: _Reader, data: dict[str, Any]) -> Schedule | None:
    raw = data.get("review")
    if raw is None:
        return None
    if not isinstance(raw, dict):
        r.fail("review", "must be an object")
        return None
    day_text = r.text(raw, "day", "review", required=True, limit=20)
    time_text = r.text(raw, "time", "review", limit=10) or "09:00"
    try:
        day = Weekday.from_key(day_text)
    except ValueError:
        r.fail("review", f"'day' must be a day of the week (monday ... sunday), not {json.dumps(day_text)[:40]}")
        return None
    if not re.fullmatch(r"[0-2][0-9]:[0-5][0-9]", time_text) or int(time_text[:2]) > 23:
        r.fail("review", f"'time' must be a time like 09:00, not {json.dumps(time_text)[:40]}")
        return None
    return Schedule(day, time.fromisoformat(time_text))


def parse(data: Any, source: str = "document", progress: Callable[[float], None] | None = None,
          cancelled: Callable[[], bool] | None = None) -> PlanDocument:
    """Validate a decoded JSON document completely; PlanJsonError lists every problem.

    *progress* gets the fraction done (by figures read); *cancelled* is asked
    as often, and Cancelled is raised when it says so.
    """
    r = _Reader()
    if not isinstance(data, dict):
        raise PlanJsonError(source, ["the document must be a JSON object"])
    if data.get("format") != FORMAT:
        raise PlanJsonError(source, [f"'format' must be {FORMAT!r}: this is not a Social Goal Planner plan"])
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise PlanJsonError(source, ["'version' must be a whole number"])
    if version < 1:
        raise PlanJsonError(source, [f"'version' {version} is not a version of this format (1 to {VERSION})"])
    if version > VERSION:
        raise PlanJsonError(source, [f"version {version} is newer than this app reads ({VERSION}): update the app"])
    business = data.get("business") or {}
    if not isinstance(business, dict):
        r.fail("business", "must be an object")
        business = {}
    meta = PlanMeta(
        business_name=r.text(business, "name", "business", limit=MAX_BUSINESS_NAME),
        currency=r.text(business, "currency", "business", limit=MAX_CURRENCY),
        language=r.text(business, "language", "business", limit=10) or "en",
        brand_colour=r.text(business, "brand_colour", "business", limit=7),
        logo_png=_read_logo(r, business),
    )
    if meta.brand_colour and not COLOUR.fullmatch(meta.brand_colour):
        r.fail("business", f"'brand_colour' must be written #rrggbb, not {json.dumps(meta.brand_colour)}")
    goals_raw = data.get("goals", [])
    if not isinstance(goals_raw, list):
        r.fail("goals", "must be a list")
        goals_raw = []
    doc = PlanDocument(meta, seasons=_seasons(r, data), review=_review(r, data))
    total = max(1, sum(1 + (len(g["observations"]) if isinstance(g, dict) and isinstance(
        g.get("observations"), list) else 0) for g in goals_raw))
    done = 0

    def tick(n: int) -> None:
        nonlocal done
        done += n
        if cancelled is not None and cancelled():
            raise Cancelled()
        if progress is not None:
            progress(min(1.0, done / total))

    for i, raw in enumerate(goals_raw):
        before = done
        parsed = _goal(r, raw, f"goal {i + 1}", meta, version, tick)
        if parsed is not None:
            doc.goals.append(parsed)
        size = 1 + (len(raw["observations"]) if isinstance(raw, dict) and isinstance(raw.get("observations"), list)
                    else 0)
        tick(before + size - done)
    if r.problems:
        raise PlanJsonError(source, r.problems)
    return doc


def _read_logo(r: _Reader, business: dict[str, Any]) -> bytes:
    text = r.text(business, "logo_png", "business", limit=2 * MAX_LOGO_BYTES)
    if not text:
        return b""
    try:
        data = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        r.fail("business", "'logo_png' must be a PNG image in base64")
        return b""
    if not data.startswith(PNG_SIGNATURE):
        r.fail("business", "'logo_png' is not a PNG image")
    elif len(data) > MAX_LOGO_BYTES:
        r.fail("business", f"'logo_png' is larger than {MAX_LOGO_BYTES // 1024} KB")
    return data


def read(path: Path, progress: Callable[[float], None] | None = None,
         cancelled: Callable[[], bool] | None = None) -> PlanDocument:
    """Read and validate a plan JSON file, saying how far it got (*progress*) and stopping on *cancelled*."""
    def step(fraction: float) -> None:
        if cancelled is not None and cancelled():
            raise Cancelled()
        if progress is not None:
            progress(fraction)
    try:
        size = files.require_regular(path, "plan JSON file").st_size  # a pipe or a device would never end
    except PlanFileError as exc:
        raise PlanJsonError(str(path), [exc.problem]) from None
    if size > MAX_BYTES:
        raise PlanJsonError(str(path), [f"the file is {size:,} bytes; a plan JSON file is at most {MAX_BYTES:,} "
                                        f"bytes ({MAX_BYTES // 2**20} MB)"])
    try:
        chunks = []
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(4 << 20), b""):
                chunks.append(chunk)
                step(_READ * min(1.0, sum(map(len, chunks)) / max(size, 1)))
        raw = b"".join(chunks)
        del chunks
        if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            text = raw.decode("utf-16")  # what some Windows editors save as "Unicode"
        else:
            text = raw.decode("utf-8-sig")
    except OSError as exc:
        raise PlanJsonError(str(path), [f"cannot be read ({exc.strerror})"]) from None
    except UnicodeDecodeError as exc:
        raise PlanJsonError(str(path), [f"is not UTF-8 text (byte {exc.start})"]) from None
    if "\x00" in text:
        raise PlanJsonError(str(path), ["contains NUL bytes: it is not UTF-8 text (UTF-16 without a byte order "
                                        "mark, or a binary file?)"])
    try:
        data = _decode(text, lambda f: step(_READ + (_PARSED - _READ) * f))
    except json.JSONDecodeError as exc:
        raise PlanJsonError(str(path), [f"is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"]
                            ) from None
    except (ValueError, RecursionError) as exc:
        raise PlanJsonError(str(path), [f"is not valid JSON: {exc}"]) from None
    del text
    step(_PARSED)
    return parse(data, str(path), progress=lambda f: step(_PARSED + (1 - _PARSED) * f), cancelled=cancelled)


_SPACE = re.compile(r"[ \t\n\r]*")


def _decode(text: str, step: Callable[[float], None]) -> Any:
    """``json.loads(text)``, but the top-level "goals" array one goal at a time.

    The parser then holds the interpreter for one goal, not for a whole file
    of 200 MB, so the window's thread gets its turns, and *step* says how far
    the parse got (and can cancel) between goals.
    """
    decoder = json.JSONDecoder(parse_constant=_reject_constant, parse_int=_whole)
    i = _SPACE.match(text, 0).end()
    if not text.startswith("{", i):  # not an object: the ordinary parser says what it is
        return decoder.decode(text)
    out: dict[str, Any] = {}
    i = _SPACE.match(text, i + 1).end()
    if text.startswith("}", i):
        i += 1
    else:
        while True:
            if not text.startswith('"', i):
                raise json.JSONDecodeError("Expecting property name enclosed in double quotes", text, i)
            key, i = decoder.raw_decode(text, i)
            i = _SPACE.match(text, i).end()
            if not text.startswith(":", i):
                raise json.JSONDecodeError("Expecting ':' delimiter", text, i)
            i = _SPACE.match(text, i + 1).end()
            if key == "goals" and text.startswith("[", i):
                out[key], i = _goals(text, i, decoder, step)
            else:
                out[key], i = decoder.raw_decode(text, i)
            i = _SPACE.match(text, i).end()
            if text.startswith(",", i):
                i = _SPACE.match(text, i + 1).end()
            elif text.startswith("}", i):
                i += 1
                break
            else:
                raise json.JSONDecodeError("Expecting ',' delimiter", text, i)
    if _SPACE.match(text, i).end() != len(text):
        raise json.JSONDecodeError("Extra data", text, i)
    return out


def _goals(text: str, i: int, decoder: json.JSONDecoder, step: Callable[[float], None]) -> tuple[list[Any], int]:
    items: list[Any] = []
    i = _SPACE.match(text, i + 1).end()
    if text.startswith("]", i):
        return items, i + 1
    while True:
        value, i = decoder.raw_decode(text, i)
        items.append(value)
        step(i / len(text))
        i = _SPACE.match(text, i).end()
        if text.startswith(",", i):
            i = _SPACE.match(text, i + 1).end()
        elif text.startswith("]", i):
            return items, i + 1
        else:
            raise json.JSONDecodeError("Expecting ',' delimiter", text, i)


def _whole(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_DIGITS:
        raise ValueError(f"a number with {len(digits.lstrip('-')):,} digits is far larger than any figure")
    return int(digits)


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not a number JSON allows")


def export_plan(repo: Repository, path: Path) -> int:
    """Write the whole plan to *path* (atomically: a crash leaves the old file or the new one).

    What ``repo.read_problems`` lists after this call is not in the file.
    """
    seasons = repo.seasons()
    goals = repo.goals()  # reads the seasons again, and says what of them cannot be read
    text = dumps(to_dict(repo.meta(), goals, repo.observations_by_goal(), repo.checkins_by_goal(), seasons,
                         repo.review_schedule()))
    with files.NewFile(Path(path)) as new:  # a new name of our own: a link planted anywhere is never followed
        new.path.write_text(text, encoding="utf-8")
        new.commit()
    return len(goals)


def import_plan(repo: Repository, doc: PlanDocument) -> list[Goal]:
    """Add every goal of a validated document (with its figures and check-ins) to the plan, in one
    transaction.

    The business's name, currency, logo and colour, and the review day, are taken only where the plan
    has none yet; the document's seasons are added to the plan's (those it has already are not doubled).
    """
    meta = repo.meta()
    fill = {k: getattr(doc.business, k) for k in ("business_name", "currency", "logo_png", "brand_colour")
            if getattr(doc.business, k) and not getattr(meta, k)}
    with repo.db.atomic():
        if fill:
            repo.set_meta(**fill)
        if doc.review is not None and not repo.review_schedule_chosen():
            repo.set_review_schedule(doc.review)
        have = repo.seasons()
        new = [x for x in doc.seasons if x not in have]
        if new:
            repo.set_seasons(have + new)
        return repo.add_goals(doc.goals)
