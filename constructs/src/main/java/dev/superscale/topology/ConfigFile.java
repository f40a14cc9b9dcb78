package dev.superscale.topology;

/**
 * A file a component reads at start-up. {@code content} is the rendered file when the plan
 * alone decides it; it is null when the target must render it with facts only it knows (the
 * database host in pgbouncer.ini: {@link SupersetTopology#pgBouncerIni}). {@code directory}
 * is where the component expects it; a target that cannot mount files there sets an
 * {@link EnvSource.ConfigFilePath} variable instead.
 */
public record ConfigFile(String fileName, String directory, String content, String description) {

    public String path() {
        return directory + "/" + fileName;
    }

    public boolean renderedByTarget() {
        return content == null;
    }
}
