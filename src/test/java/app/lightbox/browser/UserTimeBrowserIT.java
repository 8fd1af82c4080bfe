package app.lightbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.images.TestImages;
import app.lightbox.images.ImageFilter;
import app.lightbox.images.ImageService;
import app.lightbox.images.ImageSummary;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Times are shown in the reader's own time zone, which the browser tells the server when a page opens. */
class UserTimeBrowserIT extends BrowserTest {

    /** Not the server's zone, and 5:45 off UTC, so that no server-side zone gives the same minutes. */
    private static final ZoneId READER_ZONE = ZoneId.of("Asia/Kathmandu");

    @Autowired
    ImageService images;

    @Test
    void an_upload_time_is_shown_in_the_browsers_time_zone() throws IOException {
        context.close();
        context = newContext(new Browser.NewContextOptions().setLocale("en-US").setTimezoneId(READER_ZONE.getId()));
        page = context.newPage();
        LoginPage.logInBehindTheScenes(page, newAccount("traveller"), PASSWORD);
        open("/images");
        String name = "zone-" + uniqueName("t") + ".png";

        page.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload(name, "image/png", png()));

        Locator card = page.locator(".image-card").filter(new Locator.FilterOptions().setHasText(name));
        card.waitFor();
        ImageSummary stored = images.list(new ImageFilter(name, false), PageRequest.of(0, 1)).getContent().getFirst();
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Locale.US);
        String there = format.withZone(READER_ZONE).format(stored.uploadedAt());
        assertThat(there).isNotEqualTo(format.withZone(ZoneId.systemDefault()).format(stored.uploadedAt()));
        assertThat(card.textContent()).contains(there);
    }

    private static byte[] png() {
        return TestImages.png(30, 20);
    }
}
