package app.lightbox.images.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JPEG: the Exif and XMP segments (APP1) are rewritten in place, at their own length, and everything
 * else is copied as it is, the entropy-coded scans byte for byte. Because no segment changes its
 * length, the images a phone appends after the main one (MPF: gain maps, depth maps) keep their
 * offsets; each is stripped in the same way, for each may carry its own Exif. Anything else after
 * the last image (a motion photo's video, vendor data) is dropped, as it may hold a location of its own;
 * padding is kept.
 */
final class JpegStripper {

    private static final int APP1 = 0xE1;
    private static final int SOS = 0xDA;
    private static final int EOI = 0xD9;
    private static final byte[] EXIF = {'E', 'x', 'i', 'f', 0};
    /** "Exif\0" and one more byte, then the TIFF data. */
    private static final int EXIF_HEADER = 6;
    private static final byte[] XMP = ascii("http://ns.adobe.com/xap/1.0/\0");
    private static final byte[] EXTENDED_XMP = ascii("http://ns.adobe.com/xmp/extension/\0");
    /** The signature, then a 32-character GUID, the full length and this chunk's offset in it. */
    private static final int EXTENDED_HEADER = EXTENDED_XMP.length + 32 + 4 + 4;
    /** Where a segment's payload starts: after 0xFF, the marker and the two length bytes. */
    private static final int PAYLOAD = 4;
    /** Fill and stray bytes allowed among one image's segments. */
    private static final int MAX_STRAY_BYTES = 64 * 1024;

    private final ByteInput in;
    private final OutputStream out;
    private boolean removed;

    private JpegStripper(ByteInput in, OutputStream out) {
        this.in = in;
        this.out = out;
    }

    /** Copies the JPEG without location; whether anything was removed. */
    static boolean strip(InputStream in, OutputStream out) throws IOException {
        JpegStripper jpeg = new JpegStripper(new ByteInput(in), out);
        jpeg.images();
        return jpeg.removed;
    }

    private void images() throws IOException {
        byte[] start = in.readUpTo(2);
        if (!isStartOfImage(start)) {
            throw new MetadataDamagedException("No JPEG start of image");
        }
        out.write(start);
        while (image()) {
            byte[] next = in.readUpTo(2);
            if (next.length == 0) {
                return;
            }
            if (!isStartOfImage(next)) {
                removed |= in.dropUnlessPadding(next, out);
                return;
            }
            out.write(next);
        }
    }

    /** One image after its SOI, up to and including its EOI; false if the file ends first. */
    private boolean image() throws IOException {
        List<byte[]> header = new ArrayList<>();
        int stray = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                writeHeader(header);
                return false;
            }
            if (b != 0xFF) {
                header.add(new byte[] {(byte) b}); // not where a marker belongs, kept as it was
                checkStray(++stray);
                continue;
            }
            int marker = in.read();
            for (; marker == 0xFF; marker = in.read()) {
                header.add(new byte[] {(byte) 0xFF}); // fill byte
                checkStray(++stray);
            }
            if (marker < 0) {
                header.add(new byte[] {(byte) 0xFF});
                writeHeader(header);
                return false;
            }
            if (marker == EOI) {
                writeHeader(header);
                out.write(new byte[] {(byte) 0xFF, (byte) EOI});
                return true;
            }
            if (hasNoSegment(marker)) {
                header.add(new byte[] {(byte) 0xFF, (byte) marker});
                continue;
            }
            byte[] segment = segment(marker);
            header.add(segment);
            if (segment.length < PAYLOAD || segment.length != 2 + length(segment)) {
                writeHeader(header); // cut off: nothing follows
                return false;
            }
            if (marker == SOS) {
                writeHeader(header);
                return copyScans();
            }
        }
    }

    /**
     * The entropy-coded data, with the tables and further scans of a progressive image between its
     * scans, up to and including EOI. False if the file ends first (a cut-off JPEG, kept as it is).
     */
    private boolean copyScans() throws IOException {
        while (in.copyToNextFF(out)) {
            int marker = in.read(); // the 0xFF
            out.write(marker);
            for (marker = in.read(); marker == 0xFF; marker = in.read()) {
                out.write(marker);
            }
            if (marker < 0) {
                return false;
            }
            if (marker == EOI || marker == 0x00 || hasNoSegment(marker)) {
                out.write(marker);
                if (marker == EOI) {
                    return true;
                }
                continue; // stuffed zero or restart marker: scan data
            }
            byte[] segment = segment(marker);
            writeHeader(List.of(segment)); // an Exif or XMP segment here is stripped as well
            if (segment.length < PAYLOAD || segment.length != 2 + length(segment)) {
                return false;
            }
        }
        return false;
    }

    /** A marker segment: 0xFF, the marker, its length (which counts itself) and payload, or as much as there is. */
    private byte[] segment(int marker) throws IOException {
        byte[] length = in.readUpTo(2);
        byte[] head = {(byte) 0xFF, (byte) marker};
        if (length.length < 2) {
            return concat(head, length);
        }
        int size = ((length[0] & 0xFF) << 8) | (length[1] & 0xFF);
        if (size < 2) {
            throw new MetadataDamagedException("JPEG segment length below 2");
        }
        byte[] segment = concat(concat(head, length), in.readUpTo(size - 2));
        if (marker == APP1 && segment.length != 2 + size) {
            throw new MetadataDamagedException("APP1 segment cut off");
        }
        return segment;
    }

    /** Strips the Exif and XMP among the segments, then writes them all. */
    private void writeHeader(List<byte[]> segments) throws IOException {
        boolean packetDropped = false;
        Map<String, List<byte[]>> extendedXmp = new LinkedHashMap<>();
        for (byte[] segment : segments) {
            if (segment.length >= PAYLOAD && (segment[1] & 0xFF) == PhotoshopResources.APP13
                    && PhotoshopResources.revealsLocation(segment, PAYLOAD)) {
                PhotoshopResources.blank(segment, PAYLOAD); // IPTC places, or Exif or XMP of its own
                removed = true;
                continue;
            }
            if (segment.length < PAYLOAD || (segment[1] & 0xFF) != APP1) {
                continue;
            }
            if (startsWith(segment, EXIF)) {
                if (segment.length < PAYLOAD + EXIF_HEADER) {
                    throw new MetadataDamagedException("Exif segment without TIFF data");
                }
                removed |= TiffLocationTags.remove(segment, PAYLOAD + EXIF_HEADER, segment.length);
            } else if (startsWith(segment, XMP)
                    && XmpPackets.revealsLocation(segment, PAYLOAD + XMP.length, segment.length)) {
                XmpPackets.blank(segment, PAYLOAD + XMP.length, segment.length);
                removed = true;
                packetDropped = true;
            } else if (startsWith(segment, EXTENDED_XMP) && segment.length >= PAYLOAD + EXTENDED_HEADER) {
                String guid = new String(segment, PAYLOAD + EXTENDED_XMP.length, 32, StandardCharsets.US_ASCII);
                extendedXmp.computeIfAbsent(guid, g -> new ArrayList<>()).add(segment);
            }
        }
        for (List<byte[]> chunks : extendedXmp.values()) {
            // the main packet points to its extension, so without it the extension has no use either
            if (packetDropped || XmpPackets.revealsLocation(joined(chunks))) {
                chunks.forEach(JpegStripper::blankExtendedXmp);
                removed = true;
            }
        }
        for (byte[] segment : segments) {
            out.write(segment);
        }
    }

    /** The extended XMP's text, its chunks in the order of their offsets. */
    private static String joined(List<byte[]> chunks) {
        StringBuilder text = new StringBuilder();
        chunks.stream().sorted(Comparator.comparingLong(JpegStripper::extendedOffset)).forEach(chunk ->
                text.append(new String(chunk, PAYLOAD + EXTENDED_HEADER, chunk.length - PAYLOAD - EXTENDED_HEADER,
                        StandardCharsets.UTF_8)));
        return text.toString();
    }

    /** The chunk at offset 0 gets an empty {@code x:xmpmeta}, the others white space. */
    private static void blankExtendedXmp(byte[] chunk) {
        int from = PAYLOAD + EXTENDED_HEADER;
        if (extendedOffset(chunk) == 0) {
            byte[] empty = XmpPackets.empty(chunk.length - from, false);
            System.arraycopy(empty, 0, chunk, from, empty.length);
        } else {
            Arrays.fill(chunk, from, chunk.length, (byte) ' ');
        }
    }

    private static long extendedOffset(byte[] chunk) {
        int at = PAYLOAD + EXTENDED_HEADER - 4;
        return ((long) (chunk[at] & 0xFF) << 24) | ((chunk[at + 1] & 0xFF) << 16) | ((chunk[at + 2] & 0xFF) << 8)
                | (chunk[at + 3] & 0xFF);
    }

    /** Markers that stand alone: TEM, RST0–7, SOI, and 0x00 where it does not belong. */
    private static boolean hasNoSegment(int marker) {
        return marker == 0x00 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8);
    }

    /**
     * Bytes between segments (fill bytes, garbage) are kept one by one; a real file has a few. Many of
     * them would only make a crafted upload cost the server its memory.
     */
    private static void checkStray(int count) throws MetadataDamagedException {
        if (count > MAX_STRAY_BYTES) {
            throw new MetadataDamagedException("More than " + MAX_STRAY_BYTES + " bytes outside segments");
        }
    }

    private static boolean isStartOfImage(byte[] two) {
        return two.length == 2 && (two[0] & 0xFF) == 0xFF && (two[1] & 0xFF) == 0xD8;
    }

    private static int length(byte[] segment) {
        return ((segment[2] & 0xFF) << 8) | (segment[3] & 0xFF);
    }

    private static boolean startsWith(byte[] segment, byte[] signature) {
        return segment.length >= PAYLOAD + signature.length
                && Arrays.equals(segment, PAYLOAD, PAYLOAD + signature.length, signature, 0, signature.length);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
