package app.lightbox.images.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalFolderStorageTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    @TempDir
    Path root;

    private Path folder;
    private LocalFolderStorage storage;

    @BeforeEach
    void setUp() {
        folder = root.resolve("files");
        storage = new LocalFolderStorage(new StorageProperties(folder));
    }

    @Test
    void creates_the_folder_if_missing() {
        assertThat(folder).isDirectory();
    }

    @Test
    void shows_nothing_until_committed_then_the_whole_file() throws IOException {
        byte[] bytes = "content".getBytes(StandardCharsets.UTF_8);
        try (PendingFile pending = storage.receive(new ByteArrayInputStream(bytes))) {
            assertThat(pending.size()).isEqualTo(bytes.length);
            try (InputStream in = pending.open()) {
                assertThat(in.readAllBytes()).isEqualTo(bytes);
            }
            assertThat(storage.exists("abc.png")).isFalse();
            pending.commit("abc.png");
        }
        assertThat(files()).containsExactly("abc.png");
        assertThat(storage.size("abc.png")).hasValue(bytes.length);
        try (InputStream in = storage.open("abc.png")) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
    }

    @Test
    void discards_what_was_not_committed() throws IOException {
        try (PendingFile pending = storage.receive(new ByteArrayInputStream(new byte[10]))) {
            assertThat(files()).hasSize(1).allMatch(n -> n.startsWith("upload-") && n.endsWith(".tmp"));
        }
        assertThat(files()).isEmpty();
    }

    @Test
    void leaves_no_temporary_file_when_the_stream_fails() {
        InputStream failing = new InputStream() {
            private int left = 50_000;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0];
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (left <= 0) {
                    throw new IOException("connection reset");
                }
                int n = Math.min(len, left);
                left -= n;
                return n;
            }
        };
        assertThatThrownBy(() -> storage.receive(failing)).hasMessage("connection reset");
        assertThat(files()).isEmpty();
    }

    @Test
    void writes_a_new_pending_file_and_leaves_nothing_when_the_writer_fails() throws IOException {
        try (PendingFile written = storage.write(out -> out.write(new byte[] {1, 2, 3}))) {
            assertThat(written.size()).isEqualTo(3);
            written.commit("w.png");
        }
        assertThat(storage.open("w.png").readAllBytes()).containsExactly(1, 2, 3);

        assertThatThrownBy(() -> storage.write(out -> {
            out.write(new byte[1000]);
            throw new IOException("metadata damaged");
        })).hasMessage("metadata damaged");
        assertThat(files()).containsExactly("w.png");
    }

    @Test
    void replaces_a_stored_file_whole_while_a_reader_of_the_old_one_reads_on() throws IOException {
        try (PendingFile pending = storage.receive(new ByteArrayInputStream(new byte[] {1, 2, 3, 4}))) {
            pending.commit("r.jpg");
        }
        try (InputStream reading = storage.open("r.jpg");
                PendingFile rewritten = storage.write(out -> out.write(new byte[] {5, 6}))) {
            assertThat(reading.read()).isEqualTo(1);

            rewritten.replace("r.jpg");

            assertThat(reading.readAllBytes()).as("the old file, to its end").containsExactly(2, 3, 4);
        }
        assertThat(storage.open("r.jpg").readAllBytes()).containsExactly(5, 6);
        assertThat(storage.size("r.jpg")).hasValue(2);
        assertThat(files()).as("no temporary file left").containsExactly("r.jpg");
    }

    @Test
    void deletes_stored_files() throws IOException {
        try (PendingFile pending = storage.receive(new ByteArrayInputStream(new byte[1]))) {
            pending.commit("x.gif");
        }
        assertThat(storage.delete("x.gif")).isTrue();
        assertThat(storage.delete("x.gif")).isFalse();
        assertThat(files()).isEmpty();
    }

    @Test
    void gives_the_absolute_path_of_a_stored_file_for_sendfile() throws IOException {
        try (PendingFile pending = storage.receive(new ByteArrayInputStream(new byte[3]))) {
            pending.commit("x.jpg");
        }
        assertThat(storage.localPath("x.jpg")).hasValue(folder.toAbsolutePath().resolve("x.jpg").toString());
        assertThat(Path.of(storage.localPath("x.jpg").orElseThrow())).isAbsolute().hasSize(3);
        assertThat(storage.localPath("y.jpg")).as("nothing stored under it").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x.png", "..", "a/b.png", "a\\b.png", "x.png/", "x.png\0", ".png", "x.svg", "x.PNG",
        "x.png.exe", "upload-1.tmp", "x..png", "%2e%2e.png", "x.png\n", ""})
    void treats_anything_but_a_plain_name_as_absent(String name) throws IOException {
        Files.writeString(root.resolve("secret.png"), "secret");
        assertThat(ImageStorage.isValidName(name)).isFalse();
        assertThat(storage.exists(name)).isFalse();
        assertThat(storage.size(name)).isEmpty();
        assertThat(storage.localPath(name)).isEmpty();
        assertThatThrownBy(() -> storage.open(name)).isInstanceOf(FileNotFoundException.class);
        assertThatThrownBy(() -> storage.delete(name)).isInstanceOf(IllegalArgumentException.class);
        try (PendingFile pending = storage.receive(new ByteArrayInputStream(new byte[1]))) {
            assertThatThrownBy(() -> pending.commit(name)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(files()).isEmpty();
        assertThat(root.resolve("secret.png")).hasContent("secret");
    }

    @Test
    void accepts_names_of_the_stored_kind() {
        assertThat(ImageStorage.isValidName("0123456789abcdef0123456789abcdef.webp")).isTrue();
        assertThat(ImageStorage.isValidName("A-b_c.jpg")).isTrue();
        assertThat(ImageStorage.isValidName("a".repeat(60) + ".png")).isTrue();
        assertThat(ImageStorage.isValidName("a".repeat(61) + ".png")).isFalse();
    }

    @Test
    void lists_stored_and_temporary_files_with_their_age_and_nothing_else() throws IOException {
        Path stored = Files.createFile(folder.resolve("abc.png"));
        Files.setLastModifiedTime(stored, FileTime.from(NOW.minus(Duration.ofDays(400))));
        Path temporary = Files.createFile(folder.resolve("upload-123.tmp"));
        Files.setLastModifiedTime(temporary, FileTime.from(NOW.minus(Duration.ofHours(2))));
        Files.createFile(folder.resolve("notes.txt"));
        Files.createFile(folder.resolve("upload-x.tmp"));
        Files.createDirectory(folder.resolve("def.png"));

        List<ImageStorage.Entry> entries;
        try (Stream<ImageStorage.Entry> all = storage.entries()) {
            entries = all.toList();
        }

        assertThat(entries).containsExactlyInAnyOrder(
                new ImageStorage.Entry("abc.png", NOW.minus(Duration.ofDays(400)), false),
                new ImageStorage.Entry("upload-123.tmp", NOW.minus(Duration.ofHours(2)), true));
    }

    @Test
    void lists_the_temporary_file_of_an_upload_in_progress() throws IOException {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                throw new IllegalStateException("not used");
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                // the upload is still streaming in when the storage is listed
                try (Stream<ImageStorage.Entry> all = storage.entries()) {
                    assertThat(all).singleElement().satisfies(entry -> assertThat(entry.temporary()).isTrue());
                }
                throw new IOException("connection lost");
            }
        };

        assertThatThrownBy(() -> storage.receive(endless)).isInstanceOf(IOException.class);
        assertThat(files()).isEmpty();
    }

    @Test
    void deletes_temporary_files_but_refuses_other_names() throws IOException {
        Files.createFile(folder.resolve("upload-123.tmp"));

        assertThat(storage.deleteTemporary("upload-123.tmp")).isTrue();
        assertThat(storage.deleteTemporary("upload-123.tmp")).isFalse();
        Files.createFile(folder.resolve("abc.png"));
        assertThatThrownBy(() -> storage.deleteTemporary("abc.png")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.deleteTemporary("../upload-1.tmp")).isInstanceOf(IllegalArgumentException.class);
        assertThat(files()).containsExactly("abc.png");
    }

    private List<String> files() {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
