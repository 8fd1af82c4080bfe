package app.lightbox.images;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The bytes as the sender sends them, telling a failure on the sender's side (the upload was cancelled in
 * the browser, the connection was lost) apart from one of the storage: the former is no error of Lightbox's.
 */
final class SenderStream extends FilterInputStream {

    /** Reading from the sender failed; the cause says how. */
    static final class Interrupted extends IOException {
        Interrupted(IOException cause) {
            super("The upload stopped before its end", cause);
        }
    }

    SenderStream(InputStream sender) {
        super(sender);
    }

    @Override
    public int read() throws IOException {
        try {
            return in.read();
        } catch (IOException e) {
            throw new Interrupted(e);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        try {
            return in.read(buffer, offset, length);
        } catch (IOException e) {
            throw new Interrupted(e);
        }
    }
}
