package app.lightbox.images.derivatives;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory follows the output, not the original: 40-megapixel originals get their renditions in a JVM
 * whose heap is capped at 128 MB, half the 256 MB the issue allows, so that a full decode (120 MB for
 * the JPEG's pixels, 160 MB for the PNG's, each of which fits in 256 MB) cannot pass. The heap's peak
 * at 256 MB is in docs/performance.md (DerivativeBenchmark).
 */
class BoundedMemoryTest {

    private static final int WIDTH = 7746;
    private static final int HEIGHT = 5164; // 40 megapixels, 3:2

    @Test
    void makes_the_renditions_of_40_megapixel_originals_within_a_128_mb_heap(@TempDir Path folder)
            throws IOException, InterruptedException {
        File jpeg = folder.resolve("photo.jpg").toFile();
        File png = folder.resolve("screen.png").toFile();
        PhotoLikeImages.jpeg(jpeg, WIDTH, HEIGHT);
        PhotoLikeImages.png(png, WIDTH, HEIGHT);

        Path log = folder.resolve("child.log");
        Process child = MakeDerivatives.inChildJvm("-Xmx128m", jpeg.getPath(), png.getPath())
                .redirectOutput(log.toFile()).start();
        boolean ended = child.waitFor(3, TimeUnit.MINUTES);
        if (!ended) {
            child.destroyForcibly();
        }

        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(ended).as("child ended").isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        assertSize(jpeg + "-1280.jpg", 1280, 853);
        assertSize(jpeg + "-320.jpg", 320, 213);
        assertSize(png + "-1280.png", 1280, 853);
        assertSize(png + "-320.png", 320, 213);
    }

    private static void assertSize(String file, int width, int height) throws IOException {
        BufferedImage image = ImageIO.read(new File(file));
        assertThat(image).as(file).isNotNull();
        assertThat(List.of(image.getWidth(), image.getHeight())).as(file).containsExactly(width, height);
    }
}
