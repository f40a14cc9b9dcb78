package dev.superscale.stacks;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules every Superscale output folder follows, for every target and entry point (the
 * {@code synth} and {@code render} commands, {@link AwsSynth} and its Java callers).
 *
 * <p>An output folder is replaced as a whole, so the rules keep that from destroying anything:
 * <ul>
 *   <li>never the empty path, the filesystem root, the user's home, a repository root (a folder
 *       holding {@code .git} or the Superscale parent pom), the working folder or any folder above
 *       it, not even with {@code force};</li>
 *   <li>a folder that exists and holds anything must carry the {@value #MARKER} file that every
 *       Superscale output gets, unless {@code force} says to replace it anyway;</li>
 *   <li>the new output is written into a staging sibling and swapped in by renames, so a reader sees
 *       the old output or the new one, never a mix; a SIGINT or SIGTERM removes the staging folder,
 *       and the next run removes staging folders that a dead run left (matched by name and marker).</li>
 * </ul>
 */
public final class OutputFolder {

    /** The file that marks a folder as a Superscale output; its content never changes, so outputs stay byte-identical. */
    public static final String MARKER = ".superscale-output";
    static final String MARKER_TEXT = "Written by superscale. The next run into this folder replaces it as a whole.\n";

    private static final String STAGING = "staging";
    private static final String PREVIOUS = "previous";

    /** Writes the content of a new output into an empty staging folder. */
    @FunctionalInterface
    public interface Writer<T> {
        T writeInto(Path staging) throws IOException;
    }

    /**
     * Where the process stands: relative outputs resolve against the working folder, neither it, its
     * ancestors nor the home folder may be replaced, and the environment says where Node.js and the
     * jsii cache are. Tests pass their own, so no test ever points an output at the build's folders.
     */
    public record Surroundings(Path workingFolder, Path homeFolder, Map<String, String> environment) {

        public Surroundings {
            environment = Map.copyOf(environment);
        }

        /** This process's working folder, the user's home and the process environment. */
        public static Surroundings ofThisProcess() {
            return new Surroundings(Path.of(System.getProperty("user.dir")), Path.of(System.getProperty("user.home")), System.getenv());
        }
    }

    private OutputFolder() {
    }

    /**
     * Everything that keeps {@code given} from becoming an output folder, each naming {@code option}
     * and the value; empty when it can be written.
     */
    public static List<String> problems(String given, String option, boolean force, Surroundings surroundings) {
        List<String> problems = new ArrayList<>();
        if (given == null || given.isBlank()) {
            problems.add(option + " '" + (given == null ? "" : given) + "' is empty: give a folder such as cdk.out/superscale");
            return problems;
        }
        Path folder;
        try {
            folder = resolve(given, surroundings);
        } catch (InvalidPathException e) {
            problems.add(option + " '" + given + "' is not a path: " + e.getReason());
            return problems;
        }
        String named = option + " '" + given + "'";
        Path real = realPath(folder);
        Path working = realPath(surroundings.workingFolder().toAbsolutePath().normalize());
        if (real.getParent() == null) {
            problems.add(named + " is the filesystem root: give a folder of its own, such as cdk.out/superscale");
        } else if (working.startsWith(real)) {
            problems.add(named + " is " + (working.equals(real) ? "the working folder" : "above the working folder (" + working + ")")
                    + ": replacing it would delete what you are working in; give a folder of its own, such as cdk.out/superscale");
        } else if (real.equals(realPath(surroundings.homeFolder().toAbsolutePath().normalize()))) {
            problems.add(named + " is your home folder: give a folder of its own, such as cdk.out/superscale");
        } else if (isRepositoryRoot(real)) {
            problems.add(named + " is a repository root (it holds .git or the Superscale pom): give a folder of its own, such as cdk.out/superscale");
        } else if (Files.exists(real) && !Files.isDirectory(real)) {
            problems.add(named + " is a file: give a folder (it is replaced as a whole)");
        } else if (Files.isDirectory(real) && !force && !isEmpty(real) && !isOutput(real)) {
            problems.add(named + " holds files that are not a Superscale output (no " + MARKER
                    + " file): give a new or empty folder, or add --force to replace it as a whole");
        } else {
            Path parent = real.getParent();
            while (parent != null && !Files.exists(parent)) {
                parent = parent.getParent();
            }
            if (parent == null || !Files.isDirectory(parent) || !Files.isWritable(parent)) {
                problems.add(named + " cannot be created: " + (parent == null ? "no existing parent" : parent + " is not a writable folder"));
            }
        }
        return problems;
    }

    /** The absolute, normalized folder {@code given} names, relative ones resolved against the working folder. */
    public static Path resolve(String given, Surroundings surroundings) {
        return surroundings.workingFolder().toAbsolutePath().resolve(Path.of(given)).normalize();
    }

    /**
     * Writes a new output and swaps it in place of {@code folder}, after checking the rules. On any
     * failure nothing changes on disk, except where the exception's message says otherwise.
     *
     * @throws dev.superscale.capacity.InvalidInputException when the rules refuse the folder
     * @throws EnvironmentFault when the machine refused a write, a rename or a delete; the message says what is on disk
     */
    public static <T> T replace(Path folder, boolean force, Surroundings surroundings, Writer<T> writer) {
        List<String> problems = problems(folder.toString(), "out", force, surroundings);
        if (!problems.isEmpty()) {
            throw new dev.superscale.capacity.InvalidInputException(problems);
        }
        Path target = realPath(resolve(folder.toString(), surroundings));
        Path parent = target.getParent();
        Path staging;
        try {
            Files.createDirectories(parent);
            removeStaleSiblings(target);
            staging = Files.createTempDirectory(parent, siblingPrefix(target, STAGING));
            if (Files.getFileStore(staging).supportsFileAttributeView("posix")) {
                // createTempDirectory makes it owner-only; an output is an ordinary folder.
                Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            Files.writeString(staging.resolve(MARKER), MARKER_TEXT);
        } catch (IOException e) {
            throw new EnvironmentFault("cannot write " + target + ": " + describe(e) + "; nothing was changed", e);
        }
        Thread cleanup = new Thread(() -> deleteQuietly(staging), "superscale-staging-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            T result;
            try {
                result = writer.writeInto(staging);
                Files.writeString(staging.resolve(MARKER), MARKER_TEXT);
            } catch (IOException e) {
                throw new EnvironmentFault("cannot write " + target + ": " + describe(e) + "; nothing was changed", e);
            }
            swapIn(staging, target);
            return result;
        } finally {
            deleteQuietly(staging);
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException shuttingDown) {
                // The hook runs anyway and finds nothing left to delete.
            }
        }
    }

    /** Replaces {@code target} with {@code staging}: the old one renamed aside, the new one renamed in, the old one deleted. */
    static void swapIn(Path staging, Path target) {
        Path previous = null;
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            try {
                previous = Files.createTempDirectory(target.getParent(), siblingPrefix(target, PREVIOUS));
                Files.delete(previous);
                rename(target, previous);
            } catch (IOException e) {
                throw new EnvironmentFault("cannot replace " + target + ": " + describe(e) + "; it is unchanged and nothing new was written", e);
            }
        }
        try {
            rename(staging, target);
        } catch (IOException e) {
            if (previous != null) {
                try {
                    rename(previous, target);
                } catch (IOException restore) {
                    throw new EnvironmentFault("cannot replace " + target + ": " + describe(e) + "; the previous output is at " + previous
                            + " (it could not be moved back: " + describe(restore) + ")", e);
                }
            }
            throw new EnvironmentFault("cannot replace " + target + ": " + describe(e) + "; it is unchanged and nothing new was written", e);
        }
        if (previous != null) {
            try {
                deleteTree(previous);
            } catch (IOException e) {
                throw new EnvironmentFault("wrote " + target + ", but the previous output, moved aside to " + previous
                        + ", could not be deleted: " + describe(e) + "; delete it yourself", e);
            }
        }
    }

    /** Whether {@code folder} is a Superscale output: it holds the marker file. */
    public static boolean isOutput(Path folder) {
        return Files.isRegularFile(folder.resolve(MARKER), LinkOption.NOFOLLOW_LINKS);
    }

    /** Staging and previous-output folders next to {@code target} that a run which has ended left behind. */
    static List<Path> staleSiblings(Path target) throws IOException {
        Pattern own = Pattern.compile("\\." + Pattern.quote(target.getFileName().toString())
                + "\\.superscale-(" + STAGING + "|" + PREVIOUS + ")-(\\d+)-\\d+");
        List<Path> stale = new ArrayList<>();
        if (!Files.isDirectory(target.getParent())) {
            return stale;
        }
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent())) {
            for (Path sibling : siblings) {
                Matcher name = own.matcher(sibling.getFileName().toString());
                if (name.matches() && isOutput(sibling) && !isRunning(Long.parseLong(name.group(2)))) {
                    stale.add(sibling);
                }
            }
        }
        return stale.stream().sorted().toList();
    }

    private static void removeStaleSiblings(Path target) throws IOException {
        for (Path stale : staleSiblings(target)) {
            deleteTree(stale);
        }
    }

    private static boolean isRunning(long pid) {
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        return process.isPresent() && process.get().isAlive();
    }

    private static String siblingPrefix(Path target, String kind) {
        return "." + target.getFileName() + ".superscale-" + kind + "-" + ProcessHandle.current().pid() + "-";
    }

    private static boolean isRepositoryRoot(Path folder) {
        if (Files.exists(folder.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        Path pom = folder.resolve("pom.xml");
        try {
            return Files.isRegularFile(pom) && Files.readString(pom).contains("<artifactId>superscale-parent</artifactId>");
        } catch (IOException e) {
            return true; // unreadable: assume it is one rather than risk replacing it
        }
    }

    private static boolean isEmpty(Path folder) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return !entries.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    /** The real path of the longest existing prefix (symbolic links followed), plus the rest as given. */
    private static Path realPath(Path absolute) {
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            return absolute;
        }
    }

    private static void rename(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** The cause in a few words: "no space left on device", "permission denied", "read-only file system". */
    static String describe(IOException e) {
        String reason = e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        return reason == null ? e.getClass().getSimpleName() : reason.toLowerCase(java.util.Locale.ROOT);
    }

    private static void deleteQuietly(Path folder) {
        try {
            deleteTree(folder);
        } catch (IOException e) {
            // Left for the next run, which removes stale staging folders by name and marker.
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
