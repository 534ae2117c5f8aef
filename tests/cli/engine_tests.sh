#!/usr/bin/env bash
# leakscope CLI tests for the distinct-counting engine (issue 8): the report is identical
# for every thread count and with or without a memory ceiling that forces spilling (CSV,
# SQL, JSON); spilling lowers the engine's peak; a spill directory that is missing or fills
# up gives a clear error, exit code 6, exact counts and no file left; SIGINT and SIGTERM
# mid-spill leave nothing behind. No timing is asserted anywhere.
# Usage: engine_tests.sh LEAKSCOPE LEAKSCOPE_GEN REPO_ROOT
# The last line is "N passed, N failed".
set -u
LS=$1 GEN=$2 ROOT=$3
cd "$ROOT"
T=$(mktemp -d /tmp/ls-eng-XXXXXX)
trap 'rm -rf "$T"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*" >&2; }
eq() { [ "$2" = "$3" ] && ok || ko "$1: got $2, want $3"; }
empty_dir() { [ -z "$(ls -A "$1")" ] && ok || ko "$2: $(ls -A "$1" | head -3) left in $1"; }

mkdir -p "$T/spill"
"$GEN" --records 120000 --seed 8 -o "$T/people.csv" --truth "$T/people.truth.json" >/dev/null
"$GEN" --records 60000 --seed 9 --format mysql --tables 2 -o "$T/dump.sql" >/dev/null
"$GEN" --records 150000 --seed 10 --format jsonl -o "$T/people.jsonl" >/dev/null

for f in people.csv dump.sql people.jsonl; do
    "$LS" analyze --json --no-timing -q -j2 "$T/$f" >"$T/$f.ref.json"
    eq "$f: reference run" "$?" 0
    for variant in "-j1" "-j8" "-j2 --memory 1M" "-j1 --memory 2M" "-j8 --memory 1M"; do
        # shellcheck disable=SC2086
        "$LS" analyze --json --no-timing -q $variant --tmp-dir "$T/spill" "$T/$f" >"$T/out.json"
        eq "$f $variant: exit" "$?" 0
        if cmp -s "$T/out.json" "$T/$f.ref.json"; then ok; else
            ko "$f $variant: report differs from -j2 without a ceiling"
            diff <(jq -S . "$T/out.json") <(jq -S . "$T/$f.ref.json") | head -10 >&2
        fi
    done
    empty_dir "$T/spill" "$f"
done

# The committed samples: the same report at -j1 with a spilling ceiling as at -j8 without.
for f in samples/fr_clients.csv samples/uk_people.tsv samples/combo.txt samples/messy_fr.csv \
         samples/sql/*.sql samples/json/*.json*; do
    [ -f "$f" ] || continue
    "$LS" analyze --json --no-timing -q -j8 "$f" >"$T/a.json" 2>/dev/null
    "$LS" analyze --json --no-timing -q -j1 --memory 1M --tmp-dir "$T/spill" "$f" >"$T/b.json" 2>/dev/null
    if cmp -s "$T/a.json" "$T/b.json"; then ok; else ko "$f: -j1 --memory 1M differs from -j8"; fi
done

# The truth: spilled counts are the generator's.
"$LS" analyze --json -q --memory 1M --tmp-dir "$T/spill" "$T/people.csv" >"$T/spilled.json"
eq "spilled: unique records = truth" "$(jq .totals.unique_records "$T/spilled.json")" \
    "$(jq .unique_records "$T/people.truth.json")"
eq "spilled: normalised unique = truth" "$(jq .totals.unique_records_normalized "$T/spilled.json")" \
    "$(jq .unique_records_normalized "$T/people.truth.json")"
eq "spilled: records = truth" "$(jq .totals.records "$T/spilled.json")" "$(jq .records "$T/people.truth.json")"
sp=$(jq .engine.spilled_bytes "$T/spilled.json")
[ "$sp" -gt 0 ] && ok || ko "--memory 1M spills (spilled_bytes $sp)"
eq "the report names the ceiling" "$(jq .engine.memory_limit "$T/spilled.json")" 1048576
"$LS" analyze --json -q "$T/people.csv" >"$T/nolimit.json"
eq "no ceiling: nothing spilled" "$(jq .engine.spilled_bytes "$T/nolimit.json")" 0
for f in dump.sql people.jsonl; do
    "$LS" analyze --json -q --memory 1M --tmp-dir "$T/spill" "$T/$f" >"$T/sp.json"
    sp=$(jq .engine.spilled_bytes "$T/sp.json")
    [ "$sp" -gt 0 ] && ok || ko "$f: --memory 1M spills (spilled_bytes $sp)"
done
lim=$(jq .engine.memory_limit "$T/nolimit.json")
mem=$(( $(awk '/MemTotal/ {print $2}' /proc/meminfo) * 1024 ))
[ "$lim" -le "$mem" ] && [ "$lim" -ge $((mem / 2 - 4096 * 1024)) ] && ok ||
    ko "default ceiling is half of physical memory ($lim of $mem)"
"$LS" analyze -q --memory 1M --tmp-dir "$T/spill" "$T/people.csv" >"$T/text.txt"
grep -q "spilled to $T/spill" "$T/text.txt" && ok || ko "text report: spilled to the directory"

# A spill directory that does not exist: exit 6, the error on stderr and in the report,
# the counts exact.
"$LS" analyze --json --no-timing -q --memory 1M --tmp-dir "$T/nonexistent" "$T/people.csv" \
    >"$T/nodir.json" 2>"$T/nodir.err"
eq "missing spill directory: exit code" "$?" 6
grep -q "$T/nonexistent" "$T/nodir.err" && ok || ko "missing spill directory: named on stderr"
eq "missing spill directory: spill_failed" "$(jq .engine.spill_failed "$T/nodir.json")" true
eq "missing spill directory: counts exact" \
    "$(jq -S 'del(.engine)' "$T/nodir.json" | md5sum)" "$(jq -S . "$T/people.csv.ref.json" | md5sum)"

# A spill directory that fills up (a 256 KB file-size limit, as a full disk would): exit 6,
# exact counts, nothing left.
(ulimit -f 256; exec "$LS" analyze --json --no-timing -q --memory 1M --tmp-dir "$T/spill" \
    "$T/people.csv" >"$T/full.json" 2>"$T/full.err")
eq "full spill disk: exit code" "$?" 6
grep -q "cannot write the spill file" "$T/full.err" && ok || ko "full spill disk: clear error ($(cat "$T/full.err"))"
eq "full spill disk: counts exact" \
    "$(jq -S 'del(.engine)' "$T/full.json" | md5sum)" "$(jq -S . "$T/people.csv.ref.json" | md5sum)"
empty_dir "$T/spill" "full spill disk"

# --memory must be a size
"$LS" analyze --memory lots "$T/people.csv" >/dev/null 2>&1
eq "bad --memory: usage error" "$?" 2

# A bigger input (2 x 480,000 records of 4 generated dumps): a 24M ceiling lowers the
# engine's peak, and says whether it was kept.
for s in 21 22 23 24; do "$GEN" --records 120000 --seed $s -o "$T/p$s.csv" >/dev/null; done
cat "$T"/p2?.csv >"$T/big.csv"
"$LS" analyze --json -q "$T/big.csv" >"$T/big0.json"
"$LS" analyze --json -q --memory 24M --tmp-dir "$T/spill" "$T/big.csv" >"$T/big1.json"
p0=$(jq .engine.peak_memory "$T/big0.json") p1=$(jq .engine.peak_memory "$T/big1.json")
[ "$p1" -lt "$p0" ] && ok || ko "spilling lowers the engine's peak ($p1 with 24M, $p0 without)"
eq "ceiling_kept is peak <= limit" "$(jq '.engine.ceiling_kept' "$T/big1.json")" \
    "$(jq '.engine.peak_memory <= .engine.memory_limit' "$T/big1.json")"
eq "big: same counts with the ceiling" "$(jq -c 'del(.timing,.engine,.manifest)' "$T/big1.json" | md5sum)" \
    "$(jq -c 'del(.timing,.engine,.manifest)' "$T/big0.json" | md5sum)"

# SIGINT / SIGTERM while spilling: nothing left behind.
for sig in INT TERM; do
    "$LS" analyze -q -j2 --memory 1M --tmp-dir "$T/spill" "$T/big.csv" >/dev/null 2>&1 &
    pid=$!
    sleep 0.3
    kill -s "$sig" "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    empty_dir "$T/spill" "SIG$sig mid-run"
done

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
