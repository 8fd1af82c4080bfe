package app.lightbox.images.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TiffLocationTagsTest {

    private static final int EXIF_IFD = 50;
    private static final int MODEL = 38;

    @Test
    void removes_the_maker_note_and_serial_number_zeroes_their_bytes_and_keeps_the_rest_in_place() throws Exception {
        byte[] tiff = tiff(112);

        assertThat(TiffLocationTags.remove(tiff, 0, tiff.length)).isTrue();

        ByteBuffer b = ByteBuffer.wrap(tiff).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(b.getShort(EXIF_IFD)).as("entries left").isEqualTo((short) 1);
        assertThat(b.getShort(EXIF_IFD + 2)).as("DateTimeOriginal, moved up").isEqualTo((short) 0x9003);
        assertThat(b.getInt(EXIF_IFD + 2 + 12)).as("next directory").isZero();
        assertThat(Arrays.copyOfRange(tiff, EXIF_IFD + 2 + 16, EXIF_IFD + 42)).containsOnly(0);
        String text = new String(tiff, StandardCharsets.ISO_8859_1);
        assertThat(text).contains("Test Camera", "2026:07:14 12:34:56").doesNotContain("SERIAL", "SN12345");
        assertThat(Arrays.copyOfRange(tiff, 112, 136)).containsOnly(0);
    }

    @Test
    void never_zeroes_bytes_that_a_kept_tag_points_to_as_well() throws Exception {
        byte[] tiff = tiff(MODEL); // the maker note claims the model's bytes

        assertThat(TiffLocationTags.remove(tiff, 0, tiff.length)).isTrue();

        assertThat(new String(tiff, StandardCharsets.ISO_8859_1)).contains("Test Camera");
    }

    @Test
    void leaves_data_without_such_tags_as_it_was() throws Exception {
        byte[] tiff = tiff(112);
        ByteBuffer.wrap(tiff).order(ByteOrder.LITTLE_ENDIAN).putShort(EXIF_IFD, (short) 1); // the date only
        byte[] before = tiff.clone();

        assertThat(TiffLocationTags.remove(tiff, 0, tiff.length)).isFalse();

        assertThat(tiff).isEqualTo(before);
    }

    @Test
    void refuses_a_directory_that_runs_past_the_end() {
        byte[] tiff = tiff(112);
        ByteBuffer.wrap(tiff).order(ByteOrder.LITTLE_ENDIAN).putShort(EXIF_IFD, (short) 0xFFFF);

        assertThatThrownBy(() -> TiffLocationTags.remove(tiff, 0, tiff.length))
                .isInstanceOf(MetadataDamagedException.class);
    }

    @Test
    void follows_no_pointer_that_leads_outside_the_data_or_back() throws Exception {
        byte[] tiff = tiff(112);
        ByteBuffer b = ByteBuffer.wrap(tiff).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(8 + 2 + 24, 1_000_000); // IFD0's next directory (IFD1), a broken link

        assertThat(TiffLocationTags.remove(tiff, 0, tiff.length)).isTrue();

        b.putInt(8 + 2 + 24, 8); // back to IFD0
        assertThat(TiffLocationTags.remove(tiff, 0, tiff.length)).isFalse(); // removed already
    }

    /**
     * Little-endian TIFF: IFD0 (Model, Exif pointer), the model at 38, the Exif directory at 50
     * (DateTimeOriginal, MakerNote at {@code makerNote}, BodySerialNumber), the date at 92, a maker
     * note at 112 and the serial number at 128.
     */
    private static byte[] tiff(int makerNote) {
        ByteBuffer b = ByteBuffer.allocate(136).order(ByteOrder.LITTLE_ENDIAN);
        b.put("II".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        b.putShort((short) 2);
        entry(b, 0x0110, 2, 12, MODEL);
        entry(b, 0x8769, 4, 1, EXIF_IFD);
        b.putInt(0);
        b.put("Test Camera\0".getBytes(StandardCharsets.US_ASCII));
        b.putShort((short) 3);
        entry(b, 0x9003, 2, 20, 92);
        entry(b, 0x927C, 7, 16, makerNote);
        entry(b, 0xA431, 2, 8, 128);
        b.putInt(0);
        b.put("2026:07:14 12:34:56\0".getBytes(StandardCharsets.US_ASCII));
        b.put("SERIAL-IN-NOTE!!".getBytes(StandardCharsets.US_ASCII));
        b.put("SN12345\0".getBytes(StandardCharsets.US_ASCII));
        return b.array();
    }

    private static void entry(ByteBuffer b, int tag, int type, int count, int value) {
        b.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
    }
}
