package app.lightbox.images.privacy;

import static app.lightbox.images.privacy.PrivacyFixtures.assertKeptWhatIsNotLocation;
import static app.lightbox.images.privacy.PrivacyFixtures.assertNoLocation;
import static app.lightbox.images.privacy.PrivacyFixtures.assertSamePixels;
import static app.lightbox.images.privacy.PrivacyFixtures.fixture;
import static app.lightbox.images.privacy.PrivacyFixtures.scans;
import static app.lightbox.images.privacy.PrivacyFixtures.webpChunk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocationStripperTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"gps.jpg, image/jpeg", "gps.png, image/png", "gps.webp, image/webp"})
    void removes_gps_serial_numbers_and_owner_and_keeps_orientation_profile_date_and_camera(String name,
            String mediaType) throws Exception {
        byte[] original = fixture(name);

        byte[] stripped = strip(mediaType, original, true);

        assertNoLocation(stripped);
        assertKeptWhatIsNotLocation(stripped);
    }

    @Test
    void a_jpeg_keeps_its_pixels_and_its_entropy_coded_bytes() throws Exception {
        byte[] original = fixture("gps.jpg");
        byte[] stripped = strip("image/jpeg", original, true);

        assertSamePixels(original, stripped);
        assertThat(scans(stripped)).isEqualTo(scans(original));
        assertThat(stripped.length).as("rewritten in place").isEqualTo(original.length);
    }

    @Test
    void a_png_keeps_its_pixels_and_its_image_data() throws Exception {
        byte[] original = fixture("gps.png");
        byte[] stripped = strip("image/png", original, true);

        assertSamePixels(original, stripped);
        assertThat(pngChunk(stripped, "IDAT")).isEqualTo(pngChunk(original, "IDAT"));
        assertThat(pngChunk(stripped, "iCCP")).isEqualTo(pngChunk(original, "iCCP"));
    }

    @Test
    void a_webp_keeps_its_image_data_its_profile_and_its_size() throws Exception {
        byte[] original = fixture("gps.webp");
        byte[] stripped = strip("image/webp", original, true);

        assertThat(webpChunk(stripped, "VP8L")).isEqualTo(webpChunk(original, "VP8L"));
        assertThat(webpChunk(stripped, "ICCP")).isEqualTo(webpChunk(original, "ICCP"));
        assertThat(webpChunk(stripped, "VP8X")).isEqualTo(webpChunk(original, "VP8X"));
        assertThat(stripped.length).as("rewritten in place").isEqualTo(original.length);
        assertThat(Arrays.copyOf(stripped, 8)).isEqualTo(Arrays.copyOf(original, 8)); // RIFF size
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"clean.jpg, image/jpeg", "clean.png, image/png", "clean.webp, image/webp"})
    void an_image_without_location_comes_out_byte_identical(String name, String mediaType) throws Exception {
        byte[] original = fixture(name);

        assertThat(LocationStripper.strip(mediaType, new ByteArrayInputStream(original), OutputStream.nullOutputStream()))
                .isFalse();
        assertThat(strip(mediaType, original, false)).isEqualTo(original);
    }

    @Test
    void strips_the_images_a_phone_appends_after_the_main_one_and_keeps_their_offsets() throws Exception {
        byte[] main = fixture("gps.jpg");
        byte[] appended = fixture("gps.jpg"); // an MPF image (gain map, depth map) with its own Exif
        byte[] original = concat(main, appended);

        byte[] stripped = strip("image/jpeg", original, true);

        assertThat(stripped.length).isEqualTo(original.length);
        assertNoLocation(Arrays.copyOf(stripped, main.length));
        assertNoLocation(Arrays.copyOfRange(stripped, main.length, stripped.length));
        assertSamePixels(appended, Arrays.copyOfRange(stripped, main.length, stripped.length));
    }

    @Test
    void drops_other_data_after_the_last_image_and_keeps_padding_in_a_jpeg_and_a_png() throws Exception {
        byte[] clean = fixture("clean.jpg");
        byte[] video = "....ftypmp42 a motion photo's video with its own location".getBytes(StandardCharsets.US_ASCII);

        assertThat(strip("image/jpeg", concat(clean, video), true)).isEqualTo(clean);
        byte[] padded = concat(clean, new byte[100]);
        assertThat(strip("image/jpeg", padded, false)).isEqualTo(padded);
        byte[] png = fixture("clean.png");
        assertThat(strip("image/png", concat(png, video), true)).isEqualTo(png);
        assertThat(strip("image/png", concat(png, new byte[100]), false)).isEqualTo(concat(png, new byte[100]));
    }

    @Test
    void refuses_an_exif_segment_whose_directory_runs_past_its_end() {
        byte[] damaged = PrivacyFixtures.damagedJpeg();

        assertThatThrownBy(() -> strip("image/jpeg", damaged, true)).isInstanceOf(MetadataDamagedException.class);
    }

    @Test
    void drops_a_png_text_chunk_with_a_raw_exif_profile_that_holds_a_location() throws Exception {
        byte[] original = fixture("clean.png");
        byte[] exif = pngChunk(fixture("gps.png"), "eXIf");
        String profile = "\nexif\n" + String.format("%8d", exif.length + 6) + "\n"
                + HexFormat.of().formatHex(concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), exif)) + "\n";
        byte[] withProfile = insertBeforeIend(original, "tEXt",
                concat("Raw profile type exif\0".getBytes(StandardCharsets.ISO_8859_1),
                        profile.getBytes(StandardCharsets.ISO_8859_1)));

        byte[] stripped = strip("image/png", withProfile, true);

        assertThat(stripped).isEqualTo(original);
    }

    @Test
    void keeps_a_png_text_chunk_that_holds_no_location() throws Exception {
        byte[] withComment = insertBeforeIend(fixture("clean.png"), "tEXt",
                "Comment\0Taken on the roof".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(strip("image/png", withComment, false)).isEqualTo(withComment);
    }

    @Test
    void iptc_places_in_a_jpeg_are_removed_too() throws Exception {
        byte[] original = fixture("iptc.jpg");
        assertThat(iptcCity(original)).as("the fixture names its city").isEqualTo("Lisbon");

        byte[] stripped = strip("image/jpeg", original, true);

        assertThat(iptcCity(stripped)).isNull();
        assertThat(new String(stripped, StandardCharsets.ISO_8859_1)).doesNotContain("Lisbon", "Portugal");
        assertSamePixels(original, stripped);
        assertThat(stripped.length).as("rewritten in place").isEqualTo(original.length);
    }

    @Test
    void iptc_places_in_a_png_raw_profile_are_removed_too() throws Exception {
        byte[] original = fixture("iptc.png"); // exiftool writes IPTC into ImageMagick's "Raw profile type iptc"
        String keyword = "Raw profile type iptc";
        assertThat(new String(original, StandardCharsets.ISO_8859_1)).contains(keyword);

        byte[] stripped = strip("image/png", original, true);

        assertThat(new String(stripped, StandardCharsets.ISO_8859_1)).doesNotContain(keyword);
        assertSamePixels(original, stripped);
    }

    @Test
    void a_metadata_chunk_claiming_gigabytes_is_refused_without_allocating_them() {
        byte[] png = fixture("clean.png");
        byte[] head = {0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFB, 't', 'E', 'X', 't'};
        byte[] crafted = concat(concat(Arrays.copyOf(png, png.length - 12), head), "Comment\0tiny".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> strip("image/png", crafted, true)).isInstanceOf(MetadataDamagedException.class);
    }

    @Test
    void a_jpeg_with_a_flood_of_fill_bytes_is_refused_rather_than_held_byte_by_byte() {
        byte[] jpeg = fixture("clean.jpg");
        byte[] fill = new byte[200_000];
        Arrays.fill(fill, (byte) 0xFF);
        byte[] crafted = concat(concat(Arrays.copyOf(jpeg, 2), fill), Arrays.copyOfRange(jpeg, 2, jpeg.length));

        assertThatThrownBy(() -> strip("image/jpeg", crafted, true)).isInstanceOf(MetadataDamagedException.class);
    }

    private static String iptcCity(byte[] image) throws Exception {
        var metadata = com.drew.imaging.ImageMetadataReader.readMetadata(new ByteArrayInputStream(image));
        var iptc = metadata.getFirstDirectoryOfType(com.drew.metadata.iptc.IptcDirectory.class);
        return iptc == null ? null : iptc.getString(com.drew.metadata.iptc.IptcDirectory.TAG_CITY);
    }

    private static byte[] strip(String mediaType, byte[] original, boolean expectRemoved) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean removed = LocationStripper.strip(mediaType, new ByteArrayInputStream(original), out);
        assertThat(removed).as("removed something").isEqualTo(expectRemoved);
        return out.toByteArray();
    }

    static byte[] pngChunk(byte[] png, String type) {
        int at = 8;
        while (at + 8 <= png.length) {
            int length = ((png[at] & 0xFF) << 24) | ((png[at + 1] & 0xFF) << 16) | ((png[at + 2] & 0xFF) << 8)
                    | (png[at + 3] & 0xFF);
            if (new String(png, at + 4, 4, StandardCharsets.ISO_8859_1).equals(type)) {
                return Arrays.copyOfRange(png, at + 8, at + 8 + length);
            }
            at += 12 + length;
        }
        throw new AssertionError("No " + type + " chunk");
    }

    private static byte[] insertBeforeIend(byte[] png, String type, byte[] data) {
        int iend = png.length - 12;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, iend);
        out.writeBytes(new byte[] {(byte) (data.length >>> 24), (byte) (data.length >>> 16), (byte) (data.length >>> 8),
                (byte) data.length});
        byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        long value = crc.getValue();
        out.writeBytes(new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value});
        out.write(png, iend, 12);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
