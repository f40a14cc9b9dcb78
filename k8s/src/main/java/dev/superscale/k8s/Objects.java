package dev.superscale.k8s;

import imports.k8s.ObjectMeta;
import java.util.Map;
import org.cdk8s.ApiObjectMetadata;

/** Metadata helpers: every object named and labelled for its component. */
final class Objects {

    private Objects() {
    }

    static ObjectMeta meta(String name, String component) {
        return ObjectMeta.builder().name(name).labels(Labels.of(component)).build();
    }

    static ObjectMeta meta(String name, String component, Map<String, String> annotations) {
        return ObjectMeta.builder().name(name).labels(Labels.of(component)).annotations(annotations).build();
    }

    /** Metadata for custom resources (CRD constructs take cdk8s' own metadata type). */
    static ApiObjectMetadata crdMeta(String name, String component) {
        return ApiObjectMetadata.builder().name(name).labels(Labels.of(component)).build();
    }
}
