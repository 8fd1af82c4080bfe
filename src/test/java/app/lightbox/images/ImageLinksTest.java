package app.lightbox.images;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImageLinksTest {

    @Test
    void a_large_photo_offers_its_thumbnail_display_size_and_original_with_their_widths() {
        assertThat(ImageLinks.srcset("a.jpg", 4032, 3024))
                .isEqualTo("/files/a.jpg/thumb 320w, /files/a.jpg/display 1280w, /files/a.jpg 4032w");
    }

    @Test
    void a_portrait_is_scaled_by_its_height() {
        assertThat(ImageLinks.srcset("p.jpg", 3024, 4032))
                .isEqualTo("/files/p.jpg/thumb 240w, /files/p.jpg/display 960w, /files/p.jpg 3024w");
    }

    @Test
    void no_derivative_is_offered_that_would_not_be_smaller_than_the_original() {
        assertThat(ImageLinks.srcset("m.png", 1280, 720)).isEqualTo("/files/m.png/thumb 320w, /files/m.png 1280w");
        assertThat(ImageLinks.srcset("s.png", 320, 200)).isEqualTo("/files/s.png 320w");
    }

    @Test
    void every_image_has_its_thumbnail_and_display_address_under_its_own() {
        assertThat(ImageLinks.thumbnailUrl("a.jpg")).isEqualTo("/files/a.jpg/thumb");
        assertThat(ImageLinks.displayUrl("a.jpg")).isEqualTo("/files/a.jpg/display");
    }

    @Test
    void a_preview_offers_the_original_only_where_no_display_size_is_made() {
        assertThat(ImageLinks.previewSrcset("a.jpg", 4032, 3024)).isEqualTo("/files/a.jpg/thumb 320w, /files/a.jpg/display 1280w");
        assertThat(ImageLinks.previewSrcset("m.png", 800, 600)).isEqualTo("/files/m.png/thumb 320w, /files/m.png 800w");
    }
}
