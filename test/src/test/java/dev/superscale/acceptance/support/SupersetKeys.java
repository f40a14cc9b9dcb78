package dev.superscale.acceptance.support;

import com.fasterxml.jackson.databind.JsonNode;
import dev.superscale.render.SupersetVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The configuration names the targeted Superset release reads ({@link SupersetVersion}): the release's key and
 * feature-flag lists in ../shared/superset (a newer release keeps its lists in a folder named after it), plus
 * names a Flask extension reads that Superset's config.py never defines.
 */
public final class SupersetKeys {

    /** Release whose lists sit at the top of ../shared/superset. */
    private static final String TOP_LEVEL_RELEASE = "6.0.0";
    private static final Map<String, String> EXTENSION_KEYS = Map.of("RATELIMIT_STORAGE_URI", "Flask-Limiter");

    private SupersetKeys() {
    }

    public static String version() {
        return SupersetVersion.VERSION;
    }

    /** Names in the settings (and in their FEATURE_FLAGS) that the targeted release does not read, in order. */
    public static List<String> unknownTo(JsonNode settings) {
        Set<String> keys = read("config-keys.txt");
        Set<String> flags = read("feature-flags.txt");
        List<String> unknown = new ArrayList<>();
        for (Iterator<String> names = settings.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!keys.contains(name) && !EXTENSION_KEYS.containsKey(name)) {
                unknown.add(name);
            }
        }
        JsonNode featureFlags = settings.get("FEATURE_FLAGS");
        if (featureFlags != null) {
            featureFlags.fieldNames().forEachRemaining(flag -> {
                if (!flags.contains(flag)) {
                    unknown.add("FEATURE_FLAGS." + flag);
                }
            });
        }
        return unknown;
    }

    private static Set<String> read(String list) {
        Path shared = Path.of("..", "..", "shared", "superset");
        Path folder = SupersetVersion.VERSION.equals(TOP_LEVEL_RELEASE) ? shared : shared.resolve(SupersetVersion.VERSION);
        try {
            return Set.copyOf(Files.readAllLines(folder.resolve(list)));
        } catch (IOException e) {
            throw new UncheckedIOException("no key list for Superset " + SupersetVersion.VERSION + " at " + folder, e);
        }
    }
}
