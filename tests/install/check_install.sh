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
# build it the way a user would: through the installed pkg-config file
PC=$(ls -d "$P"/lib*/pkgconfig)
export PKG_CONFIG_PATH="$PC${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}"
test "$(pkg-config --modversion leakscope)" != ""
cc -std=c11 -Wall -Werror $(pkg-config --cflags leakscope) "$(dirname "$0")/use_library.c" \
   $(pkg-config --static --libs leakscope) -o "$P/use_library"
out=$("$P/use_library" "$SAMPLE")
echo "$out"
case "$out" in *"records=2000 unique="*) echo "1 passed, 0 failed" ;; *) echo "0 passed, 1 failed"; exit 1 ;; esac
