package app.lightbox;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.base.db.DsyncFilePath;
import app.lightbox.postgres.PostgresDatabases;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the app reports as saved survives a {@code kill -9}: the application runs in a JVM of its own
 * ({@link CrashingWriter}) on the database configured as shipped (H2 with the default URL of
 * {@code application.properties}, or, in the PostgreSQL run, PostgreSQL), stores images and saves a draft
 * as fast as it can, and is killed the moment it has confirmed one of them. Everything it confirmed must
 * be in the database afterwards, and after a storage sweep every stored file has its row and no
 * temporary file is left.
 */
class HardCrashTest {

    /** How long the writer runs before it is killed at its next confirmation. */
    private static final Duration WRITING = Duration.ofMillis(1500);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

    @TempDir
    Path root;

    @Test
    void everything_confirmed_before_a_kill_9_is_there_after_it_and_a_sweep_then_leaves_files_and_rows_agreeing()
            throws Exception {
        Database database = Database.forThisRun(root);
        Path files = Files.createDirectories(root.resolve("files"));

        Confirmed confirmed = writeAndKill(database, files);

        assertThat(confirmed.images()).as("images confirmed before the kill").isNotEmpty();
        try (Connection db = database.connect()) {
            for (String image : confirmed.images()) {
                assertThat(count(db, "select count(*) from stored_image where stored_name = ?", image))
                        .as("row of confirmed image %s", image).isOne();
                assertThat(files.resolve(image)).as("file of confirmed image").isRegularFile();
            }
            assertThat(savedCounter(db, confirmed.postId())).as("the draft's saved text")
                    .isGreaterThanOrEqualTo(confirmed.lastPostSave());
        }
        assertThat(temporaryFiles(files)).as("the never-ending upload's temporary file, left by the kill").isNotEmpty();

        // As if the grace period had passed since the crash
        try (Stream<Path> all = Files.list(files)) {
            for (Path file : all.toList()) {
                Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
            }
        }
        List<String> sweepOutput = run(database, files, "sweep");

        assertThat(sweepOutput).anyMatch(line -> line.startsWith("swept "));
        assertThat(temporaryFiles(files)).isEmpty();
        try (Connection db = database.connect()) {
            assertThat(storedFiles(files)).isEqualTo(recordedImages(db));
        }
    }

    private record Confirmed(List<String> images, long postId, int lastPostSave) {}

    /** Runs the writer until it has written for a while, kills it at its next confirmation, and collects what it confirmed. */
    private Confirmed writeAndKill(Database database, Path files) throws Exception {
        Process writer = start(database, files, "write");
        List<String> images = new ArrayList<>();
        long postId = -1;
        int lastSave = -1;
        StringBuilder log = new StringBuilder();
        try (BufferedReader out = reader(writer.getInputStream())) {
            Instant killAt = null;
            Instant deadline = Instant.now().plus(START_TIMEOUT);
            for (String line; (line = out.readLine()) != null; ) {
                if (!line.startsWith(CrashingWriter.CONFIRMED)) {
                    keep(log, line);
                    if (Instant.now().isAfter(deadline)) {
                        writer.toHandle().destroyForcibly();
                    }
                    continue;
                }
                String[] words = line.substring(CrashingWriter.CONFIRMED.length()).split(" ");
                if (words[0].equals("image")) {
                    images.add(words[1]);
                } else {
                    postId = Long.parseLong(words[1]);
                    lastSave = Integer.parseInt(words[2]);
                }
                if (killAt == null) {
                    killAt = Instant.now().plus(WRITING);
                } else if (Instant.now().isAfter(killAt) && writer.isAlive()) {
                    // kill -9 (SIGKILL) a moment after the app confirmed, and read on to what it printed until then;
                    // the process handle's kill leaves this side of the pipe open, Process.destroyForcibly would not
                    writer.toHandle().destroyForcibly();
                }
            }
        }
        assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(postId).as("the writer's output:%n%s", log).isPositive();
        return new Confirmed(images, postId, lastSave);
    }

    private List<String> run(Database database, Path files, String mode) throws Exception {
        Process process = start(database, files, mode);
        List<String> confirmed = new ArrayList<>();
        StringBuilder log = new StringBuilder();
        try (BufferedReader out = reader(process.getInputStream())) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith(CrashingWriter.CONFIRMED)) {
                    confirmed.add(line.substring(CrashingWriter.CONFIRMED.length()));
                } else {
                    keep(log, line);
                }
            }
        }
        assertThat(process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("%s ended with its output:%n%s", mode, log).isZero();
        return confirmed;
    }

    private Process start(Database database, Path files, String mode) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                CrashingWriter.class.getName(), mode,
                "--lightbox.storage.location=" + files,
                "--lightbox.storage.sweep.enabled=false",
                "--spring.main.banner-mode=off"));
        command.addAll(database.springArguments());
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static BufferedReader reader(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    private static void keep(StringBuilder log, String line) {
        if (log.length() < 20_000) {
            log.append(line).append('\n');
        }
    }

    private static long count(Connection db, String sql, String parameter) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The n of the draft's "saved n". */
    private static int savedCounter(Connection db, long postId) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("select body from post where id = ?")) {
            query.setLong(1, postId);
            try (ResultSet rs = query.executeQuery()) {
                assertThat(rs.next()).as("the draft's row").isTrue();
                return Integer.parseInt(rs.getString(1).substring("saved ".length()));
            }
        }
    }

    private static Set<String> recordedImages(Connection db) throws SQLException {
        Set<String> names = new HashSet<>();
        try (PreparedStatement query = db.prepareStatement("select stored_name from stored_image");
                ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static Set<String> storedFiles(Path files) throws IOException {
        return fileNames(files).stream().filter(n -> !n.endsWith(".tmp")).collect(Collectors.toSet());
    }

    private static Set<String> temporaryFiles(Path files) throws IOException {
        return fileNames(files).stream().filter(n -> n.endsWith(".tmp")).collect(Collectors.toSet());
    }

    private static Set<String> fileNames(Path folder) throws IOException {
        try (Stream<Path> all = Files.list(folder)) {
            return all.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    /** The database of this run, as the application is configured to use it. */
    private record Database(String url, String user, String password, List<String> profiles) {

        static Database forThisRun(Path root) {
            if (PostgresDatabases.requested()) {
                return new Database(PostgresDatabases.createFresh(), PostgresDatabases.user(),
                        PostgresDatabases.password(), List.of("postgres"));
            }
            DsyncFilePath.register(); // this JVM opens the database too, to check it
            String shipped = shippedH2Url();
            String url = shipped.replace("./data/db/lightbox", root.resolve("db/lightbox").toString());
            assertThat(url).as("the shipped URL names ./data/db/lightbox").isNotEqualTo(shipped);
            return new Database(url, "sa", "", List.of());
        }

        /** The default of spring.datasource.url in the main application.properties. */
        private static String shippedH2Url() {
            Properties properties = new Properties();
            try (InputStream in = HardCrashTest.class.getResourceAsStream("/application.properties")) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String value = properties.getProperty("spring.datasource.url");
            String prefix = "${LIGHTBOX_DB_URL:";
            assertThat(value).startsWith(prefix).endsWith("}");
            return value.substring(prefix.length(), value.length() - 1);
        }

        List<String> springArguments() {
            List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + url,
                    "--spring.datasource.username=" + user, "--spring.datasource.password=" + password));
            if (!profiles.isEmpty()) {
                arguments.add("--spring.profiles.active=" + String.join(",", profiles));
            }
            return arguments;
        }

        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }
    }
}
