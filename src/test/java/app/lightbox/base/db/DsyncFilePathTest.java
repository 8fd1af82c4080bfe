package app.lightbox.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A power loss keeps what the database confirmed only if its writes reach the disk before the commit
 * returns: the {@code dsync:} file system opens H2's file with {@code O_DSYNC}. Read off Linux's
 * {@code /proc/self/fdinfo}, so the test needs Linux.
 */
class DsyncFilePathTest {

    /** {@code O_DSYNC} in the octal flags of {@code /proc/self/fdinfo/N} on Linux. */
    private static final int O_DSYNC = 010000;

    @TempDir
    Path folder;

    @Test
    void the_database_file_is_written_with_o_dsync() throws Exception {
        assumeThat(Path.of("/proc/self/fdinfo")).isDirectory();
        DsyncFilePath.register();

        try (Connection db = DriverManager.getConnection("jdbc:h2:dsync:" + folder.resolve("db") + ";WRITE_DELAY=0", "sa", "")) {
            db.createStatement().execute("create table t (id int)");

            assertThat(openFlags(folder.resolve("db.mv.db"))).isNotEmpty().allSatisfy(flags ->
                    assertThat(flags & O_DSYNC).as("O_DSYNC in %s", Integer.toOctalString(flags)).isNotZero());
        }
    }

    @Test
    void a_plain_h2_file_url_is_not_durable_which_is_why_the_default_url_says_dsync() throws Exception {
        assumeThat(Path.of("/proc/self/fdinfo")).isDirectory();

        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("db"), "sa", "")) {
            db.createStatement().execute("create table t (id int)");

            assertThat(openFlags(folder.resolve("db.mv.db"))).isNotEmpty().allSatisfy(flags ->
                    assertThat(flags & O_DSYNC).isZero());
        }
    }

    /** The flags of each descriptor this process has open on the file. */
    private static List<Integer> openFlags(Path file) throws IOException {
        Path target = file.toRealPath();
        List<Integer> flags = new ArrayList<>();
        try (Stream<Path> descriptors = Files.list(Path.of("/proc/self/fd"))) {
            for (Path descriptor : descriptors.toList()) {
                Path points;
                try {
                    points = Files.readSymbolicLink(descriptor);
                } catch (IOException e) {
                    continue; // closed since the folder was listed
                }
                if (points.equals(target)) {
                    for (String line : Files.readAllLines(Path.of("/proc/self/fdinfo", descriptor.getFileName().toString()))) {
                        if (line.startsWith("flags:")) {
                            flags.add(Integer.parseInt(line.substring("flags:".length()).strip(), 8));
                        }
                    }
                }
            }
        }
        return flags;
    }
}
