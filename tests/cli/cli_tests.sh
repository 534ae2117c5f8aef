#!/usr/bin/env bash
# leakscope CLI tests. Usage: cli_tests.sh LEAKSCOPE LEAKSCOPE_GEN REPO_ROOT VERSION
# Every check counts; the last line is "N passed, N failed".
# UPDATE_EXPECTED=1 rewrites tests/cli/expected/*.json (only after checking them against
# the generator's truth, which these tests also do).
set -u
LS=$1 GEN=$2 ROOT=$3 VERSION=$4
cd "$ROOT"
T=$(mktemp -d /tmp/ls-cli-XXXXXX)
trap 'rm -rf "$T"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*" >&2; }
check() { # check "description" command...
    local d=$1; shift
    if "$@" >/dev/null 2>&1; then ok; else ko "$d"; fi
}
# expect_exit CODE "description" command...
expect_exit() {
    local want=$1 d=$2; shift 2
    "$@" >"$T/out" 2>"$T/err"; local got=$?
    if [ "$got" = "$want" ]; then ok; else ko "$d: exit $got, want $want ($(head -c 300 "$T/err"))"; fi
}
# truth_check REPORT TRUTH KEY... : totals/inputs[0] fields equal the generator's truth
truth_check() {
    local rep=$1 truth=$2 name=$3
    for k in records unique_records duplicate_records unique_records_normalized; do
        local want got
        want=$(jq ".$k" "$truth"); got=$(jq ".totals.$k" "$rep")
        [ "$want" = "$got" ] && ok || ko "$name: totals.$k = $got, truth $want"
    done
    for k in malformed blank_lines; do
        local want got
        want=$(jq ".$k // empty" "$truth")
        [ -z "$want" ] && continue
        if [ "$k" = blank_lines ]; then got=$(jq ".inputs[0].layout.blank_lines" "$rep");
        else got=$(jq ".inputs[0].$k" "$rep"); fi
        [ "$want" = "$got" ] && ok || ko "$name: $k = $got, truth $want"
    done
    for k in preamble_lines footer_lines; do
        local want got
        want=$(jq ".$k // empty" "$truth")
        [ -z "$want" ] && continue
        got=$(jq ".inputs[0].layout.$k" "$rep")
        [ "$want" = "$got" ] && ok || ko "$name: layout.$k = $got, truth $want"
    done
}

# type_check REPORT TRUTH NAME: every column the generator typed has that type, and for
# identifier types the valid/invalid/unique counts equal the truth (category counts too)
type_check() {
    local rep=$1 truth=$2 name=$3
    local cols
    cols=$(jq -r '.types | to_entries[] | "\(.key) \(.value.index) \(.value.valid // "null") \(.value.invalid // 0) \(.value.unique // "null")"' "$truth")
    while read -r type idx valid invalid unique; do
        local got
        got=$(jq -r ".inputs[0].columns[$idx].type" "$rep")
        [ "$got" = "$type" ] && ok || ko "$name: column $idx typed $got, truth $type"
        [ "$unique" = null ] && continue
        local gv gi gu
        gv=$(jq ".inputs[0].columns[$idx].valid" "$rep")
        gi=$(jq ".inputs[0].columns[$idx].invalid" "$rep")
        gu=$(jq ".inputs[0].columns[$idx].unique" "$rep")
        [ "$gv $gi $gu" = "$valid $invalid $unique" ] && ok ||
            ko "$name: $type valid/invalid/unique = $gv/$gi/$gu, truth $valid/$invalid/$unique"
        local cu
        cu=$(jq ".categories.$type.unique" "$rep")
        [ "$cu" = "$unique" ] && ok || ko "$name: categories.$type.unique = $cu, truth $unique"
    done <<<"$cols"
    # nothing the generator left untyped (ids, free text) is labelled PII
    local typed_idx
    typed_idx=$(jq -c '[.types[].index]' "$truth")
    check "$name: no other column labelled PII" jq -e --argjson t "$typed_idx" \
        '[.inputs[0].columns[] | select((.index as $i | $t | index($i)) == null) | select(.pii)] | length == 0' "$rep"
}

# ---- committed samples: truth and expected JSON -----------------------------------------
for s in samples/fr_clients.csv samples/uk_people.tsv samples/combo.txt samples/messy_fr.csv; do
    [ -f "$s" ] || { ko "missing sample $s"; continue; }
    name=$(basename "$s"); name=${name%.*}
    expect_exit 0 "$s analyses cleanly" "$LS" analyze --json --no-timing -j2 "$s"
    cp "$T/out" "$T/$name.json"
    check "$s: report parses back" jq -e '.schema == "leakscope-report/1"' "$T/$name.json"
    truth="samples/$name.truth.json"
    if [ -f "$truth" ]; then
        truth_check "$T/$name.json" "$truth" "$name"
        type_check "$T/$name.json" "$truth" "$name"
    else ko "missing $truth"; fi
    exp="tests/cli/expected/$name.json"
    if [ "${UPDATE_EXPECTED:-0}" = 1 ]; then jq -S . "$T/$name.json" >"$exp"; fi
    if [ -f "$exp" ] && diff <(jq -S . "$T/$name.json") "$exp" >"$T/diff"; then ok;
    else ko "$s: report differs from $exp: $(head -20 "$T/diff" 2>/dev/null)"; fi
done
check "fr_clients: ';' CSV with a header" jq -e '.inputs[0].dialect.delimiter == ";" and .inputs[0].dialect.header' "$T/fr_clients.json"
check "uk_people: header-less TSV" jq -e '.inputs[0].dialect.delimiter == "\t" and (.inputs[0].dialect.header | not)' "$T/uk_people.json"
check "combo: combo format" jq -e '.inputs[0].format == "combo" and .inputs[0].dialect.fields == 2' "$T/combo.json"

# ---- generated dumps: counts equal the generator's truth ---------------------------------
gen_case() { # name, generator args...
    local name=$1; shift
    if ! "$GEN" "$@" -o "$T/$name.dat" --truth "$T/$name.truth.json" 2>"$T/generr"; then
        ko "generator failed for $name: $(cat "$T/generr")"; return
    fi
    expect_exit 0 "$name analyses" "$LS" analyze --json --no-timing -j2 "$T/$name.dat"
    cp "$T/out" "$T/$name.json"
    truth_check "$T/$name.json" "$T/$name.truth.json" "$name"
    type_check "$T/$name.json" "$T/$name.truth.json" "$name"
}
gen_case fr_dups --records 60000 --seed 11 --dup-rate 0.1 --near-dup-rate 0.05 --multiline-rate 0.02 --quote-rate 0.2
gen_case uk_tsv --records 30000 --seed 12 --format tsv --no-header --locale uk --dup-rate 0.05
gen_case combo --records 30000 --seed 13 --format combo --dup-rate 0.2
gen_case messy --records 20000 --seed 14 --messy --dup-rate 0.05 --near-dup-rate 0.05 --multiline-rate 0.01
gen_case comma --records 20000 --seed 15 --delimiter , --quote-rate 0.5 --multiline-rate 0.05

# ---- -j1 and -j4 give the same report ----------------------------------------------------
for f in "$T/fr_dups.dat" "$T/messy.dat" samples/messy_fr.csv; do
    [ -f "$f" ] || continue
    "$LS" analyze --json --no-timing -j1 "$f" >"$T/j1.json" 2>/dev/null
    "$LS" analyze --json --no-timing -j4 "$f" >"$T/j4.json" 2>/dev/null
    if cmp -s "$T/j1.json" "$T/j4.json"; then ok; else ko "-j1 and -j4 differ on $f"; fi
done

# ---- several inputs: dedup spans them ----------------------------------------------------
"$LS" analyze --json --no-timing samples/fr_clients.csv samples/fr_clients.csv >"$T/twice.json" 2>/dev/null
r1=$(jq .totals.records "$T/fr_clients.json"); u1=$(jq .totals.unique_records "$T/fr_clients.json")
check "two copies: records double" jq -e ".totals.records == 2 * $r1" "$T/twice.json"
check "two copies: unique records unchanged" jq -e ".totals.unique_records == $u1" "$T/twice.json"
check "two copies: two inputs listed" jq -e '.inputs | length == 2' "$T/twice.json"
e1=$(jq .categories.email.unique "$T/fr_clients.json"); v1=$(jq .categories.email.valid "$T/fr_clients.json")
check "two copies: category uniques span inputs" jq -e ".categories.email.unique == $e1 and .categories.email.valid == 2 * $v1 and .categories.email.columns == 2" "$T/twice.json"

# ---- standard input is streamed and counts the same ---------------------------------------
"$LS" analyze --json --no-timing - <samples/fr_clients.csv >"$T/stdin.json" 2>/dev/null
check "stdin from a file: mapped" jq -e '.inputs[0].path == "<stdin>" and .inputs[0].read_mode == "mmap"' "$T/stdin.json"
check "stdin: same totals as the file" diff <(jq -S .totals "$T/stdin.json") <(jq -S .totals "$T/fr_clients.json")
cat samples/fr_clients.csv | "$LS" analyze --json --no-timing - >"$T/pipe.json" 2>/dev/null
check "pipe: streamed" jq -e '.inputs[0].read_mode == "stream"' "$T/pipe.json"
check "pipe: same totals" diff <(jq -S .totals "$T/pipe.json") <(jq -S .totals "$T/fr_clients.json")

# ---- compressed input: detected by magic bytes, decoded as a stream -------------------------
for f in samples/compressed/fr_clients.csv.zst samples/compressed/fr_clients.csv.gz \
         samples/compressed/fr_clients.csv.xz samples/compressed/fr_clients.csv.bz2; do
    [ -f "$f" ] || { ko "missing compressed sample $f"; continue; }
    want=${f##*.}; case $want in gz) want=gzip ;; bz2) want=bzip2 ;; zst) want=zstd ;; esac
    expect_exit 0 "$f analyses cleanly" "$LS" analyze --json --no-timing "$f"
    check "$f: compression $want, same totals as the plain file" jq -e --slurpfile plain "$T/fr_clients.json" \
        ".inputs[0].compression == \"$want\" and .inputs[0].compressed_bytes > 0 and (.totals == \$plain[0].totals) and (.categories == \$plain[0].categories)" "$T/out"
done
if [ -f samples/compressed/fr_clients.csv.gz ]; then
    "$LS" analyze --json --no-timing - <samples/compressed/fr_clients.csv.gz >"$T/gzpipe.json" 2>/dev/null
    cat samples/compressed/fr_clients.csv.gz | "$LS" analyze --json --no-timing - >"$T/gzpipe2.json" 2>/dev/null
    check "gzip through stdin: same totals" diff <(jq -S .totals "$T/gzpipe.json") <(jq -S .totals "$T/fr_clients.json")
    check "gzip through a pipe: same totals" diff <(jq -S .totals "$T/gzpipe2.json") <(jq -S .totals "$T/fr_clients.json")
fi
if [ -f samples/compressed/fr_clients_truncated.csv.zst ]; then
    expect_exit 1 "truncated .zst: partial result" "$LS" analyze --json samples/compressed/fr_clients_truncated.csv.zst
    check "truncated .zst: marked truncated, what decompressed is analysed" jq -e '.inputs[0].status == "partial" and .inputs[0].truncated and .inputs[0].error.code == "truncated" and (.inputs[0].error.message | test("zstd"))' "$T/out"
    check "truncated .zst: error names the file" grep -q "fr_clients_truncated.csv.zst: zstd" "$T/err"
fi

# ---- UTF-16 input: transcoded on the way in, same records as the UTF-8 original -------------
for pair in "samples/encodings/messy_fr.utf16le.csv:messy_fr:utf-16le" "samples/encodings/combo.utf16be.txt:combo:utf-16be"; do
    f=${pair%%:*}; rest=${pair#*:}; base=${rest%%:*}; enc=${rest#*:}
    [ -f "$f" ] || { ko "missing $f"; continue; }
    expect_exit 0 "$f analyses cleanly" "$LS" analyze --json --no-timing "$f"
    check "$f: $enc, same totals and categories as $base" jq -e --slurpfile plain "tests/cli/expected/$base.json" \
        ".inputs[0].encoding == \"$enc\" and ((.totals | del(.bytes)) == (\$plain[0].totals | del(.bytes))) and (.categories == \$plain[0].categories) and (.inputs[0].layout == \$plain[0].inputs[0].layout)" "$T/out"
done
{ cat samples/encodings/messy_fr.utf16le.csv; printf 'A'; } >"$T/odd16.csv"
expect_exit 1 "UTF-16 with an odd final byte: partial" "$LS" analyze --json "$T/odd16.csv"
check "UTF-16 odd byte: truncated, says so" jq -e '.inputs[0].truncated and (.inputs[0].error.message | test("utf-16"))' "$T/out"

# ---- error paths: clear message naming the file, others still analysed ---------------------
expect_exit 3 "missing file" "$LS" analyze "$T/nope.csv"
check "missing file: message names it" grep -q "nope.csv: cannot open" "$T/err"
expect_exit 1 "missing + good file: partial" "$LS" analyze --json "$T/nope.csv" samples/combo.txt
check "missing + good: good one analysed" jq -e '.inputs[0].status == "error" and .inputs[0].error.code == "cannot_open" and .inputs[1].status == "ok" and .inputs[1].records > 0' "$T/out"
mkdir -p "$T/tree/sub" "$T/emptydir"
cp samples/combo.txt "$T/tree/combo.txt"; cp samples/fr_clients.csv "$T/tree/sub/fr.csv"
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR' >"$T/tree/photo.png"
expect_exit 0 "directory: walked" "$LS" analyze --json --no-timing "$T/tree"
check "directory: two data files analysed, the image listed as skipped" jq -e '(.inputs | length == 2) and (.skipped | length == 1) and (.skipped[0].reason | test("PNG")) and .totals.inputs_failed == 0' "$T/out"
mkdir -p "$T/ztree" && cp samples/compressed/fr_clients.csv.* "$T/ztree/"
"$LS" analyze --json --no-timing "$T/ztree" >"$T/ztree.json" 2>/dev/null
check "directory of compressed dumps: every one analysed, none skipped as binary" jq -e '(.inputs | length == 4) and (.skipped == []) and .totals.records == 8000' "$T/ztree.json"
expect_exit 3 "empty directory" "$LS" analyze "$T/emptydir"
check "empty directory: message" grep -q "emptydir: directory holds no data file" "$T/err"
: >"$T/empty.csv"
expect_exit 3 "empty file" "$LS" analyze "$T/empty.csv"
check "empty file: message" grep -q "empty.csv: empty file" "$T/err"
printf 'a;b\n1;\0\0\0;2\n' >"$T/bin.dat"
expect_exit 3 "binary file" "$LS" analyze --json "$T/bin.dat"
check "binary file: reported" jq -e '.inputs[0].error.code == "binary"' "$T/out"
printf '\xff\xfe\0\0a\0' >"$T/u32.csv"
expect_exit 3 "UTF-32 file" "$LS" analyze "$T/u32.csv"
check "UTF-32: says so" grep -q "UTF-32" "$T/err"
{ printf 'a;b\n1;2\n'; head -c 5000 /dev/zero | tr '\0' x; printf ';3\n4;5\n'; } >"$T/long.csv"
expect_exit 1 "record over --max-record" "$LS" analyze --json --max-record 1k "$T/long.csv"
check "oversized: counted as malformed" jq -e '.inputs[0].records == 3 and .inputs[0].malformed_by.oversized == 1 and .inputs[0].status == "partial" and .totals.records_not_deduplicated == 1' "$T/out"
printf 'id;name\n1;"unclosed\n2;ok\n3;fine\n' >"$T/quote.csv"
expect_exit 0 "unbalanced quote" "$LS" analyze --json "$T/quote.csv"
check "unbalanced quote: 3 records, 1 malformed" jq -e '.inputs[0].records == 3 and .inputs[0].malformed_by.unbalanced_quote == 1' "$T/out"
expect_exit 2 "no input" "$LS" analyze
expect_exit 2 "unknown option" "$LS" analyze --bogus samples/combo.txt
expect_exit 2 "bad -j" "$LS" analyze -j 0 samples/combo.txt
expect_exit 2 "unknown command" "$LS" frobnicate
if [ -w /dev/full ]; then
    "$LS" analyze --json samples/combo.txt >/dev/full 2>"$T/err"; rc=$?
    [ $rc = 4 ] && ok || ko "writing to /dev/full: exit $rc, want 4"
fi

# ---- the report is not a leak --------------------------------------------------------------
"$LS" analyze samples/fr_clients.csv samples/combo.txt >"$T/text.txt" 2>&1
# every real e-mail address and NIR of the inputs: none may appear in any report
{ cut -d';' -f8 samples/fr_clients.csv; cut -d':' -f1 samples/combo.txt; cut -d';' -f7 samples/fr_clients.csv; } |
    grep -E '.{6,}' | sort -u >"$T/secrets.txt"
check "secrets list is not empty" test "$(wc -l <"$T/secrets.txt")" -gt 1000
"$LS" analyze --json --samples samples/combo.txt samples/fr_clients.csv >"$T/c.json" 2>&1
check "text report: no raw e-mail or NIR" bash -c "! grep -qF -f '$T/secrets.txt' '$T/text.txt'"
check "json report with --samples: no raw e-mail or NIR" bash -c "! grep -qF -f '$T/secrets.txt' '$T/c.json'"
check "text report has totals" grep -q "unique records" "$T/text.txt"
"$LS" analyze --json --samples samples/fr_clients.csv >"$T/s.json" 2>/dev/null
check "--samples: masked samples for PII columns" jq -e '[.inputs[0].columns[] | select(.pii) | .samples | length] | min >= 1' "$T/s.json"
check "--samples: e-mails masked" jq -e '[.inputs[0].columns[] | select(.type == "email") | .samples[] | test("^.\\*\\*\\*@.\\*\\*\\*\\.")] | all' "$T/s.json"
check "no samples without --samples" jq -e '[.inputs[0].columns[] | has("samples")] | any | not' "$T/fr_clients.json"
"$LS" analyze --json --no-timing --no-detect samples/fr_clients.csv >"$T/nd.json" 2>/dev/null
check "--no-detect: all unknown, same totals" jq -e '([.inputs[0].columns[].type] | unique == ["unknown"]) and (.categories == {})' "$T/nd.json"
check "--no-detect: same record counts" diff <(jq -S .totals "$T/nd.json") <(jq -S .totals "$T/fr_clients.json")
"$LS" analyze --json --no-timing --no-columns samples/fr_clients.csv >"$T/nc.json" 2>/dev/null
check "--no-columns: no columns, same record counts" jq -e --slurpfile full "$T/fr_clients.json" '(.inputs[0].columns == []) and (.categories == {}) and (.totals == $full[0].totals)' "$T/nc.json"

# ---- options and version -------------------------------------------------------------------
"$LS" analyze --json --no-timing --delimiter tab --no-header samples/uk_people.tsv >"$T/o.json" 2>/dev/null
printf 'nom;prix\n\xBCuvre;10 \xA4\nC\xBCur;5 \xA4\n' >"$T/latin9.csv"
"$LS" analyze --json --no-timing --encoding iso-8859-15 "$T/latin9.csv" >"$T/l9.json" 2>/dev/null
check "--encoding iso-8859-15: reported, 2 records" jq -e '.inputs[0].encoding == "iso-8859-15" and .totals.records == 2' "$T/l9.json"
check "--delimiter tab --no-header" jq -e '.inputs[0].dialect.delimiter == "\t" and (.inputs[0].dialect.header|not)' "$T/o.json"
"$LS" analyze --json samples/combo.txt >"$T/t.json" 2>/dev/null
check "timing block present by default" jq -e '.timing.seconds >= 0 and .timing.bytes_per_second >= 0' "$T/t.json"
check "version" bash -c "'$LS' version | grep -qx 'leakscope $VERSION'"

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
