#!/usr/bin/env bash
# Wall time and peak RSS of the whole process tree (JVM plus jsii's Node) of plan, simulate and synth for
# every preset tier, beside their floors, measured in one run on this machine and printed as ratios:
#   JVM floor:  superscale --version (the same launcher and classpath, no work)   for plan and simulate
#   jsii floor: a one-bucket CDK app (aws/.../bench/OneBucketApp)                 for synth --target aws
# The cdk8s floor (a one-object chart) joins when the Kubernetes target lands.
# Usage: bench/ratios.sh [RUNS]   (median of RUNS runs, default 3; SKIP_BUILD=1 reuses target/)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
runs="${1:-3}"
mvn_cmd=(${MVN:-mvn})

if [[ -z "${SKIP_BUILD:-}" ]]; then
  # One reactor build (package, not install: the classpath then points at this tree's jars, whatever ~/.m2 holds);
  # -DskipTests still compiles the aws test classes that hold the one-bucket app.
  "${mvn_cmd[@]}" -q -B -DskipTests -pl stacks -am package
fi
classpath="$root/stacks/target/classes:$root/aws/target/test-classes:$(cat stacks/target/classpath.txt)"
export CDK_VALIDATION=false JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20 CDK_DISABLE_CLI_TELEMETRY=true AWS_EC2_METADATA_DISABLED=true
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

# Median wall seconds and the largest peak tree RSS (MiB) over $runs runs: "SECONDS MIB".
measure() {
  local times=() peak=0
  for ((i = 0; i < runs; i++)); do
    rm -rf "$scratch/out"
    local result
    result=$("$root/bench/tree-rss.py" "$@")
    times+=("${result% *}")
    (( ${result#* } > peak )) && peak=${result#* }
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.2f", m}')
  echo "$median $peak"
}

cli() { echo java -cp "$classpath" dev.superscale.cli.Superscale "$@"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

read -r jvm jvm_mib <<< "$(measure $(cli --version))"
read -r jsii jsii_mib <<< "$(measure env CDK_OUTDIR="$scratch/out" java -cp "$classpath" dev.superscale.aws.bench.OneBucketApp)"

echo "runs per measurement: $runs (median wall time, largest peak RSS of the process tree); $(nproc) cores"
printf '%-40s %8s %7s %9s %7s\n' "command" "seconds" "x floor" "peak MiB" "x floor"
printf '%-40s %8s %7s %9s %7s\n' "floor: superscale --version (JVM)" "$jvm" "1.00" "$jvm_mib" "1.00"
printf '%-40s %8s %7s %9s %7s\n' "floor: one-bucket CDK app (jsii)" "$jsii" "1.00" "$jsii_mib" "1.00"
for preset in 100 1k 10k 50k; do
  for command in "plan --preset $preset" "simulate --preset $preset"; do
    # shellcheck disable=SC2086
    read -r s mib <<< "$(measure $(cli $command))"
    printf '%-40s %8s %7s %9s %7s\n' "superscale $command" "$s" "$(ratio "$s" "$jvm")" "$mib" "$(ratio "$mib" "$jvm_mib")"
  done
  read -r s mib <<< "$(measure $(cli synth --preset "$preset" --target aws --out "$scratch/out"))"
  printf '%-40s %8s %7s %9s %7s\n' "superscale synth --preset $preset (aws)" "$s" "$(ratio "$s" "$jsii")" "$mib" "$(ratio "$mib" "$jsii_mib")"
done
