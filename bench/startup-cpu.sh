#!/usr/bin/env bash
# Start-up cost on a busy machine, where wall times are mostly the scheduler's: CPU time (user + sys,
# from /usr/bin/time) and class-loading counts of the launcher's short commands, next to a bare JVM.
# Each round runs every command once, in turn, so that load changes hit all of them alike.
#   bench/startup-cpu.sh [ROUNDS] [REVIEW_DIR]
# REVIEW_DIR: a directory made by bench/run_review_bench.sh (decks/ and progress.db); without it the
# review line is skipped. Build first: mvn -q package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-10}"
rdir="${2:-}"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' > "$tmp/Hello.java"
javac -d "$tmp" "$tmp/Hello.java"
names=("bare JVM hello-world" "verideck search backprop --limit 1")
cmds=("java -Xshare:auto -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp $tmp Hello" "./verideck search backprop --limit 1")
if [ -n "$rdir" ]; then
  export VERIDECK_HOME="$rdir/home" VERIDECK_CACHE="$rdir/cache"
  names+=("verideck review --plain --limit 1 (10,000 cards)")
  cmds+=("./verideck --decks $rdir/decks review --plain --limit 1 --db $rdir/progress.db")
fi
for c in "${cmds[@]}"; do $c </dev/null >/dev/null 2>&1 || true; done   # warm caches once
for r in $(seq "$rounds"); do
  for i in "${!cmds[@]}"; do
    /usr/bin/time -o "$tmp/t" -f "%U %S %e" ${cmds[$i]} </dev/null >/dev/null 2>&1 || true
    echo "$i $(tail -1 "$tmp/t")" >> "$tmp/all"
  done
done
for i in "${!cmds[@]}"; do
  VERIDECK_JAVA_OPTS="-Xlog:class+load:file=$tmp/cl$i.txt" ${cmds[$i]} </dev/null >/dev/null 2>&1 || true
  if [ "$i" = 0 ]; then java -Xlog:class+load:file="$tmp/cl0.txt" -Xshare:auto -cp "$tmp" Hello >/dev/null; fi
done
python3 - "$tmp" "${names[@]}" <<'PY'
import statistics as st, sys, os
tmp, names = sys.argv[1], sys.argv[2:]
rows = [l.split() for l in open(os.path.join(tmp, "all"))]
base = None
for i, name in enumerate(names):
    cpu = [float(r[1]) + float(r[2]) for r in rows if r[0] == str(i)]
    wall = [float(r[3]) for r in rows if r[0] == str(i)]
    lines = open(os.path.join(tmp, f"cl{i}.txt")).read().splitlines()
    shared = sum("shared objects file" in l for l in lines)
    m = st.median(cpu) * 1000
    base = base or m
    print(f"{name}: CPU median {m:.0f} ms (min {min(cpu)*1000:.0f}), {m/base:.1f}x; wall median {st.median(wall)*1000:.0f} ms"
          f" (min {min(wall)*1000:.0f}); {len(lines)} classes loaded, {len(lines)-shared} not from the CDS archive")
PY
echo "rounds: $rounds; load average $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
