#!/usr/bin/env bash
# leakscope benchmark, growth (issue 8): how time and peak RSS grow with the input.
# Generated ';'-CSV dumps of 1 GB, 4 GB and >= 43 million records, each analysed in full
# (all columns, detection, both record dedups) without and with a `--memory 1G` ceiling,
# interleaved, RUNS times (medians), from the page cache when it fits. Prints time per GB,
# peak RSS, RSS and engine memory per unique record, and the ratio to `wc -l`; with node and
# @duckdb/node-api (installed into bench/duckdb/ by npm when node is present; --no-duckdb
# skips it), DuckDB answering records + distinct records + distinct e-mails on the same file.
# Writes bench/RESULTS-growth.md (bench/run.sh appends it to RESULTS.md).
#
#   bench/growth.sh [--runs 3] [--sizes "1G 4G 43M"] [--duckdb-sizes "1G"] [--no-duckdb]
# (DuckDB runs on --duckdb-sizes only: on this 2-core machine it takes minutes per GB.)
# A size ending in M is a number of million records; otherwise bytes.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=3 SIZES="1G 4G 43M" DUCK=1 DUCK_SIZES="1G"
while [ $# -gt 0 ]; do
    case "$1" in
    --runs) RUNS=$2; shift 2 ;;
    --sizes) SIZES=$2; shift 2 ;;
    --no-duckdb) DUCK=0; shift ;;
    --duckdb-sizes) DUCK_SIZES=$2; shift 2 ;;
    *) echo "usage: bench/growth.sh [--runs N] [--sizes LIST] [--no-duckdb]" >&2; exit 2 ;;
    esac
done
.ci/install-deps --bench
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DLEAKSCOPE_BUILD_TESTS=OFF >/dev/null
cmake --build build-bench -j"$(nproc)" >/dev/null
LS=build-bench/leakscope GEN=build-bench/samples/gen/leakscope-gen
mkdir -p bench/data
if [ "$DUCK" = 1 ] && command -v node >/dev/null && [ ! -d bench/duckdb/node_modules/@duckdb ]; then
    (cd bench/duckdb && npm install --no-audit --no-fund >/dev/null 2>&1) || DUCK=0
fi
command -v node >/dev/null || DUCK=0
GENOPTS="--seed 42 --dup-rate 0.05 --near-dup-rate 0.02 --multiline-rate 0.002 --quote-rate 0.05"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
measure() { # NAME command...: appends "seconds maxrss_kb" to $TMP/NAME, keeps the output
    local name=$1; shift
    /usr/bin/time -f "%e %M" -o "$TMP/t" "$@" >"$TMP/$name.out" 2>/dev/null
    cat "$TMP/t" >>"$TMP/$name"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
med_t() { awk '{print $1}' "$TMP/$1" | median; }
med_m() { awk '{print $2}' "$TMP/$1" | median; }
ROWS=""
for size in $SIZES; do
    case "$size" in
    *M) DUMP=bench/data/growth_${size}rec.csv; N=$(( ${size%M} * 1000000 )); GARG="--records $N" ;;
    *) DUMP=bench/data/bench_$size.csv; GARG="--size $size" ;;
    esac
    if [ ! -f "$DUMP" ] || [ ! -f "$DUMP.truth.json" ]; then
        echo "generating $DUMP ..." >&2
        # shellcheck disable=SC2086
        "$GEN" $GARG $GENOPTS -o "$DUMP" --truth "$DUMP.truth.json"
    fi
    BYTES=$(stat -c %s "$DUMP")
    cat "$DUMP" >/dev/null
    for r in $(seq "$RUNS"); do
        measure "wc_$size" wc -l "$DUMP"
        measure "full_$size" "$LS" analyze --json -q "$DUMP"
        measure "mem1g_$size" "$LS" analyze --json -q --memory 1G "$DUMP"
        if [ "$DUCK" = 1 ] && [[ " $DUCK_SIZES " == *" $size "* ]]; then
            measure "duck_$size" node bench/duckdb/query.mjs "$DUMP"
        fi
        echo "$size: run $r/$RUNS done" >&2
    done
    REC=$(jq .totals.records "$TMP/full_$size.out") UNI=$(jq .totals.unique_records "$TMP/full_$size.out")
    OK=no
    [ "$(jq -c '[.records,.unique_records,.unique_records_normalized]' "$DUMP.truth.json")" = \
      "$(jq -c '[.totals.records,.totals.unique_records,.totals.unique_records_normalized]' "$TMP/full_$size.out")" ] &&
      [ "$(jq -c 'del(.timing,.engine,.manifest)' "$TMP/full_$size.out")" = "$(jq -c 'del(.timing,.engine,.manifest)' "$TMP/mem1g_$size.out")" ] && OK=yes
    WC=$(med_t "wc_$size")
    for v in full mem1g; do
        T=$(med_t "${v}_$size") M=$(med_m "${v}_$size")
        PEAK=$(jq .engine.peak_memory "$TMP/${v}_$size.out") SP=$(jq .engine.spilled_bytes "$TMP/${v}_$size.out")
        ROWS+=$(awk -v s="$size" -v v="$v" -v t="$T" -v m="$M" -v b="$BYTES" -v r="$REC" -v u="$UNI" \
            -v w="$WC" -v p="$PEAK" -v sp="$SP" -v ok="$OK" \
            'BEGIN {printf "| %s | %s | %.2f GB | %.1f M | %.2f | %.2f | %.2f | %.1f | %.0f MB | %.1f | %.0f MB | %.0f MB | %s |\n",
              s, (v=="full" ? "full" : "full, --memory 1G"), b/1e9, r/1e6, t, t/(b/1e9), b/t/1e9, t/w, m/1024, m*1024/u, p/1e6, sp/1e6, ok}')
        ROWS+=$'\n'
    done
    if [ -f "$TMP/duck_$size" ]; then
        T=$(med_t "duck_$size") M=$(med_m "duck_$size") F=$(med_t "full_$size")
        D=$(jq -c .rows "$TMP/duck_$size.out" 2>/dev/null || echo '?')
        L=$(jq -c '[[.totals.records,.totals.unique_records,.categories.email.unique]]' "$TMP/full_$size.out")
        ROWS+=$(awk -v s="$size" -v t="$T" -v m="$M" -v b="$BYTES" -v f="$F" -v w="$WC" -v same="$([ "$D" = "$L" ] && echo yes || echo "no: $D vs $L")" \
            'BEGIN {printf "| %s | DuckDB (records, distinct records, distinct e-mails) | %.2f GB | | %.2f | %.2f | %.2f | %.1f | %.0f MB | | | | %s; %.1fx the full analysis |\n", s, b/1e9, t, t/(b/1e9), b/t/1e9, t/w, m/1024, same, t/f}')
        ROWS+=$'\n'
    fi
done
{
    echo "## Growth (issue 8): \`bench/growth.sh\`"
    echo
    echo "Written on $(date -u +%Y-%m-%d) at commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) online cores, $(free -g | awk '/Mem:/ {print $2}') GiB;"
    echo "medians of $RUNS interleaved runs. Dumps: \`leakscope-gen $GENOPTS\` (French ';' CSV, 15 columns)."
    echo "Peak RSS is the process's (\`/usr/bin/time\`): the mapped input's consumed pages are dropped"
    echo "from the process as the workers pass them (MADV_DONTNEED), so it holds a window of the"
    echo "input, not the whole file. \"engine peak\" is the engine's own figure (report \`engine.peak_memory\`)."
    echo "\"same\": counts equal the generator's truth and the report is identical with the ceiling."
    echo
    echo "| input | command | size | records | median s | s per GB | GB/s | time / wc -l | peak RSS | RSS bytes per unique record | engine peak | spilled | same |"
    echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
    printf '%s' "$ROWS"
    echo
    echo "Raw runs (seconds, max RSS KiB):"
    echo
    for f in "$TMP"/*; do case "$f" in *.out|*/t) continue ;; esac; echo "- $(basename "$f"): $(tr '\n' ';' <"$f")"; done
} >bench/RESULTS-growth.md
cat bench/RESULTS-growth.md
