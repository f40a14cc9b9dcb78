package dev.superscale.k8s.bench;

import org.cdk8s.ApiObject;
import org.cdk8s.ApiObjectMetadata;
import org.cdk8s.ApiObjectProps;
import org.cdk8s.App;
import org.cdk8s.Chart;

/** The floor of a cdk8s for Java synth (JVM, jsii, Node): one chart with one ConfigMap, rendered to YAML. bench/ratios.sh compares against it. */
public final class OneObjectChart {

    private OneObjectChart() {
    }

    public static void main(String[] args) {
        App app = new App();
        Chart chart = new Chart(app, "floor");
        new ApiObject(chart, "config", ApiObjectProps.builder().apiVersion("v1").kind("ConfigMap")
                .metadata(ApiObjectMetadata.builder().name("floor").build()).build());
        System.out.print(app.synthYaml());
    }
}
