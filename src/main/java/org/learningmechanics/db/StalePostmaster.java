package org.learningmechanics.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After the application is killed with {@code kill -9}, the PostgreSQL server it started keeps running and holds
 * the data directory; the next start would then time out. This finds such an orphan from {@code postmaster.pid}
 * and shuts it down cleanly (SIGINT, PostgreSQL's "fast" shutdown, which keeps every committed transaction).
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private StalePostmaster() {
    }

    static void stopIfRunning(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        Optional<ProcessHandle> server = runningServer(pidFile);
        if (server.isEmpty()) {
            return;
        }
        ProcessHandle process = server.get();
        log.warn("A PostgreSQL server (pid {}) left over from an earlier run holds {}; shutting it down",
                process.pid(), dataDirectory);
        signalFastShutdown(process);
        try {
            process.onExit().get(PATIENCE.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception notYet) {
            log.warn("PostgreSQL pid {} did not stop within {} s; killing it", process.pid(), PATIENCE.toSeconds());
            process.destroyForcibly();
        }
    }

    /** The live postgres process named in the pid file, if any; a dead or foreign pid is ignored. */
    static Optional<ProcessHandle> runningServer(Path pidFile) throws IOException {
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.getFirst().trim());
        } catch (NumberFormatException corrupt) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
    }

    private static void signalFastShutdown(ProcessHandle process) throws IOException {
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping PostgreSQL pid " + process.pid(), e);
        }
    }
}
