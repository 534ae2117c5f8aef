#!/usr/bin/env bash
# Fingerprint files (issue 10), through the real binary:
#  - overlap of two generated dumps with a known shared subset: every intersection equals
#    |A| + |B| - |A u B| from the reports (analysing A, B, and A and B together), and the
#    shared records equal the lines the two dumps share (comm);
#  - a dump split into shards, each analysed with --fingerprints, merged: the merged counts
#    equal the whole dump's report (records, unique records, per-category unique, name_dob);
#  - no raw value of the inputs in any .lsfp file, stdout or stderr; files are mode 0600;
#  - key file checks, unkeyed warnings, mismatched keys refused, damaged files refused,
#    --compare in the JSON report.
# Usage: fingerprint_tests.sh LEAKSCOPE LEAKSCOPE_GEN REPO_ROOT. Last line: "N passed, N failed".
set -u
LS=$(readlink -f "$1") GEN=$(readlink -f "$2") ROOT=$3
cd "$ROOT"
T=$(mktemp -d /tmp/ls-fp-XXXXXX)
trap 'rm -rf "$T"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*" >&2; }
check() { local d=$1; shift; if "$@" >/dev/null 2>&1; then ok; else ko "$d"; fi; }
expect_exit() {
    local want=$1 d=$2; shift 2
    "$@" >"$T/out" 2>"$T/err"; local got=$?
    if [ "$got" = "$want" ]; then ok; else ko "$d: exit $got, want $want ($(head -c 300 "$T/err"))"; fi
}
eq() { if [ "$2" = "$3" ]; then ok; else ko "$1: got '$2', want '$3'"; fi; }
# every stdout/stderr of the commands below is kept, to look for raw values at the end
run() { local name=$1; shift; "$@" >"$T/o.$name" 2>"$T/e.$name"; }

head -c 32 /dev/urandom >"$T/key" && chmod 600 "$T/key"
KEY="--fp-key-file $T/key"

# ---- a dump, and two overlapping slices of it --------------------------------------------
"$GEN" --records 3000 --seed 5 --multiline-rate 0 --quote-rate 0 -o "$T/d.csv" >/dev/null
{ head -1 "$T/d.csv"; sed -n 2,1801p "$T/d.csv"; } >"$T/a.csv"
{ head -1 "$T/d.csv"; sed -n 1202,3001p "$T/d.csv"; } >"$T/b.csv"
run a "$LS" analyze --json -q --fingerprints "$T/a.lsfp" $KEY "$T/a.csv"
eq "analyze --fingerprints exits 0" "$?" 0
run b "$LS" analyze --json -q --fingerprints "$T/b.lsfp" $KEY "$T/b.csv"
run ab "$LS" analyze --json -q "$T/a.csv" "$T/b.csv"
eq "mode 0600" "$(stat -c %a "$T/a.lsfp")" 600
check "the report's fingerprints block" jq -e '.fingerprints.written and .fingerprints.keyed and (.fingerprints.key_id | length == 32) and .fingerprints.kinds.records.keys == .totals.unique_records' "$T/o.a"
run ov "$LS" overlap --json "$T/a.lsfp" "$T/b.lsfp"
eq "overlap exits 0" "$?" 0
check "overlap: keyed, exact" jq -e '.schema == "leakscope-overlap/1" and .keyed and .exact and (.pairs | length == 1)' "$T/o.ov"
# union counts: the report of A and B together
union() { # KIND -> distinct in A u B
    case $1 in
    records) jq .totals.unique_records "$T/o.ab" ;;
    records_normalized) jq .totals.unique_records_normalized "$T/o.ab" ;;
    name_dob) jq '.subjects.by_rule[] | select(.rule == "name_dob") | .distinct' "$T/o.ab" ;;
    *) jq ".categories.$1.unique" "$T/o.ab" ;;
    esac
}
single() { # REPORT KIND -> distinct in that report
    case $2 in
    records) jq .totals.unique_records "$1" ;;
    records_normalized) jq .totals.unique_records_normalized "$1" ;;
    name_dob) jq '.subjects.by_rule[] | select(.rule == "name_dob") | .distinct' "$1" ;;
    *) jq ".categories.$2.unique" "$1" ;;
    esac
}
kinds=$(jq -r '.pairs[0].kinds | keys[]' "$T/o.ov")
nk=0
for k in $kinds; do
    nk=$((nk + 1))
    a=$(jq ".pairs[0].kinds.$k.a" "$T/o.ov") b=$(jq ".pairs[0].kinds.$k.b" "$T/o.ov")
    both=$(jq ".pairs[0].kinds.$k.both" "$T/o.ov") u=$(union "$k")
    eq "$k: |A| equals A's report" "$a" "$(single "$T/o.a" "$k")"
    eq "$k: |B| equals B's report" "$b" "$(single "$T/o.b" "$k")"
    eq "$k: |A n B| = |A| + |B| - |A u B|" "$both" "$((a + b - u))"
done
check "every kind of the issue is there" test "$nk" -ge 8
for k in records email phone fr_nir iban card_number name_dob; do
    check "kind $k compared" jq -e ".pairs[0].kinds.$k.both > 0" "$T/o.ov"
done
# the shared subset by construction: lines 1202..1801 of the dump (distinct lines)
shared=$(comm -12 <(sed 1d "$T/a.csv" | sort -u) <(sed 1d "$T/b.csv" | sort -u) | wc -l)
eq "shared records = lines both dumps hold" "$(jq .pairs[0].kinds.records.both "$T/o.ov")" "$shared"
check "ratios" jq -e '.pairs[0].kinds.email | ((.a_in_b - .both / .a) | fabs) < 1e-5 and ((.b_in_a - .both / .b) | fabs) < 1e-5 and ((.jaccard - .both / (.a + .b - .both)) | fabs) < 1e-5' "$T/o.ov"
run ovt "$LS" overlap "$T/a.lsfp" "$T/b.lsfp"
check "text output: a table with the kinds" grep -q "records_normalized" "$T/o.ovt"

# ---- analyze --compare: the same figures in the report -----------------------------------
run cmp "$LS" analyze --json -q $KEY --compare "$T/a.lsfp" "$T/b.csv"
eq "--compare: email both" "$(jq .overlap.pairs[0].kinds.email.both "$T/o.cmp")" \
    "$(jq .pairs[0].kinds.email.both "$T/o.ov")"
eq "--compare: records both" "$(jq .overlap.pairs[0].kinds.records.both "$T/o.cmp")" "$shared"
check "--compare without --fingerprints leaves no file" test -z "$(ls /tmp | grep leakscope-compare)"

# ---- shards merged = the whole ------------------------------------------------------------
"$GEN" --records 4000 --seed 9 --multiline-rate 0 -o "$T/w.csv" >/dev/null
for i in 0 1 2; do
    { head -1 "$T/w.csv"; sed 1d "$T/w.csv" | awk -v i=$i 'NR % 3 == i'; } >"$T/s$i.csv"
    run s$i "$LS" analyze --json -q --fingerprints "$T/s$i.lsfp" $KEY "$T/s$i.csv"
done
run whole "$LS" analyze --json -q --fingerprints "$T/whole.lsfp" $KEY "$T/w.csv"
run merge "$LS" merge -o "$T/m.lsfp" "$T/s0.lsfp" "$T/s1.lsfp" "$T/s2.lsfp"
eq "merge exits 0" "$?" 0
eq "merged file mode 0600" "$(stat -c %a "$T/m.lsfp")" 600
run insp "$LS" inspect --json "$T/m.lsfp"
eq "inspect: intact" "$(jq .intact "$T/o.insp")" true
eq "merged records = the whole's" "$(jq .records "$T/o.insp")" "$(jq .totals.records "$T/o.whole")"
eq "merged shards" "$(jq .shards "$T/o.insp")" 3
for k in $(jq -r '.kinds | keys[]' "$T/o.insp"); do
    eq "merged $k = the whole dump's report" "$(jq ".kinds.$k.keys" "$T/o.insp")" "$(single "$T/o.whole" "$k")"
done
check "merged kinds: records and identifiers" jq -e '.kinds | has("records") and has("records_normalized") and has("email") and has("fr_nir")' "$T/o.insp"
run ovm "$LS" overlap --json "$T/m.lsfp" "$T/whole.lsfp"
check "merged and whole files hold the same keys" jq -e '[.pairs[0].kinds[] | .jaccard == 1] | all' "$T/o.ovm"

# ---- key files, unkeyed files, mismatched keys ----------------------------------------------
cp "$T/key" "$T/key644" && chmod 644 "$T/key644"
expect_exit 2 "a key file others can read is refused" "$LS" analyze -q --fingerprints "$T/x.lsfp" --fp-key-file "$T/key644" "$T/a.csv"
check "... and says chmod 600" grep -q "chmod 600" "$T/err"
: >"$T/key0" && chmod 600 "$T/key0"
expect_exit 2 "an empty key is refused" "$LS" analyze -q --fingerprints "$T/x.lsfp" --fp-key-file "$T/key0" "$T/a.csv"
printf short >"$T/key5" && chmod 600 "$T/key5"
expect_exit 2 "a short key is refused" "$LS" analyze -q --fingerprints "$T/x.lsfp" --fp-key-file "$T/key5" "$T/a.csv"
expect_exit 2 "--fp-key-file alone" "$LS" analyze -q --fp-key-file "$T/key" "$T/a.csv"
expect_exit 2 "unwritable destination" "$LS" analyze -q --fingerprints /nonexistent/dir/x.lsfp "$T/a.csv"
check "nothing written after refusals" test ! -e "$T/x.lsfp"
run u "$LS" analyze -q --json --fingerprints "$T/u.lsfp" "$T/a.csv"
check "unkeyed: said on stderr" grep -q "UNKEYED" "$T/e.u"
check "unkeyed: said in the report" jq -e '.fingerprints.keyed == false and (.fingerprints.warning | test("guessed"))' "$T/o.u"
run ui "$LS" inspect "$T/u.lsfp"
check "unkeyed: said by inspect" grep -q "UNKEYED" "$T/o.ui"
expect_exit 2 "keyed vs unkeyed refused" "$LS" overlap "$T/a.lsfp" "$T/u.lsfp"
check "... saying why" grep -q "different keys" "$T/err"
head -c 32 /dev/urandom >"$T/key2" && chmod 600 "$T/key2"
run a2 "$LS" analyze -q --fingerprints "$T/a2.lsfp" --fp-key-file "$T/key2" "$T/a.csv"
expect_exit 2 "different keys refused" "$LS" overlap "$T/a.lsfp" "$T/a2.lsfp"
expect_exit 0 "different keys forced" "$LS" overlap --force-mismatched-keys --json "$T/a.lsfp" "$T/a2.lsfp"
check "different keys: nothing in common" jq -e '[.pairs[0].kinds[] | .both == 0] | all' "$T/out"
expect_exit 2 "--compare with another key refused before analysing" "$LS" analyze -q --fp-key-file "$T/key2" --compare "$T/a.lsfp" "$T/b.csv"
expect_exit 1 "merge of different keys refused" "$LS" merge -o "$T/bad.lsfp" "$T/a.lsfp" "$T/a2.lsfp"
check "nothing written by a refused merge" test ! -e "$T/bad.lsfp"
# the same dump and key give the same file content (deterministic)
run a3 "$LS" analyze -q -j1 --fingerprints "$T/a3.lsfp" $KEY "$T/a.csv"
check "same dump, same key: same keys (any thread count)" cmp <(tail -c +2201 "$T/a.lsfp") <(tail -c +2201 "$T/a3.lsfp")

# ---- damaged files --------------------------------------------------------------------------
size=$(stat -c %s "$T/a.lsfp")
head -c $((size / 2)) "$T/a.lsfp" >"$T/t.lsfp"
expect_exit 1 "inspect: truncated file" "$LS" inspect "$T/t.lsfp"
check "... says truncated" grep -q "truncated" "$T/err"
expect_exit 1 "overlap: truncated file" "$LS" overlap "$T/t.lsfp" "$T/b.lsfp"
cp "$T/a.lsfp" "$T/c.lsfp"
printf '\x00\x00\x00' | dd of="$T/c.lsfp" bs=1 seek=3000 conv=notrunc 2>/dev/null
expect_exit 1 "inspect: corrupt block" "$LS" inspect "$T/c.lsfp"
check "... says where" grep -q "section 'records'" "$T/err"
expect_exit 1 "not a fingerprint file" "$LS" inspect "$T/a.csv"
check "... says so" grep -q "not a leakscope fingerprint file" "$T/err"

# ---- no raw value anywhere ------------------------------------------------------------------
# values of the identifying columns (nir 7, email 8, phone 9, iban 13, card 14; 1-based),
# and the whole records: none may appear in a .lsfp file or in any output above
sed 1d "$T/a.csv" | head -200 | awk -F';' '{for (i = 7; i <= 14; i++) if (i != 10 && i != 11 && i != 12 && length($i) > 5) print $i}' >"$T/values"
check "values to look for" test "$(wc -l <"$T/values")" -gt 300
found=0
for f in "$T"/*.lsfp "$T"/o.* "$T"/e.*; do
    if grep -a -F -q -f "$T/values" "$f"; then found=1; echo "raw value in $f: $(grep -a -o -F -f "$T/values" "$f" | head -1)" >&2; fi
done
eq "no raw value in files and outputs" "$found" 0

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
