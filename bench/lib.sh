# Shared by the bench scripts (sourced, not run).

# Median wall time in milliseconds of RUNS runs of the given command. A failing run still counts:
# `check` on a project with findings exits 1 and is measured all the same.
median_ms() {
  local times=()
  for _ in $(seq "$RUNS"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

# Runs two shell commands in turn, A B A B ..., RUNS times each, and prints
# "<median A ms> <median B ms> <median of the per-pair ratios A/B>". Pairing keeps the ratio fair
# when the machine's speed drifts (other jobs starting and stopping).
paired_ms() {
  local a=() b=() r=()
  for _ in $(seq "$RUNS"); do
    local s m e
    s=$(date +%s%N); bash -c "$1" >/dev/null 2>&1 || true
    m=$(date +%s%N); bash -c "$2" >/dev/null 2>&1 || true
    e=$(date +%s%N)
    a+=($(( (m - s) / 1000000 ))); b+=($(( (e - m) / 1000000 )))
    r+=("$(awk "BEGIN {printf \"%.3f\", ($m - $s) / ($e - $m)}")")
  done
  printf '%s %s %s\n' \
    "$(printf '%s\n' "${a[@]}" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}')" \
    "$(printf '%s\n' "${b[@]}" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}')" \
    "$(printf '%s\n' "${r[@]}" | sort -g | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}')"
}

# Waits until a check daemon has announced itself under the cache directory $1 (at most 60 s),
# then for its warm-up (3 s of runs) to end, so that the figures are of a warm daemon.
wait_for_daemon() {
  for _ in $(seq 600); do
    if compgen -G "$1/rolebook/daemons/*.address" >/dev/null; then
      sleep 4
      return 0
    fi
    sleep 0.1
  done
  echo "no check daemon started under $1 (CI set? ROLEBOOK_NO_DAEMON?)" >&2
  return 1
}
