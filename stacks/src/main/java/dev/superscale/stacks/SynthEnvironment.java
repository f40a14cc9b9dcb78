package dev.superscale.stacks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a CDK synth needs from the machine, checked before jsii starts (its errors arrive as
 * JavaScript stack traces): Node.js on the PATH, a writable jsii package cache, a CDK_CONTEXT_JSON
 * that is a JSON object. Faults that still surface during synth are translated into one line.
 */
public final class SynthEnvironment {

    private SynthEnvironment() {
    }

    /** Throws {@link EnvironmentFault} naming the first thing in {@code env} that would make a synth fail. */
    public static void check(Map<String, String> env) {
        String customNode = env.get("JSII_NODE");
        if (customNode != null && !customNode.isBlank()) {
            if (!isExecutable(customNode)) {
                throw new EnvironmentFault("JSII_NODE=" + customNode + " is not an executable: point it at Node.js 20 or unset it");
            }
        } else if (findOnPath("node", env.getOrDefault("PATH", "")) == null) {
            throw new EnvironmentFault("node is not on the PATH (" + env.getOrDefault("PATH", "") + "): the AWS CDK runs in Node.js;"
                    + " install Node.js 20 (apt-get install nodejs) or put it on the PATH");
        }
        String context = env.get("CDK_CONTEXT_JSON");
        if (context != null) {
            try {
                JsonNode parsed = new ObjectMapper().readTree(context);
                if (parsed == null || !parsed.isObject()) {
                    throw new EnvironmentFault("CDK_CONTEXT_JSON is not a JSON object (got " + abbreviate(context)
                            + "): fix it or unset it");
                }
            } catch (JsonProcessingException e) {
                throw new EnvironmentFault("CDK_CONTEXT_JSON is not valid JSON (" + e.getOriginalMessage() + " at column "
                        + e.getLocation().getColumnNr() + "): fix it or unset it");
            }
        }
        Path cache = packageCache(env);
        if (cache != null) {
            Path existing = cache;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            if (existing != null && (!Files.isDirectory(existing) || !Files.isWritable(existing))) {
                throw new EnvironmentFault("the jsii package cache " + cache + " cannot be written (" + existing
                        + (Files.isDirectory(existing) ? " is read-only" : " is not a folder")
                        + "): make it writable, set JSII_RUNTIME_PACKAGE_CACHE_ROOT to a writable folder,"
                        + " or set JSII_RUNTIME_PACKAGE_CACHE=disabled");
            }
        }
    }

    /** Runs a jsii call, turning faults of the machine (disk full, unwritable folders, no Node.js) into one line. */
    public static <T> T translatingFaults(Supplier<T> jsiiCall) {
        try {
            return jsiiCall.get();
        } catch (RuntimeException e) {
            String cause = machineCause(e);
            if (cause == null) {
                throw e;
            }
            throw new EnvironmentFault("the AWS CDK could not run: " + cause, e);
        }
    }

    /** One line naming a fault of the machine somewhere in the chain, or null when it is not one. */
    static String machineCause(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().lines().findFirst().orElse("");
            String lower = message.toLowerCase(Locale.ROOT);
            if (lower.contains("enospc") || lower.contains("no space left")) {
                return "no space left on the device (" + message + "); free some space and run again";
            }
            if (lower.contains("erofs") || lower.contains("eacces") || lower.contains("enotdir") || lower.contains("eperm")
                    || lower.contains("read-only file system") || lower.contains("permission denied")) {
                return "a folder cannot be written (" + message + ")";
            }
            if (lower.contains("cannot run program \"node\"")) {
                return "node is not on the PATH (" + message + "); install Node.js 20";
            }
            if (lower.contains("unable to extract bundled @jsii/runtime")) {
                return "jsii cannot unpack its runtime into the temporary folder " + System.getProperty("java.io.tmpdir")
                        + "; make it a writable folder with free space";
            }
        }
        return null;
    }

    /** Where jsii caches packages, as its runtime decides; null when the cache is disabled. */
    static Path packageCache(Map<String, String> env) {
        if ("disabled".equalsIgnoreCase(env.getOrDefault("JSII_RUNTIME_PACKAGE_CACHE", "enabled"))) {
            return null;
        }
        try {
            String root = env.get("JSII_RUNTIME_PACKAGE_CACHE_ROOT");
            if (root != null && !root.isBlank()) {
                return Path.of(root).toAbsolutePath();
            }
            String home = env.getOrDefault("HOME", System.getProperty("user.home"));
            return Path.of(home, ".cache", "aws", "jsii", "package-cache").toAbsolutePath();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static Path findOnPath(String program, String path) {
        for (String entry : path.split(File.pathSeparator)) {
            if (!entry.isEmpty() && isExecutable(entry + File.separator + program)) {
                return Path.of(entry, program);
            }
        }
        return null;
    }

    private static boolean isExecutable(String file) {
        try {
            Path candidate = Path.of(file);
            return Files.isRegularFile(candidate) && Files.isExecutable(candidate);
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
