package app.lightbox.api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A {@code multipart/form-data} body built by hand, as tools send it: parts in order, any name, any bytes. */
final class Multipart {

    private final String boundary = "lightbox-" + UUID.randomUUID();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    /** A file part named {@code file}, as {@code curl -F file=@name} sends it. */
    Multipart file(String fileName, byte[] content) {
        return part("file", fileName, content);
    }

    /** A part; {@code fileName} null makes it a plain form field. */
    Multipart part(String field, String fileName, byte[] content) {
        ascii("--" + boundary + "\r\n");
        body.writeBytes(("Content-Disposition: form-data; name=\"" + field + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"") + "\r\n").getBytes(StandardCharsets.UTF_8));
        ascii(fileName == null ? "\r\n" : "Content-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(content);
        ascii("\r\n");
        return this;
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    byte[] toBytes() {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(body.toByteArray());
        all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return all.toByteArray();
    }

    private void ascii(String text) {
        body.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }
}
