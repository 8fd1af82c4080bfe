package app.lightbox.images.storage;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * Received bytes that are not stored yet. {@link #commit} makes them durable and visible under a
 * name in one step; {@link #close} throws them away unless they were committed.
 */
public interface PendingFile extends Closeable {

    /** How many bytes were received. */
    long size();

    /** Reads the received bytes back, from the start, so that they can be checked before committing. */
    InputStream open() throws IOException;

    /**
     * Stores the bytes under the name, all at once: readers see either nothing or the whole file.
     *
     * @throws IllegalArgumentException if the name is not a {@linkplain ImageStorage#isValidName valid} name
     */
    void commit(String name) throws IOException;

    /**
     * Stores the bytes under a name in place of the file stored there (an image rewritten, such as one that
     * loses its location), all at once: readers see the old file or the new one, whole, and a reader that
     * opened the old file reads it to its end. Stores them as {@link #commit} does if nothing is there.
     *
     * @throws IllegalArgumentException if the name is not a {@linkplain ImageStorage#isValidName valid} name
     */
    void replace(String name) throws IOException;

    /** Discards the bytes unless they were committed. Never throws. */
    @Override
    void close();
}
