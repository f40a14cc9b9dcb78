#!/usr/bin/env bash
# Times the superscale commands against the JVM start-up floor (the same launcher printing --version),
# in one run, and reports ratios and peak memory. Usage: bench/cli-ratios.sh [runs]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-5}"
"$root/superscale" --version > /dev/null  # build if needed
classpath="$root/stacks/target/classes:$(cat "$root/stacks/target/classpath.txt")"

# Median wall seconds and peak RSS (MiB) of a command over $runs runs.
measure() {
  local times=() rss=0
  for _ in $(seq "$runs"); do
    local out stats
    stats=$(mktemp)
    /usr/bin/time -o "$stats" -f "%e %M" java -cp "$classpath" dev.superscale.cli.Superscale "$@" > /dev/null 2>&1
    out=$(tail -1 "$stats")
    rm -f "$stats"
    times+=("${out% *}")
    local kib="${out#* }"
    (( kib > rss )) && rss=$kib
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "$median $((rss / 1024))"
}

read -r floor floor_rss <<< "$(measure --version)"
printf '%-44s %8s %8s %9s\n' "command" "median s" "x floor" "peak MiB"
printf '%-44s %8s %8s %9s\n' "superscale --version (JVM floor)" "$floor" "1.00" "$floor_rss"
for args in "plan --preset 10k" "plan --preset 50k --json" "plan --users 200000" "simulate --preset 10k" "simulate --preset 50k"; do
  # shellcheck disable=SC2086
  read -r seconds rss <<< "$(measure $args)"
  printf '%-44s %8s %8.2f %9s\n' "superscale $args" "$seconds" "$(echo "$seconds / $floor" | bc -l)" "$rss"
done
