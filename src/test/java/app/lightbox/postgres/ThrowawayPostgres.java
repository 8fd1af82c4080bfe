package app.lightbox.postgres;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of its own for one test run, started from the locally installed binaries: a
 * fresh cluster in a temporary folder, listening on a free port of 127.0.0.1 only, without passwords,
 * and gone (server and folder) when closed or when the JVM exits.
 *
 * <p>PostgreSQL refuses to run as root, and CI runs as root: then the binaries run as {@code nobody},
 * who owns the folder.
 */
final class ThrowawayPostgres implements AutoCloseable {

    /** The cluster's superuser; trust authentication, so no password. */
    static final String USER = "postgres";
    static final String DATABASE = "lightbox";
    /** The database every cluster starts with, from which others are created. */
    static final String MAINTENANCE_DATABASE = "postgres";

    private static final String UNPRIVILEGED_USER = "nobody";
    private static final int START_ATTEMPTS = 3;

    /** The two programs this needs; each finds the {@code postgres} server next to itself. */
    record Binaries(Path initdb, Path pgCtl) {}

    private final Binaries binaries;
    private final Path folder;
    private final Path data;
    private final List<String> runAs;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread shutdownHook = new Thread(this::close, "throwaway-postgres-shutdown");
    private int port;
    private boolean lowercasesAsciiOnly;

    private ThrowawayPostgres(Binaries binaries, Path folder, List<String> runAs) {
        this.binaries = binaries;
        this.folder = folder;
        this.data = folder.resolve("data");
        this.runAs = runAs;
    }

    /** {@code initdb} and {@code pg_ctl} from the PATH, else from the newest /usr/lib/postgresql/N/bin. */
    static Optional<Binaries> find() {
        Optional<Path> initdb = onPath("initdb");
        Optional<Path> pgCtl = onPath("pg_ctl");
        if (initdb.isPresent() && pgCtl.isPresent()) {
            return Optional.of(new Binaries(initdb.get(), pgCtl.get()));
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(debian)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(debian)) {
            return versions.filter(v -> v.getFileName().toString().matches("\\d+(\\.\\d+)?"))
                    .sorted(Comparator.comparingDouble((Path v) -> Double.parseDouble(v.getFileName().toString()))
                            .reversed())
                    .map(v -> new Binaries(v.resolve("bin/initdb"), v.resolve("bin/pg_ctl")))
                    .filter(b -> Files.isExecutable(b.initdb()) && Files.isExecutable(b.pgCtl()))
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, program))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** Creates the cluster, starts the server and creates the {@link #DATABASE} database. */
    static ThrowawayPostgres start(Binaries binaries) throws IOException {
        List<String> runAs = isRoot() ? List.of(runuser().toString(), "-u", UNPRIVILEGED_USER, "--") : List.of();
        Path folder = Files.createTempDirectory("lightbox-postgres-");
        if (!runAs.isEmpty()) {
            Files.setOwner(folder, folder.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName(UNPRIVILEGED_USER));
        }
        ThrowawayPostgres server = new ThrowawayPostgres(binaries, folder, runAs);
        Runtime.getRuntime().addShutdownHook(server.shutdownHook);
        try {
            server.initdb();
            server.startServer();
            PostgresDatabases.create(server.url(MAINTENANCE_DATABASE), USER, "", DATABASE);
            return server;
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    int port() {
        return port;
    }

    /** The JDBC URL of a database of this server. */
    String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /**
     * Sorting as locale C, but lower() by a UTF-8 character type where the system has one: with
     * {@code LC_CTYPE=C}, PostgreSQL lowercases ASCII letters only, and search would miss "Émile" for "émile".
     */
    private void initdb() throws IOException {
        Path log = folder.resolve("initdb.log");
        int exit = initdb(log, "C.UTF-8");
        if (exit != 0 && Files.readString(log).contains("invalid locale name")) {
            lowercasesAsciiOnly = true;
            exit = initdb(log, "C");
        }
        if (exit != 0) {
            throw new IllegalStateException("initdb (" + binaries.initdb() + describeUser() + ") failed with exit code "
                    + exit + ":\n" + Files.readString(log));
        }
        // A throw-away cluster: no other client, and no durability needed.
        Files.writeString(data.resolve("postgresql.conf"), """

                # Lightbox tests
                listen_addresses = '127.0.0.1'
                unix_socket_directories = '%s'
                fsync = off
                synchronous_commit = off
                full_page_writes = off
                """.formatted(folder), StandardOpenOption.APPEND);
    }

    private int initdb(Path log, String characterType) throws IOException {
        return run(log, binaries.initdb().toString(), "--pgdata=" + data, "--username=" + USER, "--auth=trust",
                "--encoding=UTF8", "--locale=C", "--lc-ctype=" + characterType, "--no-sync");
    }

    /** Whether the system had no C.UTF-8 locale, so that lower() leaves letters beyond ASCII as they are. */
    boolean lowercasesAsciiOnly() {
        return lowercasesAsciiOnly;
    }

    private void startServer() throws IOException {
        Path log = folder.resolve("pg_ctl.log");
        Path serverLog = folder.resolve("server.log");
        for (int attempt = 1; ; attempt++) {
            port = freePort();
            int exit = run(log, binaries.pgCtl().toString(), "start", "--pgdata=" + data, "--log=" + serverLog,
                    "--wait", "--timeout=60", "-o", "-p " + port);
            if (exit == 0) {
                return;
            }
            String serverOutput = Files.exists(serverLog) ? Files.readString(serverLog) : "(no server log)";
            // Another process may take the free port between our look and the server's bind.
            if (attempt < START_ATTEMPTS && serverOutput.contains("Address already in use")) {
                continue;
            }
            throw new IllegalStateException("pg_ctl start (" + binaries.pgCtl() + describeUser() + ", port " + port
                    + ") failed with exit code " + exit + ":\n" + Files.readString(log)
                    + "\nServer log " + serverLog + ":\n" + serverOutput);
        }
    }

    /** Stops the server at once (its data is thrown away) and deletes the folder; safe to call twice. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            if (Files.exists(data.resolve("postmaster.pid"))) {
                int exit = run(folder.resolve("pg_ctl-stop.log"), binaries.pgCtl().toString(), "stop",
                        "--pgdata=" + data, "--mode=immediate", "--wait", "--timeout=30");
                if (exit != 0) {
                    System.err.println("Could not stop the test PostgreSQL server in " + data + ":\n"
                            + Files.readString(folder.resolve("pg_ctl-stop.log")));
                    return; // keep the folder: the server may still be using it
                }
            }
            deleteRecursively(folder);
        } catch (IOException e) {
            System.err.println("Could not remove the test PostgreSQL server in " + folder + ": " + e);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // called from the hook itself
            }
        }
    }

    /** Runs a PostgreSQL program (as the unprivileged user when we are root), its output into {@code log}. */
    private int run(Path log, String... command) throws IOException {
        List<String> fullCommand = new ArrayList<>(runAs);
        fullCommand.addAll(List.of(command));
        Process process = new ProcessBuilder(fullCommand)
                .directory(folder.toFile()) // a folder the unprivileged user may enter
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", fullCommand) + " did not finish within 120 s:\n"
                        + Files.readString(log));
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException("Interrupted while running " + String.join(" ", fullCommand), e);
        }
    }

    private String describeUser() {
        return runAs.isEmpty() ? "" : ", run as " + UNPRIVILEGED_USER + " because we are root; " + UNPRIVILEGED_USER
                + " must be able to reach " + folder;
    }

    private static Path runuser() {
        return onPath("runuser")
                .or(() -> Optional.of(Path.of("/usr/sbin/runuser")).filter(Files::isExecutable))
                .orElseThrow(() -> new IllegalStateException("PostgreSQL refuses to run as root, and there is no"
                        + " runuser (util-linux) to run it as " + UNPRIVILEGED_USER));
    }

    private static boolean isRoot() {
        if (File.separatorChar != '/') {
            return false;
        }
        return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
