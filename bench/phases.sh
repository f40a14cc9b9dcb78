#!/usr/bin/env bash
# Where the main job's synth time goes, phase by phase (stacks/.../bench/SynthPhases), beside the one-bucket floor,
# with the launcher's JVM and Node options: the floor with CDK's defaults (its CloudFormation validation on) and
# without it, then the 10k stack bare, with cdk-nag, with the validation, and with both (the main job's checks).
# Usage: bench/phases.sh [PRESET]   (default 10k; run bench/ratios.sh or the build first: it uses target/)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
preset="${1:-10k}"
classpath="$root/stacks/target/test-classes:$root/stacks/target/classes:$(cat stacks/target/classpath.txt)"
{ read -r java_options; read -r node_options; } < <("$root/superscale" --print-launch-options)
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20 NODE_OPTIONS="$node_options"
unset CDK_VALIDATION
run() { # LABEL [ENV=VALUE...] -- ARGS...
  echo "$1" >&2
  shift
  local env=()
  while [[ "$1" != "--" ]]; do env+=("$1"); shift; done
  shift
  local start end
  start=$(date +%s.%N)
  # shellcheck disable=SC2086
  env "${env[@]}" java $java_options -cp "$classpath" dev.superscale.bench.SynthPhases "$@" > /dev/null
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN {printf "  %-44s %6.2f\n", "whole process", b - a}' >&2
}
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), load average:$(uptime | sed 's/.*load average://')" >&2
run "one-bucket floor, CDK's defaults (its CloudFormation validation runs in app.synth)" -- floor
run "one-bucket floor, CDK_VALIDATION=false" CDK_VALIDATION=false -- floor
run "$preset stack, no checks (CDK_VALIDATION=false)" CDK_VALIDATION=false -- "$preset"
run "$preset stack, cdk-nag only (CDK_VALIDATION=false)" CDK_VALIDATION=false -- "$preset" nag
run "$preset stack, CloudFormation validation only" CDK_VALIDATION=false -- "$preset" validate
run "$preset stack, cdk-nag and validation (the main job's checks)" -- "$preset" nag validate
