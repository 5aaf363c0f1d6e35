#!/usr/bin/env bash
# Review benchmarks (docs/benchmarks.md, "Review"). Build first: mvn -q -pl quiz-cli -am package -DskipTests
# 1. generates 10,000 cards in user decks and 100,000 reviews, imported into a fresh database;
# 2. hyperfine: `verideck review --plain --limit 1` (stdin at EOF: prints the first question, then quits)
#    next to a bare `java` hello world and `verideck --version` (the launcher's own floor);
# 3. p99 time to commit one grade (bench/GradeCommitBench.java) on a copy of the database.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-/tmp/verideck-review-bench}"
rm -rf "$out"; mkdir -p "$out"
python3 "$here/bench/generate_review_db.py" "$out" --cards 10000 --reviews 100000 --seed 1
"$here/verideck" review-log --db "$out/progress.db" import "$out/reviews.csv"
mkdir -p "$out/hello"
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' > "$out/hello/Hello.java"
javac -d "$out/hello" "$out/hello/Hello.java"
export VERIDECK_HOME="$out/home" VERIDECK_CACHE="$out/cache"
review=("$here/verideck" --decks "$out/decks" review --plain --limit 1 --db "$out/progress.db")
"${review[@]}" </dev/null | head -2   # warm the user-deck index cache and the native-library cache once
# hyperfine 1.15 (Debian 12) has no --input: the shell's </dev/null gives the review EOF after the first question
hyperfine -w 3 -r "${RUNS:-20}" --export-markdown "$out/startup.md" \
  "java -cp $out/hello Hello </dev/null" "$here/verideck --version </dev/null" "${review[*]} </dev/null"
cp "$out/progress.db" "$out/commit.db"
cp_="$here/quiz-cli/target/quiz-cli.jar:$(sed "s#lib/#$here/quiz-cli/target/lib/#g" "$here/quiz-cli/target/classpath.txt")"
java -cp "$cp_" "$here/bench/GradeCommitBench.java" "$out/commit.db" 2000 1
echo "with -Dverideck.synchronous=NORMAL (no fsync per commit; survives kill -9, not a power cut):"
java -Dverideck.synchronous=NORMAL -cp "$cp_" "$here/bench/GradeCommitBench.java" "$out/commit.db" 2000 2
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
