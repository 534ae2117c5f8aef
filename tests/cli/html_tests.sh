#!/usr/bin/env bash
# The HTML report (issue 10), in a real browser: `analyze --json --html` on committed
# samples (a claim with every verdict, signals, a partial input, SQL and JSON dumps, names
# full of HTML), each page loaded by headless Chromium. Checked on the DOM Chromium built
# (--dump-dom), against the JSON report of the same run (html_check.py): every figure
# tagged data-figure equals the JSON's, the headline ones are all there, names and masked
# samples are the JSON's, only leakscope's own elements exist (no script, nothing loaded),
# no raw value of the input is in the page; and the page loads with no console message.
#
# Console check: the page has no script, so the only console messages a load can cause
# are Chromium's own (a blocked load: the page's CSP forbids every one, a parse or
# rendering error). Chromium run with --enable-logging=stderr --v=0 prints every console
# message as a "CONSOLE" line on stderr; the test wants none. A control page with one
# forbidden image proves the check sees such a message.
#
# Screenshots (1280 px wide) are left in OUTDIR for a person to look at.
# Usage: html_tests.sh LEAKSCOPE REPO_ROOT OUTDIR. Exit 77 (skipped) when Chromium is not
# installed, unless $CI is set: CI installs it (.ci/install-deps), so there it must run.
set -u
LS=$1 ROOT=$2 OUT=$3
CHECK="$ROOT/tests/cli/html_check.py"
CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$CHROMIUM" ]; then
    if [ -n "${CI:-}" ]; then
        echo "FAIL: chromium is not installed (CI must install it: .ci/install-deps)" >&2
        exit 1
    fi
    echo "SKIPPED: chromium is not installed (Debian package 'chromium', .ci/install-deps)"
    exit 77
fi
T=$(mktemp -d /tmp/ls-html-XXXXXX)
trap 'rm -rf "$T"' EXIT
mkdir -p "$OUT"
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*" >&2; }
check() { # check NAME COMMAND...: passes when the command succeeds
    local name=$1
    shift
    if "$@"; then ok; else ko "$name"; fi
}
eq() { if [ "$2" = "$3" ]; then ok; else ko "$1: got '$2', want '$3'"; fi; }

# render NAME: load $T/NAME.html in Chromium; the DOM in $T/NAME.dom, stderr in $T/NAME.log,
# a screenshot in $OUT/NAME.png. A fresh profile each time (no state, parallel-safe).
render() {
    local page="$T/$1.html" flags=(--headless --no-sandbox --disable-gpu --no-first-run
        --disable-extensions --enable-logging=stderr --v=0 --hide-scrollbars)
    timeout 120 "$CHROMIUM" "${flags[@]}" --user-data-dir="$T/profile-$1" --dump-dom \
        "file://$page" >"$T/$1.dom" 2>"$T/$1.log" || { ko "$1: chromium --dump-dom failed"; return 1; }
    timeout 120 "$CHROMIUM" "${flags[@]}" --user-data-dir="$T/profile-$1s" \
        --screenshot="$OUT/$1.png" --window-size=1280,4000 "file://$page" \
        >/dev/null 2>>"$T/$1.log" || { ko "$1: chromium --screenshot failed"; return 1; }
    check "$1: the DOM was dumped" grep -q '<section id="counts">' "$T/$1.dom"
    check "$1: a PNG screenshot" sh -c "head -c 8 '$OUT/$1.png' | od -c | grep -q 'P   N   G'"
    if grep -a 'CONSOLE' "$T/$1.log" >&2; then ko "$1: console messages while loading"; else ok; fi
}

# page NAME: the checks every page passes, against $T/NAME.json.
page() {
    local n=$1
    render "$n" || return
    check "$n: figures equal the JSON's" python3 "$CHECK" figures "$T/$n.dom" "$T/$n.json"
    check "$n: names and masked samples are the JSON's" python3 "$CHECK" names "$T/$n.dom" "$T/$n.samples.json"
    check "$n: only leakscope's elements, nothing loaded" python3 "$CHECK" tags "$T/$n.dom"
    check "$n: no http(s) URL in the page" sh -c "! grep -Eqi 'https?:|//[a-z0-9]' '$T/$n.html'"
    check "$n: no script element in the page" sh -c "! grep -qi '<script' '$T/$n.html'"
    eq "$n: the page is mode 0600" "$(stat -c %a "$T/$n.html")" 600
}

# analyze NAME ARGS...: the JSON (and a --samples JSON, for the names check) and the page
analyze() {
    local n=$1
    shift
    "$LS" analyze -q --json --no-timing --html "$T/$n.html" "$@" >"$T/$n.json" 2>"$T/$n.err"
    rc=$?
    "$LS" analyze -q --json --no-timing --samples "$@" >"$T/$n.samples.json" 2>/dev/null
}

# ---- 1. a claim with every verdict, subjects, signals, GDPR ---------------------------------
analyze claim --claim records=2000 --claim subjects=5000 --claim unique_records=1900 \
    --claim 'fields=name,nir,email,phone,health' --claim 'source=<forum post> & "quotes"' \
    "$ROOT/samples/fr_clients.csv"
eq "claim: exit" "$rc" 0
page claim
check "claim: sections in the reader's order" python3 "$CHECK" order "$T/claim.dom" \
    claim counts categories gdpr inputs columns signals manifest
check "claim: every verdict kind shown" sh -c "grep -q 'v-inflated' '$T/claim.dom' && grep -q 'v-not_supported' '$T/claim.dom' && grep -q 'v-supported' '$T/claim.dom'"
check "claim: the claim source is escaped" grep -qF '&lt;forum post&gt; &amp; "quotes"' "$T/claim.dom"
check "claim: charts with titles" sh -c "[ \$(grep -o '<svg class=\"chart\"' '$T/claim.dom' | wc -l) -ge 3 ] && grep -q '<title id=\"chart-categories-t\">' '$T/claim.dom'"
# no raw value of the sample anywhere: e-mails, phones, NIRs, IBANs, cards, birth dates,
# street addresses, as written in the file
python3 - "$ROOT/samples/fr_clients.csv" >"$T/raw.txt" <<'PY'
import csv, sys
with open(sys.argv[1], encoding="utf-8", newline="") as f:
    rows = list(csv.DictReader(f, delimiter=";"))
for r in rows:
    for k in ("email", "telephone", "nir", "iban", "carte_bancaire", "date_naissance", "adresse"):
        v = (r.get(k) or "").strip()
        if len(v) >= 6:
            print(v)
PY
check "claim: no raw value of the input in the page or its DOM" \
    python3 "$CHECK" absent "$T/raw.txt" "$T/claim.html" "$T/claim.dom"

# ---- 2. several formats at once, one input partial ------------------------------------------
analyze mixed "$ROOT/samples/messy_fr.csv" "$ROOT/samples/sql/mysql_shop.sql" \
    "$ROOT/samples/json/people.jsonl" "$ROOT/samples/combo.txt" \
    "$ROOT/samples/compressed/fr_clients_truncated.csv.zst"
eq "mixed: exit (partial)" "$rc" 1
page mixed
check "mixed: the partial input is flagged" sh -c "grep -q '<tr class=\"partial\">' '$T/mixed.dom' && grep -q '>PARTIAL<' '$T/mixed.dom'"
check "mixed: the partial inputs are announced" grep -q '1 input partial' "$T/mixed.dom"
cut -d: -f1 "$ROOT/samples/combo.txt" | sort -u | head -500 >"$T/raw-combo.txt"
check "mixed: no raw e-mail of the combo list" \
    python3 "$CHECK" absent "$T/raw-combo.txt" "$T/mixed.html" "$T/mixed.dom"

# ---- 3. names full of HTML and personal data ------------------------------------------------
D="$T/names"
mkdir -p "$D"
F="$D/<b onmouseover=alert(1)>x&\"q'.csv"
{
    printf 'id;<b>bold</b>;a&b;"say ""hi""";it'"'"'s;alice.secret@example.com;<script>alert(2)</script>\n'
    for i in $(seq 1 30); do
        printf '%d;x%d;y;z;w;user%d@mail.fr;06%08d\n' "$i" "$i" "$i" "$((12345000 + i))"
    done
} >"$F"
analyze names --header --claim fields=email,phone "$F"
"$LS" analyze -q --header --claim fields=email,phone "$F" >"$T/names.txt" 2>&1
eq "names: exit" "$rc" 0
page names
check "names: the raw e-mail header and values are not in the page" sh -c \
    "! grep -q 'alice.secret@example.com\|user7@mail.fr\|0612345007' '$T/names.html' '$T/names.dom'"
# the claim's columns name the header too: masked in the JSON and text reports as well
check "names: the claim's column names are masked in JSON and text" sh -c \
    "grep -q 'a\*\*\*\*\*\*\*\*\*\*\*@e\*\*\*\*\*\*.com' '$T/names.json' && ! grep -q 'alice.secret@example.com' '$T/names.json' '$T/names.samples.json' '$T/names.txt'"
check "names: markup in names is text" sh -c \
    "grep -qF '&lt;b&gt;bold&lt;/b&gt;' '$T/names.dom' && grep -qF '&lt;script&gt;alert(2)&lt;/script&gt;' '$T/names.dom' && grep -qF 'a&amp;b' '$T/names.dom'"
check "names: the file name is text" grep -qF '&lt;b onmouseover=alert(1)&gt;x&amp;"q' "$T/names.dom"

# ---- 4. the file: atomic, 0600, errors --------------------------------------------------------
"$LS" analyze -q --no-timing --html "$T/again.html" "$ROOT/samples/fr_clients.csv" \
    --claim records=2000 --claim subjects=5000 --claim unique_records=1900 \
    --claim 'fields=name,nir,email,phone,health' --claim 'source=<forum post> & "quotes"' >/dev/null
check "--no-timing: the same page twice, byte for byte" cmp -s "$T/claim.html" "$T/again.html"
(umask 000 && "$LS" analyze -q --html "$T/umask.html" "$ROOT/samples/combo.txt" >/dev/null)
eq "umask 000: still 0600" "$(stat -c %a "$T/umask.html")" 600
"$LS" analyze -q --html "$T/no/such/dir/r.html" "$ROOT/samples/combo.txt" >/dev/null 2>"$T/e1"
eq "missing directory: exit 4" "$?" 4
check "missing directory: a clear error" grep -q 'cannot write the HTML report to .*r.html' "$T/e1"
printf 'previous report\n' >"$T/keep.html"
(ulimit -f 16 && "$LS" analyze -q --html "$T/keep.html" "$ROOT/samples/fr_clients.csv" >/dev/null 2>"$T/e2")
eq "write error (file size limit): exit 4" "$?" 4
check "write error: a clear error" grep -q 'cannot write the HTML report to .*keep.html: File too large' "$T/e2"
eq "write error: the previous file is left as it was" "$(cat "$T/keep.html")" "previous report"
eq "write error: no temporary file left" "$(find "$T" -maxdepth 1 -name '.keep.html.*' | wc -l)" 0

cp "$ROOT/samples/combo.txt" "$T/input.txt"
"$LS" analyze -q --html "$T/input.txt" "$ROOT/samples/messy_fr.csv" "$T/input.txt" >/dev/null 2>"$T/e3"
eq "--html naming an input: usage error" "$?" 2
check "--html naming an input: the input is left as it was" cmp -s "$T/input.txt" "$ROOT/samples/combo.txt"
check "--html naming an input: said so" grep -q 'is one of the inputs' "$T/e3"

# ---- 5. the console check sees a console message --------------------------------------------
sed 's|<main>|<main><img src="http://127.0.0.1:9/x.png" alt="">|' "$T/names.html" >"$T/control.html"
timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --enable-logging=stderr --v=0 \
    --user-data-dir="$T/profile-control" --dump-dom "file://$T/control.html" >/dev/null 2>"$T/control.log"
check "control: a load the CSP blocks is seen as a console message" grep -q 'CONSOLE.*Content Security Policy' "$T/control.log"

# ---- 4. analyze --compare: the overlap section holds the JSON's overlap figures -----------
head -c 32 /dev/urandom >"$T/fp.key" && chmod 600 "$T/fp.key"
head -1200 "$ROOT/samples/fr_clients.csv" >"$T/first.csv"
{ head -1 "$ROOT/samples/fr_clients.csv"; tail -1200 "$ROOT/samples/fr_clients.csv"; } >"$T/last.csv"
"$LS" analyze -q --fingerprints "$T/first.lsfp" --fp-key-file "$T/fp.key" "$T/first.csv" \
    >/dev/null 2>&1
analyze compare --fp-key-file "$T/fp.key" --compare "$T/first.lsfp" "$T/last.csv"
eq "compare: exit" "$rc" 0
page compare
check "compare: an overlap section" grep -q '<section id="overlap">' "$T/compare.dom"
both=$(jq '.overlap.pairs[0].kinds.email.both' "$T/compare.json")
check "compare: shared e-mails ($both) shown as in the JSON" \
    grep -qF "data-figure=\"overlap.pairs.0.kinds.email.both\" data-value=\"$both\"" "$T/compare.dom"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
