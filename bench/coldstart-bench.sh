#!/usr/bin/env bash
# Cold start, side by side in one run (README: benchmarks). Each line pairs two commands, run in
# turn RUNS times (default 5); it prints both medians and the median of the per-pair ratios, which
# is the figure to trust on a busy machine.
#   - cold `check` (relaunched on C1 with its archive, warm; no daemon) against a JVM that prints
#     hello, and against `check` in one JVM with the default flags
#   - `check` answered by its daemon (started by the third check, warmed up) against hello, and
#     against the first JVM alone (`--version`)
#   - cold `render`: default JVM flags in one JVM (ROLEBOOK_NO_RELAUNCH=1), the fast relaunch
#     without an archive (-Drolebook.cds=false), the first run (creates the archive), warm archive
#   - Ruby Asciidoctor (Debian's `asciidoctor`) on the same guide text, macros' HTML pasted in;
#     skipped with a note when it is not installed
#   - `mvn -o site` with its archive in target/ warm
#   - account pages and bundles for 1,000 targets (bench/snippets-bench.sh 1000)
# Usage: bench/coldstart-bench.sh   (builds target/rolebook.jar and the test classes first)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
mvn -o -q -B package -DskipTests
mvn -o -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# shellcheck source=bench/lib.sh
. bench/lib.sh

mkdir -p "$work/hello"
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' > "$work/hello/Hello.java"
javac -d "$work/hello" "$work/hello/Hello.java"
(cd "$work/hello" && jar cfe hello.jar Hello Hello.class)
jar="java -jar target/rolebook.jar"
export XDG_CACHE_HOME="$work/cache"

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | awk 'NR==1'), $(mvn -B -v 2>&1 | awk 'NR==1')"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "runs per figure: $RUNS, paired (A B A B ...); columns: median A ms, median B ms, median A/B"
line() { printf '%-58s %s\n' "$1" "$(paired_ms "$2" "$3")"; }

cold="env ROLEBOOK_NO_DAEMON=1 $jar check"   # env: a variable's value is no assignment once expanded
$cold >/dev/null 2>&1 || true   # the build's first check: one JVM, leaves its mark
$cold >/dev/null 2>&1 || true   # the second: writes check's own archive, for the warm lines
line "cold check, no daemon (A) / hello JVM (B)" "$cold" "java -jar $work/hello/hello.jar"
line "cold check, no daemon (A) / check in one JVM, default flags (B)" "$cold" "ROLEBOOK_NO_RELAUNCH=1 $jar check"
$jar check >/dev/null 2>&1 || true   # with its archive: starts the daemon as it ends
wait_for_daemon "$XDG_CACHE_HOME"
line "check answered by the daemon (A) / hello JVM (B)" "$jar check" "java -jar $work/hello/hello.jar"
line "check answered by the daemon (A) / the first JVM alone (B)" "$jar check" "$jar --version"
$jar render --out "$work/site" >/dev/null 2>&1   # the archive, for the warm lines
line "render: warm archive (A) / default flags (B)" \
  "$jar render --out $work/site" "ROLEBOOK_NO_RELAUNCH=1 $jar render --out $work/site"
line "render: fast flags, no archive (A) / default flags (B)" \
  "java -Drolebook.cds=false -jar target/rolebook.jar render --out $work/site" "ROLEBOOK_NO_RELAUNCH=1 $jar render --out $work/site"
line "render: first run, creates the archive (A) / warm (B)" \
  "rm -rf $work/first && XDG_CACHE_HOME=$work/first $jar render --out $work/site" "$jar render --out $work/site"
if command -v asciidoctor >/dev/null; then
  java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" dev.rolebook.render.PastedGuide "$work/guide.adoc"
  line "render: warm archive (A) / Ruby asciidoctor, same text (B)" \
    "$jar render --out $work/site" "asciidoctor -o $work/ruby.html $work/guide.adoc"
else
  echo "Ruby asciidoctor: not installed (apt-get install asciidoctor), skipped"
fi
mvn -o -q -B site >/dev/null 2>&1   # compiles, jars and leaves target/'s archive warm
line "mvn -o site, warm archive (A) / render, warm archive (B)" "mvn -o -q -B site" "$jar render --out $work/site"
echo "1,000 deployment targets, account pages and bundles (bench/snippets-bench.sh):"
bench/snippets-bench.sh 1000 | tail -n 2
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
