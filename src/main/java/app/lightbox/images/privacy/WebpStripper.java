package app.lightbox.images.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * WebP: the {@code EXIF} chunk is stripped and an {@code XMP } chunk that names a location is emptied,
 * both in place at their own size, so the RIFF size and the VP8X flags stay right as they are. Every
 * other chunk is copied as it is.
 */
final class WebpStripper {

    private static final byte[] EXIF = {'E', 'x', 'i', 'f', 0, 0};
    private static final int RIFF_HEADER = 12;

    private WebpStripper() {}

    /** Copies the WebP without location; whether anything was removed. */
    static boolean strip(InputStream stream, OutputStream out) throws IOException {
        ByteInput in = new ByteInput(stream);
        out.write(in.readUpTo(RIFF_HEADER));
        boolean removed = false;
        while (true) {
            byte[] head = in.readUpTo(8);
            out.write(head);
            if (head.length < 8) {
                return removed;
            }
            String type = new String(head, 0, 4, StandardCharsets.ISO_8859_1);
            long size = (head[4] & 0xFF) | ((head[5] & 0xFF) << 8) | ((head[6] & 0xFF) << 16)
                    | ((long) (head[7] & 0xFF) << 24);
            long padded = size + (size & 1);
            boolean metadata = type.equals("EXIF") || type.equals("XMP ");
            if (metadata && size > Integer.MAX_VALUE) {
                throw new MetadataDamagedException(type + " chunk longer than any upload");
            }
            if (!metadata) {
                if (!in.copy(padded, out)) {
                    return removed;
                }
                continue;
            }
            byte[] data = in.readUpTo((int) size);
            if (data.length < size) {
                throw new MetadataDamagedException(type + " chunk cut off");
            }
            if (type.equals("EXIF")) {
                boolean prefixed = Arrays.equals(data, 0, Math.min(EXIF.length, data.length), EXIF, 0, EXIF.length);
                removed |= TiffLocationTags.remove(data, prefixed ? EXIF.length : 0, data.length);
            } else if (XmpPackets.revealsLocation(data, 0, data.length)) {
                XmpPackets.blank(data, 0, data.length);
                removed = true;
            }
            out.write(data);
            if (!in.copy(padded - size, out)) {
                return removed;
            }
        }
    }
}
