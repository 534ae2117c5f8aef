#!/usr/bin/env bash
# leakscope CLI tests for the several SQL readers (issue 8): a mapped SQL dump cut between
# parsers at guessed points gives the report of the single reader (-j1), byte for byte
# (--no-timing), at -j2, -j4 and -j8 with small chunks (LS_SQL_READER_CHUNK) so that even
# small dumps are cut in hundreds of places, and at -j8 with larger ones: mysqldump files
# with two tables, escapes, newlines in strings and malformed tuples, one INSERT per table
# on one line, pg_dump COPY blocks and --inserts, and a hand-made dump whose strings hold "),(", "\nINSERT INTO",
# \' and '' (fake points the readers must refuse), a table switch and back with a column
# list, USE, and wrong value counts. No timing is asserted.
# Usage: sql_readers_tests.sh LEAKSCOPE LEAKSCOPE_GEN
# The last line is "N passed, N failed".
set -u
LS=$1 GEN=$2
T=$(mktemp -d /tmp/ls-sqlr-XXXXXX)
trap 'rm -rf "$T"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*" >&2; }

"$GEN" --records 30000 --seed 11 --format mysql --tables 2 --messy --escape-rate 0.05 \
    --multiline-rate 0.01 -o "$T/messy.sql" >/dev/null
"$GEN" --records 20000 --seed 12 --format mysql --tables 2 --tuples-per-insert 0 \
    -o "$T/oneline.sql" >/dev/null
"$GEN" --records 30000 --seed 13 --format postgres --tables 2 --messy --escape-rate 0.05 \
    -o "$T/pg.sql" >/dev/null
"$GEN" --records 15000 --seed 14 --format postgres --pg-inserts --tuples-per-insert 3 \
    --tables 2 -o "$T/pgins.sql" >/dev/null

# The hand-made one: every tuple's strings look like points.
{
    printf -- '-- MySQL dump 10.13\n'
    printf 'CREATE TABLE `people` (`id` int, `name` text, `email` text, `note` text);\n'
    printf 'CREATE TABLE `orders` (`id` int, `email` text, `amount` text);\n'
    awk 'BEGIN {
        q = sprintf("%c", 39)
        for (s = 0; s < 40; s++) {
            printf "INSERT INTO `people` VALUES "
            for (i = 0; i < 400; i++) {
                k = s * 400 + i
                if (i) printf ","
                if (k % 5 == 0) printf "(%d,%sO\\%sBrien),(%d%s,%su%d@example.fr%s,%sa%s%sb),(c%s)", k, q, q, k, q, q, k, q, q, q, q, q
                else if (k % 5 == 1) printf "(%d,%sx\n),(\nINSERT INTO `orders` VALUES (1),(2);\n%s,%sv%d@example.com%s,NULL)", k, q, q, q, k, q
                else if (k % 5 == 2) printf "(%d,%stoo few%s)", k, q, q
                else if (k % 5 == 3) printf "(%d,%sa%s,%sb%s,%sc%s,%sextra%s)", k, q, q, q, q, q, q, q, q
                else printf "(%d,%sName %d%s,%sn%d@example.net%s,%s-- ),( /* %s)", k, q, k, q, q, k, q, q, q
            }
            printf ";\n"
            if (s == 20) {
                printf "INSERT INTO `orders` VALUES "
                for (j = 0; j < 3000; j++) printf "%s(%d,%so%d@example.fr%s,%s%d.5%s)", (j ? "," : ""), j, q, j % 300, q, q, j, q
                printf ";\nINSERT INTO `people` (`email`,`id`,`name`) VALUES "
                for (j = 0; j < 3000; j++) printf "%s(%sm%d@example.fr%s,%d,%sit%s%ss ),( %d%s)", (j ? "," : ""), q, j, q, j, q, q, q, j, q
                printf ";\n"
            }
        }
        printf "USE `other`;\nINSERT INTO `people` VALUES "
        for (j = 0; j < 3000; j++) printf "%s(%d,%sp%d%s,%sq%d@example.fr%s,%s\\n),(\\n%s)", (j ? "," : ""), j, q, j, q, q, j, q, q, q
        printf ";\n"
    }'
} >"$T/adversarial.sql"

for f in messy.sql oneline.sql pg.sql pgins.sql adversarial.sql; do
    for mode in "" "--no-columns"; do
        # shellcheck disable=SC2086
        "$LS" analyze --json --no-timing -q -j1 $mode "$T/$f" >"$T/ref.json"
        rc=$?
        [ "$rc" -le 1 ] && ok || ko "$f $mode -j1: exit $rc"
        # small chunks at three thread counts; larger ones (fewer, longer cuts) at -j8
        for cj in 4096:2 4096:4 4096:8 65536:8; do
            chunk=${cj%:*} j=${cj#*:}
            {
                # shellcheck disable=SC2086
                LS_SQL_READER_CHUNK=$chunk "$LS" analyze --json --no-timing -q -j$j $mode \
                    "$T/$f" >"$T/out.json"
                got=$?
                [ "$got" = "$rc" ] && ok || ko "$f $mode -j$j chunks $chunk: exit $got, -j1 $rc"
                if cmp -s "$T/out.json" "$T/ref.json"; then ok; else
                    ko "$f $mode -j$j chunks $chunk: the report differs from -j1"
                    diff <(jq -S . "$T/out.json") <(jq -S . "$T/ref.json") | head -10 >&2
                fi
            }
        done
    done
done
# the reports are about the data: every tuple of the hand-made dump counted once (40 x 400
# + 3000 orders + 3000 with a column list + 3000 in the other database), in 4 tables
n=$(jq .totals.records "$T/ref.json")
[ "$n" = 25000 ] && ok || ko "adversarial.sql: $n records, want 25000"
n=$(jq '.inputs | length' "$T/ref.json")
[ "$n" = 3 ] && ok || ko "adversarial.sql: $n table entries, want 3 (people, orders, other.people)"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
