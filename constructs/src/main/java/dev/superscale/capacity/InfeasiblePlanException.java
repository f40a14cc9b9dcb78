package dev.superscale.capacity;

import java.util.List;

/**
 * A valid load whose plan cannot be built or cannot meet its targets: a component larger than
 * any target provides, or a latency target below what the model predicts. Each problem names the
 * component, the figures, and what to change. The command line exits 3 with it.
 */
public final class InfeasiblePlanException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public InfeasiblePlanException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
