"""The plan file's schema, as numbered migrations.

Each migration takes a plan from version N-1 to N inside one transaction; the
version is stored in ``PRAGMA user_version``.  A migration, once released, is
never edited: a change to the schema is a new migration at the end.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlite3
import uuid
from collections.abc import Callable

if TYPE_CHECKING:  # sqlite-utils loads with the first plan opened, not with the app
    from sqlite_utils import Database


#: ``PRAGMA application_id`` of a plan file ("SGPL"): tells our files from other SQLite files.
APPLICATION_ID = 0x5347504C


def _v1_first_schema(db: Database) -> None:
    db["plan"].create({"key": str, "value": str}, pk="key")
    db["goals"].create(
        {
            "id": int,
            "title": str,
            "statement": str,
            "objective": str,
            "kpi": str,
            "baseline": float,
            "target": float,
            "start": str,
            "deadline": str,
            "shape": str,
            "business_objective": str,
            "audience_age_min": int,
            "audience_age_max": int,
            "audience_gender": str,
            "audience_income": str,
            "audience_family_stage": str,
            "audience_location": str,
            "budget": float,
            "currency": str,
            "hours_per_week": float,
            "created": str,
            "modified": str,
        },
        pk="id",
        not_null={"title", "objective", "kpi", "baseline", "target", "start", "deadline"},
    )
    db["goal_platforms"].create(
        {"goal_id": int, "platform": str, "baseline": float, "target": float},
        pk=("goal_id", "platform"),
        foreign_keys=[("goal_id", "goals", "id")],
    )
    db["observations"].create(
        {
            "id": int,
            "goal_id": int,
            "platform": str,
            "date": str,
            "value": float,
            "source": str,
            "note": str,
            "imported_at": str,
        },
        pk="id",
        foreign_keys=[("goal_id", "goals", "id")],
        not_null={"goal_id", "date", "value"},
    )
    db["observations"].create_index(["goal_id", "date"])


def _v2_archive_milestones_unique_figures(db: Database) -> None:
    """Goals can be archived and carry milestones; one figure per goal, platform and day."""
    db["goals"].add_column("archived", int, not_null_default=0)
    db["milestones"].create(
        {"goal_id": int, "date": str, "value": float, "label": str},
        pk=("goal_id", "date"),
        foreign_keys=[("goal_id", "goals", "id")],
    )
    # Keep the most recently entered figure where a v1 plan holds two for one day.
    db.execute(
        "DELETE FROM observations WHERE id NOT IN (SELECT max(id) FROM observations "
        "GROUP BY goal_id, ifnull(platform, ''), date)"
    )
    db.execute(
        "CREATE UNIQUE INDEX observations_one_per_day "
        "ON observations(goal_id, ifnull(platform, ''), date)"
    )


def _v3_seasons_checkins_plan_id(db: Database) -> None:
    """The plan's seasons, each goal's check-ins (one per goal and day), and the plan's own id (the
    stable UID of its reminders file)."""
    db["seasons"].create({"id": int, "name": str, "start": str, "end": str, "effect": float}, pk="id",
                         not_null={"name", "start", "end", "effect"})
    db["checkins"].create({"id": int, "goal_id": int, "date": str, "confidence": int, "note": str}, pk="id",
                          foreign_keys=[("goal_id", "goals", "id")], not_null={"goal_id", "date", "confidence"})
    db.execute("CREATE UNIQUE INDEX checkins_one_per_day ON checkins(goal_id, date)")
    db.execute("INSERT OR IGNORE INTO plan (key, value) VALUES ('uid', ?)", [str(uuid.uuid4())])


def _v4_follower_count_and_kpi_definitions(db: Database) -> None:
    """Goals keep the account's size, and "ctr" and "conversion_rate" get one definition each.

    ``ctr`` now means organic link CTR and ``conversion_rate`` shop conversion
    (orders per visit); ad CTR, thumbnail CTR and lead-form conversion are
    KPIs of their own.  A goal made before cannot tell which it meant, so it is
    marked for its owner to confirm, not silently re-labelled.
    """
    db["goals"].add_column("follower_count", float)
    db["goals"].add_column("kpi_to_confirm", int, not_null_default=0)
    db.execute("UPDATE goals SET kpi_to_confirm = 1 WHERE kpi IN ('ctr', 'conversion_rate')")


MIGRATIONS: tuple[Callable[[Database], None], ...] = (
    _v1_first_schema,
    _v2_archive_milestones_unique_figures,
    _v3_seasons_checkins_plan_id,
    _v4_follower_count_and_kpi_definitions,
)
LATEST = len(MIGRATIONS)


def version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: Database, upto: int = LATEST) -> None:
    """Bring *db* to schema *upto*, one transaction per migration.

    Foreign keys are switched off during a migration, as SQLite advises for
    schema changes that rebuild tables, and checked before each commit.
    """
    db.execute("PRAGMA foreign_keys=OFF")
    try:
        for number in range(version(db.conn) + 1, upto + 1):
            with db.atomic():
                MIGRATIONS[number - 1](db)
                bad = db.execute("PRAGMA foreign_key_check").fetchall()
                if bad:
                    raise sqlite3.IntegrityError(f"migration {number} broke {len(bad)} references")
                db.execute(f"PRAGMA application_id={APPLICATION_ID}")
                db.execute(f"PRAGMA user_version={number}")
    finally:
        db.execute("PRAGMA foreign_keys=ON")


#: sqlite_master rows SQLite itself may add to any database (ANALYZE's statistics).
_SQLITE_OWN = ("sqlite_stat1", "sqlite_stat2", "sqlite_stat3", "sqlite_stat4")


def _normal(sql: str | None) -> str:
    """A schema statement without the spelling differences of the tools that wrote it (quotes, spaces, case)."""
    if sql is None:
        return ""
    return "".join(ch for ch in sql.lower() if not ch.isspace() and ch not in '"[]`')


def shape(conn: sqlite3.Connection) -> dict[tuple[str, str], tuple[str, str]]:
    """(type, name) -> (table, normalised SQL) of every table, index, view and trigger in the file."""
    return {(kind, name): (table, _normal(sql))
            for kind, name, table, sql in conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master")
            if name not in _SQLITE_OWN}


_expected: dict[int, dict[tuple[str, str], tuple[str, str]]] = {}


def expected_shape(number: int) -> dict[tuple[str, str], tuple[str, str]]:
    """The schema a plan of version *number* has: the migrations run into an empty in-memory database."""
    if number not in _expected:
        from sqlite_utils import Database

        conn = sqlite3.connect(":memory:", isolation_level=None)
        try:
            migrate(Database(conn), upto=number)
            _expected[number] = shape(conn)
        finally:
            conn.close()
    return _expected[number]


def differences(conn: sqlite3.Connection, number: int) -> list[str]:
    """How the plan's schema differs from what its version *number* has, in words (empty when it does not)."""
    have, want = shape(conn), expected_shape(number)
    out = []
    for kind, name in sorted(have.keys() - want.keys()):
        out.append(f"an extra {kind} {name!r} on {have[(kind, name)][0]!r}" if kind in ("index", "trigger")
                   else f"an extra {kind} {name!r}")
    for kind, name in sorted(want.keys() - have.keys()):
        out.append(f"no {kind} {name!r}")
    for key in sorted(have.keys() & want.keys()):
        if have[key] != want[key]:
            out.append(f"the {key[0]} {key[1]!r} is not defined as plan format {number} defines it")
    return out
