package app.lightbox.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * A {@code multipart/form-data} body (RFC 7578, RFC 2046 §5.1.1) read part by part as it streams in: each
 * part's headers, then its bytes, which end where the next delimiter ({@code CRLF--boundary}) begins. It
 * reads 64 KB at a time and finds delimiters by skipping (Horspool): in a photo's bytes it looks at about one
 * byte in every delimiter's length, where a byte-by-byte scan was a quarter of an upload's time. Nothing is
 * kept but the buffer.
 */
final class MultipartBody {

    /** The longest boundary taken; RFC 2046 allows 70 characters. */
    static final int MAX_BOUNDARY = 200;

    private static final int BUFFER_SIZE = 64 * 1024;
    private static final byte CR = '\r';
    private static final byte LF = '\n';
    private static final byte DASH = '-';
    private static final byte[] HEADERS_END = {CR, LF, CR, LF};

    /** The body is not well-formed multipart: a delimiter or the headers' end is missing, or it ends early. */
    static final class MalformedException extends IOException {
        MalformedException(String message) {
            super(message);
        }
    }

    private final InputStream in;
    private final byte[] delimiter;
    private final int[] skip = new int[256];
    private final int maxHeaderBytes;
    private final byte[] buffer = new byte[BUFFER_SIZE];
    /** The unread bytes are {@code buffer[head, tail)}. */
    private int head;
    private int tail;
    /** Where the current part's bytes end, once the delimiter after them is in the buffer, else -1. */
    private int partEnd = -1;
    /** Where the search for the delimiter goes on after the buffer was searched to its end. */
    private int searchFrom;
    private boolean ended;
    /** Counts the parts asked for, so that a part's content stream ends when the next part is asked for. */
    private int part;

    /**
     * @param boundary the boundary of the body's content type, 1 to {@value #MAX_BOUNDARY} bytes
     * @param maxHeaderBytes the most bytes a part's headers may take
     */
    MultipartBody(InputStream in, byte[] boundary, int maxHeaderBytes) {
        if (boundary.length == 0 || boundary.length > MAX_BOUNDARY) {
            throw new IllegalArgumentException("A boundary has 1 to " + MAX_BOUNDARY + " bytes");
        }
        this.in = in;
        this.maxHeaderBytes = maxHeaderBytes;
        this.delimiter = new byte[4 + boundary.length];
        delimiter[0] = CR;
        delimiter[1] = LF;
        delimiter[2] = DASH;
        delimiter[3] = DASH;
        System.arraycopy(boundary, 0, delimiter, 4, boundary.length);
        Arrays.fill(skip, delimiter.length);
        for (int i = 0; i < delimiter.length - 1; i++) {
            skip[delimiter[i] & 0xFF] = delimiter.length - 1 - i;
        }
        // the first delimiter may open the body without a line break before it: read as if there were one
        buffer[0] = CR;
        buffer[1] = LF;
        tail = 2;
    }

    /**
     * The next part's headers as text (UTF-8), its bytes then readable from {@link #content()}; empty after
     * the last part. What is left unread of the part before (or the preamble) is skipped.
     */
    Optional<String> next() throws IOException {
        if (ended) {
            return Optional.empty();
        }
        part++;
        while (true) {
            head += contentAvailable();
            if (partEnd >= 0) {
                break;
            }
            if (!fill()) {
                if (part == 1) {
                    ended = true; // not one delimiter: a body without parts
                    return Optional.empty();
                }
                throw new MalformedException("The body ended before its closing delimiter");
            }
        }
        head = partEnd + delimiter.length;
        partEnd = -1;
        require(2);
        if (buffer[head] == DASH && buffer[head + 1] == DASH) {
            ended = true; // the close delimiter; the epilogue is not read
            return Optional.empty();
        }
        skipLinearWhitespace();
        require(2);
        if (buffer[head] != CR || buffer[head + 1] != LF) {
            throw new MalformedException("A delimiter is not followed by a line break");
        }
        head += 2;
        String headers = headers();
        searchFrom = head;
        return Optional.of(headers);
    }

    /** The current part's bytes, up to the next delimiter; they cannot be read once the next part was asked for. */
    InputStream content() {
        int itsPart = part;
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] into, int offset, int length) throws IOException {
                if (itsPart != part || ended) {
                    return -1;
                }
                return readContent(into, offset, length);
            }
        };
    }

    private int readContent(byte[] into, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int available;
        while ((available = contentAvailable()) == 0) {
            if (partEnd >= 0) {
                return -1;
            }
            if (!fill()) {
                throw new MalformedException("The body ended inside a part");
            }
        }
        int n = Math.min(available, length);
        System.arraycopy(buffer, head, into, offset, n);
        head += n;
        return n;
    }

    /**
     * How many of the current part's bytes can be handed over without reading more: those before the
     * delimiter that ends it, or, while that is not in the buffer, all but the last bytes, which may be its start.
     */
    private int contentAvailable() {
        if (partEnd < 0) {
            int found = find(Math.max(searchFrom, head));
            if (found >= 0) {
                partEnd = found;
            } else {
                searchFrom = Math.max(head, tail - (delimiter.length - 1));
                return searchFrom - head;
            }
        }
        return partEnd - head;
    }

    /** The first delimiter at or after {@code from} that lies whole in the buffer, or -1. */
    private int find(int from) {
        int last = delimiter.length - 1;
        byte lastByte = delimiter[last];
        for (int at = from; at + last < tail; at += skip[buffer[at + last] & 0xFF]) {
            if (buffer[at + last] == lastByte && Arrays.equals(buffer, at, at + last, delimiter, 0, last)) {
                return at;
            }
        }
        return -1;
    }

    private String headers() throws IOException {
        require(2);
        if (buffer[head] == CR && buffer[head + 1] == LF) {
            head += 2; // a part without headers
            return "";
        }
        int searched = 0; // how far past head the headers' end was looked for
        while (true) {
            int end = indexOf(HEADERS_END, head + Math.max(0, searched - HEADERS_END.length + 1));
            if ((end >= 0 ? end : tail) - head > maxHeaderBytes) {
                throw new MalformedException("A part's headers are longer than " + maxHeaderBytes + " bytes");
            }
            if (end >= 0) {
                String text = new String(buffer, head, end - head, StandardCharsets.UTF_8);
                head = end + HEADERS_END.length;
                return text;
            }
            searched = tail - head;
            if (!fill()) {
                throw new MalformedException("The body ended inside a part's headers");
            }
        }
    }

    private int indexOf(byte[] bytes, int from) {
        for (int at = from; at + bytes.length <= tail; at++) {
            if (Arrays.equals(buffer, at, at + bytes.length, bytes, 0, bytes.length)) {
                return at;
            }
        }
        return -1;
    }

    private void skipLinearWhitespace() throws IOException {
        while (true) {
            require(1);
            if (buffer[head] != ' ' && buffer[head] != '\t') {
                return;
            }
            head++;
        }
    }

    /** At least {@code n} unread bytes in the buffer, or a malformed body. */
    private void require(int n) throws IOException {
        while (tail - head < n) {
            if (!fill()) {
                throw new MalformedException("The body ended after a delimiter");
            }
        }
    }

    /** Moves the unread bytes to the buffer's start and reads more after them; false at the body's end. */
    private boolean fill() throws IOException {
        if (head > 0) {
            System.arraycopy(buffer, head, buffer, 0, tail - head);
            tail -= head;
            searchFrom = Math.max(0, searchFrom - head);
            partEnd = partEnd >= 0 ? partEnd - head : -1;
            head = 0;
        }
        if (tail == buffer.length) {
            throw new MalformedException("No room to read further");
        }
        int n = in.read(buffer, tail, buffer.length - tail);
        if (n < 0) {
            return false;
        }
        tail += n;
        return true;
    }
}
