#!/usr/bin/env bash
# Evidence (issue 9): the manifest's SHA-256 of every input equals sha256sum's (plain, .zst,
# stdin, archive members); verify-manifest on unchanged, modified and missing files, with
# its exit codes; fabrication signals on generated dumps, valid and fabricated in the test.
# Usage: evidence_tests.sh LEAKSCOPE LEAKSCOPE_GEN REPO_ROOT. Last line: "N passed, N failed".
set -u
LS=$(readlink -f "$1") GEN=$(readlink -f "$2") ROOT=$3
cd "$ROOT"
T=$(mktemp -d /tmp/ls-evid-XXXXXX)
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
sha() { sha256sum "$1" | cut -d' ' -f1; }
# manifest_sha REPORT PATH: the sha256 the manifest gives for PATH
manifest_sha() { jq -r --arg p "$2" '.manifest.files[] | select(.path == $p) | .sha256' "$1"; }
signal() { jq -r --arg id "$2" ".signals[] | select(.id == \$id) | $3" "$1"; }

# ---- manifest: digests equal sha256sum ------------------------------------------------------
for f in samples/fr_clients.csv samples/compressed/fr_clients.csv.zst samples/compressed/fr_clients.csv.gz \
         samples/archives/people.tar.gz samples/compressed/fr_clients_truncated.csv.zst; do
    "$LS" analyze --json "$f" >"$T/r.json" 2>/dev/null
    [ "$(manifest_sha "$T/r.json" "$f")" = "$(sha "$f")" ] && ok || ko "$f: manifest sha256 differs from sha256sum"
    want=$(stat -c %s "$f")
    got=$(jq --arg p "$f" '.manifest.files[] | select(.path == $p) | .bytes' "$T/r.json")
    [ "$got" = "$want" ] && ok || ko "$f: manifest bytes $got, file has $want"
done
"$LS" analyze --json samples/compressed/fr_clients.csv.zst >"$T/z.json"
check ".zst: decompressed_bytes is the plain file's size" \
    jq -e ".manifest.files[0].decompressed_bytes == $(stat -c %s samples/fr_clients.csv) and .manifest.files[0].compression == \"zstd\"" "$T/z.json"
"$LS" analyze --json - <samples/compressed/fr_clients.csv.gz >"$T/stdin.json" 2>/dev/null
[ "$(manifest_sha "$T/stdin.json" "<stdin>")" = "$(sha samples/compressed/fr_clients.csv.gz)" ] && ok ||
    ko "stdin: manifest sha256 differs from sha256sum of what was piped"
# archive members: the digest of the member's bytes as the archive delivers them (the samples
# were zipped from these files: samples/archives/README.md)
"$LS" analyze --json samples/archives/two_members.zip >"$T/zip.json" 2>/dev/null
"$LS" analyze --json samples/archives/member_gz.zip >"$T/zipgz.json" 2>/dev/null
while read -r rep member file; do
    [ "$(manifest_sha "$T/$rep" "$member")" = "$(sha "$file")" ] && ok || ko "$member: member sha256 differs from sha256sum $file"
done <<LIST
zip.json samples/archives/two_members.zip!/export/fr_clients.csv samples/fr_clients.csv
zip.json samples/archives/two_members.zip!/export/uk_people.tsv samples/uk_people.tsv
zipgz.json samples/archives/member_gz.zip!/fr_clients.csv.gz samples/compressed/fr_clients.csv.gz
LIST
check "member of a compressed member: decompressed_bytes" jq -e \
    ".manifest.files[1].decompressed_bytes == $(stat -c %s samples/fr_clients.csv)" "$T/zipgz.json"
check "7z member digest equals the extracted file's" test \
    "$("$LS" analyze --json samples/archives/people.7z | jq -r '.manifest.files[1].sha256')" = "$(sha samples/fr_clients.csv)"
"$LS" analyze --json samples/fr_clients.csv >"$T/run.json"
check "manifest: times in UTC ISO 8601, host, options" jq -e \
    '.manifest.started | test("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$")' "$T/run.json"
check "manifest: finished, host, tool version" jq -e \
    '(.manifest.finished >= .manifest.started) and (.manifest.host | length > 0) and .manifest.tool.version == .tool.version and .manifest.options.header == "auto"' "$T/run.json"
"$LS" analyze --json --no-timing samples/fr_clients.csv >"$T/nt.json"
check "--no-timing: no run-dependent manifest fields" jq -e \
    '(.manifest | has("started") or has("host") or has("threads")) | not' "$T/nt.json"

# ---- verify-manifest ----------------------------------------------------------------------
mkdir -p "$T/case"
cp samples/fr_clients.csv samples/compressed/fr_clients.csv.zst samples/archives/two_members.zip "$T/case/"
(cd "$T/case" && "$LS" analyze --json fr_clients.csv fr_clients.csv.zst two_members.zip >report.json 2>/dev/null)
expect_exit 0 "verify-manifest: unchanged files" "$LS" verify-manifest -C "$T/case" "$T/case/report.json"
check "verify-manifest: every file OK (members through their archive)" \
    test "$(grep -c '^OK ' "$T/out")" = "5"
(cd "$T/case" && expect_exit 0 "verify-manifest: relative paths from the current directory" "$LS" verify-manifest report.json)
printf 'x' >>"$T/case/fr_clients.csv"
expect_exit 1 "verify-manifest: a modified file" "$LS" verify-manifest -C "$T/case" "$T/case/report.json"
check "verify-manifest: names the changed file" grep -q '^CHANGED *fr_clients.csv' "$T/out"
rm "$T/case/two_members.zip"
expect_exit 1 "verify-manifest: a missing archive" "$LS" verify-manifest -C "$T/case" "$T/case/report.json"
check "verify-manifest: members of a missing archive are not OK" grep -q '^MISSING *two_members.zip!/export/uk_people.tsv' "$T/out"
check "verify-manifest: the untouched .zst still matches" grep -q '^OK *fr_clients.csv.zst$' "$T/out"
expect_exit 3 "verify-manifest: stdin cannot be checked again" "$LS" verify-manifest "$T/stdin.json"
jq 'del(.manifest)' "$T/run.json" >"$T/nomanifest.json"
expect_exit 3 "verify-manifest: a report without a manifest" "$LS" verify-manifest "$T/nomanifest.json"
echo '{"schema": ' >"$T/broken.json"
expect_exit 3 "verify-manifest: not JSON" "$LS" verify-manifest "$T/broken.json"
expect_exit 2 "verify-manifest: no report given" "$LS" verify-manifest
expect_exit 2 "verify-manifest: unknown option" "$LS" verify-manifest --frobnicate "$T/run.json"

# ---- signals on generated dumps -------------------------------------------------------------
# real-shaped: the generator's records (their columns agree); simple lines so awk can edit them
"$GEN" --records 20000 --seed 31 --multiline-rate 0 --quote-rate 0 --dup-rate 0.1 -o "$T/real.csv" 2>/dev/null
"$LS" analyze --json "$T/real.csv" >"$T/real.json"
for id in checksum.fr_nir checksum.iban checksum.card_number nir_vs_date_of_birth nir_vs_gender \
          nir_vs_place_of_birth postal_code_vs_city email_domains digits.fr_nir range_density.fr_nir; do
    [ "$(signal "$T/real.json" $id .consistent_with)" = real_data ] && ok ||
        ko "generated valid dump: $id reads $(signal "$T/real.json" $id .reading)"
done
check "generated dump: NIR key pass rate 100 %" test "$(signal "$T/real.json" checksum.fr_nir '.value >= 0.99')" = true
check "generated dump: 10 % exact duplicates measured" test "$(signal "$T/real.json" duplicates.exact '.value > 0.08 and .value < 0.12')" = true
# fabricated: random 15-digit NIRs (field 7), postal codes shuffled across records (field 11),
# every address on example.com (field 8)
awk -F';' -v OFS=';' 'BEGIN{srand(7)} NR==1{print; next} {
    if ($7 != "") { s = int(1 + rand() * 2); for (i = 0; i < 14; i++) s = s int(rand() * 10); $7 = s }
    print }' "$T/real.csv" >"$T/fake_nir.csv"
"$LS" analyze --json "$T/fake_nir.csv" >"$T/fake_nir.json"
check "random NIRs: key pass rate near 1 %" test "$(signal "$T/fake_nir.json" checksum.fr_nir '.value < 0.03 and .consistent_with == "fabrication"')" = true
check "random NIRs: structured digits uniform" test "$(signal "$T/fake_nir.json" digits.fr_nir .consistent_with)" = fabrication
awk -F';' -v OFS=';' 'BEGIN{srand(8)} NR==1{print; next} {n++; line[n]=$0; pc[n]=$11}
    END{for (i = n; i > 1; i--) { j = int(1 + rand() * i); t = pc[i]; pc[i] = pc[j]; pc[j] = t }
        for (i = 1; i <= n; i++) { $0 = line[i]; $11 = pc[i]; print } }' "$T/real.csv" >"$T/fake_postal.csv"
"$LS" analyze --json "$T/fake_postal.csv" >"$T/fake_postal.json"
check "shuffled postal codes: disagree with the city" test "$(signal "$T/fake_postal.json" postal_code_vs_city '.value < 0.3 and .consistent_with == "fabrication"')" = true
awk -F';' -v OFS=';' 'NR==1{print; next} { sub(/@.*/, "@example.com", $8); print }' "$T/real.csv" >"$T/fake_mail.csv"
"$LS" analyze --json "$T/fake_mail.csv" >"$T/fake_mail.json"
check "example.com addresses: reserved domains" test "$(signal "$T/fake_mail.json" email_disposable_domains '.value > 0.9 and .consistent_with == "fabrication"')" = true

# ---- no raw personal data in the new output -----------------------------------------------
for r in "$T/real.json" "$T/fake_nir.json"; do
    check "$r: no '@' (no e-mail address) in signals or manifest" test \
        "$(jq '[.signals, .manifest] | tostring | test("@")' "$r")" = false
done
nir=$(cut -d';' -f7 "$T/real.csv" | grep -m1 -E '^[0-9]{15}$')
"$LS" analyze "$T/real.csv" >"$T/real.txt"
check "text report: signals and manifest sections" grep -q '^fabrication signals' "$T/real.txt"
check "text report: no raw NIR" test -n "$nir" -a -z "$(grep -F "$nir" "$T/real.txt")"

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
