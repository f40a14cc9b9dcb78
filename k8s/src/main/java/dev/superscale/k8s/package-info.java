/** cdk8s charts for the Superset topology, and the checks every synthesized manifest passes. */
package dev.superscale.k8s;
