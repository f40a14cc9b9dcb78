package dev.superscale.k8s;

import java.util.Map;

/**
 * How a cluster marks spot (preemptible) nodes and on-demand ones: the node label key, its
 * value on each kind, and the taint spot nodes carry (tolerated by spot-placed pods).
 */
public record SpotNodes(String labelKey, String spotValue, String onDemandValue, String taintKey, String taintValue) {

    /** GKE Spot VMs: cloud.google.com/gke-spot=true (on-demand nodes lack the label; the taint is the usual opt-in). */
    public static SpotNodes gke() {
        return new SpotNodes("cloud.google.com/gke-spot", "true", null, "cloud.google.com/gke-spot", "true");
    }

    /** EKS with Karpenter: karpenter.sh/capacity-type spot / on-demand. */
    public static SpotNodes eksKarpenter() {
        return new SpotNodes("karpenter.sh/capacity-type", "spot", "on-demand", null, null);
    }

    /** AKS spot node pools: kubernetes.azure.com/scalesetpriority=spot, tainted by AKS itself. */
    public static SpotNodes aks() {
        return new SpotNodes("kubernetes.azure.com/scalesetpriority", "spot", null, "kubernetes.azure.com/scalesetpriority", "spot");
    }

    /** The label sets by name, for the command line. */
    public static Map<String, SpotNodes> byName() {
        return Map.of("gke", gke(), "eks-karpenter", eksKarpenter(), "aks", aks());
    }
}
