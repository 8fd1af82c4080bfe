package app.lightbox.images.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.images.ImageService;
import app.lightbox.images.ImageSnippets;
import app.lightbox.images.ImageSummary;
import app.lightbox.images.StoredInTest;
import app.lightbox.security.Actor;
import app.lightbox.security.UserAccountService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * "Copy as" on the library's cards and in the picker: six ways to copy an image, their texts from
 * {@link ImageSnippets} with the app's public address. The clipboard itself is the browser's (see
 * CopyAsBrowserIT); here, what each item would put on it.
 */
@SpringBootTest(properties = "lightbox.public-url=https://team.example/lightbox/")
@WithMockUser(username = "copyuser")
class CopyAsMenuTest extends SpringBrowserlessTest {

    static final String BASE = "https://team.example/lightbox";

    @Autowired
    ImageService images;

    @Autowired
    UserAccountService accounts;

    @RegisterExtension
    final StoredInTest stored = new StoredInTest();

    private Actor actor;

    @BeforeEach
    void account() {
        accounts.register("copyuser", "correct horse");
        actor = accounts.findByUsername("copyuser").orElseThrow().toActor();
    }

    @Test
    void a_cards_copy_button_opens_six_ways_to_copy_the_image_with_absolute_links() {
        ImageSummary image = store("harbour [at] dusk & dawn.png");
        navigate(ImageLibraryView.class);
        ImageCard card = card(image);
        assertThat(find(CopyAsMenu.class).exists()).as("made only when opened").isFalse();

        test(find(Button.class, card).withAriaLabel("Copy harbour [at] dusk & dawn.png as…").single()).click();

        CopyAsMenu menu = find(CopyAsMenu.class).single();
        assertThat(menu.isOpened()).isTrue();
        assertThat(menu.getTarget()).isSameAs(find(Button.class, card).withClassName("copy-as").single());
        assertThat(menu.getElement().getAttribute("aria-label")).isEqualTo("Copy harbour [at] dusk & dawn.png as");
        ImageSnippets snippets = ImageSnippets.of(image, BASE);
        assertThat(menu.items()).extracting(Button::getText)
                .containsExactly("URL", "Markdown", "HTML", "BBCode", "Thumbnail URL", "Display-size URL");
        assertThat(menu.items()).extracting(CopyAsMenu.Item::text).containsExactly(snippets.url(), snippets.markdown(),
                snippets.html(), snippets.bbcode(), snippets.thumbnailUrl(), snippets.displayUrl());
        assertThat(menu.items().getFirst().text()).isEqualTo(BASE + "/files/" + image.storedName());
        assertThat(menu.items().get(1).text()).startsWith("![harbour \\[at\\] dusk \\& dawn.png](" + BASE + "/files/");
        assertThat(menu.items()).allMatch(item -> "menuitem".equals(item.getElement().getAttribute("role")));
    }

    @Test
    void the_copy_button_again_closes_the_menu_and_a_closed_menu_leaves_the_page() {
        ImageSummary image = store("toggle.png");
        navigate(ImageLibraryView.class);
        Button copy = find(Button.class, card(image)).withClassName("copy-as").single();

        test(copy).click();
        assertThat(find(CopyAsMenu.class).single().isOpened()).isTrue();
        test(copy).click();

        assertThat(find(CopyAsMenu.class).exists()).isFalse();
        test(copy).click(); // and opens again
        assertThat(find(CopyAsMenu.class).single().isOpened()).isTrue();
    }

    @Test
    void in_chinese_the_menu_and_its_button_speak_chinese() {
        ImageSummary image = store("海边.png");
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        navigate(ImageLibraryView.class);

        test(find(Button.class, card(image)).withAriaLabel("将 海边.png 复制为…").single()).click();

        assertThat(find(CopyAsMenu.class).single().items()).extracting(Button::getText)
                .containsExactly("链接", "Markdown", "HTML", "BBCode", "缩略图链接", "展示尺寸链接");
    }

    @Test
    void the_picker_offers_the_same_menu_on_each_row() {
        ImageSummary image = store("picked-" + System.nanoTime() + ".png");
        navigate(ImageLibraryView.class);
        ImagePickerDialog dialog = new ImagePickerDialog(images, picked -> {});
        dialog.open();
        test(find(TextField.class, dialog).single()).setValue(image.originalName());
        @SuppressWarnings("unchecked")
        Grid<ImageSummary> grid = find(Grid.class, dialog).single();
        assertThat(grid.getColumns().get(2).getHeaderComponent().getElement().getText()).isEqualTo("Copy");

        Button copy = (Button) test(grid).getCellComponent(0, 2);
        assertThat(copy.getElement().getAttribute("aria-label")).isEqualTo("Copy " + image.originalName() + " as…");
        test(copy).click();

        assertThat(find(CopyAsMenu.class).single().items().getFirst().text())
                .isEqualTo(BASE + "/files/" + image.storedName());
        assertThat(grid.getSelectedItems()).isEmpty();
    }

    private ImageSummary store(String name) {
        return stored.stored(images.store(new ByteArrayInputStream(ImageLibraryViewTest.png(40, 30)), name, actor));
    }

    private ImageCard card(ImageSummary image) {
        List<ImageCard> cards = find(ImageCard.class).all();
        return cards.stream().filter(c -> image.storedName().equals(c.getElement().getAttribute("data-stored-name")))
                .findFirst().orElseThrow();
    }
}
