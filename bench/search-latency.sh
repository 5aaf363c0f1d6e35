#!/usr/bin/env bash
# In-process search latency on a generated deck (default 100,000 cards). Run from the repository root
# after `mvn -q install -DskipTests`. Prints p50/p90/p99 over 1,000 queries; repeat for a median.
# A third argument (a directory) keeps the generated index there and reuses it on later runs.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o -pl knowledge-base test-compile >/dev/null
cp="knowledge-base/target/test-classes:knowledge-base/target/classes:$(mvn -q -o -pl knowledge-base dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)"
java -Xmx2g -cp "$cp" io.verideck.kb.bench.SearchLatencyBench "${1:-100000}" "${2:-42}" ${3:+"$3"}
