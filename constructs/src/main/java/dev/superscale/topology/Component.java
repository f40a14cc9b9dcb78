package dev.superscale.topology;

import dev.superscale.capacity.Sized;
import java.util.List;
import java.util.Optional;

/**
 * One thing the deployment runs, described completely enough that a target only translates:
 * what to run, how big and how many, how to probe, roll out, scale and place it, which
 * environment and files it reads, and what must finish before it starts.
 *
 * @param name             stable, DNS-safe name ("web", "worker-interactive", "beat", ...): targets derive ids from it
 * @param role             what the component is for
 * @param image            which image it runs
 * @param command          the process's command line
 * @param ports            ports it listens on (none for workers and beat)
 * @param probe            its health check, if it has one
 * @param replicas         replica counts for the autoscaler (fixed for singletons)
 * @param resources        CPU and memory per replica
 * @param rollout          how a new version replaces the old one
 * @param stopGraceSeconds how long a stopping replica may take to finish in-flight work; a target clamps it to its limit
 * @param scaling          autoscaling signals and cooldowns
 * @param placement        on-demand or spot, and over how many zones
 * @param environment      environment variables by name, sorted by name
 * @param configFiles      files it reads at start-up
 * @param startsAfter      names of components that must complete before this one starts
 * @param runTimeoutSeconds for {@link Rollout#RUN_ONCE} components: how long a run may take before it is stopped and fails
 */
public record Component(
        String name,
        ComponentRole role,
        ImageKind image,
        List<String> command,
        List<ContainerPort> ports,
        Optional<HealthProbe> probe,
        Replicas replicas,
        Resources resources,
        Rollout rollout,
        Sized stopGraceSeconds,
        Scaling scaling,
        Placement placement,
        List<EnvVar> environment,
        List<ConfigFile> configFiles,
        List<String> startsAfter,
        Optional<Sized> runTimeoutSeconds) {

    public Component {
        if (!name.matches("[a-z][a-z0-9-]{0,40}")) {
            throw new IllegalArgumentException("component name '" + name + "' must be lower-case letters, digits and dashes");
        }
        command = List.copyOf(command);
        ports = List.copyOf(ports);
        environment = environment.stream().sorted(java.util.Comparator.comparing(EnvVar::name)).toList();
        configFiles = List.copyOf(configFiles);
        startsAfter = List.copyOf(startsAfter);
        if ((rollout == Rollout.RUN_ONCE) != runTimeoutSeconds.isPresent()) {
            throw new IllegalArgumentException(name + ": a run timeout belongs to run-once components only");
        }
    }

    /** The environment variable of this name, if the component has it. */
    public Optional<EnvVar> env(String variable) {
        return environment.stream().filter(e -> e.name().equals(variable)).findFirst();
    }

    public Optional<ConfigFile> configFile(String fileName) {
        return configFiles.stream().filter(f -> f.fileName().equals(fileName)).findFirst();
    }

    /** The port of this name; throws if the component does not listen on it. */
    public ContainerPort port(String portName) {
        return ports.stream().filter(p -> p.name().equals(portName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(name + " has no port named " + portName));
    }

    /** Secrets the component reads, in order of first use. */
    public List<SupersetSecret> secrets() {
        return environment.stream().filter(EnvVar::isSecret).map(e -> ((EnvSource.FromSecret) e.source()).secret()).distinct().toList();
    }
}
