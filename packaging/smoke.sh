#!/usr/bin/env bash
# Smoke test of the built bundle, headless:
#     packaging/smoke.sh [path/to/SocialGoalPlanner-executable]
# Default executable: dist/SocialGoalPlanner/SocialGoalPlanner (.exe on Windows,
# or the one inside dist/SocialGoalPlanner.app on macOS).  Exits non-zero on the
# first failure.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
exe="${1:-}"
if [[ -z "$exe" ]]; then
    for candidate in "$root/dist/SocialGoalPlanner/SocialGoalPlanner" \
                     "$root/dist/SocialGoalPlanner/SocialGoalPlanner.exe" \
                     "$root/dist/SocialGoalPlanner.app/Contents/MacOS/SocialGoalPlanner"; do
        if [[ -x "$candidate" ]]; then exe="$candidate"; break; fi
    done
fi
[[ -n "$exe" && -x "$exe" ]] || { echo "smoke: no built executable (run 'make package' first)" >&2; exit 1; }

export QT_QPA_PLATFORM=offscreen
work="$(mktemp -d "${TMPDIR:-/tmp}/sgp-smoke.XXXXXX")"
trap 'rm -rf "$work"' EXIT
plan="$work/x.sgplan"
failures=0

step() {  # step NAME COMMAND...: run, show the output, count a failure
    local name="$1"; shift
    if out="$("$@" 2>&1)"; then
        printf 'ok    %s\n' "$name"
    else
        printf 'FAIL  %s (exit %s)\n%s\n' "$name" "$?" "$(printf "%s\n" "$out" | tail -n 20)" >&2
        failures=$((failures + 1))
        return 1
    fi
}

echo "smoke: $exe"
step "--version prints the version" bash -c '
    v="$("$1" --version)"; echo "$v"; [[ "$v" =~ [0-9]+\.[0-9]+ ]]' _ "$exe" || true
step "demo writes a sample plan" bash -c '"$1" demo "$2" && test -s "$2"' _ "$exe" "$plan" || true
step "goals lists the sample plan's goals" bash -c '
    out="$("$1" goals --db "$2")"; echo "$out"; [[ $(printf "%s\n" "$out" | wc -l) -ge 2 ]]' _ "$exe" "$plan" || true
step "goals --json is a non-empty JSON list" bash -c '
    out="$("$1" goals --db "$2" --json)"; [[ "$out" == \[* && "$out" == *\] && "$out" == *\"title\"* ]]' \
    _ "$exe" "$plan" || true
step "export-json writes JSON" bash -c '"$1" export-json --db "$2" "$3" && test -s "$3"' \
    _ "$exe" "$plan" "$work/plan.json" || true
step "the window opens the plan and keeps running" bash -c '
    "$1" --db "$2" >"$3" 2>&1 & pid=$!
    for _ in $(seq 1 "${SMOKE_WINDOW_SECONDS:-6}"); do
        sleep 1
        if ! kill -0 "$pid" 2>/dev/null; then wait "$pid"; rc=$?; cat "$3"; echo "exited early: $rc"; exit 1; fi
    done
    kill "$pid"; wait "$pid" 2>/dev/null; cat "$3"
    ! grep -qiE "traceback|error|cannot load|could not" "$3"' _ "$exe" "$plan" "$work/window.log" || true
if "$exe" --help 2>&1 | grep -qE '(^|[[:space:],{])report([[:space:],}]|$)'; then
    step "report writes a PDF" bash -c '
        "$1" report --db "$2" --out "$3" && test -s "$3" && head -c 5 "$3" | grep -q "%PDF-"' \
        _ "$exe" "$plan" "$work/report.pdf" || true
else
    echo "skip  report (this build's CLI has no report command)"
fi

if (( failures )); then
    echo "smoke: $failures check(s) failed" >&2
    exit 1
fi
echo "smoke: all checks passed"
