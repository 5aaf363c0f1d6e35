#!/usr/bin/env bash
# Time from launching `verideck serve` to its first 200 answers, next to a bare JVM hello world.
# Each run starts the launcher (./verideck serve --port P, the same options a user gets), polls `/`
# until it answers 200, then asks /api/search?q=softmax once, and stops the server. Prints the
# median of RUNS (default 10) for: the bare JVM, the first 200 from `/`, the first search answer.
# Also prints the CPU time the server had used when it first answered (less noisy than wall time on a
# shared machine). VERIDECK_JAVA_OPTS and VERIDECK_NO_CDS pass through to the launcher, e.g. to try
# another class-data-sharing archive. Needs a built tree (mvn -q package -DskipTests) and curl.
#
#   bench/serve-ready.sh [RUNS] [--decks DIR]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs=10; decks=()
while [ $# -gt 0 ]; do
  case "$1" in
    --decks) decks=(--decks "$2"); shift 2 ;;
    *) runs="$1"; shift ;;
  esac
done
port="${PORT:-18766}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export VERIDECK_HOME="$work/home" VERIDECK_CACHE="$work/cache"
now() { date +%s%N; }
ms() { echo $(( ($2 - $1) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }

mkdir -p "$work/hello"
cat >"$work/hello/Hello.java" <<'JAVA'
public class Hello { public static void main(String[] a) { System.out.println("hello"); } }
JAVA
javac -d "$work/hello" "$work/hello/Hello.java"
java -Xshare:auto -cp "$work/hello" Hello >/dev/null
for _ in $(seq 1 "$runs"); do
  t0=$(now); java -Xshare:auto -cp "$work/hello" Hello >/dev/null; t1=$(now); ms "$t0" "$t1"
done >"$work/jvm.txt"

# one warm-up launch (page cache, the CDS archive mapped once)
"$here/verideck" "${decks[@]}" serve --port "$port" >/dev/null 2>&1 & pid=$!
until curl -fs -o /dev/null "http://127.0.0.1:$port/"; do sleep 0.05; done
kill "$pid"; wait "$pid" 2>/dev/null || true

: >"$work/page.txt"; : >"$work/search.txt"; : >"$work/cpu.txt"
for _ in $(seq 1 "$runs"); do
  t0=$(now)
  "$here/verideck" "${decks[@]}" serve --port "$port" >"$work/serve.log" 2>&1 & pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null; do
    sleep 0.01
    kill -0 "$pid" 2>/dev/null || { echo "serve exited:"; cat "$work/serve.log"; exit 1; }
  done
  t1=$(now)
  # CPU the server used to get there (user + system, clock ticks of 10 ms): less noisy than wall time on a busy machine
  awk '{print ($14 + $15) * 10}' "/proc/$pid/stat" >>"$work/cpu.txt"
  curl -fs -o /dev/null "http://127.0.0.1:$port/api/search?q=softmax"
  t2=$(now)
  ms "$t0" "$t1" >>"$work/page.txt"; ms "$t0" "$t2" >>"$work/search.txt"
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
jvm=$(median <"$work/jvm.txt"); page=$(median <"$work/page.txt"); search=$(median <"$work/search.txt")
echo "load $(cut -d' ' -f1-3 /proc/loadavg), nproc $(nproc), $runs runs"
echo "RESULT bare JVM hello world: median $jvm ms"
echo "RESULT serve, first 200 from /: median $page ms (all: $(tr '\n' ' ' <"$work/page.txt"))"
echo "RESULT serve, CPU used by the server up to that first 200: median $(median <"$work/cpu.txt") ms (all: $(tr '\n' ' ' <"$work/cpu.txt"))"
echo "RESULT serve, first /api/search?q=softmax answered: median $search ms (all: $(tr '\n' ' ' <"$work/search.txt"))"
