#!/usr/bin/env bash
# Several SQL readers (issue 8): a generated ~1 GB mysqldump (two tables) analysed by a
# baseline binary and the current one, interleaved, RUNS times, with `wc -l` in the same
# run (the machine is shared: read the ratios). Medians of wall time and CPU.
#   bench/sql_readers.sh BASE_BINARY NEW_BINARY DUMP [RUNS]
set -u
BASE=$1 NEW=$2 SQL=$3 RUNS=${4:-3}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cat "$SQL" >/dev/null
m() { # m NAME command...: "wall user+sys maxrss_kb" per run appended to $TMP/NAME
    local name=$1; shift
    /usr/bin/time -f "%e %U %S %M" -o "$TMP/t" "$@" >/dev/null 2>&1
    awk '{printf "%s %.2f %s\n", $1, $2 + $3, $4}' "$TMP/t" >>"$TMP/$name"
}
for r in $(seq "$RUNS"); do
    m wc wc -l "$SQL"
    m base_nc_j1 "$BASE" analyze --json -q --no-columns -j1 "$SQL"
    m new_nc_j1 "$NEW" analyze --json -q --no-columns -j1 "$SQL"
    m wc wc -l "$SQL"
    m base_nc_j2 "$BASE" analyze --json -q --no-columns -j2 "$SQL"
    m new_nc_j2 "$NEW" analyze --json -q --no-columns -j2 "$SQL"
    m wc wc -l "$SQL"
    m base_full_j2 "$BASE" analyze --json -q -j2 "$SQL"
    m new_full_j2 "$NEW" analyze --json -q -j2 "$SQL"
    echo "run $r/$RUNS done" >&2
done
m base_full_j1 "$BASE" analyze --json -q -j1 "$SQL"
m new_full_j1 "$NEW" analyze --json -q -j1 "$SQL"
BYTES=$(stat -c %s "$SQL")
med() { sort -n -k"$2" "$TMP/$1" | awk -v c="$2" '{a[NR]=$c} END {print a[int((NR+1)/2)]}'; }
WC=$(med wc 1)
printf "| run | wall (median) | GB/s | x wc -l | CPU s | peak RSS MB | runs |\n|---|---|---|---|---|---|---|\n"
for n in wc base_nc_j1 new_nc_j1 base_nc_j2 new_nc_j2 base_full_j2 new_full_j2 base_full_j1 new_full_j1; do
    w=$(med $n 1) c=$(med $n 2) rss=$(med $n 3)
    awk -v n="$n" -v w="$w" -v c="$c" -v r="$rss" -v b="$BYTES" -v wc="$WC" -v k="$(wc -l <"$TMP/$n")" \
        'BEGIN {printf "| %s | %.2f s | %.2f | %.1f | %.1f | %d | %d |\n", n, w, b / w / 1e9, w / wc, c, r / 1024, k}'
done
