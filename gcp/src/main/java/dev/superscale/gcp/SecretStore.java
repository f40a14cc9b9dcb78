package dev.superscale.gcp;

import com.pulumi.core.Output;
import com.pulumi.gcp.secretmanager.Secret;
import com.pulumi.gcp.secretmanager.SecretArgs;
import com.pulumi.gcp.secretmanager.SecretIamMember;
import com.pulumi.gcp.secretmanager.SecretIamMemberArgs;
import com.pulumi.gcp.secretmanager.SecretVersion;
import com.pulumi.gcp.secretmanager.SecretVersionArgs;
import com.pulumi.gcp.secretmanager.inputs.SecretReplicationArgs;
import com.pulumi.gcp.secretmanager.inputs.SecretReplicationAutoArgs;
import com.pulumi.gcp.serviceaccount.Account;
import com.pulumi.gcp.serviceaccount.AccountArgs;
import com.pulumi.gcp.serviceaccount.IAMMember;
import com.pulumi.gcp.serviceaccount.IAMMemberArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import dev.superscale.topology.SupersetSecret;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The deployment's secrets in Secret Manager, one secret per {@link SupersetSecret} the topology
 * reads and has a value for, and the Workload Identity that reaches them: a Google service account
 * that may access exactly these secrets, bound to the workloads' Kubernetes service account.
 */
public class SecretStore extends ComponentResource {

    public static final String TYPE = "superscale:gcp:SecretStore";
    public static final String ACCESSOR_ROLE = "roles/secretmanager.secretAccessor";
    public static final String WORKLOAD_IDENTITY_ROLE = "roles/iam.workloadIdentityUser";

    private final Map<SupersetSecret, Secret> secrets = new LinkedHashMap<>();
    private final Map<SupersetSecret, SecretVersion> versions = new LinkedHashMap<>();
    private final Account workloadServiceAccount;

    public SecretStore(String name, SecretStoreArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        Children.require(args, "SecretStore", name, "args");
        Children.require(args.topology(), "SecretStore", name, "topology");
        Children.require(args.project(), "SecretStore", name, "project");
        Children.require(args.namespace(), "SecretStore", name, "namespace");
        Children.require(args.values(), "SecretStore", name, "values");
        Children.require(args.cluster(), "SecretStore", name, "cluster");
        for (SupersetSecret unknown : args.values().keySet()) {
            if (!args.topology().secrets().contains(unknown)) {
                throw new IllegalArgumentException("SecretStore '" + name + "': no component reads " + unknown + "; the topology reads "
                        + args.topology().secrets());
            }
        }

        this.workloadServiceAccount = new Account(name + "-workload", AccountArgs.builder()
                .accountId(GkeCluster.accountId(name, "-workload"))
                .displayName("Superset workloads (Workload Identity)")
                .build(), Children.of(this));
        for (SupersetSecret secret : args.topology().secrets()) {
            var value = args.values().get(secret);
            if (value == null) {
                continue;
            }
            String id = secretId(name, secret);
            Secret created = new Secret(id, SecretArgs.builder()
                    .secretId(id)
                    .replication(SecretReplicationArgs.builder().auto(SecretReplicationAutoArgs.builder().build()).build())
                    .labels(Map.of("app", "superset"))
                    .build(), Children.of(this));
            secrets.put(secret, created);
            versions.put(secret, new SecretVersion(id + "-version", SecretVersionArgs.builder()
                    .secret(created.id())
                    .secretData(value.asSecret())
                    .build(), Children.of(this)));
            new SecretIamMember(id + "-accessor", SecretIamMemberArgs.builder()
                    .secretId(created.id())
                    .role(ACCESSOR_ROLE)
                    .member(workloadServiceAccount.email().applyValue(e -> "serviceAccount:" + e))
                    .build(), Children.of(this));
        }
        new IAMMember(name + "-workload-identity", IAMMemberArgs.builder()
                .serviceAccountId(workloadServiceAccount.name())
                .role(WORKLOAD_IDENTITY_ROLE)
                .member(workloadIdentityMember(args.project(), args.namespace(), args.serviceAccount()))
                .build(), Children.of(this, args.cluster()));
        registerOutputs(Map.of("workloadServiceAccount", workloadServiceAccount.email()));
    }

    /** The principal of a Kubernetes service account in a project's Workload Identity pool. */
    public static String workloadIdentityMember(String project, String namespace, String serviceAccount) {
        return "serviceAccount:" + GkeCluster.workloadPool(project) + "[" + namespace + "/" + serviceAccount + "]";
    }

    /** The Secret Manager id of a secret: the component name with the secret's default name, without repeating "superset". */
    public static String secretId(String name, SupersetSecret secret) {
        return name + "-" + secret.defaultName().replaceFirst("^superset-", "");
    }

    public Map<SupersetSecret, Secret> getSecrets() {
        return java.util.Collections.unmodifiableMap(secrets);
    }

    public List<SecretVersion> getVersions() {
        return List.copyOf(versions.values());
    }

    /** The value stored in Secret Manager for {@code secret} (a secret output), empty when none is stored. */
    public java.util.Optional<Output<String>> value(SupersetSecret secret) {
        return java.util.Optional.ofNullable(versions.get(secret)).map(v -> v.secretData().asSecret());
    }

    /** The Google service account the workloads' Kubernetes service account impersonates. */
    public Account getWorkloadServiceAccount() {
        return workloadServiceAccount;
    }
}
