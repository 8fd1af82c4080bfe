package app.lightbox.images.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.images.ImageSummaries;
import app.lightbox.images.ImageSummary;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.dom.Element;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A card is built 48 times per library page and kept in the server's memory while the page is open, so it
 * holds few elements there (see LargeLibraryBenchmark), with every control still named.
 */
@SpringBootTest
class ImageCardTest extends SpringBrowserlessTest {

    static final ImageSummary PHOTO = ImageSummaries.withoutChecksum(1, "0123456789abcdef0123456789abcdef.jpg", "harbour.jpg",
            "image/jpeg", 250_000, 1600, 1200, 7, "ana", Instant.parse("2026-12-01T10:00:00Z"), 0, false, false);

    @Test
    void the_hints_of_its_buttons_are_titles_beside_their_labels_not_tooltip_elements() {
        ImageCard card = card();

        assertThat(descendants(card.getElement())).noneMatch(e -> !e.isTextNode() && e.getTag().equals("vaadin-tooltip"));
        List<Button> buttons = find(Button.class, card).all();
        assertThat(buttons).extracting(b -> b.getElement().getAttribute("aria-label"))
                .containsExactly("Copy harbour.jpg as…", "Delete harbour.jpg");
        assertThat(buttons).extracting(b -> b.getElement().getAttribute("title")).containsExactly("Copy as…", "Delete");
    }

    @Test
    void its_texts_and_links_are_there_in_few_elements() {
        ImageCard card = card();

        assertThat(lines(card)).contains("harbour.jpg", "Not used in any post")
                .anyMatch(line -> line.contains("1600 × 1200 px")).anyMatch(line -> line.contains("ana"));
        Element preview = card.getElement().getChild(0);
        assertThat(preview.getAttribute("href")).as("the viewer").isEqualTo("/images/x.png");
        assertThat(preview.getProperty("innerHTML")).startsWith("<img ").contains("src=\"/files/" + PHOTO.storedName() + "/thumb\"",
                "alt=\"harbour.jpg\"", "loading=\"lazy\"", "width=\"1600\"", "height=\"1200\"");
        Element download = card.getElement().getChild(3); // preview, details, copy, download, delete
        assertThat(download.getAttribute("href")).isEqualTo("/files/" + PHOTO.storedName() + "?download");
        assertThat(download.getAttribute("aria-label")).isEqualTo("Download harbour.jpg");
        assertThat(download.getProperty("innerHTML")).isEqualTo("<vaadin-icon icon=\"vaadin:download-alt\"></vaadin-icon>");
        // was 24 with a text node per line, an Image and an Icon in the links and a tooltip element per button
        assertThat(descendants(card.getElement()).count()).isLessThanOrEqualTo(15);
    }

    @Test
    void a_name_that_looks_like_markup_stays_text_in_its_preview() {
        ImageSummary odd = ImageSummaries.withoutChecksum(2, PHOTO.storedName(), "\"><script>alert(1)</script>.jpg", "image/jpeg",
                250_000, 1600, 1200, 7, "ana", PHOTO.uploadedAt(), 0, false, false);
        ImageCard card = new ImageCard(odd, "/images/x.png", true, false, () -> {}, List::of);

        Document preview = Jsoup.parseBodyFragment(card.getElement().getChild(0).getProperty("innerHTML"));
        assertThat(preview.select("script")).isEmpty();
        assertThat(preview.select("img").attr("alt")).isEqualTo(odd.originalName());
    }

    private ImageCard card() {
        ImageCard card = new ImageCard(PHOTO, "/images/x.png", true, true, () -> {}, List::of);
        UI.getCurrent().add(card);
        return card;
    }

    /** What a card's lines of text say (each a single element whose text is a property, see ImageCard.line). */
    static List<String> lines(ImageCard card) {
        return descendants(card.getElement()).filter(e -> !e.isTextNode() && e.getTag().equals("span"))
                .map(e -> e.hasProperty("innerText") ? e.getProperty("innerText") : e.getTextRecursively()).toList();
    }

    /** The element and everything under it, text nodes included: what the server keeps a state node for. */
    static Stream<Element> descendants(Element element) {
        return Stream.concat(Stream.of(element), element.getChildren().flatMap(ImageCardTest::descendants));
    }
}
