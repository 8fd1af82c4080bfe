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

    /** Discards the bytes unless they were committed. Never throws. */
    @Override
    void close();
}
