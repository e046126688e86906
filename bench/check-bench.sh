#!/usr/bin/env bash
# Check benchmark: `check` on the ABCA set against a JVM that only prints hello (in one JVM with
# the default flags; a build's first check; relaunched with its archive; answered by its daemon),
# and `check` over 1,000 generated policies (median time per policy). Medians of RUNS runs
# (default 7).
# Usage: bench/check-bench.sh   (builds target/rolebook.jar first if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-7}
[ -f target/rolebook.jar ] || mvn -q -B package -DskipTests
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# shellcheck source=bench/lib.sh
. bench/lib.sh

mkdir -p "$work/hello"
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' > "$work/hello/Hello.java"
javac -d "$work/hello" "$work/hello/Hello.java"
(cd "$work/hello" && jar cfe hello.jar Hello Hello.class)

java bench/GeneratePolicies.java "$work/gen" 1000

export XDG_CACHE_HOME="$work/cache"   # the archives go here, not into your own cache
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
echo "runs per figure: $RUNS (median)"
export ROLEBOOK_NO_DAEMON=1          # the cold figures first
hello=$(median_ms java -jar "$work/hello/hello.jar")
one_jvm=$(median_ms env ROLEBOOK_NO_RELAUNCH=1 java -jar target/rolebook.jar check)
first=$(median_ms sh -c "rm -rf '$work/first' && XDG_CACHE_HOME='$work/first' java -jar target/rolebook.jar check")
java -jar target/rolebook.jar check >/dev/null 2>&1 || true   # the first check of the build: leaves its mark
java -jar target/rolebook.jar check >/dev/null 2>&1 || true   # the second: writes the archive
warm=$(median_ms java -jar target/rolebook.jar check)
gen=$(median_ms java -jar target/rolebook.jar check --project "$work/gen")
unset ROLEBOOK_NO_DAEMON
java -jar target/rolebook.jar check >/dev/null 2>&1 || true   # with the archive: starts the daemon
wait_for_daemon "$XDG_CACHE_HOME"
daemon=$(median_ms java -jar target/rolebook.jar check)
echo "hello JVM:                                   ${hello} ms"
echo "cold check, ABCA set, one JVM, default flags: ${one_jvm} ms ($(awk "BEGIN {printf \"%.1f\", $one_jvm / $hello}")x hello)"
echo "cold check, ABCA set, a build's first check:  ${first} ms ($(awk "BEGIN {printf \"%.1f\", $first / $hello}")x hello)"
echo "cold check, ABCA set, relaunched, archive:    ${warm} ms ($(awk "BEGIN {printf \"%.1f\", $warm / $hello}")x hello)"
echo "check answered by its daemon:                 ${daemon} ms ($(awk "BEGIN {printf \"%.1f\", $daemon / $hello}")x hello)"
echo "cold check, 1,000 policies, archive:          ${gen} ms ($(awk "BEGIN {printf \"%.2f\", $gen / 1000}") ms per policy, JVM start included)"
