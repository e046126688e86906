#!/usr/bin/env bash
# Catalog benchmark: what the IAM action catalog adds to a cold `check` on the ABCA set, in paired
# runs (A B A B …, medians; farm-bench when installed):
#   1. cold `check` (reads the snapshot's index, prints its source and date) against the same
#      command built without the catalog: the merge base of this branch with main (or
#      BASE_JAR=path/to/rolebook.jar);
#   2. cold `check` plus one catalog lookup for every action pattern and condition key of the set
#      (every service it names is read: what catalog-backed checks do) against the same program
#      without the lookups (bench/CatalogLookups.java).
# The catalog's cost for a check that consults it everywhere is the sum of the two differences.
# Usage: bench/catalog-bench.sh   (RUNS, default 15; uses farm-bench when installed)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-15}
[ -f target/rolebook.jar ] || mvn -q -B package -DskipTests
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Cold figures: no check daemon answers, and the class-data archives go to a throw-away cache.
export ROLEBOOK_NO_DAEMON=1 XDG_CACHE_HOME="$work/cache"

base=${BASE_JAR:-}
if [ -z "$base" ]; then
  git archive "$(git merge-base HEAD main)" | tar -x -C "$work" --one-top-level=base
  (cd "$work/base" && mvn -q -B -o package -DskipTests)
  base=$work/base/target/rolebook.jar
fi
mkdir -p "$work/lookups"
javac -cp target/rolebook.jar -d "$work/lookups" bench/CatalogLookups.java
java -cp "target/rolebook.jar:$work/lookups" CatalogLookups --no-lookups
java -cp "target/rolebook.jar:$work/lookups" CatalogLookups

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
if command -v farm-bench >/dev/null; then
  echo "== with the catalog (A) against without (B), $RUNS pairs"
  farm-bench -n "$RUNS" --warmup 2 --timeout 600 --vs "java -jar $base check" -- java -jar target/rolebook.jar check
  echo "== check + every action and condition key looked up (A) against check + no lookups (B), $RUNS pairs"
  farm-bench -n "$RUNS" --warmup 2 --timeout 600 --vs "java -cp target/rolebook.jar:$work/lookups CatalogLookups --no-lookups" \
    -- java -cp "target/rolebook.jar:$work/lookups" CatalogLookups
else
  # shellcheck source=bench/lib.sh
  . bench/lib.sh
  echo "runs per figure: $RUNS (median, not paired: install farm-bench for paired runs)"
  echo "without the catalog:               $(median_ms java -jar "$base" check) ms"
  echo "with the catalog:                  $(median_ms java -jar target/rolebook.jar check) ms"
  echo "check, no lookups:                 $(median_ms java -cp "target/rolebook.jar:$work/lookups" CatalogLookups --no-lookups) ms"
  echo "check, every action looked up:     $(median_ms java -cp "target/rolebook.jar:$work/lookups" CatalogLookups) ms"
fi
