#!/bin/sh
# Import benchmark (issue 8): generates a deterministic 10,000-note Anki text export and .apkg
# (seed 42) under knowledge-base/target/bench and prints the median of 7 timed imports of each.
# Usage: bench/import.sh [RUNS]
set -e
cd "$(dirname "$0")/.."
mvn -q -o -pl knowledge-base -am test-compile
mvn -q -o -pl knowledge-base exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=io.verideck.kb.imports.bench.ImportBench \
    -Dexec.args="target/bench ${1:-7}"
