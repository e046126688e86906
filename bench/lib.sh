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
