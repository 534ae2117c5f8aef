#!/usr/bin/env bash
# The README's test command: install what is missing, build, and run every test twice —
# once in a normal build and once under AddressSanitizer + UndefinedBehaviorSanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."
.ci/install-deps
JOBS=$(nproc 2>/dev/null || echo 2)

echo "== build + tests (release with debug info) =="
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLEAKSCOPE_BUILD_TESTS=ON >/dev/null
cmake --build build -j"$JOBS"
(cd build && ctest --output-on-failure -j"$JOBS")

if [ "${LEAKSCOPE_SKIP_SANITIZE:-0}" != 1 ]; then
    echo "== build + tests under ASan/UBSan =="
    # asserts on (Debug), optimised at -O1 as the sanitizers' authors advise: the tests run
    # about a sixth faster than at -O0, which keeps CI within its time
    cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DCMAKE_C_FLAGS_DEBUG="-g -O1" \
          -DLEAKSCOPE_SANITIZE=ON -DLEAKSCOPE_BUILD_TESTS=ON >/dev/null
    cmake --build build-asan -j"$JOBS"
    (cd build-asan && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
        ctest --output-on-failure -j"$JOBS")
fi
