package app.lightbox.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * HTTP/1.1 written by hand on a socket, for what {@link java.net.http.HttpClient} will not send: a
 * {@code Content-Length} that lies, a client that hangs up halfway.
 */
final class RawHttp {

    /** The first response on a connection: its status and body (a chunked body decoded). */
    record Response(int status, String head, String body) {}

    private static final int CHUNK = 64 * 1024;
    private static final byte[] CRLF = {'\r', '\n'};

    private final int port;

    RawHttp(int port) {
        this.port = port;
    }

    /**
     * What a client streaming a body saw: the body's bytes it had sent when the answer came or the connection
     * failed, and the answer.
     */
    record Streamed(long sent, Optional<Response> response) {}

    /** The head of a POST to the upload endpoint that claims a body of {@code contentLength} bytes. */
    static byte[] uploadHead(String authorization, String contentType, long contentLength) {
        return uploadHead(authorization, contentType, "Content-Length: " + contentLength);
    }

    /** The head of a POST to the upload endpoint whose body comes in chunks. */
    static byte[] chunkedUploadHead(String authorization, String contentType) {
        return uploadHead(authorization, contentType, "Transfer-Encoding: chunked");
    }

    private static byte[] uploadHead(String authorization, String contentType, String framing) {
        return ("POST " + UploadCatalogue.UPLOADS + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + authorization
                + "\r\nAccept-Language: en\r\nContent-Type: " + contentType + "\r\n" + framing
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Sends the bytes and keeps the connection open, then reads until the server closes it or
     * {@code patience} passes without a byte; the first response in what came, if any.
     */
    Optional<Response> exchange(byte[] request, Duration patience) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout((int) patience.toMillis());
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            return firstResponse(readUntilClosedOrQuiet(socket.getInputStream()));
        }
    }

    /**
     * Sends the head, then the body in chunks until the body ends, the answer comes or the server closes the
     * connection; then waits for the answer as {@link #exchange} does. The socket's send buffer is small, so
     * that what was sent is close to what the server took.
     */
    Streamed streamChunked(byte[] head, InputStream body, Duration patience) throws IOException {
        AtomicLong sent = new AtomicLong();
        AtomicLong sentWhenAnswered = new AtomicLong(-1);
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        try (Socket socket = new Socket()) {
            socket.setSendBufferSize(CHUNK);
            socket.connect(new InetSocketAddress("localhost", port));
            socket.setSoTimeout((int) patience.toMillis());
            Thread listener = Thread.ofVirtual().start(() -> {
                try {
                    InputStream in = socket.getInputStream();
                    byte[] buffer = new byte[8192];
                    for (int n; (n = in.read(buffer)) != -1; ) {
                        sentWhenAnswered.compareAndSet(-1, sent.get());
                        synchronized (received) {
                            received.write(buffer, 0, n);
                        }
                    }
                } catch (IOException e) {
                    // quiet for too long, or reset after the answer: what came is what there is
                } finally {
                    sentWhenAnswered.compareAndSet(-1, sent.get());
                    closeQuietly(socket); // a write blocked on a server that reads no more fails now
                }
            });
            try {
                OutputStream out = socket.getOutputStream();
                out.write(head);
                byte[] buffer = new byte[CHUNK];
                for (int n; sentWhenAnswered.get() < 0 && (n = body.readNBytes(buffer, 0, CHUNK)) > 0; ) {
                    out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(buffer, 0, n);
                    out.write(CRLF);
                    sent.addAndGet(n);
                }
                out.write(("0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            } catch (IOException e) {
                // the server closed the connection: as a client sees a refusal that was not waited for
            }
            try {
                listener.join(patience.multipliedBy(2));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (received) {
            return new Streamed(sentWhenAnswered.get(), firstResponse(received.toByteArray()));
        }
    }

    /** Sends the first {@code sent} bytes of the request, then closes the connection at once. */
    void hangUpAfter(byte[] request, int sent) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request, 0, sent);
            out.flush();
            socket.setSoLinger(true, 0); // a reset, as a crashed client or a dropped network gives
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closed already
        }
    }

    private static byte[] readUntilClosedOrQuiet(InputStream in) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) != -1; ) {
                received.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException | java.net.SocketException e) {
            // quiet for too long, or reset after the answer: what came is what there is
        }
        return received.toByteArray();
    }

    private static Optional<Response> firstResponse(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int endOfHead = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.1 ") || endOfHead < 0) {
            return Optional.empty();
        }
        String head = text.substring(0, endOfHead);
        int status = Integer.parseInt(head.substring(9, 12));
        String rest = text.substring(endOfHead + 4);
        String lowerHead = head.toLowerCase(Locale.ROOT);
        String body;
        if (lowerHead.contains("transfer-encoding: chunked")) {
            body = dechunk(rest);
        } else {
            // without a length the body ends where the connection does (an answer with "Connection: close")
            byte[] restBytes = rest.getBytes(StandardCharsets.UTF_8);
            int length = lowerHead.lines().filter(l -> l.startsWith("content-length:"))
                    .map(l -> Integer.parseInt(l.substring(15).trim())).findFirst().orElse(restBytes.length);
            body = new String(Arrays.copyOf(restBytes, Math.min(length, restBytes.length)), StandardCharsets.UTF_8);
        }
        return Optional.of(new Response(status, head, body));
    }

    private static String dechunk(String chunked) {
        StringBuilder body = new StringBuilder();
        byte[] bytes = chunked.getBytes(StandardCharsets.UTF_8);
        int at = 0;
        while (at < bytes.length) {
            int lineEnd = indexOfCrLf(bytes, at);
            if (lineEnd < 0) {
                break;
            }
            int size = Integer.parseInt(new String(bytes, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0].trim(), 16);
            if (size == 0 || lineEnd + 2 + size > bytes.length) {
                break;
            }
            body.append(new String(bytes, lineEnd + 2, size, StandardCharsets.UTF_8));
            at = lineEnd + 2 + size + 2;
        }
        return body.toString();
    }

    private static int indexOfCrLf(byte[] bytes, int from) {
        for (int i = from; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
