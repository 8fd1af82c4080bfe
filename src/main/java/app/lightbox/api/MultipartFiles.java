package app.lightbox.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
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

    /** Reads one file part: {@code content} is its bytes as they arrive; what is left unread is skipped. */
    @FunctionalInterface
    interface PartReader<T> {
        T read(int index, InputStream content, @Nullable String fileName) throws IOException;
    }

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
     * Hands every part named {@code field} to {@code reader}, in order (index 0, 1, …), and skips the other
     * parts. If the body breaks off or passes {@code maxRequestBytes} after the first part, what was read
     * so far is the answer: the part that was being read has seen its stream fail.
     */
    static <T> List<T> read(HttpServletRequest request, String field, long maxRequestBytes, PartReader<T> reader)
            throws NotMultipartException, TooLargeException, UnreadableException {
        FileUpload upload = new FileUpload();
        upload.setSizeMax(maxRequestBytes);
        upload.setPartHeaderSizeMax(PART_HEADERS_MAX);
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
            while (parts.hasNext()) {
                FileItemStream part = parts.next();
                if (field.equals(part.getFieldName())) {
                    results.add(reader.read(results.size(), part.openStream(), name(part)));
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
        }
        return results;
    }

    /** The name the sender gave, even one with a NUL in it: the library cleans names anyway. */
    private static @Nullable String name(FileItemStream part) {
        try {
            return part.getName();
        } catch (InvalidFileNameException e) {
            return e.getName();
        }
    }
}
