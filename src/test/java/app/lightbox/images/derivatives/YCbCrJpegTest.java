package app.lightbox.images.derivatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fast route for plain YCbCr JPEGs: taken only where the samples are YCbCr in sRGB, and giving the
 * colours the decoder's own conversion gives.
 */
class YCbCrJpegTest {

    private final ImageIoDerivativeMaker maker = new ImageIoDerivativeMaker();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "orientation-1.jpg, true", // JFIF, as vips writes it
        "orientation-6.jpg, true", // JFIF and Exif
        "cmyk.jpg, false",
        "display-p3.jpg, false", // an ICC profile: the decoder converts it to sRGB
    })
    void takes_the_fast_route_only_for_ycbcr_samples_without_a_profile(String fixture, boolean plain)
            throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(ImageIoDerivativeMakerTest.fixture(fixture)))) {
            assertThat(YCbCrJpeg.isPlain(in)).isEqualTo(plain);
            assertThat(in.getStreamPosition()).isZero();
        }
    }

    @Test
    void takes_the_fast_route_for_a_jpeg_without_jfif_whose_components_are_numbered_one_to_three()
            throws IOException {
        byte[] jpeg = jpeg(flat(new Color(200, 120, 40), 64, 64), BufferedImage.TYPE_3BYTE_BGR);
        byte[] withoutJfif = withoutApp0(jpeg);

        assertThat(withoutJfif.length).isLessThan(jpeg.length);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(withoutJfif))) {
            assertThat(YCbCrJpeg.isPlain(in)).isTrue();
        }
    }

    @Test
    void leaves_a_grey_jpeg_to_the_decoder() throws IOException {
        byte[] grey = jpeg(flat(Color.GRAY, 64, 64), BufferedImage.TYPE_BYTE_GRAY);

        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(grey))) {
            assertThat(YCbCrJpeg.isPlain(in)).isFalse();
        }
    }

    @ParameterizedTest(name = "#{0}")
    @CsvSource({"c86420", "10e0f0", "ffffff", "000000", "ff0000", "00ff00", "0000ff"})
    void converts_the_averaged_samples_to_the_colours_the_decoder_gives(String hex) throws IOException {
        byte[] jpeg = jpeg(flat(new Color(Integer.parseInt(hex, 16)), 64, 48), BufferedImage.TYPE_3BYTE_BGR);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(jpeg));

        BufferedImage halved;
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            try {
                reader.setInput(in);
                ImageReadParam param = reader.getDefaultReadParam();
                halved = YCbCrJpeg.halvedToRgb(reader.readRaster(0, param));
            } finally {
                reader.dispose();
            }
        }

        assertThat(List.of(halved.getWidth(), halved.getHeight())).containsExactly(32, 24);
        int expected = decoded.getRGB(20, 20);
        int actual = halved.getRGB(10, 10);
        for (int shift : new int[] {16, 8, 0}) {
            assertThat(actual >> shift & 0xFF).as("channel at bit %d", shift).isCloseTo(expected >> shift & 0xFF,
                    offset(1));
        }
    }

    @Test
    void makes_a_mid_grey_thumbnail_of_one_pixel_stripes_rather_than_aliasing_them() throws IOException {
        BufferedImage stripes = new BufferedImage(1000, 750, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = stripes.createGraphics();
        g.setColor(Color.WHITE);
        for (int x = 0; x < stripes.getWidth(); x += 2) {
            g.fillRect(x, 0, 1, stripes.getHeight());
        }
        g.dispose();

        Rendition thumbnail = maker.make(new ByteArrayInputStream(jpeg(stripes, BufferedImage.TYPE_3BYTE_BGR)),
                List.of(320)).getFirst();

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(thumbnail.bytes()));
        for (int x = 4; x < image.getWidth() - 4; x += 13) {
            int rgb = image.getRGB(x, image.getHeight() / 2);
            for (int shift : new int[] {16, 8, 0}) {
                assertThat(rgb >> shift & 0xFF).as("pixel %d", x).isCloseTo(128, offset(20));
            }
        }
    }

    private static BufferedImage flat(Color colour, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    /** The image as a JPEG at quality 1 (the least rounding), drawn first onto {@code type}. */
    private static byte[] jpeg(BufferedImage image, int type) throws IOException {
        BufferedImage typed = new BufferedImage(image.getWidth(), image.getHeight(), type);
        Graphics2D g = typed.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(1f);
            writer.write(null, new IIOImage(typed, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** The JPEG without its APP0 (JFIF) segment, as cameras write theirs with Exif only. */
    private static byte[] withoutApp0(byte[] jpeg) {
        assertThat(jpeg[2] & 0xFF).isEqualTo(0xFF);
        assertThat(jpeg[3] & 0xFF).isEqualTo(0xE0);
        int length = (jpeg[4] & 0xFF) << 8 | jpeg[5] & 0xFF;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(jpeg, 4 + length, jpeg.length - 4 - length);
        return out.toByteArray();
    }
}
