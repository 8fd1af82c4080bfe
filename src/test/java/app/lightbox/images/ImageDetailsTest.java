package app.lightbox.images;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.images.ImageDetails.Capture;
import app.lightbox.images.ImageDetails.Neighbours;
import app.lightbox.images.privacy.PrivacyFixtures;
import app.lightbox.security.Actor;
import app.lightbox.security.Registration;
import app.lightbox.security.UserAccountService;
import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The viewer's facts: an image's neighbours in the library's order and filter, and its Exif. */
@SpringBootTest
class ImageDetailsTest {

    @RegisterExtension
    final StoredInTest stored = new StoredInTest();

    @Autowired
    ImageDetails details;

    @Autowired
    ImageService images;

    @Autowired
    ImageReferences references;

    @Autowired
    UserAccountService accounts;

    private Actor owner;
    /** A word only this test's names contain, so that a search shows only its images. */
    private String word;

    @BeforeEach
    void owner() {
        String name = "nb-" + UUID.randomUUID().toString().substring(0, 12);
        owner = ((Registration.Registered) accounts.register(name, "correct horse battery")).user().toActor();
        word = name;
    }

    private ImageSummary store(String name) {
        return stored.stored(images.store(new ByteArrayInputStream(TestImages.png(2, 2)), word + "-" + name + ".png",
                owner));
    }

    @Test
    void the_neighbours_are_the_next_newer_and_older_image_under_the_search() {
        ImageSummary oldest = store("a");
        ImageSummary middle = store("b");
        ImageSummary newest = store("c");
        ImageFilter search = ImageFilter.named(word.toUpperCase());

        assertThat(details.neighbours(middle, search)).isEqualTo(new Neighbours(newest.storedName(), oldest.storedName()));
        assertThat(details.neighbours(newest, search)).isEqualTo(new Neighbours(null, middle.storedName()));
        assertThat(details.neighbours(oldest, search)).isEqualTo(new Neighbours(middle.storedName(), null));
    }

    @Test
    void the_unused_filter_skips_used_images_and_an_image_outside_the_filter_still_has_neighbours() {
        ImageSummary oldest = store("a");
        ImageSummary used = store("b");
        ImageSummary newest = store("c");
        references.record("test:" + UUID.randomUUID(), List.of(used.storedName()));

        ImageFilter unused = new ImageFilter(word, true);

        assertThat(details.neighbours(newest, unused)).isEqualTo(new Neighbours(null, oldest.storedName()));
        assertThat(details.neighbours(used, unused)).isEqualTo(new Neighbours(newest.storedName(), oldest.storedName()));
    }

    @Test
    void without_a_filter_the_newest_image_has_no_newer_one_and_the_one_before_it_is_older() {
        ImageSummary older = store("first");
        ImageSummary newest = store("second");

        assertThat(details.neighbours(newest, ImageFilter.all())).isEqualTo(new Neighbours(null, older.storedName()));
    }

    @Test
    void reads_the_capture_date_and_camera_from_the_stored_files_exif() {
        ImageSummary photo = stored.storedOrFound(images.store(
                new ByteArrayInputStream(PrivacyFixtures.fixture("clean.jpg")), "photo.jpg", owner));

        assertThat(details.capture(photo.storedName()))
                .isEqualTo(new Capture(LocalDateTime.of(2026, 7, 14, 12, 34, 56), "Lightbox Test Camera"));
    }

    @Test
    void an_image_without_exif_or_an_unknown_name_has_no_capture_facts() {
        assertThat(details.capture(store("plain").storedName())).isEqualTo(Capture.UNKNOWN);
        assertThat(details.capture("0123456789abcdef0123456789abcdef.png")).isEqualTo(Capture.UNKNOWN);
        assertThat(details.capture("../etc/passwd")).isEqualTo(Capture.UNKNOWN);
    }
}
