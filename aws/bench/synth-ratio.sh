#!/usr/bin/env bash
# Synth time of the Superset stack per preset tier as a ratio to a one-bucket CDK app,
# both measured in this run on this machine (median of RUNS runs each).
#   direct: java -cp ... (what cdk.json's app runs), CDK_VALIDATION=false, cdk-nag on and off
#   cli:    npx aws-cdk synth -q, from the repository root, for 10k users and for the one-bucket app
# Usage: aws/bench/synth-ratio.sh [RUNS]   (default 3; set SKIP_BUILD=1 to reuse target/)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
runs="${1:-3}"

if [[ -z "${SKIP_BUILD:-}" ]]; then
  "${MVN:-mvn}" -q -B -DskipTests -pl stacks -am install
  "${MVN:-mvn}" -q -B -DskipTests -pl aws test-compile
  touch stacks/target/.superscale-built
fi
classpath="$root/stacks/target/classes:$root/aws/target/test-classes:$(cat stacks/target/classpath.txt)"
export CDK_VALIDATION=false JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20 CDK_DISABLE_CLI_TELEMETRY=true AWS_EC2_METADATA_DISABLED=true
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

# Median wall time in seconds of a command, run $runs times.
median() {
  local times=()
  for ((i = 0; i < runs; i++)); do
    local start end
    start=$(date +%s.%N)
    "$@" > /dev/null 2> "$scratch/stderr" || { cat "$scratch/stderr" >&2; return 1; }
    end=$(date +%s.%N)
    times+=("$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.3f", b - a}')")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.2f", m}'
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

direct() { # direct CONTEXT_JSON MAIN_CLASS
  rm -rf "$scratch/out"; mkdir -p "$scratch/out"
  CDK_OUTDIR="$scratch/out" CDK_CONTEXT_JSON="$1" java -cp "$classpath" "$2"
}

floor=$(median direct '{}' dev.superscale.aws.bench.OneBucketApp)
echo "runs per measurement: $runs (median), machine: $(nproc) cores"
printf '%-34s %8s %8s\n' "synth (java -cp, CDK_VALIDATION=false)" "seconds" "ratio"
printf '%-34s %8s %8s\n' "one-bucket app" "$floor" "1.00"
for users in 100 1000 10000 50000; do
  for nag in false true; do
    t=$(median direct "{\"users\":\"$users\",\"nag\":\"$nag\"}" dev.superscale.stacks.SupersetCdkApp)
    printf '%-34s %8s %8s\n' "superset $users users, nag=$nag" "$t" "$(ratio "$t" "$floor")"
  done
done

if command -v npx > /dev/null && npx --no-install aws-cdk --version > /dev/null 2>&1; then
  cli_floor=$(median npx --no-install aws-cdk synth -q -o "$scratch/cli-bucket" --app "java -cp $classpath dev.superscale.aws.bench.OneBucketApp")
  cli=$(median npx --no-install aws-cdk synth -q -o "$scratch/cli-superset" -c users=10000)
  printf '%-34s %8s %8s\n' "cdk synth -q, one-bucket app" "$cli_floor" "1.00"
  printf '%-34s %8s %8s\n' "cdk synth -q -c users=10000" "$cli" "$(ratio "$cli" "$cli_floor")"
else
  echo "(aws-cdk CLI not installed: npm install -g aws-cdk@2.1148.1 for the cdk synth figures)"
fi
