package dev.superscale.aws;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import software.amazon.awscdk.services.lambda.Code;

/**
 * Function code kept as resource files next to this package (real .py files a test compiles)
 * and put inline into the template, so a synth needs no asset bucket and a reviewer reads the
 * code in the template itself.
 */
final class InlineSource {

    private InlineSource() {
    }

    /** The text of a resource of this package, e.g. {@code migrations_handler.py}. */
    static String read(String resource) {
        try (InputStream in = InlineSource.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource dev/superscale/aws/" + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Inline code of a Python resource; its handler is {@code index.handler}. */
    static Code python(String resource) {
        return Code.fromInline(read(resource));
    }
}
