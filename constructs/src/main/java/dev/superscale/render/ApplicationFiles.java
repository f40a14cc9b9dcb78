package dev.superscale.render;

import dev.superscale.capacity.CapacityPlan;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The application layer for machines Superscale does not provision: every rendered file by name, in name
 * order, the same bytes for the same plan and bindings.
 */
public final class ApplicationFiles {

    public static final String SUPERSET_CONFIG = "superset_config.py";
    public static final String PGBOUNCER_INI = "pgbouncer.ini";
    public static final String PGBOUNCER_USERLIST = "userlist.txt.example";
    public static final String REDIS_BROKER = "redis-broker.conf";
    public static final String REDIS_CACHE = "redis-cache.conf";
    public static final String NGINX = "nginx.conf";
    public static final String PROCFILE = "Procfile";

    private ApplicationFiles() {
    }

    public static SortedMap<String, String> render(CapacityPlan plan, PgBouncerBinding pgBouncer, NginxBinding nginx) {
        SortedMap<String, String> files = new TreeMap<>();
        files.put(SUPERSET_CONFIG, SupersetConfigRenderer.render(plan));
        files.put(PGBOUNCER_INI, PgBouncerIniRenderer.render(plan, pgBouncer));
        files.put(PGBOUNCER_USERLIST, userlist(pgBouncer));
        files.put(REDIS_BROKER, "# Broker, results, SQL Lab results, rate limits, filter and explore state: never evicts, never cluster mode.\n"
                + RedisSettings.toRedisConf(RedisSettings.broker(plan)));
        files.put(REDIS_CACHE, "# One shard of the cluster-mode cache (create the cluster with redis-cli --cluster create): LRU, no persistence.\n"
                + RedisSettings.toRedisConf(RedisSettings.cacheShard(plan)));
        files.put(NGINX, NginxConfRenderer.render(plan, nginx));
        files.put(PROCFILE, ProcfileRenderer.render(plan));
        return Collections.unmodifiableSortedMap(files);
    }

    /** PgBouncer's auth_file format with placeholders: real secrets never go into a rendered file. */
    private static String userlist(PgBouncerBinding binding) {
        return String.join("\n",
                ";; PgBouncer auth_file (" + binding.authFile() + "): one line per user, \"name\" \"secret\", both double-quoted.",
                ";; With auth_type = scram-sha-256, the secret is the user's SCRAM verifier as PostgreSQL stores it:",
                ";;   SELECT rolname, rolpassword FROM pg_authid WHERE rolname IN ('<application user>', '" + binding.adminUser() + "');",
                ";; Replace the placeholders, save without the .example suffix, readable only by the pgbouncer user.",
                "\"<application user, DATABASE_USER>\" \"SCRAM-SHA-256$4096:<salt>$<stored key>:<server key>\"",
                "\"" + binding.adminUser() + "\" \"SCRAM-SHA-256$4096:<salt>$<stored key>:<server key>\"",
                "");
    }
}
