package app.lightbox.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lightbox.base.NotFoundException;
import app.lightbox.base.NotPermittedException;
import app.lightbox.security.Actor;
import app.lightbox.security.Registration;
import app.lightbox.security.UserAccountService;
import java.io.ByteArrayInputStream;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Who may rename an image or describe it, and what a name and a description become. */
@SpringBootTest
class ImageDescriptionsTest {

    @RegisterExtension
    final StoredInTest stored = new StoredInTest();

    @Autowired
    ImageDescriptions descriptions;

    @Autowired
    ImageService images;

    @Autowired
    UserAccountService accounts;

    private Actor owner;
    private ImageSummary image;

    @BeforeEach
    void storeAnImage() {
        owner = newUser();
        image = stored.stored(images.store(new ByteArrayInputStream(TestImages.png(2, 2)), "cat.png", owner));
    }

    @Test
    void the_uploader_renames_and_describes_an_image_and_the_library_and_its_snippets_say_so() {
        descriptions.rename(image.storedName(), "  tabby.png ", owner);
        ImageSummary described = descriptions.describe(image.storedName(), " A tabby cat\n  asleep on a [red] chair ",
                owner);

        assertThat(described.originalName()).isEqualTo("tabby.png");
        assertThat(described.description()).isEqualTo("A tabby cat asleep on a [red] chair");
        assertThat(images.find(image.storedName()).orElseThrow().altText()).isEqualTo(described.description());
        assertThat(ImageSnippets.of(described, "").markdown())
                .isEqualTo("![A tabby cat asleep on a \\[red\\] chair](/files/" + image.storedName() + ")");
    }

    @Test
    void an_admin_may_edit_anothers_image_and_another_member_may_not() {
        Actor other = newUser();
        Actor admin = new Actor(other.id(), other.username(), true);

        assertThatThrownBy(() -> descriptions.describe(image.storedName(), "mine now", other))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> descriptions.rename(image.storedName(), "mine.png", other))
                .isInstanceOf(NotPermittedException.class);
        assertThat(images.find(image.storedName()).orElseThrow().description()).isEmpty();

        assertThat(descriptions.describe(image.storedName(), "checked", admin).description()).isEqualTo("checked");
    }

    @Test
    void an_empty_description_falls_back_to_the_name_and_an_empty_name_or_a_long_description_is_refused() {
        descriptions.describe(image.storedName(), "something", owner);

        ImageSummary cleared = descriptions.describe(image.storedName(), "  \n ", owner);

        assertThat(cleared.description()).isEmpty();
        assertThat(cleared.altText()).isEqualTo("cat.png");
        assertThatThrownBy(() -> descriptions.rename(image.storedName(), " \u202E ", owner))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> descriptions.describe(image.storedName(),
                "x".repeat(ImageDescriptions.MAX_DESCRIPTION + 1), owner)).isInstanceOf(IllegalArgumentException.class);
        assertThat(descriptions.describe(image.storedName(), " " + "x".repeat(ImageDescriptions.MAX_DESCRIPTION) + " ",
                owner).description()).hasSize(ImageDescriptions.MAX_DESCRIPTION);
    }

    @Test
    void an_unknown_image_is_not_found() {
        assertThatThrownBy(() -> descriptions.describe("0123456789abcdef0123456789abcdef.png", "x", owner))
                .isInstanceOf(NotFoundException.class);
    }

    private Actor newUser() {
        String name = "desc-" + UUID.randomUUID().toString().substring(0, 12);
        return ((Registration.Registered) accounts.register(name, "correct horse battery")).user().toActor();
    }
}
