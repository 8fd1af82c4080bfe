package app.lightbox.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.tomcat.util.http.fileupload.FileItemIterator;
import org.apache.tomcat.util.http.fileupload.FileItemStream;
import org.apache.tomcat.util.http.fileupload.FileUpload;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.apache.tomcat.util.http.fileupload.impl.InvalidContentTypeException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.apache.tomcat.util.http.fileupload.servlet.ServletRequestContext;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files of a {@code multipart/form-data} request, handed over one at a time while the body streams in:
 * each part's bytes go straight to the reader, nothing is buffered in memory or on disk first (as the
 * servlet {@code Part} API would). Over Tomcat's own copy of commons-fileupload; this is the one class that
 * knows it.
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
        NotMultipartException(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** The body is larger than the whole request may be; nothing of it was read. */
    static final class TooLargeException extends Exception {
        TooLargeException(SizeException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** The body cannot be read as multipart before its first part. */
    static final class UnreadableException extends Exception {
        UnreadableException(Throwable cause) {
            super(cause.getMessage(), cause);
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
        FileUpload upload = new FileUpload();
        upload.setSizeMax(maxRequestBytes);
        upload.setPartHeaderSizeMax(PART_HEADERS_MAX);
        // not left to Spring's CharacterEncodingFilter: names in CJK or emoji arrive as UTF-8
        upload.setHeaderEncoding(StandardCharsets.UTF_8.name());
        FileItemIterator parts;
        try {
            parts = upload.getItemIterator(new ServletRequestContext(request));
        } catch (InvalidContentTypeException e) {
            throw new NotMultipartException(e);
        } catch (SizeException e) {
            throw new TooLargeException(e);
        } catch (IOException e) {
            throw new UnreadableException(e);
        }
        List<T> results = new ArrayList<>();
        try {
            for (int count = 0; parts.hasNext(); count++) {
                if (count == maxParts) {
                    log.debug("A multipart upload was cut off after {} parts", maxParts);
                    return new Read<>(results, false);
                }
                FileItemStream part = parts.next();
                if (field.equals(part.getFieldName())) {
                    Answer<T> answer = reader.read(new FilePart(results.size(), new LimitWatch(part.openStream()),
                            name(part)));
                    results.add(answer.result());
                    if (answer.last()) {
                        return new Read<>(results, false);
                    }
                }
            }
        } catch (IOException e) {
            if (results.isEmpty() && e instanceof SizeException tooLarge) {
                throw new TooLargeException(tooLarge);
            }
            if (results.isEmpty()) {
                throw new UnreadableException(e);
            }
            log.debug("A multipart upload ended early after {} file(s): {}", results.size(), e.toString());
            return new Read<>(results, false);
        }
        return new Read<>(results, true);
    }

    /** The name the sender gave, even one with a NUL in it: the library cleans names anyway. */
    private static @Nullable String name(FileItemStream part) {
        try {
            return part.getName();
        } catch (InvalidFileNameException e) {
            return e.getName();
        }
    }

    /**
     * A part's bytes, noting whether they failed at the request's size limit (commons-fileupload throws its
     * {@link SizeException} wrapped in an {@link IOException}), which the reader only sees as a broken stream.
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
                tripped |= cause instanceof SizeException;
            }
            return e;
        }
    }
}
