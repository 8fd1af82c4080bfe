package app.lightbox.images;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageFormatTest {

    @ParameterizedTest
    @CsvSource({
        "PNG,  photo.png,       photo.png",
        "PNG,  photo.jpg,       photo.png",
        "PNG,  photo.JPEG,      photo.png",
        "JPEG, photo.jpeg,      photo.jpeg",
        "JPEG, PHOTO.JPG,       PHOTO.JPG",
        "JPEG, scan.heic,       scan.jpg",
        "GIF,  anim,            anim.gif",
        "WEBP, my.holiday.png,  my.holiday.webp",
        "PNG,  .hidden,         .hidden.png",
        "PNG,  notes.txt,       notes.txt.png",
    })
    void names_a_file_for_what_it_is(ImageFormat format, String name, String expected) {
        assertThat(format.fileName(name)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"image/png, PNG", "IMAGE/JPEG, JPEG", "image/webp, WEBP"})
    void is_found_by_media_type(String mediaType, ImageFormat format) {
        assertThat(ImageFormat.ofMediaType(mediaType)).contains(format);
    }
}
