#!/usr/bin/env bash
# Render benchmark: cold `render`, cold `mvn site`, warm re-render after a one-line policy edit,
# and edit-to-reload latency in `serve`. Medians of RUNS runs (default 5).
# Usage: bench/render-bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
mvn -q -B package -DskipTests
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test >/dev/null
mvn -q -B test-compile
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# shellcheck source=bench/lib.sh
. bench/lib.sh

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | awk 'NR==1'), $(mvn -B -v 2>&1 | awk 'NR==1')"
echo "runs per figure: $RUNS (median)"
fast="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Djruby.compile.invokedynamic=false"
# ROLEBOOK_NO_RELAUNCH=1: one JVM with exactly these flags (by default render relaunches itself with
# the fast flags and an archive; bench/coldstart-bench.sh measures that).
export ROLEBOOK_NO_RELAUNCH=1
echo "cold render (java -jar, default flags):   $(median_ms java -jar target/rolebook.jar render --out "$work/site") ms"
echo "cold render (java -jar, $fast): $(median_ms java $fast -jar target/rolebook.jar render --out "$work/site") ms"
java $fast -XX:ArchiveClassesAtExit="$work/render.jsa" -jar target/rolebook.jar render --out "$work/site" >/dev/null 2>&1 || true
echo "cold render (same flags + AppCDS archive): $(median_ms java $fast -XX:SharedArchiveFile="$work/render.jsa" -jar target/rolebook.jar render --out "$work/site") ms"
unset ROLEBOOK_NO_RELAUNCH
echo "cold mvn site (offline, compiled):         $(median_ms mvn -o -q -B site) ms"
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" dev.rolebook.bench.WarmBench "$RUNS"
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" dev.rolebook.render.ExtensionOverheadBench 51
