package app.lightbox.images;

import static app.lightbox.images.HeaderNumbers.fourCc;
import static app.lightbox.images.HeaderNumbers.u16le;
import static app.lightbox.images.HeaderNumbers.u24le;
import static app.lightbox.images.HeaderNumbers.u32le;
import static app.lightbox.images.HeaderNumbers.u8;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * The size a WebP declares ({@link ImageHeader}), and the largest area a decoder must allocate for it: an
 * extended WebP's canvas says nothing of its frames, and an animation frame or a bitstream far larger than
 * a small canvas is allocated at its own size, as a GIF frame larger than its screen is.
 */
final class WebpHeader {

    /** The bytes of a bitstream chunk that hold its size: VP8 needs 10, VP8L 5. */
    private static final int BITSTREAM_HEAD = 10;

    private WebpHeader() {}

    /**
     * RIFF container, then the first chunk: VP8 (lossy: 14-bit sizes after the key frame start code),
     * VP8L (lossless: 14-bit sizes minus one, bit-packed after the 0x2F signature) or VP8X (extended:
     * 24-bit canvas sizes minus one, then every chunk is walked for its frames and bitstreams). An EXIF
     * chunk's orientation is not read: browsers do not apply it.
     */
    static Optional<ImageHeader> read(InputStream in) throws IOException {
        in.skipNBytes(12); // RIFF, size, WEBP
        String chunk = fourCc(in);
        long size = u32le(in);
        if (!chunk.equals("VP8X")) {
            return bitstreamSize(chunk, in).map(area -> new ImageHeader(ImageFormat.WEBP, area.width, area.height));
        }
        in.skipNBytes(4); // flags and reserved bits
        int width = u24le(in) + 1;
        int height = u24le(in) + 1;
        Area largest = largestArea(in, size - 10 + (size & 1), new Area(width, height));
        return Optional.of(new ImageHeader(ImageFormat.WEBP, width, height, largest.width, largest.height));
    }

    /**
     * The largest of the canvas, every animation frame (ANMF) and every bitstream, from the chunks after
     * the rest of VP8X ({@code skip} bytes). A frame's own chunks follow its 16-byte header inside ANMF,
     * and are walked as the rest. A file that ends early keeps what was read so far.
     */
    private static Area largestArea(InputStream in, long skip, Area canvas) throws IOException {
        Area largest = canvas;
        try {
            in.skipNBytes(skip);
            while (true) {
                String chunk = fourCc(in);
                long size = u32le(in);
                long padded = size + (size & 1);
                if (chunk.equals("ANMF")) {
                    in.skipNBytes(6); // offset on the canvas
                    int frameWidth = u24le(in) + 1;
                    int frameHeight = u24le(in) + 1;
                    in.skipNBytes(4); // duration, flags
                    largest = largest.orLarger(new Area(frameWidth, frameHeight));
                } else if (chunk.equals("VP8 ") || chunk.equals("VP8L")) {
                    byte[] head = in.readNBytes((int) Math.min(size, BITSTREAM_HEAD));
                    Optional<Area> bitstream = bitstreamSize(chunk, new ByteArrayInputStream(head));
                    if (bitstream.isPresent()) {
                        largest = largest.orLarger(bitstream.get());
                    }
                    in.skipNBytes(padded - head.length);
                } else {
                    in.skipNBytes(padded);
                }
            }
        } catch (EOFException e) {
            return largest;
        }
    }

    /** The size in a VP8 or VP8L bitstream's first bytes; empty for another chunk or a bad signature. */
    private static Optional<Area> bitstreamSize(String chunk, InputStream in) throws IOException {
        switch (chunk) {
            case "VP8 " -> {
                in.skipNBytes(3); // frame tag
                if (u8(in) != 0x9D || u8(in) != 0x01 || u8(in) != 0x2A) {
                    return Optional.empty();
                }
                int width = u16le(in) & 0x3FFF;
                int height = u16le(in) & 0x3FFF;
                return Optional.of(new Area(width, height));
            }
            case "VP8L" -> {
                if (u8(in) != 0x2F) {
                    return Optional.empty();
                }
                long bits = u32le(in);
                int width = (int) (bits & 0x3FFF) + 1;
                int height = (int) ((bits >>> 14) & 0x3FFF) + 1;
                return Optional.of(new Area(width, height));
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    private record Area(int width, int height) {
        Area orLarger(Area other) {
            return (long) other.width * other.height > (long) width * height ? other : this;
        }
    }
}
