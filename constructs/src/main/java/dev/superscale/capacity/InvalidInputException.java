package dev.superscale.capacity;

import java.util.List;

/**
 * Input that the planner refuses. The message names every offending value and what is
 * allowed, one problem per line, so a command line can print it without a stack trace.
 */
public final class InvalidInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public InvalidInputException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
