package app.lightbox.images.derivatives;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;

/**
 * An original is read from a seekable stream: held in memory up to the default upload limit, cached in a
 * temporary file beyond it, the same bytes either way.
 */
class SeekableOriginalTest {

    @Test
    void holds_an_original_within_the_upload_limit_in_memory_rather_than_in_a_temporary_file() throws IOException {
        byte[] original = randomBytes(9 << 20);
        Set<String> before = imageIoCacheFiles();

        try (ImageInputStream in = SeekableOriginal.of(new ByteArrayInputStream(original))) {
            assertThat(imageIoCacheFiles()).isEqualTo(before);
            assertReadsBack(in, original);
        }
    }

    @Test
    void caches_a_larger_original_in_a_temporary_file_and_reads_back_every_byte() throws IOException {
        byte[] original = randomBytes(SeekableOriginal.IN_MEMORY + 3 * 65_536 + 17);
        Set<String> before = imageIoCacheFiles();

        try (ImageInputStream in = SeekableOriginal.of(new ByteArrayInputStream(original))) {
            assertThat(imageIoCacheFiles()).isNotEqualTo(before);
            assertReadsBack(in, original);
        }
    }

    private static void assertReadsBack(ImageInputStream in, byte[] original) throws IOException {
        byte[] all = new byte[original.length];
        in.readFully(all);
        assertThat(in.read()).isEqualTo(-1);
        assertThat(Arrays.equals(all, original)).as("the same bytes").isTrue();
        int nearTheLimit = Math.min(original.length, SeekableOriginal.IN_MEMORY) - 2;
        in.seek(nearTheLimit);
        assertThat(in.read()).isEqualTo(original[nearTheLimit] & 0xFF);
        in.seek(3);
        assertThat(in.read()).isEqualTo(original[3] & 0xFF);
    }

    /** ImageIO's cache files: {@code imageio*.tmp} in the temporary folder. */
    private static Set<String> imageIoCacheFiles() {
        String[] names = new File(System.getProperty("java.io.tmpdir")).list(
                (folder, name) -> name.startsWith("imageio") && name.endsWith(".tmp"));
        return names == null ? Set.of() : Arrays.stream(names).collect(Collectors.toSet());
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        new Random(7).nextBytes(bytes);
        return bytes;
    }
}
