#!/usr/bin/env bash
# leakscope benchmark for dumps as they come (issue 4): a generated mysqldump, a JSON-lines
# export, the same SQL dump as .zst, and a CSV inside a .tar.zst; each timed in the same run
# as `wc -l` (plain files) or `zstd -d -c > /dev/null` (compressed ones), from the page
# cache, RUNS times, interleaved; medians. Writes bench/RESULTS-formats.md (bench/run.sh
# appends it to bench/RESULTS.md).
#
#   bench/formats.sh [--size 1G] [--runs 3]
# The dumps are kept in bench/data/ (git-ignored) and reused by later runs.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE=1G RUNS=3
while [ $# -gt 0 ]; do
    case "$1" in
    --size) SIZE=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    *) echo "usage: bench/formats.sh [--size 1G] [--runs N]" >&2; exit 2 ;;
    esac
done
.ci/install-deps --bench
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DLEAKSCOPE_BUILD_TESTS=OFF >/dev/null
cmake --build build-bench -j"$(nproc)" >/dev/null
LS=build-bench/leakscope GEN=build-bench/samples/gen/leakscope-gen
mkdir -p bench/data
SQL=bench/data/bench_mysql_$SIZE.sql
JSONL=bench/data/bench_$SIZE.jsonl
CSV=bench/data/bench_$SIZE.csv
TARZ=bench/data/bench_csv_$SIZE.tar.zst
[ -f "$SQL" ] && [ -f "$SQL.truth.json" ] ||
    "$GEN" --format mysql --size "$SIZE" --seed 42 -o "$SQL" --truth "$SQL.truth.json"
[ -f "$JSONL" ] && [ -f "$JSONL.truth.json" ] ||
    "$GEN" --format jsonl --size "$SIZE" --seed 42 -o "$JSONL" --truth "$JSONL.truth.json"
[ -f "$CSV" ] && [ -f "$CSV.truth.json" ] ||
    "$GEN" --size "$SIZE" --seed 42 --dup-rate 0.05 --near-dup-rate 0.02 --multiline-rate 0.002 \
        --quote-rate 0.05 -o "$CSV" --truth "$CSV.truth.json"
[ -f "$SQL.zst" ] || zstd -q -T0 -3 "$SQL" -o "$SQL.zst"
[ -f "$TARZ" ] || tar -C "$(dirname "$CSV")" -cf - "$(basename "$CSV")" | zstd -q -T0 -3 -o "$TARZ"
cat "$SQL" "$JSONL" "$SQL.zst" "$TARZ" >/dev/null # into the page cache

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
measure() { # measure NAME command...: appends "seconds maxrss_kb" per run to $TMP/NAME
    local name=$1; shift
    /usr/bin/time -f "%e %M" -o "$TMP/t" "$@" >"$TMP/$name.out" 2>/dev/null || true
    cat "$TMP/t" >>"$TMP/$name"
}
for r in $(seq "$RUNS"); do
    measure wc_sql wc -l "$SQL"
    measure sql "$LS" analyze --json -q "$SQL"
    measure sql_nocol "$LS" analyze --json -q --no-columns "$SQL"
    measure wc_json wc -l "$JSONL"
    measure json "$LS" analyze --json -q "$JSONL"
    measure json_nocol "$LS" analyze --json -q --no-columns "$JSONL"
    measure zstd_sql bash -c 'zstd -d -c "$0" >/dev/null' "$SQL.zst"
    measure sqlz_nocol "$LS" analyze --json -q --no-columns "$SQL.zst"
    measure zstd_tar bash -c 'zstd -d -c "$0" >/dev/null' "$TARZ"
    measure tar "$LS" analyze --json -q "$TARZ"
    measure tar_nocol "$LS" analyze --json -q --no-columns "$TARZ"
    echo "run $r/$RUNS done" >&2
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
med_t() { awk '{print $1}' "$TMP/$1" | median; }
med_m() { awk '{print $2}' "$TMP/$1" | median; }
truth_ok() { # truth_ok REPORT TRUTH
    [ "$(jq -c '[.records,.unique_records,.unique_records_normalized]' "$2")" = \
      "$(jq -c '[.totals.records,.totals.unique_records,.totals.unique_records_normalized]' "$1")" ] &&
        echo yes || echo no
}
row() { # row NAME SECONDS RSS_KB BYTES RECORDS BASE_SECONDS
    awk -v n="$1" -v t="$2" -v m="$3" -v b="$4" -v r="$5" -v w="$6" \
        'BEGIN {printf "| %s | %.3f | %.2f | %.2f M | %.0f MB | %.2f |\n", n, t, b/t/1e9, r/t/1e6, m/1024, t/w}'
}
SB=$(stat -c %s "$SQL") JB=$(stat -c %s "$JSONL") CB=$(stat -c %s "$CSV")
SR=$(jq .records "$SQL.truth.json") JR=$(jq .records "$JSONL.truth.json") CR=$(jq .records "$CSV.truth.json")
{
    echo "## Dumps as they come (issue 4): \`bench/formats.sh\`"
    echo
    echo "Written on $(date -u +%Y-%m-%d) at commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'),"
    echo "$(nproc) online cores; medians of $RUNS interleaved runs from the page cache."
    echo
    echo "### SQL dump (target: ≥ 1 GB/s)"
    echo
    echo "\`$SQL\`: $SB bytes, $SR tuples in extended INSERTs of 1,000 (\`leakscope-gen --format mysql --size $SIZE --seed 42\`)."
    echo "Counts equal the generator's truth: **$(truth_ok "$TMP/sql.out" "$SQL.truth.json")** (full), **$(truth_ok "$TMP/sql_nocol.out" "$SQL.truth.json")** (--no-columns)."
    echo
    echo "| command | median s | GB/s | records/s | peak RSS | time / wc -l |"
    echo "| --- | --- | --- | --- | --- | --- |"
    W=$(med_t wc_sql)
    row "wc -l" "$W" "$(med_m wc_sql)" "$SB" "$SR" "$W"
    row "leakscope (full analysis)" "$(med_t sql)" "$(med_m sql)" "$SB" "$SR" "$W"
    row "leakscope --no-columns (records + both record dedups)" "$(med_t sql_nocol)" "$(med_m sql_nocol)" "$SB" "$SR" "$W"
    echo
    echo "### JSON lines"
    echo
    echo "\`$JSONL\`: $JB bytes, $JR documents (\`leakscope-gen --format jsonl --size $SIZE --seed 42\`)."
    echo "Counts equal the generator's truth: **$(truth_ok "$TMP/json.out" "$JSONL.truth.json")**."
    echo
    echo "| command | median s | GB/s | records/s | peak RSS | time / wc -l |"
    echo "| --- | --- | --- | --- | --- | --- |"
    W=$(med_t wc_json)
    row "wc -l" "$W" "$(med_m wc_json)" "$JB" "$JR" "$W"
    row "leakscope (full analysis)" "$(med_t json)" "$(med_m json)" "$JB" "$JR" "$W"
    row "leakscope --no-columns" "$(med_t json_nocol)" "$(med_m json_nocol)" "$JB" "$JR" "$W"
    echo
    echo "### Compressed input (target: ≥ 90 % of \`zstd -d -c > /dev/null\` on the same file)"
    echo
    echo "| input | command | median s | decompressed GB/s | speed vs zstd -d |"
    echo "| --- | --- | --- | --- | --- |"
    Z=$(med_t zstd_sql)
    for r in "zstd -d -c > /dev/null:$Z" "leakscope --no-columns:$(med_t sqlz_nocol)"; do
        awk -v n="${r%%:*}" -v t="${r##*:}" -v b="$SB" -v z="$Z" \
            'BEGIN {printf "| SQL dump .zst | %s | %.3f | %.2f | %.0f %% |\n", n, t, b/t/1e9, z/t*100}'
    done
    Z=$(med_t zstd_tar)
    for r in "zstd -d -c > /dev/null:$Z" "leakscope (full analysis):$(med_t tar)" "leakscope --no-columns:$(med_t tar_nocol)"; do
        awk -v n="${r%%:*}" -v t="${r##*:}" -v b="$CB" -v z="$Z" \
            'BEGIN {printf "| CSV in .tar.zst (archive member) | %s | %.3f | %.2f | %.0f %% |\n", n, t, b/t/1e9, z/t*100}'
    done
    echo
    echo "Records of the .tar.zst member equal the plain CSV's truth: **$(truth_ok "$TMP/tar.out" "$CSV.truth.json")**; of the SQL .zst: **$(truth_ok "$TMP/sqlz_nocol.out" "$SQL.truth.json")**."
    echo
    echo "Raw runs (seconds, max RSS KiB):"
    echo
    for n in wc_sql sql sql_nocol wc_json json json_nocol zstd_sql sqlz_nocol zstd_tar tar tar_nocol; do
        echo "- $n: $(tr '\n' ';' <"$TMP/$n")"
    done
} >bench/RESULTS-formats.md
cat bench/RESULTS-formats.md
