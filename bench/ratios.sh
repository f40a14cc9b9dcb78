#!/usr/bin/env bash
# Wall time and peak RSS of the whole process tree (JVM plus jsii's Node processes, sampled by bench/tree-rss.py) of
# plan, simulate and synth of every preset tier and target, beside their floors, measured in one run and printed as
# one table of ratios:
#   JVM floor:   ./superscale --version (the same launcher, JVM options and classpath, no work)   plan, simulate
#   jsii floor:  a one-bucket CDK app (aws/.../bench/OneBucketApp), java -cp, CDK's defaults      synth aws, all
#   cdk8s floor: a one-object cdk8s chart (k8s/.../bench/OneObjectChart), java -cp                 synth k8s
# plus the floors run the way they would not naturally be (CDK_VALIDATION=false; the launcher's JVM options), and every
# tier x target synthesized in one process (stacks/.../bench/EveryTierInOneProcess) against the main job.
# The measurements are interleaved: each round runs every row once, the table shows each row's median over the rounds,
# so a machine whose load drifts during the run shifts floors and commands alike.
# Usage: bench/ratios.sh [ROUNDS]   (default 3; SKIP_BUILD=1 reuses target/). On a shared machine, hold the build
# lock so no build competes: flock /tmp/superscale-maven.lock bench/ratios.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
rounds="${1:-3}"

if [[ -z "${SKIP_BUILD:-}" ]]; then
  # One reactor build; -DskipTests still compiles the test classes that hold the floors and the one-process matrix.
  "${MVN:-mvn}" -q -B -DskipTests -pl stacks -am package
  touch stacks/target/.superscale-built
fi
"$root/superscale" --version > /dev/null  # the launcher's one-time work (a build if sources changed) stays out of the figures
classpath="$root/aws/target/test-classes:$root/k8s/target/test-classes:$root/stacks/target/test-classes:$root/stacks/target/classes:$(cat stacks/target/classpath.txt)"
{ read -r java_options; read -r node_options; } < <("$root/superscale" --print-launch-options)
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20 CDK_DISABLE_CLI_TELEMETRY=true AWS_EC2_METADATA_DISABLED=true
unset CDK_VALIDATION
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
endpoints=(--postgres-host meta.example.internal --postgres-cidr 10.0.32.0/20 --redis-broker broker.example.internal:6379
  --redis-cache-nodes cache.example.internal:6379 --redis-cidr 10.0.48.0/20)

# Rows: "NAME|FLOOR-NAME|COMMAND..." (the command's words separated by spaces; {out} is a fresh scratch folder).
rows=(
  "floor: superscale --version (JVM)||./superscale --version"
  "floor: one-bucket CDK app (jsii)||env CDK_OUTDIR={out} java -cp $classpath dev.superscale.aws.bench.OneBucketApp"
  "floor: one-object cdk8s chart||java -cp $classpath dev.superscale.k8s.bench.OneObjectChart"
  "one-bucket, CDK_VALIDATION=false||env CDK_VALIDATION=false CDK_OUTDIR={out} java -cp $classpath dev.superscale.aws.bench.OneBucketApp"
)
if [[ -n "$java_options$node_options" ]]; then
  rows+=("one-bucket, the launcher's options||env NODE_OPTIONS=$node_options CDK_OUTDIR={out} java $java_options -cp $classpath dev.superscale.aws.bench.OneBucketApp")
fi
for preset in 100 1k 10k 50k; do
  rows+=("plan --preset $preset|floor: superscale --version (JVM)|./superscale plan --preset $preset"
    "simulate --preset $preset|floor: superscale --version (JVM)|./superscale simulate --preset $preset"
    "synth --preset $preset (aws)|floor: one-bucket CDK app (jsii)|./superscale synth --preset $preset --out {out}"
    "synth --preset $preset --target k8s|floor: one-object cdk8s chart|./superscale synth --preset $preset --target k8s --out {out} ${endpoints[*]}"
    "synth --preset $preset --target all|floor: one-bucket CDK app (jsii)|./superscale synth --preset $preset --target all --out {out} ${endpoints[*]}")
done
rows+=("every tier x target, one process|synth --preset 10k (aws)|env NODE_OPTIONS=$node_options java $java_options -cp $classpath dev.superscale.bench.EveryTierInOneProcess {out} ${endpoints[*]}")

declare -A seconds mib
for ((round = 1; round <= rounds; round++)); do
  echo "round $round of $rounds: $(uptime)" >&2
  for row in "${rows[@]}"; do
    IFS='|' read -r name _ command <<< "$row"
    rm -rf "$scratch/out"
    # shellcheck disable=SC2086
    read -r s m <<< "$("$root/bench/tree-rss.py" ${command//\{out\}/$scratch/out})"
    seconds[$name]+="$s "
    mib[$name]=$(( ${mib[$name]:-0} > m ? ${mib[$name]:-0} : m ))
  done
done

median() { tr ' ' '\n' <<< "$1" | grep . | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.2f", m}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

echo "$(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores; load average at the end:$(uptime | sed 's/.*load average://')"
echo "rounds: $rounds (median wall seconds, largest peak RSS of the process tree); the launcher runs java $java_options, NODE_OPTIONS=$node_options"
printf '%-38s %8s %8s %9s %8s  %s\n' "command" "seconds" "x floor" "peak MiB" "x floor" "floor"
for row in "${rows[@]}"; do
  IFS='|' read -r name floor _ <<< "$row"
  s=$(median "${seconds[$name]}")
  if [[ -z "$floor" ]]; then
    printf '%-38s %8s %8s %9s %8s\n' "$name" "$s" "" "${mib[$name]}" ""
  else
    f=$(median "${seconds[$floor]}")
    printf '%-38s %8s %8s %9s %8s  %s\n' "$name" "$s" "$(ratio "$s" "$f")" "${mib[$name]}" "$(ratio "${mib[$name]}" "${mib[$floor]}")" "${floor#floor: }"
  fi
done
