#!/usr/bin/env bash
# Time and peak memory of `rolebook trail` on a generated 200 MB CloudTrail log file (and its gzip),
# with the heap capped at -Xmx64m to show that memory does not grow with the input.
# Usage: bench/trail-bench.sh [SIZE_MB] [RUNS]   (needs target/rolebook.jar: mvn -o package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE=${1:-200}
RUNS=${2:-3}
DIR=target/trail-bench
mkdir -p "$DIR"
if [ ! -f "$DIR/trail-$SIZE.json" ]; then
  java bench/GenerateTrail.java "$DIR/trail-$SIZE.json" "$SIZE"
  gzip -kf "$DIR/trail-$SIZE.json"
fi
ls -l "$DIR"/trail-"$SIZE".json*
for input in "$DIR/trail-$SIZE.json" "$DIR/trail-$SIZE.json.gz"; do
  times=(); rss=(); cpu=()
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -v -o "$DIR/time.txt" java -Xmx64m -XX:+UseSerialGC -jar target/rolebook.jar trail --project . "$input" >"$DIR/out.txt" 2>&1 || true
    times+=("$(awk -F': ' '/Elapsed \(wall clock\)/ {split($2,t,":"); print (t[1]*60+t[2])}' "$DIR/time.txt")")
    rss+=("$(awk -F': ' '/Maximum resident set size/ {print $2}' "$DIR/time.txt")")
    cpu+=("$(awk -F': ' '/User time|System time/ {s += $2} END {print s}' "$DIR/time.txt")")
  done
  med_t=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  med_r=$(printf '%s\n' "${rss[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  med_c=$(printf '%s\n' "${cpu[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "$(basename "$input"): median ${med_t}s wall, ${med_c}s CPU (user+sys), max RSS $((med_r / 1024)) MB, over $RUNS runs (-Xmx64m)"
done
head -3 "$DIR/out.txt"
