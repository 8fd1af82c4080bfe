package app.lightbox.images.derivatives;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * TwelveMonkeys' readers are used in the executable jar too, where ImageIO's own start-up scan sees
 * only the JDK's plugins: the maker registers what its class loader sees.
 */
class PluginRegistrationTest {

    @Test
    void reads_jpeg_with_twelvemonkeys_and_reads_webp() {
        new ImageIoDerivativeMaker();

        assertThat(ImageIO.getImageReadersByFormatName("jpeg").next().getClass().getName())
                .isEqualTo("com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReader");
        assertThat(ImageIO.getImageReadersByFormatName("webp").hasNext()).isTrue();
    }

    @Test
    void registers_twelvemonkeys_when_the_libraries_are_loaded_as_in_the_executable_jar()
            throws IOException, InterruptedException {
        // Surefire runs the tests from a jar whose manifest holds the class path; this property has it in full.
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String launcher = new File(LibrariesOutsideTheClassPath.class.getProtectionDomain().getCodeSource()
                .getLocation().getPath()).getPath();
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", launcher, LibrariesOutsideTheClassPath.class.getName(), classPath)
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();

        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output.lines().toList()).as(output).containsSubsequence(List.of(
                "before com.sun.imageio.plugins.jpeg.JPEGImageReader",
                "after com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReader",
                "webp true"));
    }
}
