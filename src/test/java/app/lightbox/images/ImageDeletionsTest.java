package app.lightbox.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lightbox.base.NotFoundException;
import app.lightbox.base.NotPermittedException;
import app.lightbox.security.Actor;
import app.lightbox.security.Registration;
import app.lightbox.security.UserAccountService;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The where-used rule of deleting, which the library's view and the API share. */
@SpringBootTest
class ImageDeletionsTest {

    @RegisterExtension
    final StoredInTest stored = new StoredInTest();

    @Autowired
    ImageDeletions deletions;

    @Autowired
    ImageService images;

    @Autowired
    ImageReferences references;

    @Autowired
    UserAccountService accounts;

    private Actor owner;
    private ImageSummary image;

    @BeforeEach
    void storeAnImage() {
        owner = newUser();
        image = stored.stored(images.store(new ByteArrayInputStream(TestImages.png(2, 2)), "used.png", owner));
    }

    @Test
    void keeps_a_used_image_unless_forced_and_says_how_many_use_it() {
        references.record("test:" + UUID.randomUUID(), List.of(image.storedName()));

        assertThatThrownBy(() -> deletions.delete(image.storedName(), owner, false))
                .isInstanceOfSatisfying(ImageInUseException.class, e -> {
                    assertThat(e.usageCount()).isEqualTo(1);
                    assertThat(e.usedIn()).as("no feature describes a test referrer").isEmpty();
                });
        assertThatThrownBy(() -> deletions.delete(image.id(), owner, false)).isInstanceOf(ImageInUseException.class);
        assertThat(images.find(image.storedName())).isPresent();

        deletions.delete(image.storedName(), owner, true);

        assertThat(images.find(image.storedName())).isEmpty();
    }

    @Test
    void deletes_an_unused_image_by_its_name_without_force() {
        deletions.delete(image.storedName(), owner, false);

        assertThat(images.find(image.storedName())).isEmpty();
    }

    @Test
    void asks_for_the_right_to_delete_before_telling_where_the_image_is_used() {
        references.record("test:" + UUID.randomUUID(), List.of(image.storedName()));

        assertThatThrownBy(() -> deletions.delete(image.storedName(), newUser(), false))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void reports_unknown_and_malformed_names_as_not_found() {
        assertThatThrownBy(() -> deletions.delete("0123456789abcdef0123456789abcdef.png", owner, true))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> deletions.delete("../x.png", owner, true)).isInstanceOf(NotFoundException.class);
    }

    private Actor newUser() {
        String name = "del-" + UUID.randomUUID().toString().substring(0, 12);
        return ((Registration.Registered) accounts.register(name, "correct horse battery")).user().toActor();
    }
}
