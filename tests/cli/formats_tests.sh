#!/usr/bin/env bash
# leakscope CLI tests for dumps as they come (issue 4): SQL dumps, JSON exports, archives,
# compressed and UTF-16 input, damaged input. Counts are checked against the generator's
# truth files (samples/sql, samples/json) or the truth of the originals an archive holds
# (samples/archives/README.md).
# Usage: formats_tests.sh LEAKSCOPE LEAKSCOPE_GEN REPO_ROOT
# The last line is "N passed, N failed".
set -u
LS=$1 GEN=$2 ROOT=$3
cd "$ROOT"
T=$(mktemp -d /tmp/ls-fmt-XXXXXX)
trap 'rm -rf "$T"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*" >&2; }
check() { # check "description" command...
    local d=$1; shift
    if "$@" >/dev/null 2>&1; then ok; else ko "$d"; fi
}
eq() { # eq "description" got want
    [ "$2" = "$3" ] && ok || ko "$1: got $2, want $3"
}
analyze() { # analyze OUT.json ARGS... ; sets $rc
    "$LS" analyze --json --no-timing -q "${@:2}" >"$1" 2>"$T/err"
    rc=$?
}

# totals_check REPORT TRUTH NAME: records, malformed, and unique counts. Records that could
# not be parsed are counted but not hashed (records_not_deduplicated); the generator counts
# each as distinct, so its unique counts are ours plus those.
totals_check() {
    local rep=$1 truth=$2 name=$3
    eq "$name: records" "$(jq .totals.records "$rep")" "$(jq .records "$truth")"
    eq "$name: malformed" "$(jq .totals.malformed "$rep")" "$(jq .malformed "$truth")"
    local nd
    nd=$(jq .totals.records_not_deduplicated "$rep")
    eq "$name: unique_records" "$(jq ".totals.unique_records + $nd" "$rep")" \
        "$(jq .unique_records "$truth")"
    eq "$name: unique_records_normalized" \
        "$(jq ".totals.unique_records_normalized + $nd" "$rep")" \
        "$(jq .unique_records_normalized "$truth")"
}

# sql_check REPORT TRUTH NAME: one entry per table, named columns, types, identifier counts
sql_check() {
    local rep=$1 truth=$2 name=$3
    eq "$name: one entry per table" "$(jq '[.inputs[] | select(.table)] | length' "$rep")" \
        "$(jq '.tables | length' "$truth")"
    local tables
    tables=$(jq -r '.tables[].name' "$truth")
    for tb in $tables; do
        # pg_dump qualifies names with their schema (public.people): both are accepted
        local sel=".inputs[] | select(.table == \"$tb\" or (.table | endswith(\".$tb\")))"
        eq "$name/$tb: format" "$(jq -r "$sel | .format" "$rep")" sql
        eq "$name/$tb: records" "$(jq "$sel | .records" "$rep")" \
            "$(jq ".tables[] | select(.name == \"$tb\") | .records" "$truth")"
        local cols
        cols=$(jq -r ".tables[] | select(.name == \"$tb\") | .columns[] |
                      \"\(.index) \(.name) \(.type) \(.valid) \(.unique)\"" "$truth")
        while read -r idx cname type valid unique; do
            eq "$name/$tb.$cname: name" "$(jq -r "$sel | .columns[$idx].name" "$rep")" "$cname"
            eq "$name/$tb.$cname: type" "$(jq -r "$sel | .columns[$idx].type" "$rep")" "$type"
            [ "$unique" = null ] && continue
            eq "$name/$tb.$cname: valid/unique" \
                "$(jq -r "$sel | .columns[$idx] | \"\(.valid) \(.unique)\"" "$rep")" "$valid $unique"
        done <<<"$cols"
    done
}

# json_check REPORT TRUTH NAME: columns are field paths; types and identifier counts
json_check() {
    local rep=$1 truth=$2 name=$3
    local paths
    paths=$(jq -r '.paths[] | "\(.path) \(.type) \(.valid) \(.unique)"' "$truth")
    while read -r path type valid unique; do
        local sel=".inputs[0].columns[] | select(.name == \"$path\")"
        eq "$name.$path: type" "$(jq -r "$sel | .type" "$rep")" "$type"
        [ "$unique" = null ] && continue
        eq "$name.$path: valid/unique" "$(jq -r "$sel | \"\(.valid) \(.unique)\"" "$rep")" \
            "$valid $unique"
    done <<<"$paths"
}

# ---- SQL dumps ------------------------------------------------------------------------------
for s in mysql_shop pg_people pg_inserts mysql_messy; do
    f=samples/sql/$s.sql truth=samples/sql/$s.truth.json
    analyze "$T/$s.json" "$f"
    malformed=$(jq .malformed "$truth")
    eq "$s: exit code" "$rc" 0
    totals_check "$T/$s.json" "$truth" "$s"
    sql_check "$T/$s.json" "$truth" "$s"
    eq "$s: dialect" "$(jq -r '.inputs[0].sql_dialect' "$T/$s.json")" \
        "$(jq -r '.dialect | if . == "postgres" or . == "postgresql" then "postgres" else "mysql" end' "$truth")"
done

# ---- JSON exports ---------------------------------------------------------------------------
for s in people messy; do
    f=samples/json/$s.jsonl truth=samples/json/$s.truth.json
    analyze "$T/$s.json" "$f"
    eq "$s.jsonl: exit code" "$rc" 0
    eq "$s.jsonl: format" "$(jq -r '.inputs[0].format' "$T/$s.json")" jsonl
    totals_check "$T/$s.json" "$truth" "$s.jsonl"
    json_check "$T/$s.json" "$truth" "$s.jsonl"
done
eq "messy.jsonl: blank lines" "$(jq .inputs[0].layout.blank_lines "$T/messy.json")" \
    "$(jq .blank_lines samples/json/messy.truth.json)"
eq "messy.jsonl: syntax errors" "$(jq .inputs[0].malformed_by.syntax "$T/messy.json")" \
    "$(jq .malformed samples/json/messy.truth.json)"
analyze "$T/array.json" samples/json/people_array.json
eq "people_array.json: exit code" "$rc" 0
eq "people_array.json: format" "$(jq -r '.inputs[0].format' "$T/array.json")" json
totals_check "$T/array.json" samples/json/people_array.truth.json people_array
json_check "$T/array.json" samples/json/people_array.truth.json people_array

# a JSON array wrapped in an object (API exports): the same records, the key reported
{ printf '{"status": "ok", "count": 340,\n "data": '; cat samples/json/people_array.json; printf '}\n'; } >"$T/wrapped.json"
analyze "$T/wrapped_rep.json" "$T/wrapped.json"
eq "wrapped JSON: exit code" "$rc" 0
eq "wrapped JSON: format and key" "$(jq -r '.inputs[0] | "\(.format) \(.json_records_key)"' "$T/wrapped_rep.json")" "json data"
totals_check "$T/wrapped_rep.json" samples/json/people_array.truth.json wrapped
json_check "$T/wrapped_rep.json" samples/json/people_array.truth.json wrapped

# ---- generated: bigger dumps, every layout ---------------------------------------------------
gen_check() { # gen_check NAME KIND GEN-ARGS...
    local name=$1 kind=$2; shift 2
    "$GEN" "$@" -o "$T/$name" --truth "$T/$name.truth.json" >/dev/null 2>&1 ||
        { ko "$name: generator failed"; return; }
    analyze "$T/$name.json" "$T/$name"
    eq "$name: exit code" "$rc" 0
    totals_check "$T/$name.json" "$T/$name.truth.json" "$name"
    if [ "$kind" = sql ]; then sql_check "$T/$name.json" "$T/$name.truth.json" "$name";
    else json_check "$T/$name.json" "$T/$name.truth.json" "$name"; fi
}
gen_check big_mysql.sql sql --format mysql --tables 2 --records 20000 --seed 5 --escape-rate 0.05
gen_check one_line.sql sql --format mysql --records 20000 --tuples-per-insert 0 --seed 6
gen_check big_pg.sql sql --format postgres --tables 2 --records 20000 --seed 7 --escape-rate 0.05
gen_check big.jsonl json --format jsonl --records 20000 --seed 8
gen_check pretty.json json --format json --pretty --records 5000 --seed 9
gen_check single.json json --format json --single-line --records 5000 --seed 10
gen_check uk.jsonl json --format jsonl --locale uk --records 5000 --seed 11

# -j1 and -j4 give the same report on a multi-table dump
"$LS" analyze --json --no-timing -q -j1 "$T/big_mysql.sql" >"$T/j1.json" 2>/dev/null
"$LS" analyze --json --no-timing -q -j4 "$T/big_mysql.sql" >"$T/j4.json" 2>/dev/null
check "mysql: -j1 and -j4 reports identical" cmp "$T/j1.json" "$T/j4.json"
# a stream (stdin) counts what the mapping counts
"$LS" analyze --json --no-timing -q - <"$T/big_pg.sql" >"$T/stdin.json" 2>/dev/null
check "postgres from stdin: same totals as mapped" \
    test "$(jq -c .totals "$T/stdin.json")" = "$(jq -c .totals "$T/big_pg.sql.json")"
# compressed SQL / JSON: same records
zstd -q -c "$T/big_mysql.sql" >"$T/big_mysql.sql.zst"
analyze "$T/zst.json" "$T/big_mysql.sql.zst"
check "compressed mysql dump: same totals" \
    test "$(jq -c '.totals | del(.bytes)' "$T/zst.json")" = "$(jq -c '.totals | del(.bytes)' "$T/big_mysql.sql.json")"
gzip -c "$T/big.jsonl" >"$T/big.jsonl.gz"
analyze "$T/gz.json" "$T/big.jsonl.gz"
check "gzip JSON lines: same totals" \
    test "$(jq -c '.totals | del(.bytes)' "$T/gz.json")" = "$(jq -c '.totals | del(.bytes)' "$T/big.jsonl.json")"

# ---- a 200 MB single INSERT line: streamed tuple by tuple -------------------------------------
"$GEN" --format mysql --size 200M --tuples-per-insert 0 --seed 12 -o "$T/huge.sql" \
    --truth "$T/huge.truth.json" >/dev/null 2>&1 || ko "huge: generator failed"
"$LS" analyze --json --no-timing -q --no-columns "$T/huge.sql" >"$T/huge.json" 2>/dev/null
eq "200 MB INSERT line: records" "$(jq .totals.records "$T/huge.json")" "$(jq .records "$T/huge.truth.json")"
eq "200 MB INSERT line: unique" "$(jq .totals.unique_records "$T/huge.json")" \
    "$(jq .unique_records "$T/huge.truth.json")"
rm -f "$T/huge.sql"

# ---- archives: members are inputs of their own, with their originals' counts -------------------
fr_records=$(jq .records samples/fr_clients.truth.json)
uk_records=$(jq .records samples/uk_people.truth.json)
analyze "$T/zip.json" samples/archives/two_members.zip
eq "zip: exit code" "$rc" 0
eq "zip: container entry" "$(jq -r '.inputs[0] | "\(.format) \(.container) \(.members)"' "$T/zip.json")" "archive zip 2"
eq "zip: member paths" "$(jq -r '[.inputs[1:][] | .member] | join(",")' "$T/zip.json")" \
    "export/fr_clients.csv,export/uk_people.tsv"
eq "zip: display path" "$(jq -r '.inputs[1].path' "$T/zip.json")" \
    "samples/archives/two_members.zip!/export/fr_clients.csv"
eq "zip: member records" "$(jq -r '[.inputs[1:][] | .records] | join(",")' "$T/zip.json")" \
    "$fr_records,$uk_records"
# the members report what the originals report (columns and types included)
analyze "$T/orig.json" samples/fr_clients.csv samples/uk_people.tsv
check "zip: members typed like the originals" test \
    "$(jq -c '[.inputs[1:][] | [.columns[] | [.name, .type, .valid, .unique]]]' "$T/zip.json")" = \
    "$(jq -c '[.inputs[] | [.columns[] | [.name, .type, .valid, .unique]]]' "$T/orig.json")"
check "zip: totals like the originals" test \
    "$(jq -c '.totals | [.records, .unique_records, .unique_records_normalized]' "$T/zip.json")" = \
    "$(jq -c '.totals | [.records, .unique_records, .unique_records_normalized]' "$T/orig.json")"

for a in people.7z:fr_clients.csv:$fr_records people.tar.gz:uk_people.tsv:$uk_records \
         people.tar.zst:uk_people.tsv:$uk_records member_gz.zip:fr_clients.csv.gz:$fr_records; do
    IFS=: read -r file member records <<<"$a"
    analyze "$T/a.json" "samples/archives/$file"
    eq "$file: exit code" "$rc" 0
    eq "$file: member" "$(jq -r '.inputs[1].member' "$T/a.json")" "$member"
    eq "$file: records" "$(jq '.inputs[1].records' "$T/a.json")" "$records"
    eq "$file: unique" "$(jq '.totals.unique_records' "$T/a.json")" \
        "$(jq .unique_records "samples/$( [ "$records" = "$fr_records" ] && echo fr_clients || echo uk_people).truth.json")"
done
eq "member_gz.zip: member decompressed" "$(jq -r '.inputs[1].compression' "$T/a.json")" gzip

# nested: inner.zip is opened, notes.txt (one line of prose) is a member too
analyze "$T/nested.json" samples/archives/nested.zip
eq "nested.zip: exit code" "$rc" 0
eq "nested.zip: inner member path" \
    "$(jq -r '.inputs[] | select(.member == "uk_people.tsv") | .path' "$T/nested.json")" \
    "samples/archives/nested.zip!/inner.zip!/uk_people.tsv"
eq "nested.zip: inner records" \
    "$(jq '.inputs[] | select(.member == "uk_people.tsv") | .records' "$T/nested.json")" "$uk_records"
eq "nested.zip: inner archive" \
    "$(jq -r '.inputs[] | select(.member == "uk_people.tsv") | .archive' "$T/nested.json")" \
    "samples/archives/nested.zip!/inner.zip"

# damaged: what was read is analysed, the damage is reported, exit 1, never a crash
analyze "$T/trunc.json" samples/archives/truncated.zip
eq "truncated.zip: exit code" "$rc" 1
eq "truncated.zip: first member whole" \
    "$(jq '.inputs[] | select(.member == "export/fr_clients.csv") | "\(.status) \(.records)"' "$T/trunc.json")" \
    "\"ok $fr_records\""
eq "truncated.zip: second member partial" \
    "$(jq -r '.inputs[] | select(.member == "export/uk_people.tsv") | "\(.status) \(.truncated)"' "$T/trunc.json")" \
    "partial true"
check "truncated.zip: some of the second member read" jq -e \
    '.inputs[] | select(.member == "export/uk_people.tsv") | .records > 0 and .records < 1500' "$T/trunc.json"

# an archive from stdin (no seeking): zip read in streaming mode, tar.gz decoded first
"$LS" analyze --json --no-timing -q - <samples/archives/people.tar.gz >"$T/stdin_tar.json" 2>/dev/null
eq "tar.gz from stdin: records" "$(jq '.totals.records' "$T/stdin_tar.json")" "$uk_records"
"$LS" analyze --json --no-timing -q - <samples/archives/people.7z >"$T/stdin_7z.json" 2>/dev/null
eq "7z from stdin (spooled): records" "$(jq '.totals.records' "$T/stdin_7z.json")" "$fr_records"

# a directory holding archives and dumps: everything read, images listed as skipped
mkdir -p "$T/dir/sub"
cp samples/archives/people.tar.zst samples/sql/pg_inserts.sql "$T/dir/"
cp samples/json/people.jsonl "$T/dir/sub/"
printf '\x89PNG\r\n\x1a\nxxxx' >"$T/dir/logo.png"
analyze "$T/dir.json" "$T/dir"
eq "directory: exit code" "$rc" 0
eq "directory: records" "$(jq .totals.records "$T/dir.json")" \
    "$((uk_records + $(jq .records samples/sql/pg_inserts.truth.json) + $(jq .records samples/json/people.truth.json)))"
eq "directory: png skipped" "$(jq -r '.skipped[0].reason' "$T/dir.json")" "not data: PNG image"

# ---- truncated SQL / JSON / compressed input ---------------------------------------------------
head -c 100000 samples/sql/mysql_shop.sql >"$T/cut.sql"
analyze "$T/cut.json" "$T/cut.sql"
eq "SQL dump cut mid-statement: exit code" "$rc" 1
check "SQL dump cut mid-statement: marked truncated, records kept" jq -e \
    '.inputs[0].truncated and .inputs[0].status == "partial" and .totals.records > 400' "$T/cut.json"
head -c 100000 samples/json/people_array.json >"$T/cut_array.json"
analyze "$T/cut_arr.json" "$T/cut_array.json"
eq "JSON array cut: exit code" "$rc" 1
check "JSON array cut: truncated, records kept" jq -e \
    '.inputs[0].truncated and .totals.records > 200' "$T/cut_arr.json"
zstd -q -c samples/json/people.jsonl | head -c 30000 >"$T/cut.jsonl.zst"
analyze "$T/cutz.json" "$T/cut.jsonl.zst"
eq "truncated .jsonl.zst: exit code" "$rc" 1
check "truncated .jsonl.zst: truncated, records kept" jq -e \
    '.inputs[0].truncated and .inputs[0].compression == "zstd" and .totals.records > 0' "$T/cutz.json"

# ---- UTF-16 inside a compressed file ------------------------------------------------------------
if command -v iconv >/dev/null; then # libc-bin: always there on Debian
    { printf '\xff\xfe'; iconv -f UTF-8 -t UTF-16LE samples/uk_people.tsv; } | gzip -c >"$T/u16.tsv.gz"
    analyze "$T/u16.json" "$T/u16.tsv.gz"
    eq "UTF-16LE in gzip: exit code" "$rc" 0
    eq "UTF-16LE in gzip: encoding and compression" \
        "$(jq -r '.inputs[0] | "\(.encoding) \(.compression)"' "$T/u16.json")" "utf-16le gzip"
    eq "UTF-16LE in gzip: records" "$(jq .totals.records "$T/u16.json")" "$uk_records"
    eq "UTF-16LE in gzip: unique" "$(jq .totals.unique_records "$T/u16.json")" \
        "$(jq .unique_records samples/uk_people.truth.json)"
fi

# ---- UTF-16 inside an archive member (tar.gz made here with GNU tar) ---------------------------
tar -C samples/encodings -cf - messy_fr.utf16le.csv | gzip -c >"$T/u16.tar.gz"
analyze "$T/u16tar.json" "$T/u16.tar.gz"
analyze "$T/u16plain.json" samples/encodings/messy_fr.utf16le.csv
eq "UTF-16LE member of a tar.gz: encoding" "$(jq -r '.inputs[1].encoding' "$T/u16tar.json")" utf-16le
check "UTF-16LE member of a tar.gz: same counts as the file itself" test \
    "$(jq -c '.totals | [.records, .malformed, .unique_records, .unique_records_normalized]' "$T/u16tar.json")" = \
    "$(jq -c '.totals | [.records, .malformed, .unique_records, .unique_records_normalized]' "$T/u16plain.json")"

# ---- the report is not a leak: no raw value of a SQL or JSON dump in it -------------------------
"$LS" analyze --json --samples -q samples/sql/mysql_shop.sql >"$T/leak.json" 2>/dev/null
email=$(grep -o "'[a-z0-9._-]*@[a-z0-9.-]*'" samples/sql/mysql_shop.sql | head -1 | tr -d "'")
check "SQL report holds no raw e-mail" test -n "$email"
check "SQL report holds no raw e-mail ($email)" bash -c "! grep -qF '$email' '$T/leak.json'"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
