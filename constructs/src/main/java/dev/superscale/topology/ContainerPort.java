package dev.superscale.topology;

/** A port a component listens on, named for what it serves ("http", "postgres", "metrics"). */
public record ContainerPort(String name, int port) {
}
