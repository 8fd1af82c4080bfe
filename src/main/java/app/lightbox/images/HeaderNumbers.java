package app.lightbox.images;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The numbers and names in image headers, read one by one from a stream ({@link ImageHeader}); an
 * {@link EOFException} where the stream ends before them.
 */
final class HeaderNumbers {

    private HeaderNumbers() {}

    static int u8(InputStream in) throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new EOFException();
        }
        return b;
    }

    static int u16be(InputStream in) throws IOException {
        return (u8(in) << 8) | u8(in);
    }

    static int u16le(InputStream in) throws IOException {
        return u8(in) | (u8(in) << 8);
    }

    static int u24le(InputStream in) throws IOException {
        return u8(in) | (u8(in) << 8) | (u8(in) << 16);
    }

    static long u32be(InputStream in) throws IOException {
        return ((long) u16be(in) << 16) | u16be(in);
    }

    static long u32le(InputStream in) throws IOException {
        return u16le(in) | ((long) u16le(in) << 16);
    }

    static String fourCc(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(4);
        if (bytes.length < 4) {
            throw new EOFException();
        }
        return new String(bytes, StandardCharsets.US_ASCII);
    }
}
