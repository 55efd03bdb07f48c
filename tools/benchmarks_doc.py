"""Write docs/benchmarks.md from the benchmark table and the realism rulebook: `python tools/benchmarks_doc.py`."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from planner.domain.benchmarks.doc import markdown  # noqa: E402


def main() -> None:
    target = ROOT / "docs" / "benchmarks.md"
    target.write_text(markdown(), encoding="utf-8")
    print(f"wrote {target.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
