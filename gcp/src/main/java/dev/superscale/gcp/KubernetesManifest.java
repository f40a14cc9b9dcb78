package dev.superscale.gcp;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One synthesized Kubernetes manifest as a Pulumi resource of the Kubernetes provider. The Java
 * SDK of kubernetes 4.0.0 has neither {@code yaml.ConfigFile} nor
 * {@code apiextensions.CustomResource}: the provider knows a resource by its type token
 * {@code kubernetes:<group>/<version>:<Kind>} ({@code core} for the core group), so one generic class
 * serves every kind, CRD-based ones included.
 */
public class KubernetesManifest extends CustomResource {

    /** The top-level fields a manifest of the charts may carry besides apiVersion, kind and metadata. */
    static final Set<String> BODY_FIELDS = Set.of("spec", "data", "automountServiceAccountToken");

    private final String apiVersion;
    private final String kind;
    private final List<Resource> dependsOn;

    private KubernetesManifest(String name, String apiVersion, String kind, Args args, CustomResourceOptions options, List<Resource> dependsOn) {
        super(typeToken(apiVersion, kind), name, args, options);
        this.apiVersion = apiVersion;
        this.kind = kind;
        this.dependsOn = List.copyOf(dependsOn);
    }

    /**
     * Registers {@code document} (its top-level fields, each possibly waiting on other resources'
     * outputs) through {@code options}, whose dependsOn is {@code dependsOn}.
     */
    static KubernetesManifest of(String name, String apiVersion, String kind, Map<String, Output<Object>> body,
            CustomResourceOptions.Builder options, List<Resource> dependsOn) {
        for (String field : body.keySet()) {
            if (!field.equals("metadata") && !BODY_FIELDS.contains(field)) {
                throw new IllegalStateException(kind + " " + name + ": top-level field '" + field + "' is not mapped to a Pulumi input");
            }
        }
        Args args = new Args(apiVersion, kind, body);
        if (!dependsOn.isEmpty()) {
            options.dependsOn(dependsOn);
        }
        return new KubernetesManifest(name, apiVersion, kind, args, options.build(), dependsOn);
    }

    /** {@code kubernetes:apps/v1:Deployment}, {@code kubernetes:core/v1:Service}, {@code kubernetes:keda.sh/v1alpha1:ScaledObject}. */
    public static String typeToken(String apiVersion, String kind) {
        String groupVersion = apiVersion.contains("/") ? apiVersion : "core/" + apiVersion;
        return "kubernetes:" + groupVersion + ":" + kind;
    }

    public String apiVersion() {
        return apiVersion;
    }

    public String kind() {
        return kind;
    }

    /** What this manifest waits for (the namespace, Secrets, CA ConfigMap, node pools). */
    public List<Resource> dependsOn() {
        return dependsOn;
    }

    /** The manifest's fields as provider inputs. */
    static final class Args extends ResourceArgs {
        @Import(name = "apiVersion")
        private final Output<String> apiVersion;
        @Import(name = "kind")
        private final Output<String> kind;
        @Import(name = "metadata")
        private final Output<Object> metadata;
        @Import(name = "spec")
        private final Output<Object> spec;
        @Import(name = "data")
        private final Output<Object> data;
        @Import(name = "automountServiceAccountToken")
        private final Output<Object> automountServiceAccountToken;

        Args(String apiVersion, String kind, Map<String, Output<Object>> body) {
            this.apiVersion = Output.of(apiVersion);
            this.kind = Output.of(kind);
            this.metadata = body.get("metadata");
            this.spec = body.get("spec");
            this.data = body.get("data");
            this.automountServiceAccountToken = body.get("automountServiceAccountToken");
        }
    }
}
