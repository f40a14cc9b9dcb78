package dev.superscale.stacks;

/**
 * A fault of the machine, not of the input: a full disk, a folder that cannot be written, Node.js
 * missing, a malformed CDK_CONTEXT_JSON. The message is one line that names the cause and says
 * what is on disk afterwards; the command line prints it with exit code 1.
 */
public final class EnvironmentFault extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EnvironmentFault(String message, Throwable cause) {
        super(message, cause);
    }

    public EnvironmentFault(String message) {
        super(message);
    }
}
