#!/usr/bin/env bash
# Check benchmark: cold `check` on the ABCA set against a JVM that only prints hello, and `check`
# over 1,000 generated policies (median time per policy). Medians of RUNS runs (default 7).
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

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
echo "runs per figure: $RUNS (median)"
hello=$(median_ms java -jar "$work/hello/hello.jar")
check=$(median_ms java -jar target/rolebook.jar check)
java -XX:ArchiveClassesAtExit="$work/check.jsa" -jar target/rolebook.jar check >/dev/null 2>&1 || true
check_cds=$(median_ms java -XX:SharedArchiveFile="$work/check.jsa" -XX:TieredStopAtLevel=1 -jar target/rolebook.jar check)
gen=$(median_ms java -jar target/rolebook.jar check --project "$work/gen")
echo "hello JVM:                         ${hello} ms"
echo "cold check, ABCA set:              ${check} ms ($(awk "BEGIN {printf \"%.1f\", $check / $hello}")x hello)"
echo "cold check, ABCA set, AppCDS+C1:   ${check_cds} ms ($(awk "BEGIN {printf \"%.1f\", $check_cds / $hello}")x hello)"
echo "cold check, 1,000 policies:        ${gen} ms ($(awk "BEGIN {printf \"%.2f\", $gen / 1000}") ms per policy, JVM start included)"
