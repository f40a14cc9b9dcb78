package dev.superscale.topology;

/** How a health probe checks a replica. */
public enum ProbeKind {
    /** An HTTP GET of a path that answers 200 when healthy. */
    HTTP,
    /** A TCP connection that is accepted when healthy. */
    TCP,
    /** A command that exits 0 when healthy. */
    COMMAND
}
