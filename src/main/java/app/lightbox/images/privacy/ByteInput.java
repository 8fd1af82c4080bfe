package app.lightbox.images.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * An input read a byte, a piece or a run at a time through its own buffer, without the locking of
 * {@link java.io.BufferedInputStream}: the strippers look at every byte of a JPEG's scans.
 */
final class ByteInput {

    private final InputStream in;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;

    ByteInput(InputStream in) {
        this.in = in;
    }

    /** The next byte, or -1 at the end. */
    int read() throws IOException {
        return position < limit || fill() ? buffer[position++] & 0xFF : -1;
    }

    /** Up to {@code n} bytes: fewer only at the end. */
    byte[] readUpTo(int n) throws IOException {
        // grown as the bytes arrive, never to what a (crafted) length claims before they are there
        byte[] bytes = new byte[Math.min(n, buffer.length)];
        int got = 0;
        while (got < n && (position < limit || fill())) {
            if (got == bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, (int) Math.min(n, 2L * bytes.length));
            }
            int step = Math.min(Math.min(n - got, limit - position), bytes.length - got);
            System.arraycopy(buffer, position, bytes, got, step);
            position += step;
            got += step;
        }
        return got == n ? bytes : java.util.Arrays.copyOf(bytes, got);
    }

    /** Copies up to {@code n} bytes; false if the input ended first. */
    boolean copy(long n, OutputStream out) throws IOException {
        long left = n;
        while (left > 0 && (position < limit || fill())) {
            int step = (int) Math.min(left, limit - position);
            out.write(buffer, position, step);
            position += step;
            left -= step;
        }
        return left == 0;
    }

    /** Copies the bytes before the next 0xFF (which stays unread); false if the input ended first. */
    boolean copyToNextFF(OutputStream out) throws IOException {
        while (position < limit || fill()) {
            int from = position;
            while (position < limit && buffer[position] != (byte) 0xFF) {
                position++;
            }
            out.write(buffer, from, position - from);
            if (position < limit) {
                return true;
            }
        }
        return false;
    }

    /**
     * The rest of the input after an image's end, starting with {@code head} (read already): a run of
     * one padding byte (0x00 or 0xFF) is copied, anything else dropped unread, as it may hold a
     * location of its own (a motion photo's video, vendor data).
     *
     * @return whether something was dropped
     */
    boolean dropUnlessPadding(byte[] head, OutputStream out) throws IOException {
        int first = head.length > 0 ? head[0] & 0xFF : read();
        if (first < 0) {
            return false;
        }
        boolean padding = first == 0x00 || first == 0xFF;
        long count = head.length > 0 ? 0 : 1;
        for (byte b : head) {
            padding &= (b & 0xFF) == first;
            count++;
        }
        for (int b; padding && (b = read()) >= 0; count++) {
            padding = b == first;
        }
        if (!padding) {
            return true;
        }
        byte[] run = new byte[(int) Math.min(count, buffer.length)];
        java.util.Arrays.fill(run, (byte) first);
        for (long left = count; left > 0; left -= run.length) {
            out.write(run, 0, (int) Math.min(left, run.length));
        }
        return false;
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer);
        if (n <= 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }
}
