#!/usr/bin/env bash
# cmake --install into a temporary prefix, then build and run a program against it.
# Usage: check_install.sh BUILD_DIR SAMPLE_FILE
set -euo pipefail
BUILD=$1 SAMPLE=$2
P=$(mktemp -d /tmp/ls-install-XXXXXX)
trap 'rm -rf "$P"' EXIT
cmake --install "$BUILD" --prefix "$P" >/dev/null
test -x "$P/bin/leakscope"
test -f "$P/include/leakscope/leakscope.h" && test -f "$P/include/leakscope/version.h"
test -f "$P/lib/libleakscope.a" || test -f "$P/lib64/libleakscope.a"
LIB=$(ls "$P"/lib*/libleakscope.a)
cc -std=c11 -Wall -Werror -I"$P/include" "$(dirname "$0")/use_library.c" "$LIB" \
   $(pkg-config --libs libxxhash libzstd) -lpthread -o "$P/use_library"
out=$("$P/use_library" "$SAMPLE")
echo "$out"
case "$out" in *"records=2000 unique="*) echo "1 passed, 0 failed" ;; *) echo "0 passed, 1 failed"; exit 1 ;; esac
