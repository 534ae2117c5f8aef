#!/usr/bin/env bash
# Fingerprint files (issue 10): what --fingerprints costs on top of the full analysis, the
# file's size per record, and `leakscope overlap` on two 10M-key files.
#
#   bench/fingerprints.sh [--size 1G] [--runs 3]
# Prints a Markdown section for bench/RESULTS.md on stdout. The dump is bench/data/bench_SIZE.csv
# (generated like bench/run.sh's, reused); runs are interleaved (the machine is shared: medians).
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE=1G RUNS=3
while [ $# -gt 0 ]; do
    case "$1" in
    --size) SIZE=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    *) echo "usage: bench/fingerprints.sh [--size 1G] [--runs N]" >&2; exit 2 ;;
    esac
done
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DLEAKSCOPE_BUILD_TESTS=OFF >/dev/null
cmake --build build-bench -j"$(nproc)" >/dev/null
LS=build-bench/leakscope GEN=build-bench/samples/gen/leakscope-gen
mkdir -p bench/data
DUMP=bench/data/bench_$SIZE.csv
[ -f "$DUMP" ] || "$GEN" --size "$SIZE" --seed 42 --dup-rate 0.05 --near-dup-rate 0.02 \
    --multiline-rate 0.002 --quote-rate 0.05 -o "$DUMP" --truth "$DUMP.truth.json" >/dev/null
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
head -c 32 /dev/urandom >"$TMP/key" && chmod 600 "$TMP/key"
cat "$DUMP" >/dev/null
measure() { # NAME command...: appends "wall user+sys maxrss_kb" to $TMP/NAME
    local name=$1; shift
    /usr/bin/time -f "%e %U %S %M" -o "$TMP/t" "$@" >"$TMP/$name.out" 2>/dev/null
    awk '{printf "%s %.2f %s\n", $1, $2 + $3, $4}' "$TMP/t" >>"$TMP/$name"
}
for r in $(seq "$RUNS"); do
    measure full "$LS" analyze --json -q "$DUMP"
    measure fp "$LS" analyze --json -q --fingerprints "$TMP/d.lsfp" --fp-key-file "$TMP/key" "$DUMP"
    jq .fingerprints.seconds "$TMP/fp.out" >>"$TMP/fpsec"
    echo "run $r/$RUNS" >&2
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
col() { awk -v c="$2" '{print $c}' "$TMP/$1" | median; }
FW=$(col full 1) FC=$(col full 2) FM=$(col full 3)
PW=$(col fp 1) PC=$(col fp 2) PM=$(col fp 3)
IN=$(median <"$TMP/fpsec")
RECORDS=$(jq .totals.records "$TMP/fp.out")
BYTES=$(stat -c %s "$TMP/d.lsfp")
SAME=no
[ "$(jq -c '.totals | del(.bytes)' "$TMP/full.out")" = "$(jq -c '.totals | del(.bytes)' "$TMP/fp.out")" ] && SAME=yes
KINDS=$(jq -r '.fingerprints.kinds | to_entries | map("\(.key) \(.value.keys)") | join(", ")' "$TMP/fp.out")
KEYS=$(jq '[.fingerprints.kinds[].keys] | add' "$TMP/fp.out")

# two 10M-key files: 10M distinct lines each, 5M shared (records and records_normalized: 10M keys each)
seq 1 10000000 >"$TMP/A.txt"
seq 5000001 15000000 >"$TMP/B.txt"
"$LS" analyze -q --no-columns --fingerprints "$TMP/A.lsfp" --fp-key-file "$TMP/key" "$TMP/A.txt" >/dev/null
"$LS" analyze -q --no-columns --fingerprints "$TMP/B.lsfp" --fp-key-file "$TMP/key" "$TMP/B.txt" >/dev/null
rm -f "$TMP/ov"
for r in $(seq "$RUNS"); do measure ov "$LS" overlap --json "$TMP/A.lsfp" "$TMP/B.lsfp"; done
OW=$(col ov 1) OM=$(col ov 3)
OBOTH=$(jq .pairs[0].kinds.records.both "$TMP/ov.out")
OA=$(jq .pairs[0].kinds.records.a "$TMP/ov.out")
ABYTES=$(stat -c %s "$TMP/A.lsfp")

awk -v fw="$FW" -v fc="$FC" -v fm="$FM" -v pw="$PW" -v pc="$PC" -v pm="$PM" -v in_="$IN" \
    -v rec="$RECORDS" -v bytes="$BYTES" -v keys="$KEYS" -v runs="$RUNS" -v size="$SIZE" \
    -v same="$SAME" -v kinds="$KINDS" -v ow="$OW" -v om="$OM" -v oboth="$OBOTH" -v oa="$OA" \
    -v abytes="$ABYTES" -v commit="$(git rev-parse --short HEAD)" -v date="$(date -u +%F)" \
    -v cores="$(nproc)" -v load="$(cut -d' ' -f1-3 /proc/loadavg)" 'BEGIN {
    printf "## Fingerprint files (issue 10): `bench/fingerprints.sh`\n\n"
    printf "Written on %s at commit %s, %d online cores (load average at the end: %s);\n", date, commit, cores, load
    printf "medians of %d interleaved runs, `bench/data/bench_%s.csv` (%s records) from the page cache.\n\n", runs, size, rec
    printf "| command | median wall s | median CPU s (user+sys) | peak RSS |\n| --- | --- | --- | --- |\n"
    printf "| analyze --json (full analysis) | %.2f | %.2f | %.0f MB |\n", fw, fc, fm / 1024
    printf "| analyze --json --fingerprints F --fp-key-file K | %.2f | %.2f | %.0f MB |\n\n", pw, pc, pm / 1024
    printf "- Fingerprint writing, timed inside the run (report `fingerprints.seconds`, median): **%.2f s = %.1f %%** of the full analysis wall time (target: <= 10 %%); wall-time difference of the two commands: %+.1f %%, CPU-time difference: %+.1f %%.\n", in_, 100 * in_ / fw, 100 * (pw - fw) / fw, 100 * (pc - fc) / fc
    printf "- Reports identical with and without --fingerprints (totals): **%s**.\n", same
    printf "- File: %d bytes for %d records = **%.1f bytes per record** (%.1f bytes per key, %d keys: %s).\n", bytes, rec, bytes / rec, bytes / keys, keys, kinds
    printf "- Overlap of two 10M-key files (10,000,000 distinct lines each, 5,000,000 shared; kinds records and records_normalized, 128-bit keys; %d bytes each): **%.2f s** wall, %.0f MB peak RSS; records in both: %s of %s (exact: %s).\n\n", abytes, ow, om / 1024, oboth, oa, (oboth == 5000000 ? "yes" : "NO")
}'
echo "Raw runs (wall s, CPU s, max RSS KiB):"
echo
for n in full fp ov; do echo "- $n: $(tr '\n' ';' <"$TMP/$n")"; done
echo "- fingerprints.seconds: $(tr '\n' ';' <"$TMP/fpsec")"
