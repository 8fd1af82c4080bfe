package app.lightbox.images;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes through until more than {@code limit} have come, then fails. It never asks the
 * source for more than one byte past the limit, so an oversized upload is cut off as soon as it
 * passes the limit, whatever length it declared.
 */
final class SizeLimitedInputStream extends FilterInputStream {

    /** The source had more than the limit. */
    static final class LimitExceededException extends IOException {
        LimitExceededException(long limit) {
            super("More than " + limit + " bytes");
        }
    }

    private final long limit;
    private long count;

    SizeLimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        checkLimit();
        int b = in.read();
        if (b >= 0) {
            count++;
            checkLimit();
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        checkLimit();
        if (length == 0) {
            return 0;
        }
        int allowed = (int) Math.min(length, limit - count + 1);
        int n = in.read(buffer, offset, allowed);
        if (n > 0) {
            count += n;
            checkLimit();
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("Uploads are read, not skipped");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public void mark(int readLimit) {}

    @Override
    public void reset() throws IOException {
        throw new IOException("mark/reset not supported");
    }

    private void checkLimit() throws LimitExceededException {
        if (count > limit) {
            throw new LimitExceededException(limit);
        }
    }
}
