package app.lightbox.images.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.base.ui.SentToBrowser.AddressChange;
import app.lightbox.base.ui.SentToBrowser;
import app.lightbox.images.ImageFilter;
import app.lightbox.images.ImageService;
import app.lightbox.images.StoredInTest;
import app.lightbox.security.UserAccountService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.AllFinishedEvent;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.QueryParameters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "libraryuser")
class ImageLibraryViewTest extends SpringBrowserlessTest {

    @Autowired
    ImageService images;

    @Autowired
    UserAccountService accounts;

    @Autowired
    app.lightbox.blog.PostService posts;

    @Autowired
    app.lightbox.images.storage.StorageProperties storage;

    /** Fixture files stored through the view: deleted after each test, since the library keeps one copy of them. */
    @RegisterExtension
    final StoredInTest fixtures = new StoredInTest();

    @BeforeEach
    void account() {
        accounts.register("libraryuser", "correct horse");
    }

    /** A new image at every call: the library stores the same bytes once. */
    static byte[] png(int width, int height) {
        return app.lightbox.images.TestImages.png(width, height);
    }

    @Test
    void an_uploaded_image_appears_at_once_as_a_card_with_its_facts_and_links() throws IOException {
        navigate(ImageLibraryView.class);
        long before = images.count(ImageFilter.all());

        test(find(Upload.class).single()).upload("图片.png", "image/png", png(30, 20));

        assertThat(images.count(ImageFilter.all())).isEqualTo(before + 1);
        ImageCard card = find(ImageCard.class).all().getFirst();
        assertThat(ImageCardTest.lines(card)).contains("图片.png").anyMatch(line -> line.contains("30 × 20 px"));
        String storedName = card.getElement().getAttribute("data-stored-name");
        assertThat(find(Anchor.class, card).withAttribute("href", "/images/" + storedName).exists())
                .as("the preview opens the viewer").isTrue();
        assertThat(find(Anchor.class, card).withAttribute("href", "/files/" + storedName + "?download").exists()).isTrue();
        assertThat(find(Button.class, card).withAriaLabel("Delete 图片.png").exists()).isTrue();
    }

    @Test
    void an_image_already_in_the_library_adds_no_card_and_is_listed_with_the_image_there_and_its_link() {
        navigate(ImageLibraryView.class);
        byte[] png = png(30, 20);
        test(find(Upload.class).single()).upload("first.png", "image/png", png);
        String storedName = find(ImageCard.class).all().getFirst().getElement().getAttribute("data-stored-name");
        int cards = find(ImageCard.class).all().size();
        long before = images.count(ImageFilter.all());

        test(find(Upload.class).single()).upload("again.png", "image/png", png);

        assertThat(images.count(ImageFilter.all())).isEqualTo(before);
        assertThat(find(ImageCard.class).all()).hasSize(cards);
        ListItem known = find(ListItem.class).withClassName("already-stored").single();
        assertThat(known.getElement().getTextRecursively())
                .startsWith("again.pngAlready in the library as “first.png”, uploaded by libraryuser on ")
                .endsWith(". Nothing new was stored; use that one.");
        Anchor open = find(Anchor.class, known).single();
        assertThat(open.getHref()).isEqualTo("/files/" + storedName);
        assertThat(find(com.vaadin.flow.component.html.Image.class, known).single().getSrc())
                .isEqualTo("/files/" + storedName + "/thumb");
        assertThat(find(Button.class, known).withAriaLabel("Copy first.png as…").exists()).isTrue();
        assertThat(find(Button.class, known).withAriaLabel("Dismiss the message about again.png").exists()).isTrue();
    }

    @Test
    void a_portrait_photo_stored_turned_shows_its_size_as_displayed_in_the_facts_and_the_img_attributes() {
        navigate(ImageLibraryView.class);

        test(find(Upload.class).single()).upload("portrait.jpg", "image/jpeg",
                app.lightbox.images.TestImages.jpegWithOrientation(640, 480, 6, false));

        ImageCard card = find(ImageCard.class).all().getFirst();
        assertThat(ImageCardTest.lines(card)).anyMatch(line -> line.contains("480 × 640 px"));
        card.showThumbnail(); // as when its thumbnail is ready
        String preview = find(Anchor.class, card).withClassName("image-preview").single().getElement().getProperty("innerHTML");
        assertThat(preview).contains(" width=\"480\"", " height=\"640\"");
    }

    @Test
    void a_photo_whose_location_was_removed_says_so_quietly_and_explains_it_in_a_tooltip() {
        navigate(ImageLibraryView.class);

        test(find(Upload.class).single()).upload("eiffel.jpg", "image/jpeg",
                app.lightbox.images.privacy.PrivacyFixtures.fixture("gps.jpg"));
        test(find(Upload.class).single()).upload("roof.jpg", "image/jpeg",
                app.lightbox.images.privacy.PrivacyFixtures.fixture("clean.jpg"));

        List<ImageCard> cards = find(ImageCard.class).all();
        cards.subList(0, 2).forEach(card -> fixtures.keep(
                images.find(card.getElement().getAttribute("data-stored-name")).orElseThrow()));
        LocationRemovedNote note = find(LocationRemovedNote.class, cards.get(1)).single();
        assertThat(note.getElement().getTextRecursively()).isEqualTo("Location removed");
        assertThat(note.getTooltip().getText())
                .isEqualTo("The GPS position was removed from this image when it was uploaded");
        assertThat(note.getElement().getAttribute("tabindex")).isEqualTo("0"); // the keyboard reaches the tooltip
        assertThat(find(LocationRemovedNote.class, cards.get(0)).exists()).isFalse();
    }

    @Test
    void an_image_whose_file_is_missing_says_so_instead_of_showing_a_broken_picture() throws IOException {
        var uploader = accounts.findByUsername("libraryuser").orElseThrow().toActor();
        var stored = images.store(new java.io.ByteArrayInputStream(png(30, 20)), "lost.png", uploader);
        String storedName = ((app.lightbox.images.StoreResult.Stored) stored).image().storedName();
        java.nio.file.Files.delete(storage.location().resolve(storedName));
        assertThat(images.file(storedName)).isEmpty(); // someone asked for it, so it is known to be missing

        navigate(ImageLibraryView.class);

        ImageCard card = find(ImageCard.class).withAttribute("data-stored-name", storedName).single();
        assertThat(find(Span.class, card).withText("File missing").exists()).isTrue();
        assertThat(find(Anchor.class, card).withClassName("image-preview").exists()).isFalse();
        assertThat(find(Anchor.class, card).withAttribute("href", "/files/" + storedName + "?download").exists())
                .isFalse();
        assertThat(find(Button.class, card).withAriaLabel("Delete lost.png").exists()).isTrue();
    }

    @Test
    void a_script_renamed_to_png_is_refused_with_its_reason_and_nothing_is_stored() {
        navigate(ImageLibraryView.class);
        long before = images.count(ImageFilter.all());

        test(find(Upload.class).single()).upload("evil.png", "image/png",
                "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8));

        assertThat(images.count(ImageFilter.all())).isEqualTo(before);
        ListItem refusal = find(ListItem.class)
                .withCondition(item -> item.getElement().getTextRecursively().contains("evil.png")).single();
        assertThat(refusal.getElement().getTextRecursively())
                .contains("Only these image types can be uploaded: PNG, JPEG, GIF, WebP");
    }

    @Test
    void a_refusal_stays_until_it_is_dismissed() {
        navigate(ImageLibraryView.class);
        Upload upload = find(Upload.class).single();
        test(upload).upload("first.png", "image/png", "not an image".getBytes(StandardCharsets.UTF_8));
        test(upload).upload("second.png", "image/png", "nor this".getBytes(StandardCharsets.UTF_8));
        ComponentUtil.fireEvent(upload, new AllFinishedEvent(upload));
        assertThat(find(ListItem.class, refusals()).all()).hasSize(2);

        test(find(Button.class, refusals()).withAriaLabel("Dismiss the message about second.png").single()).click();

        assertThat(find(ListItem.class, refusals()).all()).singleElement()
                .satisfies(item -> assertThat(item.getElement().getTextRecursively()).contains("first.png"));
    }

    @Test
    void clear_finished_is_offered_once_the_uploads_have_ended_and_empties_the_refusals() {
        navigate(ImageLibraryView.class);
        Upload upload = find(Upload.class).single();
        // hidden at first, so found through its place rather than by its text
        Button clear = (Button) find(FinishedUploads.class).single().getElement().getChild(0).getComponent().orElseThrow();
        assertThat(clear.getText()).isEqualTo("Clear finished");
        assertThat(clear.isVisible()).as("nothing has finished yet").isFalse();

        test(upload).upload("refused.png", "image/png", "not an image".getBytes(StandardCharsets.UTF_8));
        ComponentUtil.fireEvent(upload, new AllFinishedEvent(upload));
        assertThat(clear.isVisible()).isTrue();

        test(clear).click();

        assertThat(find(ListItem.class, refusals()).exists()).isFalse();
        assertThat(clear.isVisible()).isFalse();
    }

    @Test
    void the_browser_names_the_accepted_types_and_the_size_limit_when_it_refuses_a_file() {
        navigate(ImageLibraryView.class);

        var errors = find(Upload.class).single().getI18n().getError();

        assertThat(errors.getIncorrectFileType()).isEqualTo("Only these image types can be uploaded: PNG, JPEG, GIF, WebP.");
        assertThat(errors.getFileIsTooBig()).isEqualTo("This file is larger than the 16 MB limit.");
    }

    private RefusalList refusals() {
        return find(RefusalList.class).single();
    }

    @Test
    void a_used_image_says_where_and_the_unused_filter_leaves_it_out() throws IOException {
        var actor = accounts.findByUsername("libraryuser").orElseThrow().toActor();
        String used = ((app.lightbox.images.StoreResult.Stored) images.store(
                new java.io.ByteArrayInputStream(png(10, 10)), "used-in-post.png", actor)).image().storedName();
        String unused = ((app.lightbox.images.StoreResult.Stored) images.store(
                new java.io.ByteArrayInputStream(png(10, 10)), "lonely.png", actor)).image().storedName();
        var post = posts.create("Holiday " + System.nanoTime(), "![x](/files/" + used + ")", actor);
        posts.publish(post.id(), post.version(), actor);

        navigate(ImageLibraryView.class);
        ImageCard usedCard = card(used);
        com.vaadin.flow.component.details.Details usage =
                find(com.vaadin.flow.component.details.Details.class, usedCard).single();
        assertThat(usage.getSummaryText()).isEqualTo("Used in 1 post");
        usage.setOpened(true);
        assertThat(find(Anchor.class, usedCard).withAttribute("href", "/posts/" + post.id()).single().getText())
                .isEqualTo(post.title());
        assertThat(ImageCardTest.lines(card(unused))).contains("Not used in any post");

        test(find(com.vaadin.flow.component.checkbox.Checkbox.class)
                .withLabel("Only images not used in any post").single()).click();

        assertThat(find(ImageCard.class).all()).noneMatch(c -> used.equals(c.getElement().getAttribute("data-stored-name")));
        assertThat(card(unused)).isNotNull();
    }

    @Test
    void the_search_keeps_the_images_whose_name_contains_it_and_works_with_the_unused_filter() throws IOException {
        var actor = accounts.findByUsername("libraryuser").orElseThrow().toActor();
        String tag = "q" + System.nanoTime();
        String usedBoat = storedAs(tag + "-Boat.png", actor);
        String lonelyBoat = storedAs("lonely-" + tag + "-boat.png", actor);
        String car = storedAs(tag + "-car.png", actor);
        var post = posts.create("Boats " + tag, "![x](/files/" + usedBoat + ")", actor);
        posts.publish(post.id(), post.version(), actor);
        navigate(ImageLibraryView.class);

        test(find(com.vaadin.flow.component.textfield.TextField.class).single()).setValue(tag + "-BOAT");
        assertThat(shownNames()).containsExactlyInAnyOrder(usedBoat, lonelyBoat).doesNotContain(car);

        test(find(com.vaadin.flow.component.checkbox.Checkbox.class)
                .withLabel("Only images not used in any post").single()).click();
        assertThat(shownNames()).containsExactly(lonelyBoat);

        test(find(com.vaadin.flow.component.textfield.TextField.class).single()).setValue("no such " + tag);
        assertThat(shownNames()).isEmpty();
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).withClassName("empty-state").single().getText())
                .isEqualTo("No image’s name contains “no such " + tag + "”.");
    }

    @Test
    void an_address_with_a_page_a_search_and_the_filter_shows_them() throws IOException {
        List<String> stored = aPageAndOneMore();

        SentToBrowser opening = open("page=2&q=" + tag(stored) + "&unused=true");

        assertThat(find(com.vaadin.flow.component.textfield.TextField.class).single().getValue()).isEqualTo(tag(stored));
        assertThat(find(com.vaadin.flow.component.checkbox.Checkbox.class).single().getValue()).isTrue();
        assertThat(shownNames()).containsExactly(stored.getFirst()); // the oldest, alone on the second page
        assertThat(position()).isEqualTo("Page 2 of 2 · 49 images");
        assertThat(opening.rewrites()).as("the address is right as it is").isEmpty();
    }

    @Test
    void turning_the_page_adds_a_history_entry_and_shows_the_new_page_from_the_gallerys_top() throws IOException {
        String tag = tag(aPageAndOneMore());
        SentToBrowser opening = open("q=" + tag);
        ImageGallery gallery = find(ImageGallery.class).single();
        assertThat(opening.scrolledIntoView(gallery)).as("not on the first load").isFalse();

        test(find(Button.class).withAriaLabel("Next page").single()).click();

        assertThat(position()).isEqualTo("Page 2 of 2 · 49 images");
        SentToBrowser sent = SentToBrowser.take();
        assertThat(sent.addressChanges()).singleElement().satisfies(change -> {
            assertThat(change.newEntry()).isTrue();
            assertThat(change.path()).isEqualTo("images");
            assertThat(change.query()).isEqualTo(Map.of("page", List.of("2"), "q", List.of(tag)));
        });
        assertThat(sent.scrolledIntoView(gallery)).isTrue();

        test(find(Button.class).withAriaLabel("Previous page").single()).click();

        assertThat(SentToBrowser.take().addressChanges()).singleElement()
                .isEqualTo(new AddressChange("images?q=" + tag, true));
    }

    @Test
    void the_search_and_the_filter_rewrite_the_address_without_a_new_history_entry() throws IOException {
        String tag = tag(aPageAndOneMore());
        open("page=2&q=" + tag);

        test(find(com.vaadin.flow.component.textfield.TextField.class).single()).setValue(tag + "-1");

        assertThat(position()).as("a new search starts at its first page").isEqualTo("Page 1 of 1 · 11 images");
        assertThat(SentToBrowser.take().addressChanges()).singleElement()
                .isEqualTo(new AddressChange("images?q=" + tag + "-1", false));

        test(find(com.vaadin.flow.component.checkbox.Checkbox.class)
                .withLabel("Only images not used in any post").single()).click();

        assertThat(SentToBrowser.take().addressChanges()).singleElement().satisfies(change -> {
            assertThat(change.newEntry()).isFalse();
            assertThat(change.query()).isEqualTo(Map.of("q", List.of(tag + "-1"), "unused", List.of("true")));
        });
    }

    @Test
    void a_page_past_the_end_shows_the_last_one_and_a_page_that_is_no_number_the_first_and_the_address_follows()
            throws IOException {
        String tag = tag(aPageAndOneMore());

        SentToBrowser opening = open("page=99&q=" + tag);
        assertThat(position()).isEqualTo("Page 2 of 2 · 49 images");
        assertThat(opening.rewrites()).singleElement().satisfies(change -> {
            assertThat(change.newEntry()).isFalse();
            assertThat(change.query()).isEqualTo(Map.of("page", List.of("2"), "q", List.of(tag)));
        });

        opening = open("page=two&q=" + tag);
        assertThat(position()).isEqualTo("Page 1 of 2 · 49 images");
        assertThat(opening.rewrites()).singleElement()
                .isEqualTo(new AddressChange("images?q=" + tag, false));
    }

    @Test
    void deleting_the_only_image_of_the_last_page_shows_the_page_before_and_the_address_follows() throws IOException {
        List<String> stored = aPageAndOneMore();
        String tag = tag(stored);
        open("page=2&q=" + tag);

        test(find(Button.class, card(stored.getFirst())).withAriaLabel("Delete " + tag + "-0.png").single()).click();
        var dialog = find(com.vaadin.flow.component.dialog.Dialog.class).single();
        test(find(Button.class, dialog).withText("Delete").single()).click();

        assertThat(position()).isEqualTo("Page 1 of 1 · 48 images");
        assertThat(SentToBrowser.take().addressChanges()).singleElement()
                .isEqualTo(new AddressChange("images?q=" + tag, false));
    }

    /** A page of images and one more, named "tag-0.png" (the oldest, so alone on page 2) to "tag-48.png". */
    private List<String> aPageAndOneMore() throws IOException {
        var actor = accounts.findByUsername("libraryuser").orElseThrow().toActor();
        String tag = "p" + System.nanoTime();
        List<String> stored = new ArrayList<>();
        for (int i = 0; i <= ImageGallery.PAGE_SIZE; i++) {
            stored.add(storedAs(tag + "-" + i + ".png", actor));
        }
        return stored;
    }

    private String tag(List<String> stored) {
        return images.find(stored.getFirst()).orElseThrow().originalName().replace("-0.png", "");
    }

    /** Opens the library at this address, as a link would, and answers what that sent to the browser. */
    private SentToBrowser open(String query) {
        SentToBrowser.take();
        UI.getCurrent().navigate(ImageLibraryView.class, QueryParameters.fromString(query));
        return SentToBrowser.take();
    }

    private String position() {
        return find(Span.class, find(GalleryPager.class).single()).single().getText();
    }

    private String storedAs(String name, app.lightbox.security.Actor actor) throws IOException {
        return ((app.lightbox.images.StoreResult.Stored) images.store(
                new java.io.ByteArrayInputStream(png(10, 10)), name, actor)).image().storedName();
    }

    private List<String> shownNames() {
        return find(ImageCard.class).all().stream().map(c -> c.getElement().getAttribute("data-stored-name")).toList();
    }

    private ImageCard card(String storedName) {
        return find(ImageCard.class).withAttribute("data-stored-name", storedName).single();
    }
}
