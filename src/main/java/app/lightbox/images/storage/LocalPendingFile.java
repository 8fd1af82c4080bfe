package app.lightbox.images.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * A file of the {@link LocalFolderStorage} written under a temporary name, being forced to disk in the
 * background since it was written; committing waits for that, then moves it to its name.
 */
final class LocalPendingFile implements PendingFile {

    private final LocalFolderStorage storage;
    private final Path temp;
    private final long size;
    private final Future<Void> synced;
    private boolean committed;

    LocalPendingFile(LocalFolderStorage storage, Path temp, long size, Future<Void> synced) {
        this.storage = storage;
        this.temp = temp;
        this.size = size;
        this.synced = synced;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public InputStream open() throws IOException {
        return Files.newInputStream(temp);
    }

    @Override
    public void commit(String name) throws IOException {
        // With 128 random bits per name, an existing target is not a case worth a check and a race.
        moveTo(name);
    }

    /** The same move: on POSIX file systems an atomic move (rename) replaces the target in one step. */
    @Override
    public void replace(String name) throws IOException {
        moveTo(name);
    }

    private void moveTo(String name) throws IOException {
        if (committed) {
            throw new IllegalStateException("Already committed");
        }
        Path target = storage.resolve(name);
        awaitSync(); // on disk whole before the move publishes it
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("The storage folder does not support atomic moves", e);
        }
        committed = true;
        storage.syncFolder();
    }

    /** The background force's outcome; forced here if waiting for it was interrupted. */
    private void awaitSync() throws IOException {
        try {
            synced.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException failed) {
                throw failed;
            }
            throw new IOException("Could not force the file to disk", e.getCause());
        } catch (InterruptedException e) {
            try {
                // before the flag is set again: the channel of an interrupted thread closes at once
                LocalFolderStorage.force(temp);
            } finally {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        if (!committed) {
            // not worth its fsync: a refused upload, a duplicate, an original replaced by its cleaned copy
            synced.cancel(true);
            LocalFolderStorage.deleteQuietly(temp);
        }
    }
}
