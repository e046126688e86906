#!/usr/bin/env bash
# Times snippet bundles and per-account pages for 250/500/1,000 deployment targets of the project's
# policy set (median of 5 runs each, after a warm-up). Not part of the test suite.
# Usage: bench/snippets-bench.sh [sizes...]   e.g. bench/snippets-bench.sh 250 500 1000
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile
mvn -q -B exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.rolebook.bench.SnippetsBench \
  -Dexec.args="$(pwd) ${*:-250 500 1000}"
