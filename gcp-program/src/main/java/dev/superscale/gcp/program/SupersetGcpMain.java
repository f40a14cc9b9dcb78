package dev.superscale.gcp.program;

import com.pulumi.Pulumi;
import dev.superscale.gcp.SupersetGcpProgram;

/** `pulumi up` runs this: the stack configuration in, the Superset platform on GCP out. */
public final class SupersetGcpMain {

    private SupersetGcpMain() {
    }

    public static void main(String[] args) {
        Pulumi.run(SupersetGcpProgram::define);
    }
}
