package dev.superscale.k8s;

/**
 * The metadata database as a CloudNativePG {@code Cluster} in the namespace, fronted by a CNPG
 * {@code Pooler} (PgBouncer). Needs the CloudNativePG operator in the cluster.
 *
 * @param database          the database Superset uses (owned by the user in the {@code superset-database} Secret)
 * @param storageClass      the StorageClass of the instances' volumes, or null for the cluster's default
 * @param backup            the backup section ({@link PostgresBackup#none()} by default)
 * @param operatorNamespace where the CNPG operator runs (admitted to the instances' status and PostgreSQL ports)
 * @param apiServerCidrs    where the Kubernetes API server is: CNPG's instance manager and the Pooler watch it (egress on 443 and 6443)
 * @param objectStoreCidrs  where the backup object store is (egress on 443), when backups are on
 */
public record CloudNativePostgres(String database, String storageClass, PostgresBackup backup, String operatorNamespace,
                                  java.util.List<String> apiServerCidrs, java.util.List<String> objectStoreCidrs) implements PostgresChoice {

    public static final String DEFAULT_OPERATOR_NAMESPACE = "cnpg-system";
    /** Every address: the API server's address differs per cluster; narrow it with {@link #withApiServerCidrs}. */
    public static final java.util.List<String> ANYWHERE = java.util.List.of("0.0.0.0/0");

    public CloudNativePostgres {
        apiServerCidrs = java.util.List.copyOf(apiServerCidrs);
        objectStoreCidrs = java.util.List.copyOf(objectStoreCidrs);
    }

    /** Database {@code superset}, the default StorageClass, no backup, operator in {@value #DEFAULT_OPERATOR_NAMESPACE}. */
    public static CloudNativePostgres inCluster() {
        return new CloudNativePostgres("superset", null, PostgresBackup.none(), DEFAULT_OPERATOR_NAMESPACE, ANYWHERE, ANYWHERE);
    }

    public CloudNativePostgres withBackup(PostgresBackup backup) {
        return new CloudNativePostgres(database, storageClass, backup, operatorNamespace, apiServerCidrs, objectStoreCidrs);
    }

    public CloudNativePostgres withStorageClass(String storageClass) {
        return new CloudNativePostgres(database, storageClass, backup, operatorNamespace, apiServerCidrs, objectStoreCidrs);
    }

    public CloudNativePostgres withOperatorNamespace(String operatorNamespace) {
        return new CloudNativePostgres(database, storageClass, backup, operatorNamespace, apiServerCidrs, objectStoreCidrs);
    }

    public CloudNativePostgres withApiServerCidrs(java.util.List<String> cidrs) {
        return new CloudNativePostgres(database, storageClass, backup, operatorNamespace, cidrs, objectStoreCidrs);
    }

    public CloudNativePostgres withObjectStoreCidrs(java.util.List<String> cidrs) {
        return new CloudNativePostgres(database, storageClass, backup, operatorNamespace, apiServerCidrs, cidrs);
    }
}
