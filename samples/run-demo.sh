#!/usr/bin/env bash
# The README's first command: install what is missing, build leakscope, and analyse the
# bundled sample dumps (a French ';' CSV with a header, a header-less TSV, a combo list, a
# two-table mysqldump).
set -euo pipefail
cd "$(dirname "$0")/.."
.ci/install-deps
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc 2>/dev/null || echo 2)" >/dev/null
set -x
./build/leakscope analyze samples/fr_clients.csv samples/uk_people.tsv samples/combo.txt \
    samples/sql/mysql_shop.sql
