package dev.superscale.aws;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import software.amazon.awscdk.services.ecr.assets.DockerImageAsset;
import software.amazon.awscdk.services.ecr.assets.Platform;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.constructs.Construct;

/**
 * Which Superset image the tasks run. A closed choice:
 * <ul>
 * <li>{@link #officialWithPostgresDriver(String)} (the default, with {@link #DEFAULT_VERSION}):
 * Superset's official image with the PostgreSQL driver added. Superset 6's official images are
 * "lean" and ship no database driver, not even for the metadata database, so the image is
 * built from a two-line Dockerfile when you run {@code cdk deploy} (Docker needed there) and
 * pushed to the bootstrap ECR repository;</li>
 * <li>{@link #fromRegistry(String)}: your own image, for example with your warehouse drivers
 * and a headless browser for report screenshots; it must contain psycopg2 and redis;</li>
 * <li>{@link #of(ContainerImage)}: any ECS container image.</li>
 * </ul>
 */
public abstract class SupersetImage {

    /** The pinned Superset release of the default image. */
    public static final String DEFAULT_VERSION = dev.superscale.render.SupersetVersion.VERSION;
    /** The PostgreSQL driver the default image adds. */
    public static final String PSYCOPG2_VERSION = "2.9.10";

    SupersetImage() {
    }

    /** The image the construct binds in {@code scope}; created once per platform. */
    public abstract ContainerImage bind(Construct scope);

    /** A short description for docs and outputs. */
    public abstract String describe();

    public static SupersetImage officialWithPostgresDriver() {
        return officialWithPostgresDriver(DEFAULT_VERSION);
    }

    /** apache/superset:VERSION with psycopg2-binary, built at deploy time. */
    public static SupersetImage officialWithPostgresDriver(String version) {
        if (version == null || !version.matches("[0-9]+\\.[0-9]+\\.[0-9]+([-.][A-Za-z0-9.]+)?")) {
            throw new IllegalArgumentException("SupersetImage: version '" + version + "' is not a Superset release such as "
                    + DEFAULT_VERSION);
        }
        return new SupersetImage() {
            @Override
            public ContainerImage bind(Construct scope) {
                // Built for x86-64 wherever cdk deploy runs (an ARM laptop too): the tasks run on x86-64.
                DockerImageAsset asset = DockerImageAsset.Builder.create(scope, "SupersetImage")
                        .directory(dockerContext(dockerfile(version), "superset").toString())
                        .platform(Platform.LINUX_AMD64)
                        .build();
                return ContainerImage.fromDockerImageAsset(asset);
            }

            @Override
            public String describe() {
                return "apache/superset:" + version + " + psycopg2-binary " + PSYCOPG2_VERSION + " (built by cdk deploy)";
            }
        };
    }

    /** An image from a registry, e.g. "123456789012.dkr.ecr.eu-west-1.amazonaws.com/superset:6.0.0-acme". */
    public static SupersetImage fromRegistry(String imageName) {
        if (imageName == null || imageName.isBlank() || imageName.contains(" ")) {
            throw new IllegalArgumentException("SupersetImage: imageName '" + imageName + "' is not an image reference");
        }
        return of(ContainerImage.fromRegistry(imageName), imageName);
    }

    public static SupersetImage of(ContainerImage image) {
        if (image == null) {
            throw new IllegalArgumentException("SupersetImage: image is required");
        }
        return of(image, image.toString());
    }

    private static SupersetImage of(ContainerImage image, String description) {
        return new SupersetImage() {
            @Override
            public ContainerImage bind(Construct scope) {
                return image;
            }

            @Override
            public String describe() {
                return description;
            }
        };
    }

    static String dockerfile(String version) {
        return "# Built by Superscale: Superset's lean image has no PostgreSQL driver for the metadata database.\n"
                + "FROM apache/superset:" + version + "\n"
                + "USER root\n"
                + "RUN . /app/.venv/bin/activate && (uv pip install --no-cache-dir psycopg2-binary==" + PSYCOPG2_VERSION
                + " || pip install --no-cache-dir psycopg2-binary==" + PSYCOPG2_VERSION + ")\n"
                + "USER superset\n";
    }

    /** A build context holding only the Dockerfile, in a directory named after its content (stable asset hashes). */
    static Path dockerContext(String dockerfile, String name) {
        try {
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(dockerfile.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
            Path dir = Path.of(System.getProperty("java.io.tmpdir"), "superscale-" + name + "-image-" + hash);
            Path file = dir.resolve("Dockerfile");
            if (!Files.isRegularFile(file) || !Files.readString(file).equals(dockerfile)) {
                Files.createDirectories(dir);
                Path temp = Files.createTempFile(dir, "Dockerfile", ".tmp");
                Files.writeString(temp, dockerfile);
                Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Superset image's Dockerfile", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
