package dev.superscale.aws;

import software.amazon.awscdk.services.kms.IKey;

import software.amazon.awscdk.services.ec2.Connections;
import software.amazon.awscdk.services.ec2.IConnectable;
import software.amazon.awscdk.services.secretsmanager.ISecret;

/**
 * Where the metadata database is and how to log in: what {@link PgBouncerPool} needs, from
 * {@link HaPostgres#getEndpoint()} or from a database you bring
 * ({@link #of(String, int, ISecret, IConnectable)}).
 */
public final class DatabaseEndpoint implements IConnectable {

    private final String hostname;
    private final int port;
    private final String databaseName;
    private final ISecret credentials;
    private final Connections connections;
    private final IKey encryptionKey;

    private DatabaseEndpoint(String hostname, int port, String databaseName, ISecret credentials, Connections connections) {
        this(hostname, port, databaseName, credentials, connections, null);
    }

    private DatabaseEndpoint(String hostname, int port, String databaseName, ISecret credentials, Connections connections,
            IKey encryptionKey) {
        if (hostname == null || credentials == null || connections == null) {
            throw new IllegalArgumentException("DatabaseEndpoint: hostname, credentials and connections are required (got hostname "
                    + hostname + ", credentials " + credentials + ", connections " + connections + ")");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("DatabaseEndpoint: port " + port + " is outside 1..65535");
        }
        if (databaseName == null || !databaseName.matches("[A-Za-z_][A-Za-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("DatabaseEndpoint: databaseName '" + databaseName + "' is not a plain PostgreSQL identifier");
        }
        this.hostname = hostname;
        this.port = port;
        this.databaseName = databaseName;
        this.credentials = credentials;
        this.connections = connections;
        this.encryptionKey = encryptionKey;
    }

    /**
     * A database you bring.
     *
     * @param hostname    the writer endpoint
     * @param port        its port (a number known at synth)
     * @param credentials a Secrets Manager secret with JSON fields {@code username} and {@code password}
     *                    (the shape RDS generates)
     * @param network     its security group(s): PgBouncer is allowed in on {@code port}
     */
    public static DatabaseEndpoint of(String hostname, int port, ISecret credentials, IConnectable network) {
        return new DatabaseEndpoint(hostname, port, "superset", credentials, network == null ? null : EndpointConnections.onPort(network, port));
    }

    /** The same endpoint with another database name. Default {@code superset}. */
    public DatabaseEndpoint withDatabaseName(String name) {
        return new DatabaseEndpoint(hostname, port, name, credentials, connections, encryptionKey);
    }

    /**
     * The same endpoint whose credentials secret is encrypted with a customer-managed KMS key: the
     * tasks that read it get kms:Decrypt on that key. Default: the AWS-managed key (no grant needed).
     */
    public DatabaseEndpoint withEncryptionKey(IKey key) {
        return new DatabaseEndpoint(hostname, port, databaseName, credentials, connections, key);
    }

    /** The customer-managed key of the credentials secret, or null. */
    public IKey getEncryptionKey() {
        return encryptionKey;
    }

    public String getHostname() {
        return hostname;
    }

    public int getPort() {
        return port;
    }

    public String getDatabaseName() {
        return databaseName;
    }

    /** JSON secret with {@code username} and {@code password}. */
    public ISecret getCredentials() {
        return credentials;
    }

    @Override
    public Connections getConnections() {
        return connections;
    }
}
