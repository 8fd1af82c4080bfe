package app.lightbox.images.privacy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * XMP packets that tell where a picture was taken or by which device. Such a packet is dropped
 * whole rather than edited: editing would mean understanding RDF's several spellings of the same
 * property and every vendor's namespace. It is replaced by an empty packet of the same length,
 * padded with white space as XMP itself does for in-place updates, so nothing after it moves.
 */
final class XmpPackets {

    /** The names of XML elements and attributes: what follows {@code <} or a namespace prefix's colon. */
    private static final Pattern NAME = Pattern.compile("[<:]([A-Za-z_][\\w.-]*)");
    private static final Set<String> PLACES = Set.of("city", "state", "provincestate", "country", "countrycode",
            "countryname", "worldregion");
    private static final byte[] EMPTY_PACKET_START = ("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
            + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"/>").getBytes(StandardCharsets.UTF_8);
    private static final byte[] EMPTY_PACKET_END = "<?xpacket end=\"w\"?>".getBytes(StandardCharsets.UTF_8);
    private static final byte[] EMPTY_META = "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"/>".getBytes(StandardCharsets.UTF_8);

    private XmpPackets() {}

    /**
     * Whether the XMP names a GPS position (exif:GPS…, DJI's drone-dji:Gps…, any …Latitude or
     * …Longitude), a place (IPTC's Location…, photoshop:City and the like) or a serial number or
     * owner (aux:SerialNumber, exifEX:BodySerialNumber, …OwnerName). Errs on the side of yes.
     */
    static boolean revealsLocation(String xmp) {
        Matcher names = NAME.matcher(xmp);
        while (names.find()) {
            String name = names.group(1).toLowerCase(Locale.ROOT);
            if (name.contains("gps") || name.contains("latitude") || name.contains("longitude")
                    || name.endsWith("serialnumber") || name.endsWith("ownername")
                    || name.startsWith("location") || name.startsWith("sublocation") || PLACES.contains(name)) {
                return true;
            }
        }
        return false;
    }

    static boolean revealsLocation(byte[] bytes, int from, int to) {
        return revealsLocation(new String(bytes, from, to - from, StandardCharsets.UTF_8));
    }

    /** Overwrites {@code bytes[from, to)} with an empty packet (or as much of one as fits, then spaces). */
    static void blank(byte[] bytes, int from, int to) {
        byte[] empty = empty(to - from, true);
        System.arraycopy(empty, 0, bytes, from, empty.length);
    }

    /**
     * Empty XMP of exactly {@code length} bytes: a packet with its wrapper, or (for JPEG's extended
     * XMP, which has no wrapper) an empty {@code x:xmpmeta}; white space after it.
     */
    static byte[] empty(int length, boolean wrapped) {
        byte[] empty = new byte[length];
        Arrays.fill(empty, (byte) ' ');
        if (wrapped && length >= EMPTY_PACKET_START.length + EMPTY_PACKET_END.length) {
            System.arraycopy(EMPTY_PACKET_START, 0, empty, 0, EMPTY_PACKET_START.length);
            System.arraycopy(EMPTY_PACKET_END, 0, empty, length - EMPTY_PACKET_END.length, EMPTY_PACKET_END.length);
        } else if (length >= EMPTY_META.length) {
            System.arraycopy(EMPTY_META, 0, empty, 0, EMPTY_META.length);
        }
        return empty;
    }
}
