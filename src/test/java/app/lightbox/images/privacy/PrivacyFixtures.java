package app.lightbox.images.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.icc.IccDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * The fixtures in src/test/resources/images/privacy (how they were made is in the README there), and
 * what a copy without location must and must not show of them, read back with metadata-extractor.
 */
public final class PrivacyFixtures {

    /** The serial numbers and owner written into the gps.* fixtures. */
    private static final List<String> IDENTIFYING = List.of("SN123456", "LENS987", "Ann Example", "CS42");
    private static final int CAMERA_SERIAL_NUMBER = 0xC62F;

    private PrivacyFixtures() {}

    public static byte[] fixture(String name) {
        try (InputStream in = PrivacyFixtures.class.getResourceAsStream("/images/privacy/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Exif segment of gps.jpg with its first directory claiming 0xFFFF entries. */
    public static byte[] damagedJpeg() {
        byte[] jpeg = fixture("gps.jpg").clone();
        for (int i = 2; i + 10 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xE1 && jpeg[i + 4] == 'E' && jpeg[i + 5] == 'x') {
                int tiff = i + 10;
                int ifd0 = tiff + (((jpeg[tiff + 4] & 0xFF) << 24) | ((jpeg[tiff + 5] & 0xFF) << 16)
                        | ((jpeg[tiff + 6] & 0xFF) << 8) | (jpeg[tiff + 7] & 0xFF)); // big-endian ("MM")
                jpeg[ifd0] = (byte) 0xFF;
                jpeg[ifd0 + 1] = (byte) 0xFF;
                return jpeg;
            }
        }
        throw new AssertionError("No Exif segment");
    }

    /** No GPS directory tags, no GPS properties in XMP, no serial numbers or owner, anywhere in the bytes. */
    public static void assertNoLocation(byte[] image) {
        Metadata metadata = read(image);
        for (GpsDirectory gps : metadata.getDirectoriesOfType(GpsDirectory.class)) {
            assertThat(gps.getTags()).as("GPS tags").isEmpty();
        }
        for (XmpDirectory xmp : metadata.getDirectoriesOfType(XmpDirectory.class)) {
            assertThat(xmp.getXmpProperties().keySet()).as("XMP properties")
                    .noneMatch(path -> path.toUpperCase(Locale.ROOT).contains("GPS"));
        }
        for (ExifDirectoryBase exif : metadata.getDirectoriesOfType(ExifDirectoryBase.class)) {
            for (int tag : List.of(ExifDirectoryBase.TAG_BODY_SERIAL_NUMBER, ExifDirectoryBase.TAG_LENS_SERIAL_NUMBER,
                    ExifDirectoryBase.TAG_CAMERA_OWNER_NAME, ExifDirectoryBase.TAG_MAKERNOTE, CAMERA_SERIAL_NUMBER)) {
                assertThat(exif.containsTag(tag)).as("tag 0x%04X in %s", tag, exif.getName()).isFalse();
            }
        }
        String text = new String(image, StandardCharsets.ISO_8859_1);
        assertThat(IDENTIFYING).noneMatch(text::contains);
        assertThat(text).doesNotContain("GPSLatitude").doesNotContain("GPSLongitude");
    }

    /** What the fixtures carry besides their location: orientation 6, an ICC profile, the capture date and camera. */
    public static void assertKeptWhatIsNotLocation(byte[] image) throws Exception {
        Metadata metadata = read(image);
        ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
        assertThat(ifd0).isNotNull();
        assertThat(ifd0.getInt(ExifIFD0Directory.TAG_ORIENTATION)).isEqualTo(6);
        assertThat(ifd0.getString(ExifIFD0Directory.TAG_MAKE)).isEqualTo("Lightbox");
        assertThat(ifd0.getString(ExifIFD0Directory.TAG_MODEL)).isEqualTo("Test Camera");
        ExifSubIFDDirectory exif = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
        assertThat(exif).isNotNull();
        assertThat(exif.getString(ExifSubIFDDirectory.TAG_DATETIME_ORIGINAL)).isEqualTo("2026:07:14 12:34:56");
        assertThat(metadata.getDirectoriesOfType(IccDirectory.class)).as("ICC profile").isNotEmpty();
        assertThat(metadata.getDirectoriesOfType(Directory.class)).allSatisfy(
                directory -> assertThat(directory.getErrors()).as(directory.getName()).isEmpty());
    }

    /** Decodes both (JPEG, PNG) and compares every pixel. */
    public static void assertSamePixels(byte[] expected, byte[] actual) throws IOException {
        BufferedImage a = ImageIO.read(new ByteArrayInputStream(expected));
        BufferedImage b = ImageIO.read(new ByteArrayInputStream(actual));
        assertThat(b.getWidth()).isEqualTo(a.getWidth());
        assertThat(b.getHeight()).isEqualTo(a.getHeight());
        int[] pixelsA = a.getRGB(0, 0, a.getWidth(), a.getHeight(), null, 0, a.getWidth());
        int[] pixelsB = b.getRGB(0, 0, b.getWidth(), b.getHeight(), null, 0, b.getWidth());
        assertThat(Arrays.equals(pixelsA, pixelsB)).as("every pixel equal").isTrue();
    }

    /** The bytes from a JPEG's first start of scan (0xFFDA) to its end: the entropy-coded data and its tables. */
    public static byte[] scans(byte[] jpeg) {
        for (int i = 2; i + 1 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xDA) {
                return Arrays.copyOfRange(jpeg, i, jpeg.length);
            }
        }
        throw new AssertionError("No start of scan");
    }

    /** A RIFF chunk's payload, e.g. a WebP's VP8L image data. */
    public static byte[] webpChunk(byte[] webp, String type) {
        int at = 12;
        while (at + 8 <= webp.length) {
            String fourCc = new String(webp, at, 4, StandardCharsets.ISO_8859_1);
            int size = (webp[at + 4] & 0xFF) | (webp[at + 5] & 0xFF) << 8 | (webp[at + 6] & 0xFF) << 16
                    | (webp[at + 7] & 0xFF) << 24;
            if (fourCc.equals(type)) {
                return Arrays.copyOfRange(webp, at + 8, at + 8 + size);
            }
            at += 8 + size + (size & 1);
        }
        throw new AssertionError("No " + type + " chunk");
    }

    private static Metadata read(byte[] image) {
        try {
            return ImageMetadataReader.readMetadata(new ByteArrayInputStream(image));
        } catch (Exception e) {
            throw new AssertionError("metadata-extractor cannot read the image", e);
        }
    }
}
