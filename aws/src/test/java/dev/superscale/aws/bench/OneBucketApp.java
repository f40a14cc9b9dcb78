package dev.superscale.aws.bench;

import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.s3.Bucket;

/** The floor of a CDK for Java synth (JVM, jsii, Node): one stack with one bucket. bench/ratios.sh (and aws/bench/synth-ratio.sh) compare against it. */
public final class OneBucketApp {

    private OneBucketApp() {
    }

    public static void main(String[] args) {
        App app = System.getenv("CDK_OUTDIR") == null
                ? App.Builder.create().outdir("cdk.out").analyticsReporting(false).build()
                : App.Builder.create().analyticsReporting(false).build();
        Stack stack = new Stack(app, "OneBucket");
        new Bucket(stack, "Bucket");
        app.synth();
    }
}
