package dev.superscale.acceptance.support;

import java.nio.file.Path;
import java.util.List;

/** A real PgBouncer running a rendered pgbouncer.ini, as the unprivileged service user. */
public final class PgBouncerServer implements AutoCloseable {

    private final Path dir;
    private final Process process;

    private PgBouncerServer(Path dir, Process process) {
        this.dir = dir;
        this.process = process;
    }

    /** Writes the ini and the auth file into a scratch dir and starts pgbouncer in the foreground. */
    public static PgBouncerServer start(Path dir, String ini, String userlist, int port) {
        Processes.writeAsServiceUser(dir.resolve("pgbouncer.ini"), ini);
        Processes.writeAsServiceUser(dir.resolve("userlist.txt"), userlist);
        Path log = dir.resolve("pgbouncer.log");
        // pgbouncer drops root itself with -u, so the process we hold (and stop) is pgbouncer, not a wrapper.
        List<String> command = new java.util.ArrayList<>(List.of(DebianServers.executable("/usr/sbin/pgbouncer", "/usr/bin/pgbouncer").toString()));
        if (Processes.runningAsRoot()) {
            command.addAll(List.of("-u", Processes.SERVICE_USER));
        }
        command.add(dir.resolve("pgbouncer.ini").toString());
        Process process = Processes.start(command, log);
        PgBouncerServer server = new PgBouncerServer(dir, process);
        try {
            DebianServers.awaitPort(port, process, log);
            return server;
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    public String log() {
        return DebianServers.readQuietly(dir.resolve("pgbouncer.log"));
    }

    @Override
    public void close() {
        Processes.stop(process);
    }
}
