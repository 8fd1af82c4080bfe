package app.lightbox.images.storage;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Stores images as files in one folder ({@code lightbox.storage.location}). New files are written
 * to a temporary file in the same folder, forced to disk, and moved to their name atomically, so a
 * stored name never shows a partly written file. The force starts as soon as a file is written, in the
 * background, so that the disk works while the upload is checked; committing waits for it.
 */
@Component
class LocalFolderStorage implements ImageStorage, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LocalFolderStorage.class);
    static final String TEMP_PREFIX = "upload-";
    static final String TEMP_SUFFIX = ".tmp";
    /** What {@link Files#createTempFile} makes of the prefix and suffix: nothing else counts as temporary. */
    private static final Pattern TEMP_NAME = Pattern.compile(Pattern.quote(TEMP_PREFIX) + "[0-9]+" + Pattern.quote(TEMP_SUFFIX));
    private static final int BUFFER_SIZE = 64 * 1024;

    private final Path folder;
    private final ExecutorService syncs = Executors.newVirtualThreadPerTaskExecutor();

    LocalFolderStorage(StorageProperties properties) {
        this.folder = properties.location().toAbsolutePath().normalize();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the storage folder " + folder, e);
        }
        log.info("Storing images in {}", folder);
    }

    @Override
    public PendingFile receive(InputStream content) throws IOException {
        return write(out -> {
            byte[] buffer = new byte[BUFFER_SIZE];
            for (int n; (n = content.readNBytes(buffer, 0, buffer.length)) > 0; ) {
                out.write(buffer, 0, n);
            }
        });
    }

    @Override
    public PendingFile write(ContentWriter content) throws IOException {
        Path temp = Files.createTempFile(folder, TEMP_PREFIX, TEMP_SUFFIX);
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            long size = Files.size(temp);
            return new LocalPendingFile(this, temp, size, syncs.submit(() -> force(temp)));
        } catch (IOException | RuntimeException | Error e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    @Override
    public InputStream open(String name) throws IOException {
        if (!ImageStorage.isValidName(name)) {
            throw new FileNotFoundException("Not a stored name");
        }
        try {
            return Files.newInputStream(resolve(name));
        } catch (NoSuchFileException e) {
            throw new FileNotFoundException(name);
        }
    }

    @Override
    public OptionalLong size(String name) throws IOException {
        if (!ImageStorage.isValidName(name)) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Files.size(resolve(name)));
        } catch (NoSuchFileException e) {
            return OptionalLong.empty();
        }
    }

    @Override
    public boolean exists(String name) {
        return ImageStorage.isValidName(name) && Files.isRegularFile(resolve(name));
    }

    @Override
    public Optional<String> localPath(String name) {
        if (!ImageStorage.isValidName(name)) {
            return Optional.empty();
        }
        Path file = resolve(name);
        return Files.isRegularFile(file) ? Optional.of(file.toString()) : Optional.empty();
    }

    @Override
    public boolean delete(String name) throws IOException {
        return Files.deleteIfExists(resolve(name));
    }

    /** Stored files and temporary files only: anything else someone put in the folder is not ours to judge. */
    @Override
    public Stream<Entry> entries() throws IOException {
        Stream<Path> files = Files.list(folder);
        return files.map(this::entryOf).filter(Objects::nonNull).onClose(files::close);
    }

    private @Nullable Entry entryOf(Path file) {
        String name = file.getFileName().toString();
        boolean temporary = TEMP_NAME.matcher(name).matches();
        if (!temporary && !ImageStorage.isValidName(name)) {
            return null;
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.isRegularFile() ? new Entry(name, attributes.lastModifiedTime().toInstant(), temporary) : null;
        } catch (NoSuchFileException e) {
            return null; // gone since the folder was listed: committed, discarded or deleted
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean deleteTemporary(String name) throws IOException {
        if (!TEMP_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a temporary file of this storage");
        }
        return Files.deleteIfExists(folder.resolve(name));
    }

    /** The file of a valid name, which is always directly inside the folder. */
    Path resolve(String name) {
        if (!ImageStorage.isValidName(name)) {
            throw new IllegalArgumentException("Not a stored name");
        }
        Path file = folder.resolve(name).normalize();
        if (!folder.equals(file.getParent())) {
            throw new IllegalArgumentException("Not a stored name");
        }
        return file;
    }

    /** Forces the folder's entry for a just-moved file to disk; not every platform can open a folder. */
    void syncFolder() {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            log.debug("Could not sync the storage folder", e);
        }
    }

    /** fsync flushes the file's data whichever descriptor asks. */
    static Void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        return null;
    }

    @Override
    public void destroy() {
        syncs.close();
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the temporary file {}", file, e);
        }
    }
}
