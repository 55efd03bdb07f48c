"""Mutation testing: how many plausible bugs the tests catch, per module (``make mutation``).

    .venv/bin/python tools/mutation.py [--jobs N] [module ...]

A module is a package or a file under ``planner`` (``planner.domain``, ``planner.domain.forecast``);
with none, ``planner.domain``, ``planner.store`` and ``planner.exchange``.  For each, mutmut (3.x)
runs in its own folder under ``build/mutation/<module>/``: a ``pyproject.toml`` made from the
project's (the same pytest options: ``--import-mode=importlib``, ``tests`` on the path) with a
``[tool.mutmut]`` section, and links to ``src`` and ``tests``.  Only the Qt-free tests of the
module's own layer run (``TESTS`` below): mutmut forks a child per mutant from a process that has
run the tests, which Qt does not survive, and the UI tests would make a run last a day on two cores.

Each run starts afresh (mutmut keeps results between runs, but a result kept from before a test
changed is not a score).  The score counts a mutant as killed when a test failed on it, or when it
made the tests run past mutmut's time limit (a hang is caught too); every other mutant that was run
(survived, no test reaches it, an odd exit) counts against it.  Mutants listed as equivalent in
docs/testing.md (they cannot change behaviour) are reported separately and left out of the second
percentage.  Details: docs/testing.md.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "build" / "mutation"
DOC = ROOT / "docs" / "testing.md"
DEFAULT = ("planner.domain", "planner.store", "planner.exchange")

#: The tests that may kill a layer's mutants: its own folder, all free of Qt.
TESTS = {
    "planner.domain": ["tests/domain"],
    "planner.store": ["tests/store"],
    "planner.exchange": ["tests/exchange"],
}

#: mutmut's exit codes per mutant (mutmut.stats.status_by_exit_code), grouped for the score.
KILLED = {1: "killed", 3: "killed", 36: "timeout", 24: "timeout", -24: "timeout", 152: "timeout",
          255: "timeout", -9: "timeout"}  # -9: mutmut's SIGKILL one second after its CPU limit
NOT_RUN = {None: "not checked", 34: "skipped", 2: "interrupted"}
MISSED = {0: "survived", 5: "no tests", 33: "no tests"}


@dataclass
class Score:
    module: str
    counts: Counter
    equivalent: list[str]
    seconds: float

    @property
    def killed(self) -> int:
        return sum(n for status, n in self.counts.items() if status in ("killed", "timeout"))

    @property
    def total(self) -> int:
        return sum(n for status, n in self.counts.items() if status not in NOT_RUN.values())

    def line(self) -> str:
        pct = 100 * self.killed / self.total if self.total else 0.0
        text = f"{self.module:<34}{self.killed:>6} / {self.total:<6}{pct:6.1f} %"
        if self.equivalent:
            rest = self.total - len(self.equivalent)
            text += f"   ({len(self.equivalent)} equivalent: {100 * self.killed / rest if rest else 0:.1f} %)"
        missed = {s: n for s, n in self.counts.items() if s not in ("killed", "timeout") and n}
        if missed:
            text += "   " + ", ".join(f"{n} {s}" for s, n in sorted(missed.items()))
        return text + f"   [{self.seconds / 60:.0f} min]"


def layer_of(module: str) -> str:
    for layer in TESTS:
        if module == layer or module.startswith(layer + "."):
            return layer
    raise SystemExit(f"mutation: {module} is not in {', '.join(TESTS)} (the layers with Qt-free tests)")


def source_pattern(module: str) -> str:
    """The only_mutate glob of a package (every file in it) or of one file."""
    path = Path("src", *module.split("."))
    if (ROOT / path).is_dir():
        return f"{path.as_posix()}/*"
    if (ROOT / path.with_suffix(".py")).is_file():
        return path.with_suffix(".py").as_posix()
    raise SystemExit(f"mutation: no package or module {module} under src/")


def toml_list(items: list[str]) -> str:
    return "[" + ", ".join(json.dumps(i) for i in items) + "]"


def prepare(module: str) -> Path:
    """A fresh folder for mutmut: the project's pyproject.toml with a [tool.mutmut] section, src and tests."""
    folder = WORK / module
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for name in ("src", "tests", "docs"):  # docs: tests compare docs/benchmarks.md with the table
        (folder / name).symlink_to(ROOT / name, target_is_directory=True)
    project = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    project = re.sub(r"(?ms)^\[tool\.mutmut\].*?(?=^\[|\Z)", "", project)
    project += (
        "\n[tool.mutmut]\n"
        'source_paths = ["src"]\n'
        f"only_mutate = {toml_list([source_pattern(module)])}\n"
        f"pytest_add_cli_args_test_selection = {toml_list(TESTS[layer_of(module)])}\n"
        'also_copy = ["docs"]\n'
        "use_git_change_detection = false\n"
    )
    (folder / "pyproject.toml").write_text(project, encoding="utf-8")
    return folder


def run_mutmut(folder: Path, jobs: int) -> int:
    """mutmut run in *folder*, its spinner and per-mutant output in mutmut.log there."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYQTGRAPH_QT_LIB": "PySide6",
           "HYPOTHESIS_PROFILE": "ci"}
    mutmut = Path(sys.executable).with_name("mutmut")
    with open(folder / "mutmut.log", "w", encoding="utf-8") as log:
        return subprocess.run([str(mutmut), "run", "--max-children", str(jobs)], cwd=folder, env=env,
                              stdout=log, stderr=subprocess.STDOUT).returncode


def results(folder: Path, module: str) -> dict[str, str]:
    """Every mutant of *module* and its status, from mutmut's .meta files."""
    pattern = source_pattern(module)
    found: dict[str, str] = {}
    for meta in sorted((folder / "mutants" / "src").rglob("*.py.meta")):
        source = meta.relative_to(folder / "mutants").as_posix().removesuffix(".meta")
        if not (source == pattern or (pattern.endswith("/*") and source.startswith(pattern[:-1]))):
            continue
        data = json.loads(meta.read_text(encoding="utf-8"))
        for name, code in data["exit_code_by_key"].items():
            found[name] = (KILLED | NOT_RUN | MISSED).get(code, "suspicious")
    return found


def equivalent_mutants() -> dict[str, str]:
    """The mutants docs/testing.md judges equivalent: rows ``| `name` | why |`` of its table."""
    if not DOC.exists():
        return {}
    rows = re.findall(r"^\|\s*`(planner\.[^`]+)`\s*\|\s*(.+?)\s*\|\s*$", DOC.read_text(encoding="utf-8"), re.M)
    return dict(rows)


def measure(module: str, jobs: int) -> Score:
    started = time.perf_counter()
    folder = prepare(module)
    print(f"mutation: {module} (tests: {' '.join(TESTS[layer_of(module)])}; "
          f"log: {(folder / 'mutmut.log').relative_to(ROOT)})", flush=True)
    code = run_mutmut(folder, jobs)
    found = results(folder, module)
    if code != 0 or "not checked" in found.values():
        tail = (folder / "mutmut.log").read_text(encoding="utf-8", errors="replace")[-3000:]
        raise SystemExit(f"mutation: mutmut did not finish on {module} (exit {code}):\n{tail}")
    listed = equivalent_mutants()
    equivalent = sorted(name for name in listed if found.get(name) in ("survived", "no tests"))
    stale = sorted(name for name in listed if name.startswith(module + ".") and found.get(name) not in
                   ("survived", "no tests"))
    for name in stale:
        print(f"mutation: docs/testing.md lists {name} as equivalent, but it is "
              f"{found.get(name, 'no longer a mutant')}: update the list")
    survivors = sorted(name for name, status in found.items() if status in ("survived", "no tests", "suspicious")
                       and name not in listed)
    (folder / "survivors.txt").write_text("".join(f"{n}\t{found[n]}\n" for n in survivors), encoding="utf-8")
    return Score(module, Counter(found.values()), equivalent, time.perf_counter() - started)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("modules", nargs="*", default=list(DEFAULT))
    parser.add_argument("--jobs", type=int, default=1, help="mutants tested at once (the machine is shared: 1)")
    args = parser.parse_args(argv)
    modules = [m for arg in args.modules for m in arg.replace(",", " ").split()]
    scores = [measure(module, args.jobs) for module in modules]
    print("\nmutation score (killed / mutants tested)")
    for score in scores:
        print(score.line())
        print(f"{'':<34}surviving mutants: {(WORK / score.module / 'survivors.txt').relative_to(ROOT)}"
              f"  (mutmut show NAME, in {(WORK / score.module).relative_to(ROOT)})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
