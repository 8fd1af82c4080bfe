package app.lightbox.base.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * H2's files, opened for writing with {@code O_DSYNC} ({@code jdbc:h2:dsync:./data/db/lightbox}): each
 * write reaches the disk before it returns. H2 never forces its file to disk on a commit (only
 * {@code CHECKPOINT SYNC} does); with {@code WRITE_DELAY=0} each commit is written before it returns,
 * and with this, written durably, so that a commit survives a power loss as well as a {@code kill -9}.
 */
public final class DsyncFilePath extends FilePathWrapper {

    public static final String SCHEME = "dsync";

    private static final DsyncFilePath PROVIDER = new DsyncFilePath();

    /** Makes {@code dsync:} known to H2; idempotent. Must run before the first such database opens. */
    public static void register() {
        FilePath.register(PROVIDER);
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return getBase().open("rw".equals(mode) ? "rwd" : mode);
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }
}
