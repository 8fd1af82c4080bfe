package app.lightbox.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files of a {@code multipart/form-data} request, handed over one at a time while the body streams in:
 * each part's bytes go straight to the reader, nothing is buffered in memory or on disk first (as the
 * servlet {@code Part} API would). The body is read by {@link MultipartBody}, each part's headers by
 * {@link PartHeaders}.
 */
final class MultipartFiles {

    /** Room for a 1,000-character name of emoji, percent-encoded, in a part's headers. */
    static final int PART_HEADERS_MAX = 16 * 1024;

    private static final Logger log = LoggerFactory.getLogger(MultipartFiles.class);

    /** One file part as it arrives: its bytes, the name the sender gave, and why its bytes failed, if they did. */
    static final class FilePart {
        private final int index;
        private final LimitWatch content;
        private final @Nullable String fileName;

        private FilePart(int index, LimitWatch content, @Nullable String fileName) {
            this.index = index;
            this.content = content;
            this.fileName = fileName;
        }

        /** 0 for the first file part, 1 for the next, …; other parts are not counted. */
        int index() {
            return index;
        }

        /** The bytes as they arrive; what the reader leaves unread is skipped. */
        InputStream content() {
            return content;
        }

        @Nullable String fileName() {
            return fileName;
        }

        /** Whether reading the bytes failed because the whole request passed its size limit in this part. */
        boolean passedRequestLimit() {
            return content.tripped;
        }
    }

    /** A reader's answer for one file part; {@code last} stops reading the body there. */
    record Answer<T>(T result, boolean last) {}

    /** Reads one file part. */
    @FunctionalInterface
    interface PartReader<T> {
        Answer<T> read(FilePart part);
    }

    /**
     * The answers, one per file part in order; {@code complete} is false when the body was left unread after
     * them (a reader's last answer, too many parts, or a body that broke off): the connection then has to close.
     */
    record Read<T>(List<T> results, boolean complete) {}

    /** The body is not multipart at all. */
    static final class NotMultipartException extends Exception {
        NotMultipartException(String message) {
            super(message);
        }
    }

    /** The body is larger than the whole request may be; nothing of it was read. */
    static final class TooLargeException extends Exception {
        TooLargeException(String message) {
            super(message);
        }
    }

    /** The body went on past the whole request's limit while it was read. */
    static final class LimitPassedException extends IOException {
        LimitPassedException(long limit) {
            super("The body is larger than " + limit + " bytes");
        }
    }

    /** The body cannot be read as multipart before its first part. */
    static final class UnreadableException extends Exception {
        UnreadableException(String message) {
            super(message);
        }
    }

    private MultipartFiles() {}

    /**
     * Hands every part named {@code field} to {@code reader}, in order, and skips the other parts, until the
     * body ends, a reader's answer is its last, or {@code maxParts} parts (of any name) have come. If the body
     * breaks off or passes {@code maxRequestBytes} after the first part, what was read so far is the answer: the
     * part that was being read has seen its stream fail.
     */
    static <T> Read<T> read(HttpServletRequest request, String field, long maxRequestBytes, int maxParts,
            PartReader<T> reader) throws NotMultipartException, TooLargeException, UnreadableException {
        String contentType = request.getContentType();
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            throw new NotMultipartException("Not multipart: " + contentType);
        }
        String boundary = PartHeaders.parameters(contentType).get("boundary");
        if (boundary == null || boundary.isEmpty() || boundary.length() > MultipartBody.MAX_BOUNDARY) {
            throw new UnreadableException("No usable boundary in " + contentType);
        }
        if (request.getContentLengthLong() > maxRequestBytes) {
            throw new TooLargeException("The body's length passes " + maxRequestBytes + " bytes");
        }
        MultipartBody body;
        try {
            body = new MultipartBody(new RequestLimit(request.getInputStream(), maxRequestBytes),
                    boundary.getBytes(StandardCharsets.ISO_8859_1), PART_HEADERS_MAX);
        } catch (IOException e) {
            throw new UnreadableException(e.getMessage());
        }
        List<T> results = new ArrayList<>();
        try {
            for (int count = 0; ; count++) {
                Optional<String> headers = body.next();
                if (headers.isEmpty()) {
                    return new Read<>(results, true);
                }
                if (count == maxParts) {
                    log.debug("A multipart upload was cut off after {} parts", maxParts);
                    return new Read<>(results, false);
                }
                PartHeaders part = PartHeaders.parse(headers.get());
                if (field.equals(part.fieldName())) {
                    Answer<T> answer = reader.read(new FilePart(results.size(), new LimitWatch(body.content()),
                            part.fileName()));
                    results.add(answer.result());
                    if (answer.last()) {
                        return new Read<>(results, false);
                    }
                }
            }
        } catch (IOException e) {
            if (results.isEmpty() && e instanceof LimitPassedException) {
                throw new TooLargeException(e.getMessage());
            }
            if (results.isEmpty()) {
                throw new UnreadableException(e.toString());
            }
            log.debug("A multipart upload ended early after {} file(s): {}", results.size(), e.toString());
            return new Read<>(results, false);
        }
    }

    /**
     * The body up to the whole request's limit: bytes past it are never handed over, and asking for them
     * fails with a {@link LimitPassedException} once the body shows it has them.
     */
    private static final class RequestLimit extends FilterInputStream {
        private final long limit;
        private long read;

        RequestLimit(InputStream body, long limit) {
            super(body);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (read == limit) {
                if (in.read() < 0) {
                    return -1;
                }
                throw new LimitPassedException(limit);
            }
            int n = in.read(buffer, offset, (int) Math.min(length, limit - read));
            if (n > 0) {
                read += n;
            }
            return n;
        }
    }

    /**
     * A part's bytes, noting whether they failed at the request's size limit, which the reader only sees as a
     * broken stream.
     */
    private static final class LimitWatch extends FilterInputStream {
        private boolean tripped;

        LimitWatch(InputStream part) {
            super(part);
        }

        @Override
        public int read() throws IOException {
            try {
                return in.read();
            } catch (IOException e) {
                throw noted(e);
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            try {
                return in.read(buffer, offset, length);
            } catch (IOException e) {
                throw noted(e);
            }
        }

        private IOException noted(IOException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                tripped |= cause instanceof LimitPassedException;
            }
            return e;
        }
    }
}
