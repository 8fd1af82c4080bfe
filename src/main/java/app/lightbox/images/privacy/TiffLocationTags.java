package app.lightbox.images.privacy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Takes the location and the device's serial numbers out of TIFF data (the body of an Exif segment
 * or chunk), in place: their directory entries are removed, the entries after them move up, and the
 * bytes they pointed to (the whole GPS directory, the maker note) are zeroed. Nothing else moves, so
 * every other offset stays right and every other tag keeps its bytes; bytes that a kept tag also
 * points to are never zeroed.
 */
final class TiffLocationTags {

    private static final int GPS_IFD = 0x8825;
    private static final int EXIF_IFD = 0x8769;
    private static final int INTEROP_IFD = 0xA005;
    /** GPS pointer, maker note (vendors put serial numbers there), owner name, body and lens serial, DNG camera serial. */
    private static final Set<Integer> REMOVED = Set.of(GPS_IFD, 0x927C, 0xA430, 0xA431, 0xA435, 0xC62F);
    private static final int THUMBNAIL_OFFSET = 0x0201;
    private static final int THUMBNAIL_LENGTH = 0x0202;
    /** Bytes per value of TIFF field types 1 to 13 (13 is IFD); unknown types are taken as fitting the entry. */
    private static final int[] TYPE_SIZES = {0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8, 4};
    private static final int MAX_DIRECTORIES = 32;

    private final byte[] bytes;
    private final int start;
    private final int end;
    private boolean little;
    /** Byte ranges [from, to) that kept directories and values use. */
    private final List<long[]> kept = new ArrayList<>();
    private final List<long[]> zeroed = new ArrayList<>();
    private final List<Directory> shrunk = new ArrayList<>();
    private final Set<Long> visited = new HashSet<>();

    private TiffLocationTags(byte[] bytes, int start, int end) {
        this.bytes = bytes;
        this.start = start;
        this.end = end;
    }

    /**
     * Removes the tags from the TIFF data in {@code bytes[start, end)}, in place.
     *
     * @return whether anything was removed (if not, the bytes are as they were)
     * @throws MetadataDamagedException if a directory's entries run past the end of the data
     */
    static boolean remove(byte[] bytes, int start, int end) throws MetadataDamagedException {
        TiffLocationTags tiff = new TiffLocationTags(bytes, start, end);
        tiff.walk();
        if (tiff.shrunk.isEmpty()) {
            return false;
        }
        tiff.shrunk.forEach(tiff::dropEntries);
        tiff.zeroed.forEach(tiff::zeroUnlessKept);
        return true;
    }

    private void walk() throws MetadataDamagedException {
        if (end - start < 8) {
            throw new MetadataDamagedException("TIFF header cut off");
        }
        if (bytes[start] == 'I' && bytes[start + 1] == 'I') {
            little = true;
        } else if (!(bytes[start] == 'M' && bytes[start + 1] == 'M')) {
            throw new MetadataDamagedException("No TIFF byte order");
        }
        if (u16(start + 2) != 42) {
            throw new MetadataDamagedException("No TIFF magic number");
        }
        long next = u32(start + 4);
        for (int count = 0; next != 0; count++) {
            if (count == MAX_DIRECTORIES) {
                throw new MetadataDamagedException("Too many TIFF directories");
            }
            next = directory(next);
        }
    }

    /**
     * Reads the directory at the offset, and those it points to; returns the offset of the next in its
     * chain. A pointer outside the data (a broken thumbnail link, say) or back to a directory already
     * read leads nowhere that anybody can read, so it ends the walk there.
     */
    private long directory(long offset) throws MetadataDamagedException {
        long at = start + offset;
        if (at + 2 > end || !visited.add(at)) {
            return 0;
        }
        int count = u16((int) at);
        int entries = (int) at + 2;
        if (entries + 12L * count > end) {
            throw new MetadataDamagedException("TIFF directory entries outside the data");
        }
        boolean hasNext = entries + 12L * count + 4 <= end;
        kept.add(new long[] {at, entries + 12L * count + (hasNext ? 4 : 0)});
        Directory directory = new Directory((int) at, count, hasNext);
        long thumbnailOffset = -1;
        long thumbnailLength = -1;
        for (int i = 0; i < count; i++) {
            int entry = entries + 12 * i;
            int tag = u16(entry);
            long size = valueSize(entry);
            if (REMOVED.contains(tag)) {
                directory.removed.add(i);
                if (size > 4) {
                    zeroed.add(valueRange(entry, size));
                }
                if (tag == GPS_IFD) {
                    gpsDirectory(u32(entry + 8));
                }
                continue;
            }
            if (size > 4) {
                kept.add(valueRange(entry, size));
            }
            if ((tag == EXIF_IFD || tag == INTEROP_IFD) && u32(entry + 8) != 0) {
                directory(u32(entry + 8)); // not a chain: what follows it is no concern
            } else if (tag == THUMBNAIL_OFFSET) {
                thumbnailOffset = u32(entry + 8);
            } else if (tag == THUMBNAIL_LENGTH) {
                thumbnailLength = u32(entry + 8);
            }
        }
        if (thumbnailOffset >= 0 && thumbnailLength > 0) {
            kept.add(new long[] {start + thumbnailOffset, start + thumbnailOffset + thumbnailLength});
        }
        if (!directory.removed.isEmpty()) {
            shrunk.add(directory);
        }
        return hasNext ? u32(entries + 12 * count) : 0;
    }

    /** The GPS directory and its values are zeroed as far as they lie in the data; what lies outside, nobody reads. */
    private void gpsDirectory(long offset) {
        long at = start + offset;
        if (offset == 0 || at + 2 > end) {
            return;
        }
        int count = u16((int) at);
        zeroed.add(new long[] {at, Math.min(end, at + 2 + 12L * count + 4)});
        for (int i = 0; i < count && at + 2 + 12L * (i + 1) <= end; i++) {
            int entry = (int) at + 2 + 12 * i;
            long size = valueSize(entry);
            if (size > 4) {
                zeroed.add(valueRange(entry, size));
            }
        }
    }

    /** Writes the directory's kept entries one after the other, then its next offset, then zeros where the rest was. */
    private void dropEntries(Directory directory) {
        int entries = directory.at + 2;
        int written = 0;
        for (int i = 0; i < directory.count; i++) {
            if (!directory.removed.contains(i)) {
                System.arraycopy(bytes, entries + 12 * i, bytes, entries + 12 * written, 12);
                written++;
            }
        }
        int oldEnd = entries + 12 * directory.count;
        int newEnd = entries + 12 * written;
        if (directory.hasNext) {
            System.arraycopy(bytes, oldEnd, bytes, newEnd, 4);
            oldEnd += 4;
            newEnd += 4;
        }
        java.util.Arrays.fill(bytes, newEnd, oldEnd, (byte) 0);
        put16(directory.at, written);
    }

    private void zeroUnlessKept(long[] range) {
        for (long i = Math.max(range[0], start); i < Math.min(range[1], end); i++) {
            if (!isKept(i)) {
                bytes[(int) i] = 0;
            }
        }
    }

    private boolean isKept(long position) {
        for (long[] range : kept) {
            if (position >= range[0] && position < range[1]) {
                return true;
            }
        }
        return false;
    }

    private long valueSize(int entry) {
        int type = u16(entry + 2);
        return type > 0 && type < TYPE_SIZES.length ? TYPE_SIZES[type] * u32(entry + 4) : 0;
    }

    /** Where an out-of-line value lies, cut to the data (empty if it lies outside). */
    private long[] valueRange(int entry, long size) {
        long from = Math.min(end, start + u32(entry + 8));
        return new long[] {from, Math.min(end, from + size)};
    }

    private int u16(int at) {
        int a = bytes[at] & 0xFF;
        int b = bytes[at + 1] & 0xFF;
        return little ? a | (b << 8) : (a << 8) | b;
    }

    private long u32(int at) {
        long a = u16(at);
        long b = u16(at + 2);
        return little ? a | (b << 16) : (a << 16) | b;
    }

    private void put16(int at, int value) {
        bytes[at + (little ? 0 : 1)] = (byte) value;
        bytes[at + (little ? 1 : 0)] = (byte) (value >>> 8);
    }

    private record Directory(int at, int count, boolean hasNext, Set<Integer> removed) {
        Directory(int at, int count, boolean hasNext) {
            this(at, count, hasNext, new HashSet<>());
        }
    }
}
