"""Run every benchmark in bench/ (each in its own subprocess, offscreen) and print one table.

``make bench`` (or ``.venv/bin/python bench/run_all.py [names...]``).  A script reports through
``BENCH|name|ours|baseline|ratio|target|OK or OVER`` lines; for scripts that print only prose
(bench_import.py, bench_chart.py, and whatever else lands here) the usual "ratio ours/baseline"
lines are read instead.  A script that fails or prints nothing readable shows as FAILED/??.
The exit code is 1 when anything is OVER or failed.
"""

from __future__ import annotations

import os
import re
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


def title_of(out: str) -> str:
    """The first line of a script's output without its ", best of 3" / ", median of 15" tail."""
    first = out.strip().splitlines()[0] if out.strip() else ""
    return re.split(r",? (?:best|median) of \d+", first)[0].strip()


def parse(name: str, out: str) -> list[Row]:
    rows: list[Row] = []
    for line in out.splitlines():
        if line.startswith("BENCH|"):
            parts = line.split("|")[1:]
            if len(parts) == 6:
                rows.append(tuple(p.strip() for p in parts))  # type: ignore[arg-type]
    if rows:
        return rows
    # bench_import.py: a table of wall/CPU seconds, "ratio ours/baseline: 1.24x CPU, ..." and peak memory
    m = re.search(r"ratio ours/baseline: ([\d.]+)x CPU.*?\(target <= ([\d.]+)x\) (OK|OVER)", out)
    if m:
        cpu = {k: v for k, v in re.findall(r"^(baseline|ours)\s+[\d.]+\s+([\d.]+)", out, re.M)}
        title = title_of(out) or name
        rows.append((f"{title} (CPU)", f"{cpu.get('ours', '?')} s", f"{cpu.get('baseline', '?')} s",
                     f"{m.group(1)}x", f"<= {m.group(2)}x", m.group(3)))
        peak = re.search(r"peak memory ours: ([\d.]+) MB \(target < ([\d.]+) MB\) (OK|OVER)", out)
        if peak:
            rows.append((f"{title} (peak memory)", f"{peak.group(1)} MB", "-", "-", f"< {peak.group(2)} MB",
                         peak.group(3)))
        return rows
    # bench_chart.py and the like: "<label> ... N ms" lines for baseline and ours, then the ratio line
    m = re.search(r"ratio ours/baseline: ([\d.]+)x \(target <= ([\d.]+)x\) (OK|OVER)", out)
    if m:
        base = re.search(r"^baseline.*?([\d.]+\s*(?:ms|s|MB))\s*$", out, re.M)
        ours = re.search(r"^ours.*?([\d.]+\s*(?:ms|s|MB))\s*$", out, re.M)
        title = title_of(out) or name
        rows.append((title, ours.group(1) if ours else "?", base.group(1) if base else "?", f"{m.group(1)}x",
                     f"<= {m.group(2)}x", m.group(3)))
        extra = re.search(r"ours (under|OVER) ([\d.]+ ms)", out)
        if extra and ours:
            rows.append((f"{title} (absolute)", ours.group(1), "-", "-", f"< {extra.group(2)}",
                         "OK" if extra.group(1) == "under" else "OVER"))
        return rows
    # bench_report.py: "baseline <what> N s CPU", "report <what> N s CPU", "ratio Nx;  target under 5 s: met"
    m = re.search(r"^\s*ratio\s+([\d.]+)x;\s*target (.+?): (met|not met|missed|OVER|OK)", out, re.M)
    if m:
        base = re.search(r"^\s*baseline\b.*?([\d.]+ s) CPU", out, re.M)
        ours = re.search(r"^\s*(?!baseline|ratio)\w+\b.*?([\d.]+ s) CPU", out, re.M)
        target = m.group(2).replace("under ", "< ")
        rows.append((f"{name.removeprefix('bench_')}: {title_of(out)}", ours.group(1) if ours else "?",
                     base.group(1) if base else "?", f"{m.group(1)}x", target,
                     "OK" if m.group(3) in ("met", "OK") else "OVER"))
        return rows
    # anything else that states a ratio and a target
    m = re.search(r"([\d.]+)x.*?target\s*<=?\s*([\d.]+)x.*?\b(OK|OVER)\b", out, re.S)
    if m:
        rows.append((name, "?", "?", f"{m.group(1)}x", f"<= {m.group(2)}x", m.group(3)))
        return rows
    return [(name, "?", "?", "?", "?", "??")]


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
        return [(path.stem, "-", "-", "-", "-", f"FAILED ({tail[0][:60]})")], elapsed, done.stdout + done.stderr
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
