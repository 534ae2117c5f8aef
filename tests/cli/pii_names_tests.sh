#!/usr/bin/env bash
# No raw PII in any output (issue 13): a corpus of inputs with personal data in odd places
# -- JSON keys (Firebase-style exports, flat maps, user names keying a map), CSV headers,
# SQL table and column names, archive member names, file and directory names -- is
# analysed in every output format (text, --json, --json --samples, --html, the
# --fingerprints file and what inspect/overlap print of it; stdout, stderr and files) and
# each output is grepped for every raw value. The masked form must be there instead, so
# the test fails if a name is dropped rather than masked.
# Usage: pii_names_tests.sh LEAKSCOPE. The last line is "N passed, N failed".
set -u
LS=$1
T=$(mktemp -d /tmp/ls-pii-XXXXXX)
trap 'rm -rf "$T"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*" >&2; }
C=$T/corpus
mkdir -p "$C/henry.dir@example.com"
# the raw values, one per line
cat >"$T/raw" <<'R'
alice.secret@example.com
bob.hidden@example.org
0612345678
carol.key@example.net
2b1f6c1e-8f7a-4c3b-9d2e-1a2b3c4d5e6f
ivan_the_user
judy_the_user
kate_the_user
leo_the_user
dave.header@example.com
0798765432
erin.table@example.com
frank.col@example.com
0698765432
grace.member@example.com
0611223344
paul.file@example.com
henry.dir@example.com
R
# JSON lines keyed by plain user names (one key per record: no per-object rule can see it)
for i in $(seq 1 40); do echo "quentinplain$i"; done >>"$T/raw"
for i in $(seq 1 40); do
    printf '{"quentinplain%d":{"phone":"+3361234%04d","city":"Lyon"}}\n' "$i" "$i"
done >"$C/keyed_lines.jsonl"
printf '{"users":{"alice.secret@example.com":{"phone":"+33612345678"},"bob.hidden@example.org":{"phone":"+33612345679"}}}\n' >"$C/firebase.json"
printf '{"0612345678":{"name":"x"}}\n{"0612345679":{"name":"y"}}\n' >"$C/phones.json"
printf '{"carol.key@example.net":"x","2b1f6c1e-8f7a-4c3b-9d2e-1a2b3c4d5e6f":"y"}\n' >"$C/flat.json"
printf '[{"accounts":{"ivan_the_user":{"age":31},"judy_the_user":{"age":32},"kate_the_user":{"age":33},"leo_the_user":{"age":34}}}]\n' >"$C/usernames.json"
printf 'dave.header@example.com;0798765432;name\nx@y.fr;0601020304;Ann\nz@y.fr;0601020305;Bob\n' >"$C/header.csv"
printf "CREATE TABLE \`erin.table@example.com\` (\`frank.col@example.com\` varchar(50), \`0698765432\` int);\nINSERT INTO \`erin.table@example.com\` VALUES ('a@b.fr',1),('c@d.fr',2);\n" >"$C/tables.sql"
python3 - "$C/members.zip" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1], 'w') as z:
    z.writestr('grace.member@example.com/0611223344.csv', 'email,n\nx@y.fr,1\n')
PY
printf 'email,n\nq@r.fr,1\n' >"$C/paul.file@example.com.csv"
printf 'email,n\nq@r.fr,1\n' >"$C/henry.dir@example.com/list.csv"
printf '\x89PNG\r\n\x1a\n\0\0\0' >"$C/henry.dir@example.com/0611223344.png" # a skipped file

# every format, the directory and each file given by name, header forced too
runs=("" "--json" "--json --samples" "--json --pretty --samples" "--html")
i=0
for run in "${runs[@]}"; do
    for target in "$C" "$C/header.csv --header" "$C/tables.sql" "$C/members.zip" \
        "$C/paul.file@example.com.csv" "-" "--" "$C/keyed_lines.jsonl"; do
        i=$((i + 1))
        opts=$run
        [ "$run" = --html ] && opts="--html $T/page$i.html"
        if [ "$target" = - ]; then
            # shellcheck disable=SC2086
            "$LS" analyze $opts --no-timing -q - <"$C/firebase.json" >"$T/out$i" 2>"$T/err$i"
        elif [ "$target" = -- ]; then # keyed lines from a pipe: only the head is prescanned
            # shellcheck disable=SC2086
            "$LS" analyze $opts --no-timing -q - <"$C/keyed_lines.jsonl" >"$T/out$i" 2>"$T/err$i"
        else
            # shellcheck disable=SC2086
            "$LS" analyze $opts --no-timing -q $target >"$T/out$i" 2>"$T/err$i"
        fi
        [ -s "$T/out$i" ] && ok || ko "no output for '$opts' $target"
        [ "$run" != --html ] || [ -s "$T/page$i.html" ] && ok || ko "no HTML page for $target"
        while read -r raw; do
            if grep -qF -- "$raw" "$T/out$i" "$T/err$i" $([ -e "$T/page$i.html" ] && echo "$T/page$i.html"); then
                ko "raw '$raw' in the output of analyze $opts $target"
            else
                ok
            fi
        done <"$T/raw"
    done
done
# the fingerprint file (issue 10) and what inspect and overlap print of it: no raw value
"$LS" analyze -q --no-timing --fingerprints "$T/corpus.lsfp" "$C" >"$T/fp.out" 2>"$T/fp.err"
"$LS" inspect "$T/corpus.lsfp" >"$T/inspect.out" 2>&1
"$LS" overlap "$T/corpus.lsfp" "$T/corpus.lsfp" >"$T/overlap.out" 2>&1
[ -s "$T/corpus.lsfp" ] && [ -s "$T/inspect.out" ] && ok || ko "no fingerprint file or inspect output"
while read -r raw; do
    if grep -aqF -- "$raw" "$T/corpus.lsfp" "$T/fp.out" "$T/fp.err" "$T/inspect.out" "$T/overlap.out"; then
        ko "raw '$raw' in the fingerprint file or inspect/overlap output"
    else
        ok
    fi
done <"$T/raw"
# the values are there, masked (not dropped): the key column, the masked file and member
"$LS" analyze --json --samples --no-timing -q "$C" >"$T/all.json" 2>/dev/null
for want in '"users.*"' '"users.*.phone"' '"accounts.*"' 'a***@e***.com' \
    'p********@e**********.csv' 'g***********@e******.com/********44.csv' \
    'h********@e******.com/********44.png'; do
    grep -qF -- "$want" "$T/all.json" && ok || ko "'$want' not in the report"
done
[ "$(jq '[.inputs[] | select(.path | endswith("firebase.json")) | .columns[]
          | select(.name == "users.*")][0] | "\(.type) \(.unique)"' "$T/all.json")" = '"email 2"' ] &&
    ok || ko "users.*: typed email, 2 distinct keys"
# keyed lines: the names are the values of one path "*", counted; their phones one column
[ "$(jq -c '[.inputs[] | select(.path | endswith("keyed_lines.jsonl")) | .columns[]
          | [.name, .unique]]' "$T/all.json")" = '[["*",40],["*.phone",40],["*.city",1]]' ] &&
    ok || ko "keyed_lines.jsonl: columns *, *.phone, *.city with 40, 40, 1 distinct values"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
