package app.lightbox.blog;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.security.ContentSecurityPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@code lightbox.blog.external-images} does to the pages' Content-Security-Policy. */
class ExternalImagesTest {

    @Test
    void off_pages_load_images_only_from_lightbox() {
        ExternalImages off = new ExternalImages(new BlogProperties(false, 20));

        assertThat(off.sources()).isEmpty();
        assertThat(new ContentSecurityPolicy(List.of(off)).withoutNonce()).contains("; img-src 'self' data:;");
    }

    @Test
    void on_pages_load_images_from_any_site() {
        ExternalImages on = new ExternalImages(new BlogProperties(true, 20));

        assertThat(new ContentSecurityPolicy(List.of(on)).withoutNonce()).contains("; img-src 'self' data: https: http:;");
    }
}
