package app.lightbox.images.derivatives;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import javax.imageio.stream.ImageInputStream;

/**
 * What TwelveMonkeys' WebP reader does not tell, read from the RIFF chunks: the canvas of an
 * animation and where its first frame sits on it (the reader decodes the first frame's rectangle
 * only), and whether decoding allocates a full-size raster whatever the subsampling (lossless
 * {@code VP8L}, and an {@code ALPH} chunk with lossless compression).
 *
 * @param canvasWidth the canvas width for an animation, else 0
 * @param canvasHeight the canvas height for an animation, else 0
 * @param frameX the first frame's offset on the canvas
 * @param frameY the first frame's offset on the canvas
 */
record WebpLayout(int canvasWidth, int canvasHeight, int frameX, int frameY, boolean decodedAtFullSize) {

    boolean animated() {
        return canvasWidth > 0;
    }

    /** Reads the layout from the start of the stream, and leaves the stream there again. */
    static WebpLayout read(ImageInputStream in) throws IOException {
        ByteOrder order = in.getByteOrder();
        in.seek(0);
        in.setByteOrder(ByteOrder.LITTLE_ENDIAN);
        try {
            in.skipBytes(12); // RIFF, size, WEBP
            int canvasWidth = 0;
            int canvasHeight = 0;
            long end = Long.MAX_VALUE;
            while (in.getStreamPosition() + 8 <= end) {
                String type = fourCc(in);
                long size = in.readUnsignedInt();
                long next = in.getStreamPosition() + size + (size & 1);
                switch (type) {
                    case "VP8X" -> {
                        boolean animation = (in.readUnsignedByte() & 0x02) != 0;
                        in.skipBytes(3);
                        if (animation) {
                            canvasWidth = u24(in) + 1;
                            canvasHeight = u24(in) + 1;
                        }
                    }
                    case "ANMF" -> {
                        int x = u24(in) * 2;
                        int y = u24(in) * 2;
                        in.skipBytes(10); // frame size, duration, flags
                        WebpLayout frame = frameData(in, next);
                        return new WebpLayout(canvasWidth, canvasHeight, x, y, frame.decodedAtFullSize);
                    }
                    case "ALPH", "VP8 ", "VP8L" -> {
                        in.seek(in.getStreamPosition() - 8);
                        return frameData(in, Long.MAX_VALUE);
                    }
                    default -> { }
                }
                in.seek(next);
            }
            return new WebpLayout(canvasWidth, canvasHeight, 0, 0, false);
        } finally {
            in.setByteOrder(order);
            in.seek(0);
        }
    }

    /** The chunks of one frame's image data, up to its bitstream: an optional ALPH, then VP8 or VP8L. */
    private static WebpLayout frameData(ImageInputStream in, long end) throws IOException {
        while (in.getStreamPosition() + 8 <= end) {
            String type = fourCc(in);
            long size = in.readUnsignedInt();
            long next = in.getStreamPosition() + size + (size & 1);
            if (type.equals("VP8L") || type.equals("ALPH") && (in.readUnsignedByte() & 0x03) == 1) {
                return new WebpLayout(0, 0, 0, 0, true);
            }
            if (type.equals("VP8 ")) {
                break;
            }
            in.seek(next);
        }
        return new WebpLayout(0, 0, 0, 0, false);
    }

    private static String fourCc(ImageInputStream in) throws IOException {
        byte[] type = new byte[4];
        in.readFully(type);
        return new String(type, StandardCharsets.US_ASCII);
    }

    private static int u24(ImageInputStream in) throws IOException {
        return in.readUnsignedByte() | in.readUnsignedByte() << 8 | in.readUnsignedByte() << 16;
    }
}
