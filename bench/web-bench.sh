#!/usr/bin/env bash
# Load test of the reference site on loopback: wrk, 64 connections, 30 s, against /api/search with
# rotating queries (bench/web-search.lua) and against one card page; samples the server's resident
# memory every second. Needs a built tree (mvn -q package -DskipTests) and wrk (apt-get install -y wrk).
#
#   bench/web-bench.sh [--decks DIR] [--card ID] [--duration 30s] [--warmup 5s] [--uncached] [--no-snippet-cache]
#
# WEB_BENCH_JAVA_OPTS adds JVM options to the server's (e.g. a flight recording, -Xlog:gc).
# --uncached starts the server with the search answer cache off (-Dverideck.searchCache=0), so every
# request parses the query and runs a Lucene search (snippets already found for the same card and the
# same highlighted terms, and hits already encoded, are reused: SnippetCache, HitJson). With
# --no-snippet-cache those are off too, so every request also runs the highlighter and the JSON
# encoding of every hit. Uncached, the JIT compiler is still busy for tens of seconds after the start
# on 2 cores, so --uncached warms up for 30 s unless --warmup says otherwise.
# The CPU line splits the server's CPU into the HTTP threads (the requests), the JIT compilers, GC
# and the rest, per request answered.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
decks=""; card=""; duration="30s"; port="${PORT:-18765}"; uncached=""; warmup=""; nosnippets=""
while [ $# -gt 0 ]; do
  case "$1" in
    --decks) decks="$2"; shift 2 ;;
    --card) card="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --uncached) uncached=1; shift ;;
    --no-snippet-cache) uncached=1; nosnippets=1; shift ;;
    --warmup) warmup="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 4; }
work="$(mktemp -d)"
export VERIDECK_HOME="$work/home" VERIDECK_CACHE="$work/cache"
opts="-Xms256m -Xmx256m ${WEB_BENCH_JAVA_OPTS:-}"
[ -n "$uncached" ] && opts="$opts -Dverideck.searchCache=0"
[ -n "$nosnippets" ] && opts="$opts -Dverideck.snippetCache=0 -Dverideck.hitCache=0"
[ -z "$warmup" ] && { [ -n "$uncached" ] && warmup="30s" || warmup="5s"; }
args=(serve --port "$port")
[ -n "$decks" ] && args+=(--decks "$decks")
VERIDECK_JAVA_OPTS="$opts" "$here/verideck" "${args[@]}" >"$work/serve.log" 2>&1 &
launcher=$!
cleanup() { kill "$launcher" 2>/dev/null || true; wait "$launcher" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
for _ in $(seq 1 300); do curl -fs -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.1; done
pid="$launcher"   # the launcher execs java, so this is the JVM
if [ -z "$card" ]; then
  card="$(curl -fs "http://127.0.0.1:$port/api/search?q=gradient&limit=1" | sed -n 's/.*"url":"\(cards\/[^"]*\)".*/\1/p')"
  card="${card#cards/}"; card="${card%.html}"
fi
cpu() { awk '{print ($14 + $15) * 10}' "/proc/$pid/stat"; }   # ms, from clock ticks of 10 ms
# CPU ms by thread group: http (Jetty's pool: the requests), jit (C1/C2 compilers), gc, other
threads_cpu() {
  for t in /proc/"$pid"/task/*; do
    printf '%s\t%s\n' "$(cat "$t/comm" 2>/dev/null)" "$(sed 's/.*) //' "$t/stat" 2>/dev/null | awk '{print ($12 + $13) * 10}')"
  done | awk -F'\t' '$2 != "" { g = "other"; if ($1 ~ /^verideck-http/) g = "http"; else if ($1 ~ /Compiler/) g = "jit"; else if ($1 ~ /GC|VM Thread/) g = "gc"; s[g] += $2 }
                     END { printf "%d %d %d %d\n", s["http"], s["jit"], s["gc"], s["other"] }'
}
rss() { awk '/VmRSS/ {print $2}' "/proc/$pid/status"; }
sample() { while kill -0 "$pid" 2>/dev/null; do echo "$(date +%s) $(rss)"; sleep 1; done; }
run() { # name, script, path, warm-up
  # warm-up: JIT and caches, not measured
  wrk -t2 -c64 -d"$4" -s "$here/bench/$2" "http://127.0.0.1:$port$3" >/dev/null
  sample >"$work/rss-$1.txt" & sampler=$!
  cpu0=$(cpu); read -r h0 j0 g0 o0 < <(threads_cpu)
  wrk -t2 -c64 -d"$duration" --latency -s "$here/bench/$2" "http://127.0.0.1:$port$3" | tee "$work/wrk-$1.txt" | grep -E "RESULT|Socket errors|Non-2xx"
  cpu1=$(cpu); read -r h1 j1 g1 o1 < <(threads_cpu)
  kill "$sampler"; wait "$sampler" 2>/dev/null || true
  # the server's own CPU (user + system) per request answered
  awk -v c="$((cpu1 - cpu0))" '/requests in/ {printf "CPU %s: %.0f ms of server CPU for %d requests = %.3f ms per request\n", name, c, $1, c / $1}' \
      name="$1" "$work/wrk-$1.txt"
  awk -v h=$((h1 - h0)) -v j=$((j1 - j0)) -v g=$((g1 - g0)) -v o=$((o1 - o0)) '/requests in/ {n = $1;
       printf "CPU %s by thread, per request: http %.3f ms, JIT %.3f ms, GC %.3f ms, other %.3f ms\n", name, h / n, j / n, g / n, o / n}' \
      name="$1" "$work/wrk-$1.txt"
  awk 'NR==1 {first=$2} {if ($2>max) max=$2; if (min=="" || $2<min) min=$2; last=$2}
       END {printf "RSS %s: first %.0f MiB, min %.0f MiB, max %.0f MiB, last %.0f MiB\n", name, first/1024, min/1024, max/1024, last/1024}' \
       name="$1" "$work/rss-$1.txt"
}
echo "server pid $pid, nproc $(nproc), load $(cut -d' ' -f1-3 /proc/loadavg), card $card, answer cache $([ -n "$uncached" ] && echo off || echo on), snippet and hit caches $([ -n "$nosnippets" ] && echo off || echo on), warm-up $warmup"
run search web-search.lua "/api/search?q=softmax" "$warmup"
run card web-page.lua "/cards/$card.html" 5s
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
