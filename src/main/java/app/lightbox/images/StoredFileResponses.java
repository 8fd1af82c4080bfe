package app.lightbox.images;

import app.lightbox.images.storage.ImageStorage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.support.ResourceRegion;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpRange;
import org.springframework.http.converter.ResourceRegionHttpMessageConverter;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Answers a request for a stored file (an original, or anything else kept in the {@link ImageStorage}
 * under a stored name) with the headers every image gets, 304 for a matching If-None-Match, and byte
 * ranges. The bytes go out by Tomcat's sendfile when the connector offers it and the store has a local
 * file: the kernel copies the file to the socket, as nginx does, instead of 8 KB writes through the
 * heap (zero-copy on plain HTTP; under Tomcat's own TLS it encrypts on the way). Otherwise (another
 * container, a store without local files, several ranges) they are streamed.
 */
@Component
public class StoredFileResponses {

    /**
     * Kept, but asked about again each time (a 304 thanks to the ETag, the bytes of a stored name never
     * change): a deleted image is gone at once, also from browsers that had it, as the library promises.
     */
    static final String CACHE_REVALIDATED = "public, no-cache";
    /** Even a file that a browser would run (it cannot get in, but still) gets no scripts and no origin. */
    static final String SANDBOX = "default-src 'none'; sandbox";

    /** Tomcat's request attributes for sendfile (see its {@code org.apache.coyote.Constants}). */
    static final String SENDFILE_SUPPORT = "org.apache.tomcat.sendfile.support";
    static final String SENDFILE_FILENAME = "org.apache.tomcat.sendfile.filename";
    static final String SENDFILE_START = "org.apache.tomcat.sendfile.start";
    static final String SENDFILE_END = "org.apache.tomcat.sendfile.end";

    /** Streamed bytes go out in pieces this large, not the container's usual 8 KB. */
    static final int STREAM_BUFFER = 256 * 1024;
    /** What the streaming path reads at a time; small, as one is held per download under way. */
    private static final int COPY_CHUNK = 64 * 1024;

    private final ImageStorage storage;

    public StoredFileResponses(ImageStorage storage) {
        this.storage = storage;
    }

    /**
     * Writes the whole answer for the file: 200, 206, 304, 412 or 416, with its headers and bytes.
     *
     * @param file what is served: its stored name, media type, size, SHA-256 (the ETag) and download name
     * @param download whether the browser should save it ({@code attachment}) rather than show it
     */
    public void serve(ImageFile file, boolean download, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String etag = "\"" + file.sha256() + "\"";
        writeHeaders(file, etag, download, response);
        if (new ServletWebRequest(request, response).checkNotModified(etag)) {
            return; // 304 (or 412 for a failed If-Match), headers only
        }
        String range = request.getHeader(HttpHeaders.RANGE);
        if (range == null || !ifRangeMatches(request, etag)) {
            sendBytes(file, 0, file.size(), request, response);
            return;
        }
        List<ResourceRegion> regions;
        try {
            regions = HttpRange.toResourceRegions(HttpRange.parseRanges(range), new StoredResource(storage, file));
        } catch (IllegalArgumentException e) { // malformed, beyond the end, or more than the whole file
            response.setStatus(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
            response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes */" + file.size());
            return;
        }
        response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
        if (regions.size() == 1) {
            long start = regions.getFirst().getPosition();
            long end = start + regions.getFirst().getCount();
            response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes " + start + "-" + (end - 1) + "/" + file.size());
            sendBytes(file, start, end, request, response);
        } else if (!HttpMethod.HEAD.matches(request.getMethod())) {
            // Several ranges: a multipart/byteranges body as Spring writes it; rare enough to stream.
            new ResourceRegionHttpMessageConverter().write(regions, null, new ServletServerHttpResponse(response));
        }
    }

    private static void writeHeaders(ImageFile file, String etag, boolean download, HttpServletResponse response) {
        ContentDisposition.Builder disposition =
                download ? ContentDisposition.attachment() : ContentDisposition.inline();
        response.setContentType(file.mediaType());
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_REVALIDATED);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", SANDBOX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                disposition.filename(file.downloadName(), StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.ACCEPT_RANGES, "bytes");
    }

    /** A range applies only to the bytes it was asked for; anything else (a date, another ETag) gets the whole file. */
    private static boolean ifRangeMatches(HttpServletRequest request, String etag) {
        String ifRange = request.getHeader(HttpHeaders.IF_RANGE);
        return ifRange == null || ifRange.equals(etag);
    }

    /** Bytes {@code start} (inclusive) to {@code end} (exclusive) of the file, as the whole body. */
    private void sendBytes(ImageFile file, long start, long end, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        response.setContentLengthLong(end - start);
        if (HttpMethod.HEAD.matches(request.getMethod()) || start == end) {
            return; // Tomcat would send the file after a HEAD's headers too
        }
        Optional<String> path = Boolean.TRUE.equals(request.getAttribute(SENDFILE_SUPPORT))
                ? storage.localPath(file.storedName())
                : Optional.empty();
        if (path.isPresent()) {
            // Tomcat sends the file once this request's processing returns.
            request.setAttribute(SENDFILE_FILENAME, path.get());
            request.setAttribute(SENDFILE_START, start);
            request.setAttribute(SENDFILE_END, end);
            return;
        }
        response.setBufferSize(STREAM_BUFFER);
        try (InputStream in = storage.open(file.storedName())) {
            in.skipNBytes(start);
            OutputStream out = response.getOutputStream();
            byte[] buffer = new byte[COPY_CHUNK]; // the response buffer above decides the writes
            for (long left = end - start; left > 0; ) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    throw new IOException("The stored file " + file.storedName() + " ended early");
                }
                out.write(buffer, 0, n);
                left -= n;
            }
        }
    }

    /** The bytes of a stored file for Spring's multipart writer; opened anew for each part. */
    private static final class StoredResource extends AbstractResource {

        private final ImageStorage storage;
        private final ImageFile file;

        StoredResource(ImageStorage storage, ImageFile file) {
            this.storage = storage;
            this.file = file;
        }

        @Override
        public InputStream getInputStream() throws IOException {
            return storage.open(file.storedName());
        }

        @Override
        public long contentLength() {
            return file.size();
        }

        @Override
        public String getFilename() {
            return file.storedName(); // Spring gives each part the media type of its extension
        }

        @Override
        public boolean exists() {
            return true;
        }

        @Override
        public String getDescription() {
            return "stored file " + file.storedName();
        }
    }
}
