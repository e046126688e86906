#!/usr/bin/env bash
# Diff benchmark: cold `diff` against a git revision, paired with cold `check` on the same project
# (farm-bench --vs: A and B alternate, the ratio is taken pair by pair; quote the medians).
# Cases, on a throw-away git repository holding this project's policies/:
#   1. the work tree equals HEAD (no change);
#   2. an edit adds dynamodb:Describe* and a statement granting "Action": "*" on one bucket
#      (the catalog expands "*" to every IAM action, the largest expansion there is).
# Usage: bench/diff-bench.sh   (builds target/rolebook.jar first if missing; RUNS, default 7)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-7}
[ -f target/rolebook.jar ] || mvn -q -B package -DskipTests
command -v farm-bench >/dev/null || { echo "farm-bench is needed for paired runs" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Cold figures: no check daemon answers, and the class-data archives go to a throw-away cache.
export ROLEBOOK_NO_DAEMON=1 XDG_CACHE_HOME="$work/cache"
jar=$PWD/target/rolebook.jar

mkdir -p "$work/p"
cp -r policies "$work/p/"
git -C "$work/p" init -q
git -C "$work/p" add -A
git -C "$work/p" -c user.name=bench -c user.email=bench@example.com commit -q -m base

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1); runs: $RUNS"
echo "== no change: diff HEAD (A) vs check (B)"
farm-bench -n "$RUNS" --vs "java -jar $jar check --project $work/p" -- java -jar "$jar" diff --project "$work/p" HEAD

python3 - "$work/p/policies/IaCRole-ABCA-Application.json" <<'PY'
import json, sys
p = sys.argv[1]
d = json.load(open(p))
d["Statement"][0]["Action"].append("dynamodb:Describe*")
d["Statement"].append({"Sid": "Everything", "Effect": "Allow", "Action": "*", "Resource": "arn:aws:s3:::bench-bucket/*"})
json.dump(d, open(p, "w"), indent=2)
PY
echo "== edit with \"Action\": \"*\": diff HEAD (A) vs check (B)"
farm-bench -n "$RUNS" --vs "java -jar $jar check --project $work/p" -- java -jar "$jar" diff --project "$work/p" HEAD
