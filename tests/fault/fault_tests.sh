#!/usr/bin/env bash
# Fault injection (issue 12): leakscope under tests/fault/fault_shim.c, which makes one
# system call fail or come up short at a chosen point. For each point: the exit code the
# README documents, a message naming the cause on stderr, the report saying what was not
# read, and no temporary file left behind; then SIGINT and SIGTERM in the middle of a run.
# Every case first checks that the shim's log shows the fault really happened.
# Usage: fault_tests.sh LEAKSCOPE SHIM LEAKSCOPE_GEN REPO_ROOT
# The last line is "N passed, N failed".
set -u
LS=$1 SHIM=$2 GEN=$3 ROOT=$4
cd "$ROOT"
T=$(mktemp -d /tmp/ls-fault-XXXXXX)
trap 'chmod -R u+rwx "$T" 2>/dev/null; rm -rf "$T"' EXIT
mkdir -p "$T/tmp"
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*" >&2; }
eq() { [ "$2" = "$3" ] && ok || ko "$1: got '$2', want '$3'"; }
has() { grep -q -- "$3" "$2" && ok || ko "$1: '$3' not in $(head -c 300 "$2")"; }

"$GEN" --records 200000 -o "$T/d.csv" >/dev/null
gzip -k "$T/d.csv"
"$GEN" --records 50000 --format jsonl -o "$T/d.jsonl" >/dev/null

# fault NAME EXPECTED_RC STDIN_FILE|- ENV... -- ARGS...: run leakscope under the shim with
# TMPDIR=$T/tmp; STDIN_FILE is piped through cat (a pipe: the input is streamed).
fault() {
    local name=$1 want=$2 in=$3
    shift 3
    local envs=()
    while [ "$1" != -- ]; do envs+=("$1"); shift; done
    shift
    rm -f "$T/log"
    if [ "$in" = - ]; then
        env LD_PRELOAD="$SHIM" LS_FAULT_LOG="$T/log" TMPDIR="$T/tmp" "${envs[@]}" \
            "$LS" analyze --json --no-timing -q "$@" >"$T/out.json" 2>"$T/err" </dev/null
    else
        cat "$in" | env LD_PRELOAD="$SHIM" LS_FAULT_LOG="$T/log" TMPDIR="$T/tmp" "${envs[@]}" \
            "$LS" analyze --json --no-timing -q "$@" >"$T/out.json" 2>"$T/err"
    fi
    rc=$?
    [ -s "$T/log" ] && ok || ko "$name: the fault was not injected"
    eq "$name: exit code" "$rc" "$want"
    eq "$name: no temporary file left" "$(ls -A "$T/tmp" | wc -l)" 0
    if [ "$want" != 0 ]; then
        [ -s "$T/err" ] && ok || ko "$name: nothing on stderr"
    fi
}
status() { jq -r "$1" "$T/out.json"; }

# 1. read fails (EIO) in the middle of a compressed file: partial, exit 1, the bytes
#    decoded before are analysed and the report says where it stopped
fault read_eio_gzip 1 - LS_FAULT_CALL=read "LS_FAULT_PATH=$T/d.csv.gz" LS_FAULT_NTH=3 -- "$T/d.csv.gz"
has read_eio_gzip "$T/err" "read error after"
eq "read_eio_gzip: status" "$(status '.inputs[0].status')" partial
eq "read_eio_gzip: code" "$(status '.inputs[0].error.code')" read_error
eq "read_eio_gzip: truncated" "$(status '.inputs[0].truncated')" true
n=$(status '.inputs[0].records')
[ "$n" -gt 0 ] && [ "$n" -lt 200000 ] && ok || ko "read_eio_gzip: records $n (some, not all)"

# 2. read fails on a pipe (CSV and JSON lines readers)
for f in d.csv d.jsonl; do
    fault "read_eio_pipe_$f" 1 "$T/$f" LS_FAULT_CALL=read LS_FAULT_PATH=pipe: LS_FAULT_NTH=3 -- -
    has "read_eio_pipe_$f" "$T/err" "read error after [0-9]* bytes: Input/output error"
    eq "read_eio_pipe_$f: code" "$(status '.inputs[0].error.code')" read_error
    has "read_eio_pipe_$f" "$T/out.json" '"message":"read error after [0-9]* bytes'
done

# 3. every read from the pipe is short: nothing lost, the same answer as without faults
"$LS" analyze --json --no-timing -q - <"$T/d.csv" | jq -c '.totals' >"$T/ref.json"
fault read_short_pipe 0 "$T/d.csv" LS_FAULT_CALL=read LS_FAULT_PATH=pipe: LS_FAULT_SHORT=1 \
    LS_FAULT_TIMES=0 -- -
eq "read_short_pipe: same totals" "$(jq -c .totals "$T/out.json")" "$(cat "$T/ref.json")"

# 4. mmap refused: the file is streamed instead, nothing lost (exit 0, same totals)
"$LS" analyze --json --no-timing -q "$T/d.csv" | jq -c '.totals' >"$T/ref.json"
fault mmap_refused 0 - LS_FAULT_CALL=mmap "LS_FAULT_PATH=$T/d.csv" LS_FAULT_TIMES=0 -- "$T/d.csv"
eq "mmap_refused: streamed" "$(status '.inputs[0].read_mode')" stream
eq "mmap_refused: same totals" "$(jq -c .totals "$T/out.json")" "$(cat "$T/ref.json")"

# 5. pread of the head fails: the file is still read whole
fault pread_eio 0 - LS_FAULT_CALL=pread "LS_FAULT_PATH=$T/d.csv" -- "$T/d.csv"
eq "pread_eio: records" "$(status '.inputs[0].records')" 200000

# 6. open refused (EACCES) on the only input: exit 3; beside a good input: exit 1
fault open_eacces 3 - LS_FAULT_CALL=open "LS_FAULT_PATH=$T/d.csv" LS_FAULT_ERRNO=EACCES -- "$T/d.csv"
has open_eacces "$T/err" "cannot open: Permission denied"
eq "open_eacces: code" "$(status '.inputs[0].error.code')" cannot_open
fault open_eacces_one_of_two 1 - LS_FAULT_CALL=open "LS_FAULT_PATH=$T/d.csv" LS_FAULT_ERRNO=EACCES \
    -- "$T/d.csv" samples/fr_clients.csv
eq "open_eacces_one_of_two: the other is analysed" "$(status '.inputs[1].status')" ok

# 7. opendir refused on a sub-directory of a directory input: partial, exit 1, named
mkdir -p "$T/dir/sub"
cp samples/fr_clients.csv "$T/dir/"
cp samples/fr_clients.csv "$T/dir/sub/"
fault opendir_eacces 1 - LS_FAULT_CALL=opendir "LS_FAULT_PATH=$T/dir/sub" LS_FAULT_ERRNO=EACCES \
    -- "$T/dir"
has opendir_eacces "$T/err" "$T/dir/sub: cannot read directory: Permission denied"
eq "opendir_eacces: entry" \
    "$(status "[.inputs[] | select(.path == \"$T/dir/sub\") | .error.code] | .[0]")" cannot_open

# 8. the temporary file a 7z read from a pipe is spooled to: write fails with ENOSPC (the
#    only input: exit 3), every write is short (nothing lost), reading it back fails (EIO)
fault spool_enospc 3 samples/archives/people.7z LS_FAULT_CALL=write "LS_FAULT_PATH=$T/tmp/" \
    LS_FAULT_ERRNO=ENOSPC -- -
has spool_enospc "$T/err" "cannot spool to $T/tmp after [0-9]* bytes: No space left on device"
fault spool_short 0 samples/archives/people.7z LS_FAULT_CALL=write "LS_FAULT_PATH=$T/tmp/" \
    LS_FAULT_SHORT=1 LS_FAULT_TIMES=0 -- -
eq "spool_short: member records" "$(status '.inputs[1].records')" 2000
fault spool_read_eio 1 samples/archives/people.7z LS_FAULT_CALL=read "LS_FAULT_PATH=$T/tmp/" -- -
has spool_read_eio "$T/err" "read error"
eq "spool_read_eio: code" "$(status '.inputs[0].error.code')" read_error

# 8b. the distinct-counting engine's spill file (issue 8; --memory 1M forces spilling to
#     TMPDIR): a write failing with ENOSPC keeps the data in memory (exact counts, exit 6);
#     short writes lose nothing (exit 0, same counts); a failed read back makes the unique
#     counts lower bounds (approximate, exit 5). Never a file left behind.
"$LS" analyze --json --no-timing -q "$T/d.csv" >"$T/clean.json"
clean=$(jq -c '.totals' "$T/clean.json")
fault spill_enospc 6 - LS_FAULT_CALL=pwrite "LS_FAULT_PATH=$T/tmp/" LS_FAULT_ERRNO=ENOSPC \
    -- --memory 1M "$T/d.csv"
has spill_enospc "$T/err" "cannot write the spill file in $T/tmp: No space left on device"
eq "spill_enospc: counts exact" "$(status '.totals' | jq -c .)" "$clean"
eq "spill_enospc: reported" "$(status '.engine.spill_failed')" true
fault spill_short 0 - LS_FAULT_CALL=pwrite "LS_FAULT_PATH=$T/tmp/" LS_FAULT_SHORT=1 \
    LS_FAULT_TIMES=0 -- --memory 1M "$T/d.csv"
eq "spill_short: counts exact" "$(status '.totals' | jq -c .)" "$clean"
fault spill_read_eio 5 - LS_FAULT_CALL=pread "LS_FAULT_PATH=$T/tmp/" -- --memory 1M "$T/d.csv"
has spill_read_eio "$T/err" "cannot read the spill file back"
eq "spill_read_eio: approximate" "$(status '.totals.dedup.approximate')" true

# 9. the report cannot be written: the shim cannot reach stdio's own writes, so the device
#    does it: /dev/full (ENOSPC) and a closed pipe give exit 4
"$LS" analyze --json -q samples/fr_clients.csv >/dev/full 2>"$T/err"
eq "report_enospc: exit code" "$?" 4
has report_enospc "$T/err" "No space left on device"
# (the reader exits at once, long before the report is written: EPIPE every time, where
# `head -c 10` raced with a report small enough to fit in the pipe's buffer)
("$LS" analyze --json -q "$T/d.csv"; echo "rc=$?" >"$T/rc") 2>"$T/err" | true
eq "report_closed_pipe: exit code" "$(cat "$T/rc")" "rc=4"

# 10. SIGINT / SIGTERM while a 7z from a pipe is being spooled: the spool file existed (seen
#     in /proc) and nothing is left once the process is gone
for sig in INT TERM; do
    rm -f "$T/fifo"
    mkfifo "$T/fifo"
    # a non-interactive shell starts background jobs with SIGINT ignored: restore it
    TMPDIR="$T/tmp" env --default-signal=INT,TERM "$LS" analyze --json -q - <"$T/fifo" \
        >/dev/null 2>&1 &
    pid=$!
    exec 7>"$T/fifo"
    # the 256 KiB head is read before the spool starts: the 7z and zeros after it, then
    # the pipe stays open and silent, so the spool is in progress when the signal comes
    { cat samples/archives/people.7z; head -c 400000 /dev/zero; } >&7
    seen=0
    for _ in $(seq 50); do
        if ls -l "/proc/$pid/fd" 2>/dev/null | grep -q "$T/tmp/leakscope-7z-.*(deleted)"; then
            seen=1
            break
        fi
        sleep 0.1
    done
    eq "SIG$sig: spool file open before the signal" "$seen" 1
    kill -s "$sig" "$pid"
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && { ko "SIG$sig: still running"; kill -s KILL "$pid"; }
    wait "$pid"
    rc=$?
    exec 7>&-
    [ "$rc" -ne 0 ] && ok || ko "SIG$sig: exit code 0 after a signal"
    eq "SIG$sig: no temporary file left" "$(ls -A "$T/tmp" | wc -l)" 0
done

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
