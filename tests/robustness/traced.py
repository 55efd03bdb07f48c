"""A child process for the crash tests: ``python traced.py ARGS`` runs ``planner ARGS`` and says on stdout
(flushed) when each SQLite transaction begins and ends, so that the parent, which kills it with SIGKILL,
knows whether the kill landed inside a transaction.

Every connection the app opens to a file gets a trace callback (the in-memory ones, where the
expected schema is made, do not); only ``BEGIN``, ``COMMIT`` and ``ROLLBACK`` are printed
(``SQL BEGIN``...), not the rows of a bulk insert.
"""

from __future__ import annotations

import sqlite3
import sys

_connect = sqlite3.connect


def _say(sql: str) -> None:
    word = sql.lstrip()[:8].split(" ", 1)[0].upper()
    if word in ("BEGIN", "COMMIT", "ROLLBACK"):
        sys.stdout.write(f"SQL {word}\n")
        sys.stdout.flush()


def _traced(*args, **kwargs):
    conn = _connect(*args, **kwargs)
    if str(args[0] if args else kwargs.get("database")) != ":memory:":
        conn.set_trace_callback(_say)
    return conn


if __name__ == "__main__":
    sqlite3.connect = _traced
    from planner import cli

    sys.exit(cli.main(sys.argv[1:]))
