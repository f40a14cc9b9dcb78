package dev.superscale.topology;

import dev.superscale.capacity.Sized;

/** CPU and memory one replica needs. */
public record Resources(Sized cpuMillicores, Sized memoryMiB) {
}
