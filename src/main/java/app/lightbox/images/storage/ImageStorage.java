package app.lightbox.images.storage;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The bytes of stored images, known by their stored names. A new image is first received into a
 * {@link PendingFile}, which nobody else can see, and becomes visible under its name only when it
 * is committed whole.
 */
public interface ImageStorage {

    /** Longest stored name; the database column is varchar(64). */
    int MAX_NAME_LENGTH = 64;

    /** Stored names are plain: no separators, no dots but the one before the extension. */
    Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+\\.(png|jpg|gif|webp)");

    /** Whether a name may be a stored name. Anything else never reaches the storage. */
    static boolean isValidName(String name) {
        return name.length() <= MAX_NAME_LENGTH && NAME.matcher(name).matches();
    }

    /**
     * Copies the stream into a new pending file, in small chunks. Does not close the stream. On an
     * exception (from the stream or the storage) nothing is left behind.
     */
    PendingFile receive(InputStream content) throws IOException;

    /** Writes the bytes of a new file, e.g. a rewritten copy of a pending file. */
    @FunctionalInterface
    interface ContentWriter {
        /** Writes the content; does not close the stream. */
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Lets the writer write a new pending file. On an exception (from the writer or the storage)
     * nothing is left behind.
     */
    PendingFile write(ContentWriter content) throws IOException;

    /** The stored bytes, from the start; the caller closes the stream. */
    InputStream open(String name) throws FileNotFoundException, IOException;

    /** The size in bytes, or empty if nothing is stored under the name. */
    OptionalLong size(String name) throws IOException;

    boolean exists(String name);

    /**
     * The absolute path of the local file that holds the bytes of a stored name, so that the web server
     * can send it by itself (Tomcat's sendfile, as nginx does). Empty if nothing is stored under the
     * name, or if this store keeps no local files (an object store): such files are streamed from
     * {@link #open}. A string, not a {@code Path}, so that only the storage touches the file system.
     */
    default Optional<String> localPath(String name) {
        return Optional.empty();
    }

    /** Removes what is stored under the name; false if there was nothing. */
    boolean delete(String name) throws IOException;

    /**
     * Something the storage holds, as the storage sweep sees it: a stored file under its name, or the
     * temporary file of an upload in progress or interrupted.
     *
     * @param lastModified when its bytes last changed: a temporary file's grows as its upload goes on
     */
    record Entry(String name, Instant lastModified, boolean temporary) {}

    /** Everything the storage holds, stored and temporary, in no order; the caller closes the stream. */
    Stream<Entry> entries() throws IOException;

    /** Removes a temporary file that {@link #entries} listed; false if it was gone already. */
    boolean deleteTemporary(String name) throws IOException;
}
