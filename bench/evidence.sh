#!/usr/bin/env bash
# Cost of the evidence work of issue 9 (fabrication signals + SHA-256 manifest) against the
# same analysis without it: leakscope built from BASE_COMMIT (before issue 9) and from the
# working tree, run on the same generated dump, plain and .zst, from the page cache, RUNS
# times interleaved; medians of wall time and of CPU time (user + sys, which a busy shared
# machine disturbs less). Writes bench/RESULTS-evidence.md.
#
#   bench/evidence.sh BASE_COMMIT [--size 400M] [--runs 5]
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=$1; shift
SIZE=400M RUNS=5
while [ $# -gt 0 ]; do
    case "$1" in
    --size) SIZE=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    *) echo "usage: bench/evidence.sh BASE_COMMIT [--size 400M] [--runs N]" >&2; exit 2 ;;
    esac
done
B=$(mktemp -d /tmp/ls-evid-base-XXXXXX)
trap 'rm -rf "$B"' EXIT
git archive "$BASE" | tar -x -C "$B"
cmake -S "$B" -B "$B/build" -DCMAKE_BUILD_TYPE=Release -DLEAKSCOPE_BUILD_TESTS=OFF >/dev/null
cmake --build "$B/build" -j"$(nproc)" --target leakscope >/dev/null
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DLEAKSCOPE_BUILD_TESTS=OFF >/dev/null
cmake --build build-bench -j"$(nproc)" >/dev/null
OLD=$B/build/leakscope NEW=build-bench/leakscope GEN=build-bench/samples/gen/leakscope-gen
mkdir -p bench/data
CSV=bench/data/bench_evid_$SIZE.csv
[ -f "$CSV" ] || "$GEN" --size "$SIZE" --seed 42 -o "$CSV"
[ -f "$CSV.zst" ] || zstd -q -T0 -3 "$CSV" -o "$CSV.zst"
cat "$CSV" "$CSV.zst" >/dev/null
TMP=$(mktemp -d)
median() { sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
for r in $(seq "$RUNS"); do
    for input in "$CSV" "$CSV.zst"; do
        for v in old new; do
            bin=$OLD; [ $v = new ] && bin=$NEW
            /usr/bin/time -f "%e %U %S" -o "$TMP/t" "$bin" analyze --json -q "$input" >"$TMP/$v.json"
            read -r e u s <"$TMP/t"
            k=$(basename "$input")
            echo "$e" >>"$TMP/$k.$v.wall"
            echo "$u $s" | awk '{print $1 + $2}' >>"$TMP/$k.$v.cpu"
        done
    done
done
{
    echo "# Cost of the evidence work (issue 9): signals + SHA-256 manifest"
    echo
    echo "Written by \`bench/evidence.sh $BASE\` on $(date -u +%Y-%m-%d) at commit $(git rev-parse --short HEAD);"
    echo "$(nproc) online cores, load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
    echo "Input: \`$CSV\` ($(stat -c %s "$CSV") bytes, leakscope-gen --size $SIZE --seed 42) and the same"
    echo "as .zst ($(stat -c %s "$CSV.zst") bytes), from the page cache. Full analysis (\`analyze --json\`),"
    echo "medians of $RUNS interleaved runs. \"before\": commit $BASE (no signals, no manifest)."
    echo
    echo "| input | wall before (s) | wall after (s) | wall cost | CPU before (s) | CPU after (s) | CPU cost |"
    echo "| --- | --- | --- | --- | --- | --- | --- |"
    for input in "$CSV" "$CSV.zst"; do
        k=$(basename "$input")
        wo=$(median <"$TMP/$k.old.wall") wn=$(median <"$TMP/$k.new.wall")
        co=$(median <"$TMP/$k.old.cpu") cn=$(median <"$TMP/$k.new.cpu")
        echo "| $k | $wo | $wn | $(awk -v a="$wo" -v b="$wn" 'BEGIN{printf "%+.1f %%", 100*(b-a)/a}') | $co | $cn | $(awk -v a="$co" -v b="$cn" 'BEGIN{printf "%+.1f %%", 100*(b-a)/a}') |"
    done
    echo
    echo "Raw runs (wall seconds):"
    echo
    for f in "$TMP"/*.wall; do echo "- $(basename "$f" .wall): $(tr '\n' ' ' <"$f")"; done
    echo
    echo "Same totals before and after: $(cmp -s <(jq -S .totals "$TMP/old.json") <(jq -S .totals "$TMP/new.json") && echo yes || echo NO)."
} >bench/RESULTS-evidence.md
rm -rf "$TMP"
cat bench/RESULTS-evidence.md
