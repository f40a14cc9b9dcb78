package dev.superscale.aws;

import dev.superscale.capacity.CapacityPlan;

/** Props of {@link SupersetSecrets}. */
public final class SupersetSecretsProps {

    private final CapacityPlan plan;

    private SupersetSecretsProps(Builder b) {
        this.plan = b.plan;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The capacity plan: the JWT secret exists only when chart queries run asynchronously. Required. */
    public CapacityPlan getPlan() {
        return plan;
    }

    public static final class Builder {
        private CapacityPlan plan;

        public Builder plan(CapacityPlan plan) {
            this.plan = plan;
            return this;
        }

        public SupersetSecretsProps build() {
            return new SupersetSecretsProps(this);
        }
    }
}
