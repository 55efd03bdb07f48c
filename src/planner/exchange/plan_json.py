"""The plan JSON exchange format: backup, sharing, and what other tools can write.

Documented in docs/plan-json.md.  Import validates the whole document first
and raises one PlanJsonError listing every problem (naming the goal and the
field), so that nothing is written unless everything is valid.
"""

from __future__ import annotations

import codecs
import json
import math
import os
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from planner.domain import catalog
from planner.domain.goals import (
    Audience,
    FamilyStage,
    Gender,
    Goal,
    GoalPlatform,
    Income,
    Milestone,
    Observation,
    Shape,
    value_problems,
)
from planner.store.repository import PlanMeta, Repository

_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
FORMAT = "social-goal-plan"
VERSION = 2
#: KPIs whose definition narrowed in version 2 ("ctr": organic link CTR; "conversion_rate": orders per visit):
#: a goal of a version-1 document cannot say which definition it meant, so its owner is asked to confirm.
NARROWED_IN_V2 = frozenset({"ctr", "conversion_rate"})
#: Larger documents are refused before parsing: a plan is kilobytes to a few megabytes.
MAX_BYTES = 200 * 1024 * 1024


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
    goals: list[tuple[Goal, list[Observation]]] = field(default_factory=list)


def _num(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() and abs(value) < 2**53 else value


def to_dict(meta: PlanMeta, goals: list[Goal], observations: dict[int, list[Observation]]) -> dict[str, Any]:
    """The plan as a JSON-ready dict, in the documented format."""
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
        })
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported": datetime.now().replace(microsecond=0).isoformat(),
        "business": {"name": meta.business_name, "currency": meta.currency, "language": meta.language},
        "goals": out_goals,
    }


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
            return date.fromisoformat(value)
        except ValueError:
            self.fail(where, f"'{key}' must be a date like 2026-03-31, not {json.dumps(value)[:40]}")
            return None

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


def _goal(r: _Reader, raw: Any, where: str, meta: PlanMeta, version: int) -> tuple[Goal, list[Observation]] | None:
    if not isinstance(raw, dict):
        r.fail(where, "must be an object")
        return None
    before = len(r.problems)
    title = r.text(raw, "title", where, required=True, limit=2000)
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
        location=r.text(audience_raw, "location", f"{where} audience", limit=500),
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
            milestones.append(Milestone(d, v, r.text(m, "label", w, limit=500)))
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
        statement=r.text(raw, "statement", where, limit=10_000),
        shape=r.choice(raw, "shape", where, Shape, Shape.LINEAR),
        business_objective=r.text(raw, "business_objective", where, limit=2000),
        budget=r.number(raw, "budget", where),
        currency=r.text(raw, "currency", where, limit=10) or meta.currency,
        hours_per_week=r.number(raw, "hours_per_week", where),
        follower_count=r.number(raw, "follower_count", where),
    )
    observations_raw = raw.get("observations", [])
    if not isinstance(observations_raw, list):
        r.fail(where, "'observations' must be a list")
        observations_raw = []
    observations: list[Observation] = []
    seen: set[tuple[str | None, date]] = set()
    kpi = catalog.kpi(kpi_id) if catalog.is_kpi(kpi_id) else None
    for i, o in enumerate(observations_raw):
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
                goal_id=0, date=d, value=v, platform=p, note=r.text(o, "note", w, limit=2000),
                source=r.text(o, "source", w, limit=200) or "json",
            ))
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
    return goal, observations


def parse(data: Any, source: str = "document") -> PlanDocument:
    """Validate a decoded JSON document completely; PlanJsonError lists every problem."""
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
        business_name=r.text(business, "name", "business", limit=500),
        currency=r.text(business, "currency", "business", limit=10),
        language=r.text(business, "language", "business", limit=10) or "en",
    )
    goals_raw = data.get("goals", [])
    if not isinstance(goals_raw, list):
        r.fail("goals", "must be a list")
        goals_raw = []
    doc = PlanDocument(meta)
    for i, raw in enumerate(goals_raw):
        parsed = _goal(r, raw, f"goal {i + 1}", meta, version)
        if parsed is not None:
            doc.goals.append(parsed)
    if r.problems:
        raise PlanJsonError(source, r.problems)
    return doc


def read(path: Path) -> PlanDocument:
    """Read and validate a plan JSON file."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise PlanJsonError(str(path), [f"the file is {size // 2**20} MB; a plan file is at most "
                                            f"{MAX_BYTES // 2**20} MB"])
        raw = path.read_bytes()
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
        data = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise PlanJsonError(str(path), [f"is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"]
                            ) from None
    except (ValueError, RecursionError) as exc:
        raise PlanJsonError(str(path), [f"is not valid JSON: {exc}"]) from None
    return parse(data, str(path))


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not a number JSON allows")


def export_plan(repo: Repository, path: Path) -> int:
    """Write the whole plan to *path* (atomically: a crash leaves the old file or the new one)."""
    goals = repo.goals()
    text = dumps(to_dict(repo.meta(), goals, repo.observations_by_goal()))
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
    return len(goals)


def import_plan(repo: Repository, doc: PlanDocument) -> list[Goal]:
    """Add every goal of a validated document to the plan, in one transaction.

    The business name and currency are taken only where the plan has none yet.
    """
    meta = repo.meta()
    fill = {k: v for k, v in (("business_name", doc.business.business_name), ("currency", doc.business.currency))
            if v and not getattr(meta, k)}
    with repo.db.atomic():
        if fill:
            repo.set_meta(**fill)
        return repo.add_goals(doc.goals)
