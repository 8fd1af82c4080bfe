package app.lightbox.images.privacy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * PNG: the {@code eXIf} chunk is stripped in place (with its CRC recomputed); text chunks that carry
 * XMP or a raw Exif profile (as ImageMagick writes them) are dropped when they name a location, or when
 * they cannot be read to tell. Every other chunk, the image data first of all, is copied as it is.
 * Whatever follows {@code IEND} is dropped, but padding.
 */
final class PngStripper {

    private static final Set<String> TEXT_CHUNKS = Set.of("tEXt", "zTXt", "iTXt");
    private static final String XMP_KEYWORD = "XML:com.adobe.xmp";
    private static final Set<String> RAW_EXIF_KEYWORDS = Set.of("Raw profile type exif", "Raw profile type APP1");
    private static final String RAW_XMP_KEYWORD = "Raw profile type xmp";
    /** ImageMagick's IPTC and Photoshop resources: places, or Exif and XMP of their own. */
    private static final Set<String> RAW_IPTC_KEYWORDS = Set.of("Raw profile type iptc", "Raw profile type 8bim");
    private static final byte[] EXIF = {'E', 'x', 'i', 'f', 0, 0};
    /** More than any metadata chunk needs; a zip bomb in a text chunk stops here and the chunk is dropped. */
    private static final int MAX_INFLATED = 16 * 1024 * 1024;
    private static final int SIGNATURE_LENGTH = 8;

    private PngStripper() {}

    /** Copies the PNG without location; whether anything was removed. */
    static boolean strip(InputStream stream, OutputStream out) throws IOException {
        ByteInput in = new ByteInput(stream);
        out.write(in.readUpTo(SIGNATURE_LENGTH));
        boolean removed = false;
        while (true) {
            byte[] head = in.readUpTo(8);
            if (head.length < 8) {
                out.write(head); // cut off: nothing follows
                return removed;
            }
            long length = u32(head, 0);
            String type = new String(head, 4, 4, StandardCharsets.ISO_8859_1);
            boolean metadata = type.equals("eXIf") || TEXT_CHUNKS.contains(type);
            if (metadata && length > Integer.MAX_VALUE - 4) {
                throw new MetadataDamagedException(type + " chunk longer than any upload");
            }
            if (!metadata) {
                out.write(head);
                if (!in.copy(length + 4, out)) {
                    return removed;
                }
                if (type.equals("IEND")) {
                    return removed | in.dropUnlessPadding(new byte[0], out);
                }
                continue;
            }
            byte[] body = in.readUpTo((int) length + 4); // data and CRC
            if (body.length < length + 4) {
                throw new MetadataDamagedException(type + " chunk cut off");
            }
            byte[] data = Arrays.copyOf(body, (int) length);
            if (type.equals("eXIf")) {
                int tiff = startsWith(data, EXIF) ? EXIF.length : 0;
                if (TiffLocationTags.remove(data, tiff, data.length)) {
                    removed = true;
                    writeChunk(out, head, data);
                    continue;
                }
            } else if (revealsLocation(type, data)) {
                removed = true;
                continue;
            }
            out.write(head);
            out.write(body);
        }
    }

    /** Whether a text chunk carries XMP or Exif that names a location, or cannot be read to tell. */
    private static boolean revealsLocation(String type, byte[] data) {
        int nul = indexOf(data, 0, 0);
        String keyword = new String(data, 0, Math.max(nul, 0), StandardCharsets.ISO_8859_1);
        boolean rawExif = RAW_EXIF_KEYWORDS.contains(keyword);
        boolean rawIptc = RAW_IPTC_KEYWORDS.contains(keyword);
        if (nul < 0 || !(rawExif || rawIptc || keyword.equals(XMP_KEYWORD) || keyword.equals(RAW_XMP_KEYWORD))) {
            return false;
        }
        try {
            byte[] text = text(type, data, nul + 1);
            if (rawIptc) {
                return PhotoshopResources.namesPlace(rawProfile(text), 0);
            }
            if (keyword.equals(XMP_KEYWORD)) {
                return XmpPackets.revealsLocation(new String(text, StandardCharsets.UTF_8));
            }
            byte[] profile = rawProfile(text);
            if (!rawExif) {
                return XmpPackets.revealsLocation(new String(profile, StandardCharsets.UTF_8));
            }
            int tiff = startsWith(profile, EXIF) ? EXIF.length : 0;
            return TiffLocationTags.remove(profile, tiff, profile.length);
        } catch (MetadataDamagedException | DataFormatException | IllegalArgumentException e) {
            return true; // unreadable: it may hold anything
        }
    }

    /** The text of a tEXt, zTXt or iTXt chunk after its keyword, inflated if compressed. */
    private static byte[] text(String type, byte[] data, int from) throws DataFormatException {
        return switch (type) {
            case "tEXt" -> Arrays.copyOfRange(data, from, data.length);
            case "zTXt" -> inflate(data, from + 1); // compression method byte
            default -> { // iTXt: compression flag and method, language tag, translated keyword, text
                boolean compressed = data.length > from && data[from] != 0;
                int language = indexOf(data, 0, from + 2);
                int translated = language < 0 ? -1 : indexOf(data, 0, language + 1);
                if (translated < 0) {
                    throw new DataFormatException("iTXt chunk without its text");
                }
                yield compressed ? inflate(data, translated + 1) : Arrays.copyOfRange(data, translated + 1, data.length);
            }
        };
    }

    /** ImageMagick's raw profile: a line with its name, one with its length, then the bytes in hex. */
    private static byte[] rawProfile(byte[] text) {
        String[] parts = new String(text, StandardCharsets.ISO_8859_1).trim().split("\\s+");
        if (parts.length < 2) {
            throw new IllegalArgumentException("Raw profile without its length");
        }
        String hex = String.join("", Arrays.copyOfRange(parts, 2, parts.length));
        return HexFormat.of().parseHex(hex);
    }

    private static byte[] inflate(byte[] data, int from) throws DataFormatException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(data, from, Math.max(0, data.length - from));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new DataFormatException("Compressed text cut off");
                }
                out.write(buffer, 0, n);
                if (out.size() > MAX_INFLATED) {
                    throw new DataFormatException("Compressed text too large");
                }
            }
            return out.toByteArray();
        } finally {
            inflater.end();
        }
    }

    private static void writeChunk(OutputStream out, byte[] head, byte[] data) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(head, 4, 4);
        crc.update(data);
        long value = crc.getValue();
        out.write(head);
        out.write(data);
        out.write(new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value});
    }

    private static int indexOf(byte[] data, int value, int from) {
        for (int i = from; i < data.length; i++) {
            if (data[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static long u32(byte[] bytes, int at) {
        return ((long) (bytes[at] & 0xFF) << 24) | ((bytes[at + 1] & 0xFF) << 16) | ((bytes[at + 2] & 0xFF) << 8)
                | (bytes[at + 3] & 0xFF);
    }
}
