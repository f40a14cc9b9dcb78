package dev.superscale.gcp;

import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import java.util.Arrays;

/** Options for a component's children: every child is parented to its component. */
final class Children {

    private Children() {
    }

    static CustomResourceOptions of(Resource parent, Resource... dependsOn) {
        CustomResourceOptions.Builder options = CustomResourceOptions.builder().parent(parent);
        if (dependsOn.length > 0) {
            options.dependsOn(Arrays.asList(dependsOn));
        }
        return options.build();
    }

    /** Options for a child Pulumi must never delete or replace silently (databases, brokers). */
    static CustomResourceOptions stateful(Resource parent, Resource... dependsOn) {
        CustomResourceOptions.Builder options = CustomResourceOptions.builder().parent(parent).protect(true);
        if (dependsOn.length > 0) {
            options.dependsOn(Arrays.asList(dependsOn));
        }
        return options.build();
    }

    static void require(Object value, String component, String name, String field) {
        if (value == null) {
            throw new IllegalArgumentException(component + " '" + name + "': " + field + " is required");
        }
    }
}
