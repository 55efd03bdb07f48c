"""Run every benchmark in bench/ (each in its own subprocess, offscreen) and print one table.

``make bench`` (or ``.venv/bin/python bench/run_all.py [names...]``).  Every script reports through
``BENCH|name|ours|baseline|ratio|target|OK or OVER`` lines, one per measurement, printed whether
its target is met or not; a script that fails, or prints no such line, shows as a FAILED row.
The exit code is 1 when anything is OVER or failed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TIMEOUT_S = 420  # per script; the whole run stays under ten minutes on two cores

Row = tuple[str, str, str, str, str, str]


def scripts(names: list[str]) -> list[Path]:
    found = sorted(p for p in HERE.glob("bench_*.py"))
    if names:
        found = [p for p in found if p.stem in names or p.stem.removeprefix("bench_") in names]
    return found


def parse(name: str, out: str) -> list[Row]:
    """The ``BENCH|name|ours|baseline|ratio|target|OK or OVER`` lines of a script's output."""
    rows: list[Row] = []
    for line in out.splitlines():
        if line.startswith("BENCH|"):
            parts = line.split("|")[1:]
            if len(parts) == 6:
                rows.append(tuple(p.strip() for p in parts))  # type: ignore[arg-type]
    return rows or [(name, "-", "-", "-", "-", "FAILED (no BENCH| line)")]


def run(path: Path) -> tuple[list[Row], float, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYQTGRAPH_QT_LIB": "PySide6"}
    start = time.perf_counter()
    try:
        done = subprocess.run([sys.executable, str(path)], capture_output=True, text=True, env=env,
                              timeout=TIMEOUT_S, cwd=HERE.parent)
    except subprocess.TimeoutExpired:
        return [(path.stem, "-", "-", "-", "-", "FAILED (timeout)")], time.perf_counter() - start, ""
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip().splitlines()[-1:] or [""]
        printed = [r for r in parse(path.stem, done.stdout) if not r[5].startswith("FAILED")]
        return printed + [(path.stem, "-", "-", "-", "-", f"FAILED ({tail[0][:60]})")], elapsed, \
            done.stdout + done.stderr
    return parse(path.stem, done.stdout), elapsed, done.stdout


def main(names: list[str]) -> int:
    found = scripts(names)
    if not found:
        print("no benchmark scripts found", file=sys.stderr)
        return 1
    rows: list[Row] = []
    for path in found:
        print(f"running {path.name} ...", file=sys.stderr, flush=True)
        got, elapsed, out = run(path)
        print(out.rstrip(), file=sys.stderr)
        print(f"  ({elapsed:.0f} s)", file=sys.stderr, flush=True)
        rows.extend(got)
    header: Row = ("benchmark", "ours", "baseline", "ratio", "target", "OK/OVER")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(6)]
    line = "  ".join("-" * w for w in widths)
    print(line)
    print("  ".join(h.ljust(w) for h, w in zip(header, widths)))
    print(line)
    for r in rows:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths)))
    print(line)
    return 0 if all(r[5] == "OK" for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
