#!/usr/bin/env bash
# In-process CPU cost of the site's search-as-you-type queries (the rotating set of bench/web-search.lua)
# on the built-in index, on disk and memory-mapped as `verideck serve` opens it, top 20 with snippets.
# Prints p50/mean/p99 of the searching thread's CPU time per query. Run from the repository root after
# `mvn -q install -DskipTests`.   bench/site-query.sh [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o -pl knowledge-base test-compile >/dev/null
cp="knowledge-base/target/test-classes:knowledge-base/target/classes:$(mvn -q -o -pl knowledge-base dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)"
java -cp "$cp" io.verideck.kb.bench.SiteQueryBench "${1:-200}"
