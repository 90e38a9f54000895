package vn.drugctl.stack.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A server started as a child process of the test JVM: its output goes to a log file, readiness is polled against
 * a deadline, and {@link #close()} stops the whole process tree (e.g. Keycloak's {@code kc.sh} and its
 * {@code java}): SIGTERM to every process, a grace period, then SIGKILL. A JVM shutdown hook does the same if a test
 * run ends without closing it.
 */
public final class ManagedProcess implements AutoCloseable {
    /** How long {@link #close()} waits after SIGTERM before SIGKILL. */
    public static final Duration GRACE = Duration.ofSeconds(30);

    private final String name;
    private final Process process;
    private final Path log;
    private final Thread shutdownHook;
    private boolean closed;

    private ManagedProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.shutdownHook = new Thread(this::stopTree, name + "-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts {@code command} with {@code environment} added to (a {@code null} value removes a variable from) this
     * JVM's environment, writing its standard output and error to {@code log} (truncated first).
     */
    public static ManagedProcess start(String name, List<String> command, Map<String, String> environment,
                                       Path workingDir, Path log) {
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            if (workingDir != null) {
                builder.directory(workingDir.toFile());
            }
            environment.forEach((key, value) -> {
                if (value == null) {
                    builder.environment().remove(key);
                } else {
                    builder.environment().put(key, value);
                }
            });
            return new ManagedProcess(name, builder.start(), log.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name + ": " + command, e);
        }
    }

    /** A check polled by {@link #awaitReady}; an exception counts as "not yet". */
    @FunctionalInterface
    public interface ReadinessCheck {
        boolean ready() throws Exception;
    }

    /**
     * Polls {@code check} about four times a second until it passes. Fails, with the last lines of the log, if the
     * process exits first or {@code timeout} passes; the process is then stopped.
     */
    public ManagedProcess awaitReady(Duration timeout, ReadinessCheck check) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (!process.isAlive()) {
                String message = name + " exited with code " + process.exitValue() + " before it was ready; last lines of "
                        + log + ":\n" + tail(30);
                close();
                throw new IllegalStateException(message);
            }
            try {
                if (check.ready()) {
                    return this;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new IllegalStateException("Interrupted while waiting for " + name, e);
            } catch (Exception e) {
                // not ready yet
            }
            if (System.nanoTime() > deadline) {
                String message = name + " not ready within " + timeout.toSeconds() + " s; last lines of " + log + ":\n" + tail(30);
                close();
                throw new IllegalStateException(message);
            }
            // returns at once if the process dies, else after 250 ms
            process.onExit().completeOnTimeout(process, 250, TimeUnit.MILLISECONDS).join();
        }
    }

    /** Waits for the process to end by itself (a one-shot command) and returns its exit code. */
    public int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                String message = name + " did not end within " + timeout.toSeconds() + " s; last lines of " + log
                        + ":\n" + tail(30);
                close();
                throw new IllegalStateException(message);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new IllegalStateException("Interrupted while waiting for " + name, e);
        }
    }

    /** The last {@code lines} lines of the log. */
    public String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    /** Whether the log contains {@code text} (for servers whose readiness is a log line). */
    public boolean logContains(String text) {
        try {
            return new String(Files.readAllBytes(log), StandardCharsets.UTF_8).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The process and its descendants still running. */
    public List<ProcessHandle> processTree() {
        List<ProcessHandle> tree = new ArrayList<>();
        if (process.isAlive()) {
            tree.add(process.toHandle());
        }
        process.descendants().filter(ProcessHandle::isAlive).forEach(tree::add);
        return tree;
    }

    /** Stops the process tree (SIGTERM, then SIGKILL after {@link #GRACE}) and waits for it. Idempotent. */
    @Override
    public void close() {
        stopTree();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down
        }
    }

    private synchronized void stopTree() {
        if (closed) {
            return;
        }
        closed = true;
        // the descendants must be listed while the parent lives: orphans are no longer its descendants
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + GRACE.toNanos();
        for (ProcessHandle handle : tree) {
            long left = deadline - System.nanoTime();
            if (left > 0) {
                handle.onExit().completeOnTimeout(handle, left, TimeUnit.NANOSECONDS).join();
            }
        }
        for (ProcessHandle handle : tree) {
            if (handle.isAlive()) {
                handle.destroyForcibly();
                handle.onExit().completeOnTimeout(handle, 10, TimeUnit.SECONDS).join();
            }
        }
    }

    /** A TCP port free on 127.0.0.1 at the time of the call. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return name + " (PID " + process.pid() + ", log " + log + ")";
    }
}
