package dev.superscale.render;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.TimeoutChain;
import java.util.Locale;

/**
 * Renders nginx.conf in the guide's shape for people who balance gunicorns themselves: an upstream with
 * least_conn, passive health checks (max_fails/fail_timeout), the proxy headers Superset's ProxyFix reads,
 * proxy timeouts from the plan's timeout chain, and a health location.
 */
public final class NginxConfRenderer {

    /** Failed attempts within {@link #FAIL_TIMEOUT_SECONDS} that take a gunicorn out of the rotation. */
    public static final int MAX_FAILS = 2;
    /** How long a failed gunicorn stays out before nginx tries it again (and the window the failures are counted in). */
    public static final int FAIL_TIMEOUT_SECONDS = 10;
    /** Connect to a gunicorn fast or move on: a healthy one accepts in milliseconds. */
    public static final int CONNECT_TIMEOUT_SECONDS = 5;

    private NginxConfRenderer() {
    }

    public static String render(CapacityPlan plan, NginxBinding binding) {
        TimeoutChain timeouts = plan.web().timeouts();
        StringBuilder conf = new StringBuilder();
        line(conf, "# nginx.conf rendered by Superscale for %d registered users; timeouts from the capacity plan.", plan.load().registeredUsers());
        line(conf, "# The plan runs %d to %d web replicas: list each one's gunicorn in the upstream (superscale render --web-servers).",
                plan.web().minReplicas().value(), plan.web().maxReplicas().value());
        line(conf, "worker_processes auto;");
        line(conf, "error_log %s/superset-error.log warn;", binding.logDirectory());
        line(conf, "");
        line(conf, "events {");
        line(conf, "    worker_connections 4096;");
        line(conf, "}");
        line(conf, "");
        line(conf, "http {");
        line(conf, "    access_log %s/superset-access.log;", binding.logDirectory());
        line(conf, "    # Superset answers chart data and uploads in the body: CSV uploads need room.");
        line(conf, "    client_max_body_size 100m;");
        line(conf, "");
        line(conf, "    upstream superset_web {");
        line(conf, "        # Chart requests vary from milliseconds to a minute: send each to the gunicorn with the fewest in flight.");
        line(conf, "        least_conn;");
        for (String server : binding.webServers()) {
            line(conf, "        server %s max_fails=%d fail_timeout=%ds;", server, MAX_FAILS, FAIL_TIMEOUT_SECONDS);
        }
        line(conf, "        # Idle upstream connections close here before gunicorn's keep-alive (%d s) closes them: no reuse race, no 502.",
                timeouts.gunicornKeepAliveSeconds().value());
        line(conf, "        keepalive 32;");
        line(conf, "        keepalive_timeout %ds;", timeouts.loadBalancerIdleSeconds().value());
        line(conf, "    }");
        line(conf, "");
        line(conf, "    server {");
        line(conf, "        listen %s:%d;", binding.listenAddress(), binding.listenPort());
        line(conf, "");
        line(conf, "        proxy_http_version 1.1;");
        line(conf, "        proxy_set_header Connection \"\";");
        line(conf, "        # ENABLE_PROXY_FIX: Superset takes the client address and scheme from these.");
        line(conf, "        proxy_set_header Host $host;");
        line(conf, "        proxy_set_header X-Real-IP $remote_addr;");
        line(conf, "        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;");
        line(conf, "        proxy_set_header X-Forwarded-Proto $scheme;");
        line(conf, "        proxy_set_header X-Forwarded-Host $host;");
        line(conf, "        proxy_connect_timeout %ds;", CONNECT_TIMEOUT_SECONDS);
        line(conf, "        # %s.", timeouts.loadBalancerIdleSeconds().reason());
        line(conf, "        proxy_read_timeout %ds;", timeouts.loadBalancerIdleSeconds().value());
        line(conf, "        proxy_send_timeout %ds;", timeouts.loadBalancerIdleSeconds().value());
        line(conf, "        # A refused or reset connection moves to the next gunicorn; a request already sent is never repeated.");
        line(conf, "        proxy_next_upstream error timeout http_502 http_503;");
        line(conf, "        proxy_next_upstream_tries %d;", Math.max(2, binding.webServers().size()));
        line(conf, "");
        line(conf, "        # Superset's own health endpoint through the upstream: a balancer in front checks this.");
        line(conf, "        location = /health {");
        line(conf, "            access_log off;");
        line(conf, "            proxy_pass http://superset_web;");
        line(conf, "        }");
        line(conf, "");
        line(conf, "        location / {");
        line(conf, "            proxy_pass http://superset_web;");
        line(conf, "        }");
        line(conf, "    }");
        line(conf, "}");
        return conf.toString();
    }

    private static void line(StringBuilder out, String pattern, Object... args) {
        out.append(String.format(Locale.ROOT, pattern, args)).append('\n');
    }
}
