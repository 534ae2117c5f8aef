#!/usr/bin/env bash
# faker_accuracy.sh LEAKSCOPE REPO_ROOT
#
# Accuracy on dumps made by another generator (faker-js, tests/data/faker/): for every
# committed dump, `leakscope analyze --json --no-timing` must type each column as its truth
# (*.types.json) says — a column whose truth is "non_pii" must have .pii == false — and the
# valid/invalid counts of the checked columns (card numbers, IBANs, e-mails, French phones)
# and the categories block must equal the truth's counts.
#
# A column whose truth carries "known_gap" is printed as a KNOWN GAP line and counted
# neither as a pass nor as a failure (tests/data/faker/README.md says why each one is).
#
# Prints one line per failure and ends with "N passed, M failed"; exits 1 on any failure.
# Needs bash and jq only.
set -u

if [ $# -ne 2 ]; then
    echo "usage: $0 LEAKSCOPE REPO_ROOT" >&2
    exit 2
fi
LEAKSCOPE=$1
ROOT=$2
DATA=$ROOT/tests/data/faker
command -v jq >/dev/null || { echo "faker_accuracy: jq not found" >&2; exit 2; }
[ -x "$LEAKSCOPE" ] || { echo "faker_accuracy: $LEAKSCOPE is not executable" >&2; exit 2; }

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

pass=0 fail=0 gaps=0

# One jq program does every comparison for a dump and prints tagged lines:
#   P<TAB>what   F<TAB>what   G<TAB>what
read -r -d '' COMPARE <<'JQ'
($t[0]) as $t
| .inputs[0] as $in
| .categories as $cats
| $t.file as $f
| def col($i): ($in.columns[] | select(.index == $i));
  def say($ok; $msg): if $ok then "P\t\($f): \($msg)" else "F\t\($f): \($msg)" end;
  # records and column count
  say($in.records == $t.records; "records = \($in.records), truth \($t.records)"),
  say(($in.columns | length) == ($t.columns | length);
      "columns = \($in.columns | length), truth \($t.columns | length)"),
  # every column's type
  ( $t.columns | to_entries[] | (.key | tonumber) as $i | .value as $e
    | (col($i) // {type: "(missing)", pii: null}) as $c
    | "column \($i) (\($e.name // $e.faker))" as $what
    | if $e.type == "non_pii" then
        if $e.known_gap then
          "G\t\($f): \($what): expected non-PII, got \($c.type) (pii=\($c.pii))"
          + (if $c.pii == false then " [now passes: drop known_gap]" else "" end)
          + " — \($e.known_gap)"
        else say($c.pii == false; "\($what): expected non-PII, got \($c.type) (pii=\($c.pii))")
        end
      elif $e.known_gap then
        "G\t\($f): \($what): expected \($e.type), got \($c.type)"
        + (if $c.type == $e.type then " [now passes: drop known_gap]" else "" end)
        + " — \($e.known_gap)"
      else say($c.type == $e.type; "\($what): expected \($e.type), got \($c.type)")
      end ),
  # valid / invalid counts of checked columns
  ( $t.checks[] as $k
    | (col($k.index) // {}) as $c
    | "column \($k.index) \($k.type)" as $what
    | say($c.valid == $k.valid and $c.invalid == $k.invalid;
          "\($what): valid/invalid = \($c.valid)/\($c.invalid), truth \($k.valid)/\($k.invalid) (of \($k.values) values)") ),
  # categories block
  ( $t.categories | to_entries[] | .key as $ty | .value as $w
    | ($cats[$ty] // {}) as $g
    | say($g.columns == $w.columns and $g.records == $w.records and $g.valid == $w.valid and $g.unique == $w.unique;
          "categories.\($ty) columns/records/valid/unique = \($g.columns)/\($g.records)/\($g.valid)/\($g.unique), truth \($w.columns)/\($w.records)/\($w.valid)/\($w.unique)") )
JQ

shopt -s nullglob
truths=("$DATA"/*.types.json)
if [ ${#truths[@]} -eq 0 ]; then
    echo "FAIL: no truth files in $DATA"
    echo "0 passed, 1 failed"
    exit 1
fi

for truth in "${truths[@]}"; do
    file=$(jq -r .file "$truth")
    dump=$DATA/$file
    rep=$TMP/$file.json
    if ! "$LEAKSCOPE" analyze --json --no-timing "$dump" >"$rep" 2>"$TMP/err"; then
        echo "FAIL $file: leakscope analyze exited non-zero: $(head -c 300 "$TMP/err")"
        fail=$((fail + 1))
        continue
    fi
    if ! out=$(jq -r --slurpfile t "$truth" "$COMPARE" "$rep" 2>"$TMP/err"); then
        echo "FAIL $file: could not compare the report with $truth: $(head -c 300 "$TMP/err")"
        fail=$((fail + 1))
        continue
    fi
    while IFS=$'\t' read -r tag msg; do
        case $tag in
            P) pass=$((pass + 1)) ;;
            F) fail=$((fail + 1)); echo "FAIL $msg" ;;
            G) gaps=$((gaps + 1)); echo "KNOWN GAP: $msg" ;;
        esac
    done <<<"$out"
done

[ $gaps -gt 0 ] && echo "($gaps known gaps, not counted; see tests/data/faker/README.md)"
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
