#!/usr/bin/env bash
# Times the verifier: full-Jacobian gradient checks at the issue-4 sizes (median after warm-up),
# then the whole `verify` with default tries under /usr/bin/time -v (wall time, peak memory).
# Usage: bench/verifier-bench.sh   (from the repository root; builds numeric-core and verifier)
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target
mvn -q -o -pl numeric-core,verifier -am test-compile
mvn -q -o -pl numeric-core,verifier dependency:build-classpath -Dmdep.outputFile="$PWD/target/verifier-cp.txt" >/dev/null

CP="verifier/target/test-classes:verifier/target/classes:numeric-core/target/classes:$(cat target/verifier-cp.txt)"
echo "== machine"; nproc; lscpu | head -15; uptime
# One OpenMP thread: the arrays are small and the machine is shared (see docs/benchmarks.md).
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}"
echo "== gradient checks (nd4jOps: ND4J ops of one check; pass a word such as MLP to GradientCheckBenchmark to run one check)"
java -cp "$CP" io.verideck.verifier.bench.GradientCheckBenchmark 2>&1 | grep -v SLF4J
echo "== verify (default tries), natives warm"
java -cp "$CP" io.verideck.verifier.bench.VerifyLauncher --claim G2 >/dev/null 2>&1 || true
/usr/bin/time -v java -cp "$CP" io.verideck.verifier.bench.VerifyLauncher 2> target/verify-time.txt | grep -v SLF4J
grep -E 'Elapsed|Maximum resident|User time|System time' target/verify-time.txt
