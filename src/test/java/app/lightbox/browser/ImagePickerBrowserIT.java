package app.lightbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.images.ImageService;
import app.lightbox.images.StoreResult;
import app.lightbox.security.Actor;
import com.microsoft.playwright.Locator;
import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The editor's insert-from-library picker with the keyboard alone. */
class ImagePickerBrowserIT extends BrowserTest {

    @Autowired
    ImageService images;

    @Test
    void space_toggles_the_focused_row_and_the_picks_survive_a_search_that_hides_them() throws IOException {
        String writer = newAccount("picker");
        Actor actor = accounts.findByUsername(writer).orElseThrow().toActor();
        String tag = uniqueName("t");
        String first = stored(tag + "-first.png", actor);
        String second = stored(tag + "-second.png", actor);
        LoginPage.logInBehindTheScenes(page, writer, PASSWORD);
        open("/posts/new");
        page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Insert from library")).click();
        Locator search = page.locator("vaadin-dialog-overlay vaadin-text-field input, vaadin-dialog vaadin-text-field input")
                .first();
        search.fill(tag);
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(second)).waitFor();
        waitForVaadin();

        // from the search, Tab reaches the grid's header, and Tab again its first row's checkbox (the newest image)
        search.focus();
        page.keyboard().press("Tab");
        page.keyboard().press("Tab");
        press("Space");
        count("1 selected");
        press("Space");
        count("None selected");
        press("Space");
        count("1 selected");
        // on the next row's preview, not its checkbox: Space picks it all the same
        press("ArrowDown");
        press("ArrowRight");
        press("Space");
        count("2 selected");

        search.fill("nothing is called " + tag);
        count("2 selected");
        page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Insert 2 images")).click();
        waitForVaadin();

        String text = page.locator("vaadin-text-area textarea").inputValue();
        assertThat(text).contains(first).contains(second);
    }

    @Test
    void on_a_phone_the_picker_takes_the_whole_width() throws IOException {
        String writer = newAccount("phone");
        stored(uniqueName("p") + "-a-long-name-of-a-screenshot.png", accounts.findByUsername(writer).orElseThrow().toActor());
        page.setViewportSize(390, 844);
        LoginPage.open(page).login(writer, PASSWORD);
        open("/posts/new");
        page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Insert from library")).click();
        Locator grid = page.locator(".picker-grid");
        page.locator(".picker-name").first().waitFor();
        waitForVaadin();
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                .setPath(Screenshots.FOLDER.resolve("ImagePickerBrowserIT.picker-at-390px.png")));

        assertThat(grid.boundingBox().width).as("the grid's width of 390 px").isGreaterThanOrEqualTo(370);
        assertThat(page.locator(".picker-name").first().boundingBox().width).as("room for the name")
                .isGreaterThanOrEqualTo(140);
        assertThat(page.locator(".image-picker vaadin-button").filter(new Locator.FilterOptions().setHasText("Cancel"))
                .boundingBox()).satisfies(cancel -> assertThat(cancel.x + cancel.width).isLessThanOrEqualTo(390));
    }

    /** One key at a time, as a person types: the next waits until the server has answered. */
    private void press(String key) {
        page.keyboard().press(key);
        waitForVaadin();
    }

    private void count(String text) {
        page.locator(".picker-count").filter(new Locator.FilterOptions().setHasText(text)).waitFor();
    }

    private String stored(String name, Actor actor) throws IOException {
        StoreResult result = images.store(new ByteArrayInputStream(ImagesBrowserIT.image("png", 20, 20, Color.RED)),
                name, actor);
        return ((StoreResult.Stored) result).image().originalName();
    }
}
