#!/usr/bin/env bash
# What the two-pass search of long queries changes (first hits against the plain disjunction) and costs
# (CPU per phase), on an index kept by `bench/search-latency.sh CARDS SEED DIR`. Usage: DIR [SEED].
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o -pl knowledge-base test-compile >/dev/null
cp="knowledge-base/target/test-classes:knowledge-base/target/classes:$(mvn -q -o -pl knowledge-base dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)"
java -Xmx2g -cp "$cp" io.verideck.kb.index.TwoPassBench "$1" "${2:-42}"
