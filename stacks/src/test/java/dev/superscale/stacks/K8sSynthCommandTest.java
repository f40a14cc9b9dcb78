package dev.superscale.stacks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.superscale.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class K8sSynthCommandTest {

    static final List<String> ENDPOINTS = List.of("--postgres-host", "meta.abcdefghijkl.eu-west-1.rds.amazonaws.com",
            "--postgres-cidr", "10.0.32.0/20", "--redis-broker", "master.broker.abcdef.euw1.cache.amazonaws.com:6379",
            "--redis-cache-nodes", "clustercfg.cache.abcdef.euw1.cache.amazonaws.com:6379", "--redis-cidr", "10.0.48.0/20");

    static CliRun synth(String... args) {
        List<String> all = new ArrayList<>(List.of("synth"));
        all.addAll(List.of(args));
        all.addAll(ENDPOINTS);
        return CliRun.of(all.toArray(String[]::new));
    }

    private static List<String> entries(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesOneFilePerComponentAndAKustomization(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("k8s");
        CliRun run = synth("--users", "10000", "--target", "k8s", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("strictly schema-validated and audited").contains("kubectl apply -k " + out);
        assertThat(entries(out)).contains("kustomization.yaml", "web.yaml", "worker-interactive.yaml", "beat.yaml", "migrations.yaml",
                "pgbouncer.yaml", "network-policies.yaml", "namespace.yaml", "base.yaml");
        assertThat(entries(tmp)).containsExactly("k8s");
    }

    @Test
    void flowerIsWrittenOnlyWhenAskedFor(@TempDir Path tmp) throws IOException {
        Path with = tmp.resolve("with");
        CliRun run = synth("--users", "10000", "--target", "k8s", "--flower", "--out", with.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(entries(with)).contains("flower.yaml");
        assertThat(Files.readString(with.resolve("kustomization.yaml"))).contains("- flower.yaml");
        assertThat(Files.readString(with.resolve("flower.yaml"))).contains("kind: ServiceMonitor").contains("basicAuth:")
                .doesNotContain("kind: HTTPRoute").doesNotContain("kind: Ingress");
        Path without = tmp.resolve("without");
        assertThat(synth("--users", "10000", "--target", "k8s", "--out", without.toString()).exitCode()).isZero();
        assertThat(entries(without)).doesNotContain("flower.yaml");
    }

    @Test
    void twoSynthsWriteByteIdenticalManifests(@TempDir Path tmp) throws IOException {
        assertThat(synth("--preset", "1k", "--target", "k8s", "--out", tmp.resolve("a").toString()).exitCode()).isZero();
        assertThat(synth("--preset", "1k", "--target", "k8s", "--out", tmp.resolve("b").toString()).exitCode()).isZero();
        for (String file : entries(tmp.resolve("a"))) {
            assertThat(Files.readAllBytes(tmp.resolve("b").resolve(file))).as(file).isEqualTo(Files.readAllBytes(tmp.resolve("a").resolve(file)));
        }
    }

    @Test
    void allWritesAwsAndKubernetesSideBySide(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("all");
        CliRun run = synth("--preset", "100", "--target", "all", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(entries(out)).contains("aws", "k8s");
        assertThat(out.resolve("aws/Superset.template.json")).exists();
        assertThat(out.resolve("k8s/kustomization.yaml")).exists();
    }

    @Test
    void refusesAFolderOfSomethingElse(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("keep.txt"), "mine");
        CliRun run = synth("--preset", "100", "--target", "k8s", "--out", tmp.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).doesNotContain("\n").contains("--out");
        assertThat(entries(tmp)).containsExactly("keep.txt");
    }

    @Test
    void rejectsAnUnknownSpotNodeKind(@TempDir Path tmp) throws IOException {
        CliRun run = synth("--preset", "100", "--target", "k8s", "--spot-nodes", "ec2", "--out", tmp.resolve("o").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).doesNotContain("\n").contains("--spot-nodes 'ec2' is not allowed: use aks, eks-karpenter, gke");
        assertThat(entries(tmp)).isEmpty();
    }

    private static CliRun bare(String... args) {
        List<String> all = new ArrayList<>(List.of("synth"));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    @Test
    void inClusterDataNeedsNoEndpointsAndWritesTheDatabaseAndRedisFiles(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("k8s");
        CliRun run = bare("--preset", "10k", "--target", "k8s", "--postgres", "in-cluster", "--redis", "in-cluster",
                "--postgres-backup", "s3://acme-backups/superset", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("strictly schema-validated and audited");
        assertThat(entries(out)).contains("postgres.yaml", "redis.yaml", "pgbouncer.yaml");
        assertThat(Files.readString(out.resolve("postgres.yaml"))).contains("kind: Cluster").contains("s3://acme-backups/superset");
        assertThat(Files.readString(out.resolve("base.yaml"))).contains("sentinel://");
    }

    @Test
    void eachChoiceWorksAloneAndBesideAws(@TempDir Path tmp) {
        List<String> redisEndpoints = ENDPOINTS.subList(4, ENDPOINTS.size());
        List<String> postgresOnly = new ArrayList<>(List.of("--preset", "1k", "--target", "all", "--postgres", "in-cluster",
                "--out", tmp.resolve("a").toString()));
        postgresOnly.addAll(redisEndpoints);
        CliRun run = bare(postgresOnly.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(tmp.resolve("a/aws/Superset.template.json")).exists();
        assertThat(tmp.resolve("a/k8s/postgres.yaml")).exists();
        assertThat(tmp.resolve("a/k8s/redis.yaml")).doesNotExist();
        List<String> redisOnly = new ArrayList<>(List.of("--preset", "1k", "--target", "k8s", "--redis", "in-cluster",
                "--out", tmp.resolve("b").toString()));
        redisOnly.addAll(ENDPOINTS.subList(0, 4));
        run = bare(redisOnly.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(tmp.resolve("b/redis.yaml")).exists();
        assertThat(tmp.resolve("b/postgres.yaml")).doesNotExist();
    }

    @Test
    void contradictoryOrUnknownDataChoicesGetOneLineAndExit2(@TempDir Path tmp) throws IOException {
        String out = tmp.resolve("o").toString();
        Object[][] cases = {
                {new String[] {"--postgres", "in-cluster", "--postgres-host", "db.example.internal", "--redis", "in-cluster"},
                        "--postgres in-cluster runs the database in the cluster: drop --postgres-host"},
                {new String[] {"--postgres", "in-cluster", "--redis", "in-cluster", "--redis-cidr", "10.0.48.0/20"},
                        "--redis in-cluster runs Redis in the cluster: drop --redis-cidr"},
                {new String[] {"--postgres", "sideways", "--redis", "in-cluster"}, "--postgres 'sideways' is not allowed: use external or in-cluster"},
                {new String[] {"--redis", "cluster", "--postgres", "in-cluster"}, "--redis 'cluster' is not allowed: use external or in-cluster"},
                {new String[] {"--postgres-backup", "s3://b/p", "--redis", "in-cluster", "--postgres-host", "h", "--postgres-cidr", "10.0.0.0/8"},
                        "--postgres-backup configure the in-cluster database: add --postgres in-cluster"},
                {new String[] {"--postgres", "in-cluster", "--redis", "in-cluster", "--postgres-backup", "/var/backups"},
                        "--postgres-backup '/var/backups' is not allowed"},
                {new String[] {"--redis", "in-cluster"}, "--target k8s needs --postgres-host, --postgres-cidr"},
        };
        for (Object[] c : cases) {
            List<String> args = new ArrayList<>(List.of("--preset", "100", "--target", "k8s", "--out", out));
            args.addAll(List.of((String[]) c[0]));
            CliRun run = bare(args.toArray(String[]::new));
            assertThat(run.exitCode()).as(String.join(" ", args) + ": " + run.err()).isEqualTo(2);
            assertThat(run.err().strip()).as(String.join(" ", args)).doesNotContain("\n").contains((String) c[1]).doesNotContain("Exception");
        }
        assertThat(entries(tmp)).isEmpty();
    }
}
