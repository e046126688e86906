#!/usr/bin/env bash
# Times what `render` does for the account pages of 250/500/1,000 deployment targets of the
# project's policy set, Asciidoctor apart (median of 5 runs each, after a warm-up): the size check,
# then every target's bundle generated and checked (bash -n included when bash is installed), its
# page source, and the accounts/ tree written. Runs in a JVM of its own with the options `render`
# runs with (C1 only, serial GC: dev.rolebook.launch.FastLaunch), not inside Maven's.
# Not part of the test suite.
# Usage: bench/snippets-bench.sh [sizes...]   e.g. bench/snippets-bench.sh 250 500 1000
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -o -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test >/dev/null
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg)"
java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  dev.rolebook.bench.SnippetsBench "$(pwd)" ${*:-250 500 1000}
