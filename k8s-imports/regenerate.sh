#!/usr/bin/env bash
# Regenerates the committed cdk8s typed imports from ../shared/k8s-schemas, offline.
# Kubernetes 1.34 is trimmed to the kinds the charts use; each CRD API group is one spec
# (the CLI keeps only the first jsii assembly of a group imported one file at a time).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
shared="$(cd ../../shared && pwd)"
crds="$shared/k8s-schemas/crds"
tool="$shared/tools/cdk8s-import-offline"
rm -rf src/main/java/imports src/main/resources/imports
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
group() { # group NAME FILE... : one spec file holding every CRD of one API group
  local name="$1"; shift
  for f in "$@"; do cat "$crds/$f"; printf '\n---\n'; done > "$tmp/$name.yaml"
  echo "$name:=$tmp/$name.yaml"
}
export CDK8S_K8S_KINDS="apps/v1/Deployment apps/v1/StatefulSet v1/Service v1/ConfigMap v1/ServiceAccount
  batch/v1/Job autoscaling/v2/HorizontalPodAutoscaler policy/v1/PodDisruptionBudget
  networking.k8s.io/v1/NetworkPolicy networking.k8s.io/v1/Ingress"
"$tool" -l java k8s@1.34.0
"$tool" -l java "$(group gateway gateway.networking.k8s.io_httproutes.yaml)"
"$tool" -l java "$(group keda keda.sh_scaledobjects.yaml keda.sh_triggerauthentications.yaml)"
"$tool" -l java "$(group monitoring monitoring.coreos.com_servicemonitors.yaml monitoring.coreos.com_podmonitors.yaml monitoring.coreos.com_prometheusrules.yaml)"
"$tool" -l java "$(group cnpg postgresql.cnpg.io_clusters.yaml postgresql.cnpg.io_poolers.yaml)"
