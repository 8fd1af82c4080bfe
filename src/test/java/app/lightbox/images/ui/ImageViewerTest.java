package app.lightbox.images.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.base.ui.SentToBrowser;
import app.lightbox.base.ui.SentToBrowser.AddressChange;
import app.lightbox.images.ImageLinks;
import app.lightbox.images.ImageService;
import app.lightbox.images.StoreResult;
import app.lightbox.images.StoredInTest;
import app.lightbox.images.TestImages;
import app.lightbox.security.Actor;
import app.lightbox.security.UserAccountService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** The viewer over the library: its address, previous and next in the list, the panel and who may edit. */
@SpringBootTest
@WithMockUser(username = "vieweruser")
class ImageViewerTest extends SpringBrowserlessTest {

    @Autowired
    ImageService images;

    @Autowired
    UserAccountService accounts;

    @RegisterExtension
    final StoredInTest stored = new StoredInTest();

    private Actor me;
    /** This test's images, oldest first, named tag-0.png to tag-2.png. */
    private final List<String> names = new ArrayList<>();
    private String tag;

    @BeforeEach
    void threeImages() {
        accounts.register("first" + System.nanoTime(), "correct horse battery"); // the first account is an admin
        accounts.register("vieweruser", "correct horse");
        me = accounts.findByUsername("vieweruser").orElseThrow().toActor();
        tag = "v" + System.nanoTime();
        for (int i = 0; i < 3; i++) {
            names.add(store(tag + "-" + i + ".png", me));
        }
    }

    private String store(String name, Actor uploader) {
        return stored.stored(images.store(new ByteArrayInputStream(TestImages.png(8, 6)), name, uploader)).storedName();
    }

    private SentToBrowser open(String storedName) {
        SentToBrowser.take();
        UI.getCurrent().navigate(ImageLibraryView.class, storedName, QueryParameters.of("q", tag));
        return SentToBrowser.take();
    }

    private ImageViewer viewer() {
        return find(ImageViewer.class).single();
    }

    private Image picture() {
        return find(Image.class, find(ViewerStage.class).single()).single();
    }

    @Test
    void leaving_the_library_from_the_viewer_by_a_link_closes_the_viewer() {
        open(names.get(0));

        UI.getCurrent().navigate(""); // where a where-used link or Back to another page goes: the blog

        assertThat(find(ImageViewer.class).all()).noneMatch(ImageViewer::isOpened);
    }

    @Test
    void the_image_page_that_tools_link_to_is_the_viewer_of_that_image() {
        UI.getCurrent().navigate(ImageLinks.pageUrl(names.get(2)).substring(1));

        assertThat(viewer().isOpened()).isTrue();
        assertThat(viewer().getHeaderTitle()).isEqualTo(tag + "-2.png");
    }

    @Test
    void a_name_in_the_address_opens_the_viewer_over_the_list_with_the_display_size_and_the_facts() {
        open(names.get(1));

        assertThat(viewer().isOpened()).isTrue();
        assertThat(viewer().getHeaderTitle()).isEqualTo(tag + "-1.png");
        assertThat(picture().getSrc()).isEqualTo("/files/" + names.get(1) + "/display");
        assertThat(picture().getAlt()).contains(tag + "-1.png");
        assertThat(find(TextField.class, viewer()).withLabel("Name").single().getValue()).isEqualTo(tag + "-1.png");
        assertThat(find(ImageCard.class).all()).as("the gallery, behind it, shows the list").hasSize(3);
        assertThat(find(Anchor.class, find(ImageCard.class).withAttribute("data-stored-name", names.get(0)).single())
                .withAttribute("href", "/images/" + names.get(0) + "?q=" + tag).exists())
                .as("a card's preview links to the viewer in the same list").isTrue();
    }

    @Test
    void opening_and_closing_the_viewer_keeps_the_gallerys_scroll_position() {
        UI.getCurrent().navigate(ImageLibraryView.class, QueryParameters.of("q", tag));
        ImageLibraryView library = find(ImageLibraryView.class).single();

        assertThat(open(names.get(0)).scrolledIntoView(library)).isFalse();
        test(find(Button.class, viewer()).withAriaLabel("Close the viewer").single()).click();
        assertThat(SentToBrowser.take().scrolledIntoView(library)).isFalse();
    }

    @Test
    void an_unknown_name_shows_the_library_and_says_so() {
        SentToBrowser sent = open("0123456789abcdef0123456789abcdef.png");

        assertThat(find(ImageViewer.class).all()).noneMatch(ImageViewer::isOpened);
        assertThat(find(Notification.class).all()).anyMatch(n -> n.getElement().getProperty("text", "")
                .contains("There is no image “0123456789abcdef0123456789abcdef.png” in the library"));
        assertThat(sent.rewrites()).singleElement().isEqualTo(new AddressChange("images?q=" + tag, false));
    }

    @Test
    void next_and_previous_follow_the_list_newest_first_and_rewrite_the_address() {
        open(names.get(2));
        Button previous = find(Button.class, viewer()).withAriaLabel("Previous image").single();
        assertThat(previous.isEnabled()).as("the newest has no previous one").isFalse();

        test(find(Button.class, viewer()).withAriaLabel("Next image").single()).click();

        assertThat(viewer().getHeaderTitle()).isEqualTo(tag + "-1.png");
        assertThat(SentToBrowser.take().addressChanges()).singleElement()
                .isEqualTo(new AddressChange("images/" + names.get(1) + "?q=" + tag, false));
        test(find(Button.class, viewer()).withAriaLabel("Next image").single()).click();
        assertThat(find(Button.class, viewer()).withAriaLabel("Next image").single().isEnabled()).isFalse();
        test(find(Button.class, viewer()).withAriaLabel("Previous image").single()).click();
        assertThat(viewer().getHeaderTitle()).isEqualTo(tag + "-1.png");
    }

    @Test
    void zoom_shows_the_original_and_again_the_display_size() {
        open(names.get(0));

        test(find(Button.class, viewer()).withAriaLabel("Original size").single()).click();
        assertThat(picture().getSrc()).isEqualTo("/files/" + names.get(0));
        test(find(Button.class, viewer()).withAriaLabel("Original size").single()).click();
        assertThat(picture().getSrc()).isEqualTo("/files/" + names.get(0) + "/display");
    }

    @Test
    void the_uploader_describes_the_image_and_it_becomes_its_alt_text() {
        open(names.get(0));

        test(find(TextArea.class, viewer()).withLabel("Description (alt text)").single())
                .setValue("  An orange square ");

        assertThat(images.find(names.get(0)).orElseThrow().description()).isEqualTo("An orange square");
        assertThat(picture().getAlt()).hasValue("An orange square");
        assertThat(find(TextArea.class, viewer()).single().getValue()).isEqualTo("An orange square");
    }

    @Test
    void an_empty_name_is_refused_in_the_field_and_the_name_stays() {
        open(names.get(0));
        TextField name = find(TextField.class, viewer()).withLabel("Name").single();

        test(name).setValue("   ");

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("A name cannot be empty.");
        assertThat(images.find(names.get(0)).orElseThrow().originalName()).isEqualTo(tag + "-0.png");
    }

    @Test
    void another_members_image_shows_read_only_fields_and_no_delete() {
        var other = ((app.lightbox.security.Registration.Registered) accounts.register("o" + System.nanoTime(),
                "correct horse battery")).user().toActor();
        String theirs = store(tag + "-theirs.png", other);

        open(theirs);

        assertThat(find(TextField.class, viewer()).withLabel("Name").single().isReadOnly()).isTrue();
        assertThat(find(TextArea.class, viewer()).single().isReadOnly()).isTrue();
        assertThat(find(Button.class, viewer()).withText("Delete").exists()).isFalse();
    }

    @Test
    void the_close_button_goes_back_to_the_list_and_deleting_shows_the_next_image() {
        open(names.get(1));

        test(find(Button.class, viewer()).withText("Delete").single()).click();
        var confirm = find(com.vaadin.flow.component.dialog.Dialog.class).all().stream()
                .filter(d -> !(d instanceof ImageViewer)).findFirst().orElseThrow();
        test(find(Button.class, confirm).withText("Delete").single()).click();

        assertThat(images.find(names.get(1))).isEmpty();
        assertThat(viewer().getHeaderTitle()).as("the next (older) one").isEqualTo(tag + "-0.png");
        assertThat(find(ImageCard.class).all()).hasSize(2);

        test(find(Button.class, viewer()).withAriaLabel("Close the viewer").single()).click();

        assertThat(find(ImageViewer.class).exists()).as("closed").isFalse();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("images?q=" + tag);
        assertThat(find(ImageCard.class).all()).hasSize(2);
    }
}
