package dev.superscale.k8s;

import java.util.Map;
import java.util.TreeMap;

/** The labels every object carries and the ones selectors use. */
final class Labels {

    static final String NAME = "app.kubernetes.io/name";
    static final String COMPONENT = "app.kubernetes.io/component";
    static final String PART_OF = "app.kubernetes.io/part-of";
    static final String MANAGED_BY = "app.kubernetes.io/managed-by";
    /** Splits a worker queue's on-demand base from its spot replicas (two Deployments, disjoint selectors). */
    static final String CAPACITY = "superscale.dev/capacity";
    /** Pods running Superset's image (web, workers, beat, migrations): what PgBouncer admits. */
    static final String SUPERSET_IMAGE = "superscale.dev/superset-image";

    private Labels() {
    }

    /** Selector of one component's pods. */
    static Map<String, String> selector(String component) {
        Map<String, String> labels = new TreeMap<>();
        labels.put(NAME, "superset");
        labels.put(COMPONENT, component);
        return labels;
    }

    /** Every label of a component's objects. */
    static Map<String, String> of(String component) {
        Map<String, String> labels = selector(component);
        labels.put(PART_OF, "superset");
        labels.put(MANAGED_BY, "superscale");
        return labels;
    }

    /** Object name of a component's resources. */
    static String name(String component) {
        return "superset-" + component;
    }
}
