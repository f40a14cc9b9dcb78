package dev.superscale.topology;

import dev.superscale.capacity.Sized;
import java.util.List;

/**
 * How a target tells a healthy replica from a broken one. {@code path} is set for HTTP probes,
 * {@code command} for command probes; {@code port} for HTTP and TCP probes. A replica gets
 * {@code startGraceSeconds} before failed checks count, is healthy after {@code healthyThreshold}
 * passes in a row and is replaced after {@code unhealthyThreshold} failures in a row.
 */
public record HealthProbe(
        ProbeKind kind,
        String path,
        List<String> command,
        int port,
        Sized periodSeconds,
        Sized timeoutSeconds,
        Sized healthyThreshold,
        Sized unhealthyThreshold,
        Sized startGraceSeconds) {

    public HealthProbe {
        command = List.copyOf(command);
        if (kind == ProbeKind.HTTP && (path == null || !path.startsWith("/"))) {
            throw new IllegalArgumentException("an HTTP probe needs a path starting with /, got " + path);
        }
        if (kind == ProbeKind.COMMAND && command.isEmpty()) {
            throw new IllegalArgumentException("a command probe needs a command");
        }
        if (timeoutSeconds.value() >= periodSeconds.value()) {
            throw new IllegalArgumentException("probe timeout " + timeoutSeconds + " must be below its period " + periodSeconds);
        }
    }
}
