#!/usr/bin/env bash
# Issue 11: stacked tables in streams. An ~18 MiB file of four stacked tables — one
# starting inside the head the sniffer reads, one 600 bytes before the end of an 8 MiB
# stream window (too few lines under its header there: the judgement waits for the next
# window), a short one, and a quoted record of header-like lines across a window's end —
# is read from disk (a mapping, with and without column typing), as a .zst file, as gzip
# on a pipe, as plain text on a pipe, and as a member of a .tar.gz. Every reading must
# give the same tables with the records the generator wrote, and the same report but for
# how the bytes came in. A .zst cut short reads the tables before the cut whole, says the
# one it cuts is partial, and exits non-zero.
#   stream_tables.sh LEAKSCOPE
set -uo pipefail
LS=$1
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
fail=0

python3 - "$TMP/stack.csv" >"$TMP/want" <<'PY'
import sys
KIB, MIB = 1 << 10, 1 << 20
HEAD, WINDOW = 256 * KIB, 8 * MIB  # a table's head, then windows (analysis.c)
# each table is read from its own start: its head, then windows of 8 MiB (plus carries)
s1 = HEAD - 3000                   # in the first table's head, plenty of lines under it
s2 = s1 + HEAD + WINDOW - 600      # ~17 lines under it before the window ends: waits
s3 = s2 + HEAD - 500               # a short table
starts = [s1, s2, s3]
quote_at = s3 + HEAD + WINDOW - 800  # a quoted record across the window's end
size = s3 + HEAD + WINDOW + MIB
records, n, i, second, k = [0], 0, 0, False, 0
with open(sys.argv[1], "w", newline="") as f:
    def w(s):
        global n
        f.write(s)
        n += len(s)
    w("id,email,amount\n")
    while n < size:
        if k < len(starts) and n >= starts[k]:
            second = not second
            w("\nname,city,phone,age\n" if second else "\nid,email,amount\n")
            records.append(0)
            k += 1
        if not second and quote_at <= n < quote_at + 64:
            w('%d,"note\n%s",1.00\n' % (i, "name,city,phone,age\n" * 40))
        elif second:
            w("Person%d,Leeds,+44 7700 900%03d,%d\n" % (i, i % 1000, 18 + i % 60))
        else:
            w("%d,u%d@ex.com,%d.%02d\n" % (i, i, i % 997, i % 100))
        records[-1] += 1
        i += 1
print(",".join(map(str, records)))
PY
want=$(cat "$TMP/want")
# where the quoted record must fall: a table that is not split by it
[ "$(awk -F, '{print NF}' <<<"$want")" = 4 ] || { echo "generator: want 4 tables, got $want" >&2; exit 1; }

zstd -q -3 "$TMP/stack.csv" -o "$TMP/stack.csv.zst"
mkdir "$TMP/arc" && cp "$TMP/stack.csv" "$TMP/arc/" && tar -C "$TMP/arc" -czf "$TMP/stack.tar.gz" stack.csv

# the report but for how the bytes came in (path, read mode, compression, file bytes)
same='{inputs: [.inputs[] | del(.path, .archive, .member, .bytes, .read_mode, .compression,
                                 .compressed_bytes, .sha256)],
       totals: (.totals | del(.bytes, .inputs)), categories, subjects, signals}'
"$LS" analyze --json -q "$TMP/stack.csv" >"$TMP/map.json" || { echo "WRONG: mapped run failed" >&2; exit 1; }
got=$(jq -r '[.inputs[].records] | map(tostring) | join(",")' "$TMP/map.json")
if [ "$got" = "$want" ] && jq -e '[.inputs[].table] == [1,2,3,4] and .inputs[0].bytes > 18000000' \
        "$TMP/map.json" >/dev/null; then
    echo "from disk: tables $got: ok"
else
    echo "WRONG from disk: records per table $got, want $want" >&2
    fail=1
fi
jq -S "$same" "$TMP/map.json" >"$TMP/map.cmp"
# from disk without column typing: the same tables, records and header lines
tabs='[.inputs[] | {table, records, malformed, layout}], .totals'
if diff <("$LS" analyze --json -q --no-columns "$TMP/stack.csv" | jq -S "$tabs") \
        <(jq -S "$tabs" "$TMP/map.json") >"$TMP/diff"; then
    echo "from disk with --no-columns: the same tables: ok"
else
    echo "WRONG from disk with --no-columns" >&2
    head -20 "$TMP/diff" >&2
    fail=1
fi
for how in zst gzip-pipe pipe tar.gz; do
    case $how in
    zst) "$LS" analyze --json -q "$TMP/stack.csv.zst" ;;
    gzip-pipe) gzip -1 -c "$TMP/stack.csv" | "$LS" analyze --json -q - ;;
    pipe) cat "$TMP/stack.csv" | "$LS" analyze --json -q - ;;
    tar.gz) "$LS" analyze --json -q "$TMP/stack.tar.gz" ;;
    esac >"$TMP/$how.json" || { echo "WRONG: $how run failed" >&2; fail=1; continue; }
    # the archive's own entry comes first; its members follow
    if [ $how = tar.gz ]; then
        jq '.inputs |= map(select(.member != null))' "$TMP/$how.json" >"$TMP/$how.m.json"
        mv "$TMP/$how.m.json" "$TMP/$how.json"
    fi
    got=$(jq -r '[.inputs[].records] | map(tostring) | join(",")' "$TMP/$how.json")
    # the file's bytes are the first table's entry's, as from disk
    bytes=$(jq '[.inputs[].bytes]' "$TMP/$how.json" | tr -d ' \n')
    if [ "$got" = "$want" ] && diff <(jq -S "$same" "$TMP/$how.json") "$TMP/map.cmp" >"$TMP/diff" &&
        [ "$bytes" = "[$(stat -c %s "$TMP/stack.csv"),0,0,0]" ]; then
        echo "$how: tables $got, the same report as from disk: ok"
    else
        echo "WRONG $how: records per table $got (want $want), bytes $bytes" >&2
        head -20 "$TMP/diff" >&2
        fail=1
    fi
done
if jq -e '[.inputs[] | .archive != null and .member == "stack.csv"] | all' "$TMP/tar.gz.json" \
        >/dev/null; then
    echo "tar.gz: every table names its archive and member: ok"
else
    echo "WRONG: the archive member's tables do not name it" >&2
    fail=1
fi

# cut short: the tables before the cut whole, the one cut partial, none after it
size=$(stat -c %s "$TMP/stack.csv.zst")
head -c $((size * 13 / 20)) "$TMP/stack.csv.zst" >"$TMP/cut.csv.zst"
"$LS" analyze --json -q "$TMP/cut.csv.zst" >"$TMP/cut.json" 2>/dev/null
rc=$?
if [ $rc -ne 0 ] && jq -e --arg w "$want" '(.inputs | length) as $n | $n >= 2 and
        ([.inputs[0:$n - 1][].records] | map(tostring)) == ($w | split(",") | .[0:$n - 1]) and
        ([.inputs[0:$n - 1][].status] | unique) == ["ok"] and
        .inputs[$n - 1].status == "partial" and .inputs[$n - 1].truncated and
        .inputs[$n - 1].records < ($w | split(",") | .[$n - 1] | tonumber)' \
        "$TMP/cut.json" >/dev/null; then
    echo "a .zst cut short: $(jq '.inputs | length - 1' "$TMP/cut.json") tables whole, the last" \
        "read partial, exit $rc: ok"
else
    echo "WRONG: a .zst cut short (exit $rc)" >&2
    jq -c '[.inputs[] | {table, records, status, truncated}]' "$TMP/cut.json" >&2
    fail=1
fi
exit $fail
