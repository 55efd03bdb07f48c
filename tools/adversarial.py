"""Re-run the adversarial table of issue 16 against this checkout and print it (attack, runs, outcome).

``python tools/adversarial.py [--quick]`` in a source checkout (``.venv/bin/python``).  Every attack
runs the ``planner`` command (or the store) as a user would, in a fresh temporary folder, and counts
what happened.  It never writes to a device or outside its temporary folders (pipes it needs are its
own).  Kills are the crash suite's: ``pytest tests/robustness/test_crash_safety.py --soak N``.
Root (for chattr, mount and strace) gives the fullest table; rows that need it say when they were
skipped.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests")]
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "QT_QPA_PLATFORM": "offscreen"}

from robust import goal, make_plan, make_v1_plan, tamper  # noqa: E402

from planner.store import backups, plan_file  # noqa: E402
from planner.store.repository import Repository  # noqa: E402

ROWS: list[tuple[str, int, str]] = []


def planner(*args, timeout: float = 120, preexec: Callable[[], None] | None = None) -> tuple[int, str, str]:
    try:
        done = subprocess.run([sys.executable, "-m", "planner", *map(str, args)], capture_output=True, text=True,
                              env=ENV, timeout=timeout, preexec_fn=preexec)
    except subprocess.TimeoutExpired:
        return -1, "", "TIMEOUT"
    return done.returncode, done.stdout, done.stderr


def digest(path: Path) -> bytes:
    return path.read_bytes()


def traceback_free(*texts: str) -> bool:
    return not any("Traceback" in t for t in texts)


def row(attack: str, runs: int, outcome: str) -> None:
    ROWS.append((attack, runs, outcome))
    print(f"| {attack} | {runs} | {outcome} |", flush=True)


def folder() -> Path:
    return Path(tempfile.mkdtemp(prefix="sgp-adv-"))


def beside(plan: Path) -> list[str]:
    return sorted(p.name for p in plan.parent.iterdir() if p.name.startswith(plan.name))


# -- the attacks ------------------------------------------------------------------------------------------

def outputs_onto_the_plan() -> None:
    where = folder()
    plan = make_plan(where / "p.sgplan")
    (where / "link.json").symlink_to(plan)
    os.link(plan, where / "hard.json")
    (where / "p.sgplan.backups").mkdir(mode=0o700)
    targets = [plan, where / "link.json", where / "hard.json", where / "p.sgplan-wal", where / "p.sgplan.lock",
               where / "p.sgplan.backups" / "x"]
    before, refused, runs = digest(plan), 0, 0
    for t in targets:
        for argv in (["export-json", "--db", plan, t], ["report", "--db", plan, "--out", t]):
            runs += 1
            code, out, err = planner(*argv)
            refused += code == 1 and "the plan itself" in err and traceback_free(out, err)
    row("`report --out` / `export-json` onto the plan, a link or hard link to it, its -wal, lock, backups", runs,
        f"{refused} refused in words (exit 1); plan bytes unchanged: {digest(plan) == before}")


def restore_the_oldest() -> None:
    ok = 0
    runs = 3
    for _ in range(runs):
        where = folder()
        plan = make_plan(where / "p.sgplan")
        for i in range(5):
            pf = plan_file.open_plan(plan)
            Repository(pf.db).add_goal(goal(f"More {i}"))
            pf.close()
        kept = backups.listing(plan)
        oldest = kept[-1].path
        code, out, err = planner("restore", "--db", plan, oldest)
        after = {b.path for b in backups.listing(plan)}
        ok += code == 0 and {b.path for b in kept} <= after
    row("restore the oldest of 5 backups", runs, f"{ok} restored, no backup lost")


def links_open_twice() -> None:
    where = folder()
    plan = make_plan(where / "p.sgplan")
    (where / "soft.sgplan").symlink_to(plan)
    os.link(plan, where / "hard.sgplan")
    code = ("import sys, time; from pathlib import Path; from planner.store import plan_file; "
            "pf = plan_file.open_plan(Path(sys.argv[1])); print('open', flush=True); time.sleep(30)")
    refused = runs = 0
    for holder, other in ((plan, where / "soft.sgplan"), (where / "hard.sgplan", plan),
                          (where / "soft.sgplan", where / "hard.sgplan")):
        child = subprocess.Popen([sys.executable, "-c", code, str(holder)], stdout=subprocess.PIPE, text=True, env=ENV)
        child.stdout.readline()
        table = where / "t.csv"
        table.write_text("date,followers\n2025-03-01,5\n")
        result = planner("import-csv", "--db", other, "--goal", 1, table)
        child.kill()
        child.wait()
        child.stdout.close()
        runs += 1
        refused += result[0] == 2 and "open in another window" in result[2]
    row("a second writer through a symlink or a hard link", runs, f"{refused} refused (open read-only, exit 2)")


def planted_links() -> None:
    where = folder()
    plan = make_plan(where / "p.sgplan")
    victim = where / "victim.txt"
    safe = 0
    doc = where / "d.json"
    planner("export-json", "--db", plan, doc)
    attacks = []
    lock = plan.with_name("p.sgplan.lock")
    victim.write_text("precious")
    lock.symlink_to(victim)
    planner("import-json", "--db", plan, doc)
    attacks.append(victim.read_text() == "precious")
    lock.unlink()
    os.link(victim, lock)
    planner("import-json", "--db", plan, doc)
    attacks.append(victim.read_text() == "precious")
    lock.unlink()
    (where / ".out.json.tmp").symlink_to(victim)
    planner("export-json", "--db", plan, where / "out.json")
    attacks.append(victim.read_text() == "precious")
    elsewhere = where / "elsewhere"
    elsewhere.mkdir()
    for i in range(7):
        (elsewhere / f"p.2020010{i}-000000-000000.open.sgplan").write_text("not yours")
    shutil.rmtree(backups.folder(plan), ignore_errors=True)
    backups.folder(plan).symlink_to(elsewhere)
    for _ in range(3):
        planner("import-json", "--db", plan, doc)
    attacks.append(len(list(elsewhere.iterdir())) == 7 and backups.listing(plan) == [])
    safe = sum(attacks)
    row("links planted as the lock (symbolic, hard), as `.out.json.tmp`, as the backups folder", len(attacks),
        f"{safe} never written through: targets intact, nothing deleted")


def schema_tampering() -> None:
    refused = 0
    extras = ["CREATE TRIGGER t AFTER INSERT ON observations BEGIN DELETE FROM observations WHERE id = new.id; END",
              "CREATE VIEW v AS SELECT 1", "CREATE INDEX i ON observations(value)", "CREATE TABLE x (a)",
              "DROP TABLE milestones"]
    for extra in extras:
        where = folder()
        plan = make_plan(where / "p.sgplan")
        tamper(plan, extra)
        before = digest(plan)
        table = where / "t.csv"
        table.write_text("date,followers\n2025-03-01,5\n")
        code, out, err = planner("import-csv", "--db", plan, "--goal", 1, table)
        refused += code == 2 and "structure" in err and digest(plan) == before
    row("extra trigger / view / index / table, or a table dropped", len(extras), f"{refused} refused, untouched")


def full_disk() -> None:
    def limit(size):
        def apply():
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))
        return apply

    said = clean = 0
    runs = 3
    for _ in range(runs):
        where = folder()
        plan = make_plan(where / "p.sgplan")
        plan_file.open_plan(plan).close()
        table = where / "t.csv"
        first = date(2000, 1, 1)
        table.write_text("date,followers\n" + "".join(f"{first + timedelta(days=d)},{d}\n" for d in range(9000)))
        code, out, err = planner("import-csv", "--db", plan, "--goal", 1, table, preexec=limit(plan.stat().st_size
                                                                                             + 16384))
        said += code == 1 and "nothing was imported" in err and traceback_free(out, err)
        clean += not list(where.rglob("*.sgptmp")) and not list(where.rglob("*.tmp"))
    backup_said = 0
    for _ in range(runs):
        where = folder()
        plan = make_plan(where / "p.sgplan", goals=40, figures=40)
        table = where / "t.csv"
        table.write_text("date,followers\n2025-03-01,5\n")
        code, out, err = planner("import-csv", "--db", plan, "--goal", 1, table, preexec=limit(plan.stat().st_size
                                                                                             - 4096))
        backup_said += "no backup of the plan was kept" in err and not list(where.rglob("*.sgptmp"))
    row("full disk (file-size limit) during `import-csv`; a backup that cannot be written", 2 * runs,
        f"import: {said}/{runs} said in words, exit 1, no leftovers {clean}/{runs}; "
        f"backup: {backup_said}/{runs} said, no 0-byte file")


def read_only_folder_with_log() -> None:
    if os.geteuid() != 0:
        row("read-only folder with a leftover -wal", 0, "skipped (needs chattr as root)")
        return
    where = folder()
    ro = where / "ro"
    ro.mkdir()
    plan = make_plan(ro / "p.sgplan", goals=6)
    code = ("import os, sys; from pathlib import Path; from planner.store import plan_file; "
            f"sys.path.insert(0, {str(ROOT / 'tests')!r}); from robust import goal; "
            "from planner.store.repository import Repository; pf = plan_file.open_plan(Path(sys.argv[1]), "
            "backup=False); pf.db.execute('PRAGMA wal_autocheckpoint=0'); Repository(pf.db).add_goal(goal('7th')); "
            "os._exit(0)")
    subprocess.run([sys.executable, "-c", code, str(plan)], env=ENV, check=True)
    subprocess.run(["chattr", "+i", str(ro)], check=True)
    try:
        code, out, err = planner("export-json", "--db", plan, where / "out.json")
    finally:
        subprocess.run(["chattr", "-i", str(ro)], check=True)
    found = len(json.loads((where / "out.json").read_text())["goals"]) if code == 0 else 0
    row("read-only folder with a leftover -wal: `export-json`", 1, f"wrote {found} of 7 goals ({out.strip()})")


def backups_by_change() -> None:
    where = folder()
    plan = make_plan(where / "p.sgplan")
    for _ in range(1000):
        plan_file.open_plan(plan).close()
    opened = len(backups.listing(plan))
    doc = where / "d.json"
    planner("export-json", "--db", plan, doc)
    planner("import-json", "--db", plan, doc)
    table = where / "bad.csv"
    table.write_text("date,followers\nsoon,many\n")
    for _ in range(5):
        planner("import-csv", "--db", plan, "--goal", 1, table)
    kept3 = any(_goals(b.path) == 3 for b in backups.listing(plan))
    bare = make_plan(where / "bare")
    for i in range(30):
        pf = plan_file.open_plan(bare)
        Repository(pf.db).add_goal(goal(f"g{i}"))
        pf.close()
    listed = len(backups.listing(bare))
    files = len(list(backups.folder(bare).iterdir()))
    row("1,000 opens; 5 failed imports after a big `import-json`; 30 changes to a plan without `.sgplan`", 1035,
        f"{opened} backup for 1,000 opens; pre-import backup kept: {kept3}; bare plan: {listed} listed of "
        f"{files} files")


def _goals(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM goals").fetchone()[0]
    finally:
        conn.close()


def dates_and_tampered_values() -> None:
    where = folder()
    doc = where / "forever.json"
    doc.write_text(json.dumps({"format": "social-goal-plan", "version": 1, "goals": [
        {"title": "x", "objective": "awareness", "kpi": "reach", "baseline": 1, "target": 2, "start": "2026-01-01",
         "deadline": "9999-12-31"}]}))
    plan = make_plan(where / "p.sgplan")
    code, _, err = planner("import-json", "--db", plan, doc)
    refused = code == 1 and "must be between 2000-01-01 and 2100-12-31" in err
    kinds = {"deadline 9999": "UPDATE goals SET deadline = '9999-12-31' WHERE id = 2",
             "baseline text": "UPDATE goals SET baseline = 'lots' WHERE id = 2",
             "start number": "UPDATE goals SET start = 42 WHERE id = 2",
             "title bytes": "UPDATE goals SET title = X'00FF' WHERE id = 2",
             "1M-char title": "UPDATE goals SET title = printf('%.*c', 1000000, 'x') WHERE id = 2",
             "figure text": "UPDATE observations SET value = 'many' WHERE id = 3"}
    named = runs = 0
    for sql in kinds.values():
        plan = make_plan(folder() / "p.sgplan")
        tamper(plan, sql)
        for argv in (["check", "--db", plan], ["goals", "--db", plan], ["report", "--db", plan, "--out",
                                                                          plan.with_name("r.pdf")]):
            runs += 1
            c, out, err = planner(*argv)
            named += c in (0, 1) and "cannot be read and is left out" in err and traceback_free(out, err)
    row("JSON with a deadline of 9999-12-31", 1, "refused, naming the field and the range" if refused else "NOT refused")
    row("a plan with one goal (or figure) tampered: 9999 deadline, text baseline, number date, bytes title, "
        "1M-character title, text figure; `check`, `goals`, `report`", runs,
        f"{named} named the goal and field and went on with the others")


def pipes_and_devices() -> None:
    where = folder()
    fifo = where / "f.sgplan"
    os.mkfifo(fifo)
    plan = make_plan(where / "p.sgplan")
    csv_fifo = where / "f.csv"
    os.mkfifo(csv_fifo)
    checks = []
    for argv in (["goals", "--db", fifo], ["goals", "--db", "/dev/zero"],
                 ["import-csv", "--db", plan, "--goal", 1, csv_fifo], ["import-csv", "--db", plan, "--goal", 1,
                                                                       "/dev/zero"],
                 ["import-csv", "--db", plan, "--goal", "99999999999999999999", where / "x.csv"]):
        start = time.perf_counter()
        code, out, err = planner(*argv, timeout=60)
        checks.append((code in (1, 2) and traceback_free(out, err) and "text file" not in err,
                       time.perf_counter() - start))
    slowest = max(t for _, t in checks)
    row("a pipe or /dev/zero as the plan or the table; a 20-digit goal id", len(checks),
        f"{sum(ok for ok, _ in checks)} refused in words (slowest {slowest:.1f} s, with interpreter start); "
        f"lock left: {plan.with_name('p.sgplan.lock').exists()}")


def one_file() -> None:
    where = folder()
    plan = make_plan(where / "p.sgplan")
    table = where / "t.csv"
    table.write_text("date,followers\n2025-03-01,5\n")
    clean = 0
    argvs = [["goals", "--db", plan], ["check", "--db", plan], ["export-json", "--db", plan, where / "o.json"],
             ["report", "--db", plan, "--out", where / "r.pdf"], ["backups", "--db", plan],
             ["import-json", "--db", plan, where / "o.json"], ["import-csv", "--db", plan, "--goal", 1, table]]
    for argv in argvs:
        planner(*argv)
        clean += all(name in ("p.sgplan", "p.sgplan.backups") for name in beside(plan))
    old = make_v1_plan(where / "old.sgplan")
    code, out, err = planner("goals", "--db", old)
    row("every command, then look beside the plan; a read command on an old plan", len(argvs) + 1,
        f"{clean}/{len(argvs)} left only the plan (and its backups); old plan read: exit {code}, "
        f"'as asked' said: {'as asked' in err}")


def messages() -> None:
    where = folder()
    plan = make_plan(where / "p.sgplan")
    results = {
        "mistyped command": planner("backupz", "--db", plan, timeout=60),
        "--out \"\"": planner("export-json", "--db", plan, ""),
    }
    doc = where / "d.json"
    doc.write_text('{"format": "social-goal-plan", "version": 1, "goals": [{"baseline": ' + "7" * 5000 + "}]}")
    results["5000 digits"] = planner("import-json", "--db", plan, doc)
    shown = "; ".join(f"{k}: exit {v[0]}, “{v[2].strip().splitlines()[-1][:90]}”" for k, v in results.items())
    row("messages: a mistyped command, `--out \"\"`, a 5,000-digit number", 3, shown)
    pdf = where / "r.pdf"
    planner("report", "--db", plan, "--out", pdf)
    row("PDF permissions", 1, f"mode {oct(pdf.stat().st_mode & 0o777)} with umask {oct(_umask())}")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def backups_cli() -> None:
    where = folder()
    plan = make_plan(where / "p.sgplan")
    for i in range(2):
        pf = plan_file.open_plan(plan)
        Repository(pf.db).add_goal(goal(f"g{i}"))
        pf.close()
    code, out, _ = planner("backups", "--db", plan, "--json")
    rows = json.loads(out) if code == 0 else []
    fields = all({"path", "date", "size", "goals", "figures"} <= set(r) for r in rows)
    code2, out2, _ = planner("restore", "--db", plan, rows[-1]["path"]) if rows else (1, "", "")
    row("`planner backups --json`, `planner restore`", 2, f"{len(rows)} listed with path/date/size/goals/figures: "
        f"{fields}; restore exit {code2}")


def parallel_writers() -> None:
    refused = ok = 0
    runs = 5
    for _ in range(runs):
        where = folder()
        plan = make_plan(where / "p.sgplan")
        table = where / "t.csv"
        first = date(2000, 1, 1)
        table.write_text("date,followers\n" + "".join(f"{first + timedelta(days=d)},{d}\n" for d in range(9000)))
        children = [subprocess.Popen([sys.executable, "-m", "planner", "import-csv", "--db", str(plan), "--goal",
                                      "1", str(table)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                     env=ENV) for _ in range(2)]
        results = [(c.wait(), c.stdout.read(), c.stderr.read()) for c in children]
        for c in children:
            c.stdout.close()
            c.stderr.close()
        codes = sorted(r[0] for r in results)
        refused += codes == [0, 2]
        conn = sqlite3.connect(plan)
        ok += conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok" and conn.execute(
            "SELECT count(*) FROM observations").fetchone()[0] in (15, 9015)
        conn.close()
    row("two `import-csv` at once on one plan", runs, f"{refused} with one refused cleanly (the other imported, or "
        f"both in turn); integrity and counts right: {ok}")


def no_network() -> None:
    if shutil.which("strace") is None:
        row("strace for network", 0, "skipped (no strace)")
        return
    where = folder()
    plan = make_plan(where / "p.sgplan")
    log = where / "trace"
    subprocess.run(["strace", "-f", "-qq", "-e", "trace=socket,connect", "-o", str(log), sys.executable, "-m",
                    "planner", "report", "--db", str(plan), "--out", str(where / "r.pdf")], env=ENV,
                   capture_output=True, timeout=300)
    lines = log.read_text().splitlines()
    inet = [line for line in lines if "AF_INET" in line]
    row("`strace -f -e trace=socket,connect` over `planner report`", 1,
        f"{len(lines)} socket calls, {len(inet)} of them AF_INET/AF_INET6")


def main() -> None:
    print("| attack | runs | outcome |\n|---|---|---|")
    for attack in (outputs_onto_the_plan, restore_the_oldest, links_open_twice, planted_links, schema_tampering,
                   full_disk, read_only_folder_with_log, backups_by_change, dates_and_tampered_values,
                   pipes_and_devices, one_file, messages, backups_cli, parallel_writers, no_network):
        try:
            attack()
        except Exception as exc:  # noqa: BLE001 - a row that could not run is a finding too
            row(attack.__name__, 0, f"COULD NOT RUN: {type(exc).__name__}: {exc}")


if __name__ == "__main__":
    main()
