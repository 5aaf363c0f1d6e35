#!/usr/bin/env bash
# What picocli alone costs at start-up: a bare JVM hello-world against two small programs that parse
# `search x --limit 3` with the root and search options of verideck, one modelled from annotations,
# one with the programmatic CommandSpec API. Each program gets its own dynamic CDS archive and the
# launcher's short-command flags; CPU time (user + sys) and wall time, rounds alternating.
#   bench/picocli-floor.sh [ROUNDS]      (after mvn -q package -DskipTests: uses the launcher's picocli jar)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-12}"
pc="$(ls quiz-cli/target/lib/picocli-*.jar)"
pc="$(cd "$(dirname "$pc")" && pwd)/$(basename "$pc")"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' > "$tmp/Hello.java"
mkdir -p "$tmp/c"
javac -nowarn -cp "$pc" -d "$tmp/c" "$tmp/Hello.java" bench/picocli-floor/AnnotatedModel.java bench/picocli-floor/ProgrammaticModel.java 2>/dev/null
(cd "$tmp/c" && jar cf ../hello.jar Hello.class && jar cf ../annotated.jar AnnotatedModel*.class && jar cf ../programmatic.jar ProgrammaticModel.class)
flags=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData)
declare -A cp=([Hello]="$tmp/hello.jar" [AnnotatedModel]="$pc:$tmp/annotated.jar" [ProgrammaticModel]="$pc:$tmp/programmatic.jar")
for m in Hello AnnotatedModel ProgrammaticModel; do
  java -XX:ArchiveClassesAtExit="$tmp/$m.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -cp "${cp[$m]}" $m search x --limit 3 >/dev/null
done
for r in $(seq "$rounds"); do
  for m in Hello AnnotatedModel ProgrammaticModel; do
    /usr/bin/time -o "$tmp/t" -f "%U %S %e" java "${flags[@]}" -XX:SharedArchiveFile="$tmp/$m.jsa" -Xlog:cds=off \
      -cp "${cp[$m]}" $m search x --limit 3 >/dev/null
    echo "$m $(tail -1 "$tmp/t")" >> "$tmp/all"
  done
done
python3 - "$tmp/all" <<'PY'
import statistics as st, sys
rows = [l.split() for l in open(sys.argv[1])]
for m in ("Hello", "AnnotatedModel", "ProgrammaticModel"):
    cpu = [float(r[1]) + float(r[2]) for r in rows if r[0] == m]
    wall = [float(r[3]) for r in rows if r[0] == m]
    print(f"{m}: CPU median {st.median(cpu)*1000:.0f} ms (min {min(cpu)*1000:.0f}), wall median {st.median(wall)*1000:.0f} ms (min {min(wall)*1000:.0f})")
PY
echo "rounds: $rounds; load average $(cut -d' ' -f1-3 /proc/loadavg)"
