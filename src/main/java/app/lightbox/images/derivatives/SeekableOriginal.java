package app.lightbox.images.derivatives;

import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.imageio.stream.FileCacheImageInputStream;
import javax.imageio.stream.ImageInputStream;
import org.jspecify.annotations.Nullable;

/**
 * The original as the stream its readers need: seekable, since metadata and pixels are read from the start
 * one after the other. An original up to {@link #IN_MEMORY} bytes (the default upload limit) is held as
 * read, which costs a fraction of what ImageIO's temporary-file cache does (a 9 MB photo: some 10 ms of
 * processor time against 70 to 150, thousands of small file writes and reads); a larger one is cached in a
 * temporary file, so that memory stays bounded.
 */
final class SeekableOriginal {

    static final int IN_MEMORY = 16 << 20;

    private SeekableOriginal() {}

    static ImageInputStream of(InputStream original) throws IOException {
        byte[] head = original.readNBytes(IN_MEMORY);
        if (head.length < IN_MEMORY) {
            return new ByteArrayImageInputStream(head);
        }
        return new FileCacheImageInputStream(new BufferedInputStream(new HeadThenRest(head, original), 1 << 16), null);
    }

    /** The bytes read first, then the rest of the stream; the first ones are let go once passed on. */
    private static final class HeadThenRest extends InputStream {

        private byte @Nullable [] head;
        private int position;
        private final InputStream rest;

        HeadThenRest(byte[] head, InputStream rest) {
            this.head = head;
            this.rest = rest;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            byte[] first = head;
            if (first == null) {
                return rest.read(buffer, offset, length);
            }
            int n = Math.min(length, first.length - position);
            System.arraycopy(first, position, buffer, offset, n);
            position += n;
            if (position == first.length) {
                head = null;
            }
            return n;
        }
    }
}
