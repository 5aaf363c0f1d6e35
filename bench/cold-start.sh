#!/usr/bin/env bash
# Cold start: median wall time of `./verideck search backprop --limit 1` over N runs, next to a bare
# `java` hello-world in the same run. Uses hyperfine (Debian package) when present, else a shell loop.
# Run from the repository root after `mvn -q package -DskipTests`.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/Hello.java" <<'JAVA'
public class Hello { public static void main(String[] a) { System.out.println("hello"); } }
JAVA
javac -d "$tmp" "$tmp/Hello.java"
./verideck search backprop --limit 1 >/dev/null   # first launch of this build (CDS archive, page cache)
if command -v hyperfine >/dev/null 2>&1; then
  hyperfine -N --warmup 2 --runs "$runs" --export-json "$tmp/h.json" \
    "java -Xshare:auto -cp $tmp Hello" "./verideck search backprop --limit 1" >/dev/null
  python3 - "$tmp/h.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
jvm, vd = r[0]["median"] * 1000, r[1]["median"] * 1000
print(f"bare JVM hello-world: median {jvm:.0f} ms")
print(f"verideck search backprop --limit 1: median {vd:.0f} ms  ({vd / jvm:.2f}x the bare JVM)")
PY
else
  med() { python3 -c 'import sys,statistics; print(round(statistics.median(map(float, sys.argv[1:]))))' "$@"; }
  t() { local s e; s=$(date +%s%N); "$@" >/dev/null; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
  a=(); b=()
  for _ in $(seq "$runs"); do a+=("$(t java -Xshare:auto -cp "$tmp" Hello)"); b+=("$(t ./verideck search backprop --limit 1)"); done
  ja=$(med "${a[@]}"); vb=$(med "${b[@]}")
  echo "bare JVM hello-world: median $ja ms"
  echo "verideck search backprop --limit 1: median $vb ms ($(python3 -c "print(round($vb/$ja,2))")x the bare JVM)"
fi
