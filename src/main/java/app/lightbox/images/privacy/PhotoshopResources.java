package app.lightbox.images.privacy;

/**
 * A JPEG's APP13 segment ("Photoshop 3.0": image resource blocks, among them IPTC-IIM): whether it names a
 * place or carries Exif or XMP of its own, looked for by byte pattern rather than parsed, so that damaged
 * blocks count too. Such a segment is blanked at its own length (its identifier and payload zeroed, which
 * readers skip as an unknown APP13), so that nothing after it moves.
 */
final class PhotoshopResources {

    static final int APP13 = 0xED;
    private static final byte[] SIGNATURE = "Photoshop 3.0\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    /** IPTC-IIM application record datasets of places: 2:26, 2:27 location code and name, 2:90 city,
     * 2:92 sub-location, 2:95 province or state, 2:100 country code, 2:101 country name. */
    private static final int[] PLACE_DATASETS = {26, 27, 90, 92, 95, 100, 101};
    /** Image resources holding Exif (0x0422) or XMP (0x0424), each after the "8BIM" signature. */
    private static final int[] METADATA_RESOURCES = {0x0422, 0x0424};

    private PhotoshopResources() {}

    /** Whether an APP13 segment (from its 0xFF) is Photoshop's, naming a place or holding Exif or XMP. */
    static boolean revealsLocation(byte[] segment, int payload) {
        if (segment.length < payload + SIGNATURE.length
                || !java.util.Arrays.equals(segment, payload, payload + SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
            return false;
        }
        return namesPlace(segment, payload + SIGNATURE.length);
    }

    /**
     * Whether IPTC-IIM or image resource bytes (from {@code from} on) hold a place dataset, or Exif or XMP
     * resources: also ImageMagick's raw IPTC and 8BIM profiles in PNG text chunks.
     */
    static boolean namesPlace(byte[] segment, int from) {
        for (int i = from; i + 2 < segment.length; i++) {
            if (segment[i] == 0x1C && segment[i + 1] == 0x02 && contains(PLACE_DATASETS, segment[i + 2] & 0xFF)) {
                return true;
            }
            if (i + 5 < segment.length && segment[i] == '8' && segment[i + 1] == 'B' && segment[i + 2] == 'I'
                    && segment[i + 3] == 'M'
                    && contains(METADATA_RESOURCES, ((segment[i + 4] & 0xFF) << 8) | (segment[i + 5] & 0xFF))) {
                return true;
            }
        }
        return false;
    }

    /** Zeroes the segment's identifier and payload; its marker and length stay. */
    static void blank(byte[] segment, int payload) {
        java.util.Arrays.fill(segment, payload, segment.length, (byte) 0);
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }
}
