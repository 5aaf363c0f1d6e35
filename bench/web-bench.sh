#!/usr/bin/env bash
# Load test of the reference site on loopback: wrk, 64 connections, 30 s, against /api/search with
# rotating queries (bench/web-search.lua) and against one card page; samples the server's resident
# memory every second. Needs a built tree (mvn -q package -DskipTests) and wrk (apt-get install -y wrk).
#
#   bench/web-bench.sh [--decks DIR] [--card ID] [--duration 30s] [--uncached]
#
# WEB_BENCH_JAVA_OPTS adds JVM options to the server's (e.g. a flight recording, -Xlog:gc).
# --uncached starts the server with the search answer cache off (-Dverideck.searchCache=0), so every
# request runs a Lucene search and the highlighter.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
decks=""; card=""; duration="30s"; port="${PORT:-18765}"; uncached=""
while [ $# -gt 0 ]; do
  case "$1" in
    --decks) decks="$2"; shift 2 ;;
    --card) card="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --uncached) uncached=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 4; }
work="$(mktemp -d)"
export VERIDECK_HOME="$work/home" VERIDECK_CACHE="$work/cache"
opts="-Xms256m -Xmx256m ${WEB_BENCH_JAVA_OPTS:-}"
[ -n "$uncached" ] && opts="$opts -Dverideck.searchCache=0"
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
rss() { awk '/VmRSS/ {print $2}' "/proc/$pid/status"; }
sample() { while kill -0 "$pid" 2>/dev/null; do echo "$(date +%s) $(rss)"; sleep 1; done; }
run() { # name, script, path
  # warm-up: JIT and caches, not measured
  wrk -t2 -c64 -d5s -s "$here/bench/$2" "http://127.0.0.1:$port$3" >/dev/null
  sample >"$work/rss-$1.txt" & sampler=$!
  cpu0=$(cpu)
  wrk -t2 -c64 -d"$duration" --latency -s "$here/bench/$2" "http://127.0.0.1:$port$3" | tee "$work/wrk-$1.txt" | grep -E "RESULT|Socket errors|Non-2xx"
  cpu1=$(cpu)
  kill "$sampler"; wait "$sampler" 2>/dev/null || true
  # the server's own CPU (user + system) per request answered
  awk -v c="$((cpu1 - cpu0))" '/requests in/ {printf "CPU %s: %.0f ms of server CPU for %d requests = %.3f ms per request\n", name, c, $1, c / $1}' \
      name="$1" "$work/wrk-$1.txt"
  awk 'NR==1 {first=$2} {if ($2>max) max=$2; if (min=="" || $2<min) min=$2; last=$2}
       END {printf "RSS %s: first %.0f MiB, min %.0f MiB, max %.0f MiB, last %.0f MiB\n", name, first/1024, min/1024, max/1024, last/1024}' \
       name="$1" "$work/rss-$1.txt"
}
echo "server pid $pid, nproc $(nproc), load $(cut -d' ' -f1-3 /proc/loadavg), card $card, cache $([ -n "$uncached" ] && echo off || echo on)"
run search web-search.lua "/api/search?q=softmax"
run card web-page.lua "/cards/$card.html"
