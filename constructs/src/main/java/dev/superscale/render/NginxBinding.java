package dev.superscale.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where the rendered nginx.conf listens, which gunicorns it fronts and where it logs: deployment facts, as
 * opposed to timeouts and sizes, which come from the plan.
 *
 * @param listenAddress address nginx binds. Default 0.0.0.0
 * @param listenPort   port nginx listens on. Default 80
 * @param webServers   host:port of every gunicorn (one per web replica). Default 127.0.0.1:8088
 * @param logDirectory folder for access and error logs. Default /var/log/nginx
 */
public record NginxBinding(String listenAddress, int listenPort, List<String> webServers, String logDirectory) {

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]+");
    private static final Pattern HOST_PORT = Pattern.compile("[A-Za-z0-9.-]+:[0-9]{1,5}");

    public NginxBinding {
        webServers = List.copyOf(webServers);
        List<String> problems = new ArrayList<>();
        if (listenAddress == null || !HOST.matcher(listenAddress).matches()) {
            problems.add("listen address '" + listenAddress + "' is not a host name or address");
        }
        if (listenPort < 1 || listenPort > 65_535) {
            problems.add("listen port " + listenPort + " is outside 1..65535");
        }
        if (webServers.isEmpty()) {
            problems.add("at least one web server (host:port) is needed");
        }
        for (String server : webServers) {
            if (!HOST_PORT.matcher(server).matches() || Integer.parseInt(server.substring(server.lastIndexOf(':') + 1)) > 65_535
                    || Integer.parseInt(server.substring(server.lastIndexOf(':') + 1)) < 1) {
                problems.add("web server '" + server + "' is not host:port (letters, digits, dots, dashes; port 1..65535)");
            }
        }
        if (logDirectory == null || !logDirectory.startsWith("/") || logDirectory.matches(".*[\\s;{}'\"].*")) {
            problems.add("log directory '" + logDirectory + "' must be an absolute path without spaces, quotes, braces or semicolons");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("nginx: " + String.join("; ", problems));
        }
    }

    /** 0.0.0.0:80, one gunicorn on this machine's {@link ProcessCommands#WEB_PORT}, logs in /var/log/nginx. */
    public static NginxBinding defaults() {
        return new NginxBinding("0.0.0.0", 80, List.of("127.0.0.1:" + ProcessCommands.WEB_PORT), "/var/log/nginx");
    }
}
