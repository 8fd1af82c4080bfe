package app.lightbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.images.ImageFilter;
import app.lightbox.images.ImageService;
import app.lightbox.images.storage.StorageProperties;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The progress lists of uploads, in the library and the editor: stored files leave by themselves, refused
 * ones stay with their reason (and no Retry) until dismissed, "Clear finished", and cancelling a running
 * upload, which is no error.
 */
class UploadsBrowserIT extends BrowserTest {

    private static final String LIBRARY_INPUT = "vaadin-upload input[type=file]";
    private static final String EDITOR_INPUT = "vaadin-upload-button input[type=file]";

    @Autowired
    ImageService images;

    @Autowired
    StorageProperties storage;

    @Test
    void a_stored_file_leaves_the_list_by_itself_while_a_refused_one_stays_without_retry_until_dismissed()
            throws IOException {
        logInAndOpen("/images");
        String good = "good-" + uniqueName("g") + ".png";
        String evil = "evil-" + uniqueName("e") + ".png";

        page.locator(LIBRARY_INPUT).setInputFiles(new FilePayload[] {
            new FilePayload(good, "image/png", ImagesBrowserIT.image("png", 40, 30, Color.RED)), script(evil)});

        Locator stored = file(good);
        Locator refused = file(evil);
        page.locator("vaadin-upload-file[complete]").waitFor();
        refused.and(page.locator("vaadin-upload-file[error]")).waitFor();
        assertThat(stored.isVisible()).as("a stored file is listed at first").isTrue();
        assertThat(refused.locator("[part=retry-button]").isVisible()).as("no Retry for a refusal").isFalse();
        Locator reason = refusal(evil);
        assertThat(reason.textContent()).contains("Only these image types can be uploaded: PNG, JPEG, GIF, WebP");
        screenshot("library-just-finished");

        stored.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN).setTimeout(10_000));
        assertThat(refused.isVisible()).as("a refused file stays in the list").isTrue();
        assertThat(reason.isVisible()).as("and so does its reason").isTrue();
        screenshot("library-a-few-seconds-later");

        Locator dismiss = reason.locator("vaadin-button[aria-label='Dismiss the message about " + evil + "']");
        dismiss.focus();
        page.keyboard().press("Enter");
        reason.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
        // the last message gone, the keyboard focus is on "Clear finished" rather than lost
        assertThat(page.evaluate("() => document.activeElement.textContent")).isEqualTo("Clear finished");
    }

    @Test
    void clear_finished_empties_the_progress_list_and_the_refusals_in_the_editor_too() throws IOException {
        logInAndOpen("/posts/new");
        String good = "good-" + uniqueName("g") + ".png";
        String evil = "evil-" + uniqueName("e") + ".png";

        page.locator(EDITOR_INPUT).setInputFiles(
                new FilePayload(good, "image/png", ImagesBrowserIT.image("png", 40, 30, Color.BLUE)));
        page.locator(EDITOR_INPUT).setInputFiles(script(evil));

        page.locator("vaadin-upload-file[complete]").waitFor();
        file(evil).and(page.locator("vaadin-upload-file[error]")).waitFor();
        assertThat(file(evil).locator("[part=retry-button]").isVisible()).as("no Retry for a refusal").isFalse();
        refusal(evil).waitFor();
        Locator clear = page.locator("vaadin-button.clear-finished");
        clear.waitFor();
        screenshot("editor-before-clear-finished");

        clear.click();

        page.locator("vaadin-upload-file").first().waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
        assertThat(page.locator(".upload-refusals li").count()).isZero();
        assertThat(clear.isVisible()).isFalse();
        assertThat(page.locator("vaadin-text-area textarea").inputValue()).as("the stored image was inserted")
                .contains(good);
    }

    @Test
    void cancelling_a_running_upload_in_the_library_says_cancelled_stores_nothing_and_logs_no_warning()
            throws IOException {
        logInAndOpen("/images");
        cancelsARunningUpload(LIBRARY_INPUT, "library");
    }

    @Test
    void cancelling_a_running_upload_in_the_editor_says_cancelled_without_an_error_notification() throws IOException {
        logInAndOpen("/posts/new");
        cancelsARunningUpload(EDITOR_INPUT, "editor");
        assertThat(page.locator("vaadin-text-area textarea").inputValue()).doesNotContain("big-");
    }

    private void cancelsARunningUpload(String input, String where) throws IOException {
        String name = "big-" + uniqueName("c") + ".png";
        long imagesBefore = images.count(ImageFilter.all());
        List<String> filesBefore = storedFiles();
        ListAppender<ILoggingEvent> log = captureLog();
        try {
            slowUploads();
            page.locator(input).setInputFiles(new FilePayload(name, "image/png", big()));
            // some of the file has reached the server, not all of it
            page.waitForFunction("() => { const b = document.querySelector('vaadin-upload-file[uploading] vaadin-progress-bar');"
                    + " return b && b.value > 0.01 && b.value < 0.5; }");
            screenshot(where + "-uploading");

            file(name).locator("[part=remove-button]").click();

            Locator cancelled = refusal(name);
            cancelled.waitFor();
            assertThat(cancelled.textContent()).contains("Cancelled. Nothing was stored.");
            assertThat(cancelled.getAttribute("class")).as("not shown as an error").contains("cancelled");
            screenshot(where + "-cancelled");
            waitForVaadin();
            assertThat(page.locator("vaadin-upload-file").count()).as("gone from the progress list").isZero();
            assertThat(page.locator("vaadin-notification-card").count()).as("no notification").isZero();
            assertThat(page.locator(".image-card").filter(new Locator.FilterOptions().setHasText(name)).count()).isZero();
            assertThat(images.count(ImageFilter.all())).isEqualTo(imagesBefore);
            assertThat(storedFiles()).isEqualTo(filesBefore);
            assertThat(log.list).as("warnings and errors logged").filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                    .extracting(ILoggingEvent::getFormattedMessage).isEmpty();
        } finally {
            rootLogger().detachAppender(log);
        }
    }

    private void logInAndOpen(String path) {
        LoginPage.logInBehindTheScenes(page, newAccount("uploader"), PASSWORD);
        open(path);
        assertThat(path(page)).isEqualTo(path);
    }

    /** Chromium sends request bodies at 200 kB/s from now on, so that an upload of some MB runs for a while. */
    private void slowUploads() {
        CDPSession cdp = context.newCDPSession(page);
        cdp.send("Network.enable");
        JsonObject conditions = new JsonObject();
        conditions.addProperty("offline", false);
        conditions.addProperty("latency", 0);
        conditions.addProperty("downloadThroughput", -1);
        conditions.addProperty("uploadThroughput", 200 * 1024);
        cdp.send("Network.emulateNetworkConditions", conditions);
    }

    /** A real PNG with 8 MB after its end: accepted as far as the server reads while it arrives. */
    private static byte[] big() throws IOException {
        byte[] png = ImagesBrowserIT.image("png", 20, 20, Color.GREEN);
        return Arrays.copyOf(png, png.length + 8 * 1024 * 1024);
    }

    private static FilePayload script(String name) {
        return new FilePayload(name, "image/png", "#!/bin/sh\necho pwned\n".getBytes(StandardCharsets.UTF_8));
    }

    /** The entry of a file in Vaadin's progress list. */
    private Locator file(String name) {
        return page.locator("vaadin-upload-file").filter(new Locator.FilterOptions().setHas(
                page.locator("[part=name]").filter(new Locator.FilterOptions().setHasText(name))));
    }

    /** Our message about a file that was not stored. */
    private Locator refusal(String name) {
        return page.locator(".upload-refusals li").filter(new Locator.FilterOptions().setHasText(name));
    }

    private List<String> storedFiles() throws IOException {
        try (Stream<java.nio.file.Path> files = Files.list(storage.location())) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static ListAppender<ILoggingEvent> captureLog() {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        rootLogger().addAppender(appender);
        return appender;
    }

    private static Logger rootLogger() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Screenshots.FOLDER.resolve("uploads-" + name + ".png")));
    }
}
