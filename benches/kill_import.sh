#!/usr/bin/env bash
# Kill accord with `kill -9` at random points of its writes, many rounds, and check what
# is left each time. Three kinds of rounds:
#
#   import-partners  `accord import partners` of ROWS new partners (ROWS new files)
#   import-checkins  `accord import checkins` of one check-in for each of ROWS partners
#                    (ROWS files rewritten)
#   checkin-log      one `accord checkin log` (one file rewritten)
#
# After each kill, the next command that takes the lock (`accord partner add`) finishes or
# cleans up; then the script checks that
#   - an import is all or none: 0 or ROWS partners (or check-ins) are present,
#   - a write that said it succeeded is there (nothing acknowledged is lost),
#   - every file parses (`accord check` finds no errors; Python's tomllib when present),
#   - no temporary file and no intent record is left.
# Any violation is printed and counted; the script exits 1 if there was one.
#
# Import rounds kill at an evenly spread random moment, except every fourth, which kills
# as soon as the intent record appears (mid-commit).
#
# Usage: benches/kill_import.sh [ROUNDS]   (default 200 of each kind)
# Environment: ACCORD (the binary; default target/release/accord, else target/debug),
#              ROWS (rows per import; default 200), SEED (for $RANDOM; default 14).

set -euo pipefail

ROUNDS=${1:-200}
ROWS=${ROWS:-200}
RANDOM=${SEED:-14}
here=$(cd "$(dirname "$0")/.." && pwd)
BIN=${ACCORD:-}
if [ -z "$BIN" ]; then
    if [ -x "$here/target/release/accord" ]; then BIN=$here/target/release/accord; else BIN=$here/target/debug/accord; fi
fi
[ -x "$BIN" ] || { echo "no accord binary at $BIN; run cargo build --release" >&2; exit 2; }
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export ACCORD_TODAY=2026-11-23 ACCORD_USER=stress NO_COLOR=1 HOME=$work/home
unset ACCORD_WORKSPACE
python=$(command -v python3 || true)

# The spreadsheets.
{
    echo "name,type"
    for i in $(seq 1 "$ROWS"); do echo "Stress Partner $i,community"; done
} > "$work/partners.csv"
{
    echo "partner,date,kind,summary"
    for i in $(seq 1 "$ROWS"); do echo "stress-partner-$i,2026-11-20,call,Imported check-in"; done
} > "$work/checkins.csv"

# A workspace with the ROWS partners, made once and copied for each round.
"$BIN" init "$work/seed" --name Stress --org Us > /dev/null 2>&1
(cd "$work/seed" && "$BIN" import partners "$work/partners.csv" > /dev/null 2>&1)

violations=0
fail() {
    echo "round $round ($kind): $*" >&2
    violations=$((violations + 1))
}

# Milliseconds a command takes in a fresh copy of `$1` (0 = empty workspace).
time_ms() {
    local from=$1; shift
    rm -rf "$work/ws"
    if [ "$from" = 0 ]; then "$BIN" init "$work/ws" --name Stress --org Us > /dev/null 2>&1; else cp -R "$work/seed" "$work/ws"; fi
    local start end
    start=$(date +%s%N)
    (cd "$work/ws" && "$@" > /dev/null 2>&1)
    end=$(date +%s%N)
    echo $(((end - start) / 1000000))
}

# Run `accord ARGS` in $work/ws and kill -9 it after a random delay of up to LIMIT ms;
# with LIMIT `commit`, as soon as its intent record appears (the renames have begun), to
# aim at the narrow window an evenly spread delay rarely hits. Sets `acked` to 1 when it
# finished with success before the kill.
run_and_kill() {
    local limit=$1; shift
    (cd "$work/ws" && exec "$BIN" "$@" > "$work/out" 2>&1) &
    local pid=$!
    if [ "$limit" = commit ]; then
        while [ ! -e "$work/ws/.accord.txn" ] && kill -0 "$pid" 2> /dev/null; do :; done
    else
        local delay=$(((RANDOM * 32768 + RANDOM) % (limit + 1)))
        sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
    fi
    kill -9 "$pid" 2> /dev/null || true
    local code=0
    # (the shell's "Killed" line is not news here)
    { wait "$pid"; } 2> /dev/null || code=$?
    acked=0
    [ "$code" = 0 ] && acked=1
    return 0
}

# The checks every round ends with.
verify() {
    # The next writer finishes or cleans up what the killed one left.
    (cd "$work/ws" && "$BIN" partner add "Probe $round" > /dev/null 2> "$work/probe.err") ||
        fail "the next write failed: $(cat "$work/probe.err")"
    if grep -q "finished an interrupted write" "$work/probe.err"; then finished=$((finished + 1)); fi
    if grep -q "temporary file" "$work/probe.err"; then cleaned=$((cleaned + 1)); fi
    local left
    left=$(find "$work/ws" -name '.*.toml.??????' -o -name '.accord.txn*' -o -name '..accord.txn.*' | wc -l)
    [ "$left" = 0 ] || fail "$left temporary files left: $(find "$work/ws" -name '.*.??????')"
    (cd "$work/ws" && "$BIN" check > "$work/check.out" 2>&1) || fail "check: $(cat "$work/check.out")"
    if [ -n "$python" ]; then
        "$python" - "$work/ws" << 'EOF' || fail "tomllib could not read a file"
import pathlib, sys, tomllib
for p in pathlib.Path(sys.argv[1]).rglob("*.toml"):
    tomllib.loads(p.read_text(encoding="utf-8-sig"))
EOF
    fi
}

echo "accord: $BIN"
echo "rounds: $ROUNDS of each kind, $ROWS rows per import"

full_partners=$(time_ms 0 "$BIN" import partners "$work/partners.csv")
full_checkins=$(time_ms 1 "$BIN" import checkins "$work/checkins.csv")
full_log=$(time_ms 1 "$BIN" checkin log stress-partner-1 --summary calibrate)
echo "uninterrupted: import partners ${full_partners} ms, import checkins ${full_checkins} ms, checkin log ${full_log} ms"

for kind in import-partners import-checkins checkin-log; do
    none=0 all=0 acked_total=0 finished=0 cleaned=0 partial_seen=0
    start=$(date +%s)
    for round in $(seq 1 "$ROUNDS"); do
        rm -rf "$work/ws"
        case $kind in
        import-partners)
            "$BIN" init "$work/ws" --name Stress --org Us > /dev/null 2>&1
            limit=$((full_partners * 12 / 10))
            [ $((round % 4)) = 0 ] && limit=commit
            run_and_kill "$limit" import partners "$work/partners.csv"
            ;;
        import-checkins)
            cp -R "$work/seed" "$work/ws"
            limit=$((full_checkins * 12 / 10))
            [ $((round % 4)) = 0 ] && limit=commit
            run_and_kill "$limit" import checkins "$work/checkins.csv"
            ;;
        checkin-log)
            cp -R "$work/seed" "$work/ws"
            run_and_kill $((full_log * 15 / 10)) checkin log stress-partner-7 --summary "round $round"
            ;;
        esac
        # Before anyone finishes the job, a reader may see part of an interrupted commit.
        if [ -e "$work/ws/.accord.txn" ]; then partial_seen=$((partial_seen + 1)); fi
        verify
        case $kind in
        import-partners)
            n=$(find "$work/ws/partners" -name 'stress-partner-*.toml' | wc -l)
            ;;
        import-checkins)
            n=$(grep -l '^summary = "Imported check-in"' "$work/ws/partners"/stress-partner-*.toml 2> /dev/null | wc -l || true)
            ;;
        checkin-log)
            n=$(grep -c "^summary = \"round $round\"" "$work/ws/partners/stress-partner-7.toml" || true)
            ;;
        esac
        want=$ROWS
        [ "$kind" = checkin-log ] && want=1
        if [ "$n" = 0 ]; then
            none=$((none + 1))
            [ "$acked" = 1 ] && fail "the command succeeded but its rows are missing"
        elif [ "$n" = "$want" ]; then
            all=$((all + 1))
        else
            fail "$n of $want rows present"
        fi
        acked_total=$((acked_total + acked))
    done
    secs=$(($(date +%s) - start))
    echo "$kind: $ROUNDS rounds in ${secs} s: none $none, all $all, partial $((ROUNDS - none - all)); succeeded before the kill $acked_total (all kept); intent record left by the kill $partial_seen, finished by the next command $finished; temporary files removed by the next command in $cleaned rounds"
done
echo "violations: $violations"
[ "$violations" = 0 ]
