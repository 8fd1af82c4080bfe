package app.lightbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.blog.PostService;
import app.lightbox.images.ImageFilter;
import app.lightbox.images.ImageService;
import app.lightbox.images.StoreResult.Stored;
import com.microsoft.playwright.JSHandle;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Writing an illustrated post in a real browser: drop, watch the uploads, preview, publish, read. */
class EditorBrowserIT extends BrowserTest {

    @Autowired
    PostService posts;

    @Autowired
    ImageService images;

    @Test
    void two_images_dropped_on_the_editor_upload_appear_in_the_preview_and_in_the_published_post() throws IOException {
        String author = newAccount("illustrator");
        LoginPage.logInBehindTheScenes(page, author, PASSWORD);
        open("/posts/new");
        String title = "Illustrated " + uniqueName("p");
        page.locator("vaadin-text-field input").fill(title);
        page.locator("vaadin-text-area textarea").fill("Two pictures:");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("left-" + uniqueName("l") + ".png", ImagesBrowserIT.image("png", 120, 80, Color.RED));
        files.put("右-" + uniqueName("r") + ".png", ImagesBrowserIT.image("png", 80, 120, Color.BLUE));

        drop(page, page.locator("vaadin-upload-drop-zone.editor-drop-zone"), files);

        page.waitForFunction("() => document.querySelectorAll('vaadin-upload-file[complete]').length === 2");
        assertThat(page.locator("vaadin-upload-file[error]").count()).isZero();
        page.waitForFunction("() => document.querySelectorAll('.post-preview img').length === 2"
                + " && Array.from(document.querySelectorAll('.post-preview img')).every(i => i.complete && i.naturalWidth > 0)");
        String text = page.locator("vaadin-text-area textarea").inputValue();
        for (String name : files.keySet()) {
            assertThat(text).containsPattern("!\\[" + name + "\\]\\(/files/[0-9a-f]{32}\\.png\\)");
        }
        // inserted images are saved at once, not a few seconds later: closing the tab now loses nothing
        var actor = accounts.findByUsername(author).orElseThrow().toActor();
        var draft = posts.listDrafts(actor, org.springframework.data.domain.PageRequest.of(0, 5)).getContent().getFirst();
        assertThat(posts.find(draft.id(), actor).orElseThrow().body()).isEqualTo(text.stripTrailing());

        page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Publish")).click();
        page.waitForURL(url -> url.matches(".*/posts/\\d+$"));
        waitForVaadin();
        String postPath = path(page);

        Page reader = newContext("en-US").newPage();
        reader.navigate(postPath);
        waitForVaadin(reader);
        assertThat(reader.locator("h1").textContent()).isEqualTo(title);
        reader.waitForFunction("() => document.querySelectorAll('.post-body img').length === 2"
                + " && Array.from(document.querySelectorAll('.post-body img')).every(i => i.complete && i.naturalWidth > 0)");
        assertThat(reader.locator(".post-body img").evaluateAll("imgs => imgs.map(i => i.getAttribute('loading'))"))
                .isEqualTo(List.of("lazy", "lazy"));
        // the two uploads run in parallel, so they may land in the text in either order
        assertThat(reader.locator(".post-body img").evaluateAll("imgs => imgs.map(i => i.getAttribute('width')).sort().join(',')"))
                .isEqualTo("120,80");
        // a click on an image opens the original (the browser loads it, not Vaadin's router)
        reader.locator(".post-body a img").first().click();
        reader.waitForURL(url -> url.matches(".*/files/[0-9a-f]{32}\\.png$"));
        assertThat(reader.evaluate("() => document.contentType")).isEqualTo("image/png");

        open("/images");
        for (String name : files.keySet()) {
            Locator card = page.locator(".image-card").filter(new Locator.FilterOptions().setHasText(name));
            assertThat(card.locator(".image-usage").textContent()).contains("Used in 1 post");
            card.locator(".image-usage").click();
            card.locator(".image-usage a").filter(new Locator.FilterOptions().setHasText(title)).waitFor();
            assertThat(card.locator(".image-usage a").getAttribute("href")).isEqualTo(postPath);
        }
    }

    @Test
    void two_tabs_editing_one_post_do_not_overwrite_each_other() {
        var post = loggedInAuthorOf("Shared " + uniqueName("s"), "original", "twotabs");
        var actor = accountOf(post);
        Page second = context.newPage(); // same browser context: same session, a second tab
        open("/posts/" + post.id() + "/edit");
        second.navigate("/posts/" + post.id() + "/edit");
        waitForVaadin(second);

        page.locator("vaadin-text-area textarea").fill("from the first tab");
        saveDraft(page);

        second.locator("vaadin-text-area textarea").fill("from the second tab");
        second.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Save draft")).click();

        Locator problem = second.locator(".save-problem[role=alert]");
        problem.filter(new Locator.FilterOptions().setHasText("Someone else saved this post after you opened it")).waitFor();
        assertThat(problem.locator("vaadin-button").textContent()).contains("Keep my text as a new draft");
        assertThat(axe(second)).as("editor showing a save problem").isEmpty();
        assertThat(second.locator(".save-status").textContent()).isEqualTo("Not saved");
        assertThat(second.locator("vaadin-text-area textarea").inputValue()).isEqualTo("from the second tab");
        assertThat(posts.find(post.id(), actor).orElseThrow().body()).isEqualTo("from the first tab");

        // leaving keeps the second tab's text as a draft of its own, and says so instead of the error
        second.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("My drafts")).click();
        second.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("they are kept as the new draft")).waitFor();
        assertThat(axe(second)).as("page with the kept-copy notice").isEmpty();
        String copyTitle = post.title() + " (unsaved copy)";
        second.locator("a").filter(new Locator.FilterOptions().setHasText(copyTitle)).waitFor();
        var copy = draftTitled(actor, copyTitle).orElseThrow();
        assertThat(posts.find(copy.id(), actor).orElseThrow().body()).isEqualTo("from the second tab");
    }

    @Test
    void text_typed_just_before_the_tab_is_closed_is_saved() {
        var post = loggedInAuthorOf("Closing " + uniqueName("c"), "before", "closer");
        var actor = accountOf(post);
        Page tab = context.newPage();
        tab.navigate("/posts/" + post.id() + "/edit");
        waitForVaadin(tab);

        tab.locator("vaadin-text-area textarea").fill("typed");
        tab.locator("vaadin-text-area textarea").pressSequentially(" and the tab closed at once",
                new Locator.PressSequentiallyOptions().setDelay(15));
        serverHas(tab, "typed and the tab closed at once");
        tab.close(new Page.CloseOptions().setRunBeforeUnload(true));

        // the browser tells the server the tab went away; the editor saves what it had
        waitUntilSaved(post, actor, "typed and the tab closed at once");
    }

    @Test
    void text_that_reached_the_server_is_saved_even_when_the_browser_then_goes_quiet() {
        var post = loggedInAuthorOf("Offline " + uniqueName("q"), "before", "offline");
        var actor = accountOf(post);
        open("/posts/" + post.id() + "/edit");
        typeUntilTheServerHasIt(page, "typed, then the network went");

        // no requests from the page any more (no beacon, no polling): the server saves on its own timer
        context.setOffline(true);
        waitUntilSaved(post, actor, "typed, then the network went");
    }

    @Test
    void text_that_cannot_be_saved_when_the_tab_is_closed_is_kept_as_a_draft_of_its_own() {
        String title = "Contested " + uniqueName("c");
        var post = loggedInAuthorOf(title, "original", "conflicted");
        var actor = accountOf(post);
        Page tab = context.newPage();
        tab.navigate("/posts/" + post.id() + "/edit");
        waitForVaadin(tab);
        posts.update(post.id(), post.version(), title, "saved elsewhere meanwhile", actor);

        typeUntilTheServerHasIt(tab, "mine, typed over an old version");
        tab.close(new Page.CloseOptions().setRunBeforeUnload(true));

        page.waitForCondition(() -> draftTitled(actor, title + " (unsaved copy)").isPresent());
        var copy = draftTitled(actor, title + " (unsaved copy)").orElseThrow();
        assertThat(posts.find(copy.id(), actor).orElseThrow().body()).isEqualTo("mine, typed over an old version");
        assertThat(posts.find(post.id(), actor).orElseThrow().body()).isEqualTo("saved elsewhere meanwhile");
    }

    @Test
    void text_typed_just_before_a_reload_is_in_the_reloaded_editor_which_saves_without_a_conflict() {
        var post = loggedInAuthorOf("Reloading " + uniqueName("r"), "before", "reloader");
        var actor = accountOf(post);
        open("/posts/" + post.id() + "/edit");

        typeUntilTheServerHasIt(page, "typed and reloaded at once");
        waitForNewDocument(page, () -> page.reload());

        assertThat(page.locator("vaadin-text-area textarea").inputValue()).isEqualTo("typed and reloaded at once");
        page.locator("vaadin-text-area textarea").fill("typed after the reload");
        saveDraft(page);
        assertThat(posts.find(post.id(), actor).orElseThrow().body()).isEqualTo("typed after the reload");
    }

    @Test
    void a_second_tab_opened_on_a_post_starts_from_the_text_the_first_tab_has_not_saved_yet() {
        var post = loggedInAuthorOf("Opened twice " + uniqueName("o"), "before", "twoviews");
        var actor = accountOf(post);
        open("/posts/" + post.id() + "/edit");
        typeUntilTheServerHasIt(page, "typed in the first tab, no pause yet");
        assertThat(posts.find(post.id(), actor).orElseThrow().body()).as("not saved yet").isEqualTo("before");

        // the same happens on a reload whose old page says goodbye late
        Page second = context.newPage();
        second.navigate("/posts/" + post.id() + "/edit");
        waitForVaadin(second);

        assertThat(second.locator("vaadin-text-area textarea").inputValue())
                .isEqualTo("typed in the first tab, no pause yet");
        // the first tab is told (pushed) that its text was saved
        page.locator(".save-status").filter(new Locator.FilterOptions().setHasText("Saved automatically")).waitFor();
        second.locator("vaadin-text-area textarea").fill("typed in the second tab");
        saveDraft(second);
        assertThat(posts.find(post.id(), actor).orElseThrow().body()).isEqualTo("typed in the second tab");
    }

    @Test
    void back_after_leaving_a_new_post_returns_to_its_draft() {
        LoginPage.logInBehindTheScenes(page, newAccount("backer"), PASSWORD);
        open("/posts/new");
        String title = "Come back " + uniqueName("b");
        page.locator("vaadin-text-field input").fill(title);
        page.waitForURL(url -> url.matches(".*/posts/\\d+/edit$"));
        String draftPath = path(page);
        page.locator("vaadin-text-area textarea").fill("half a thought");

        page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Images")).click();
        page.waitForURL(url -> url.endsWith("/images"));
        waitForVaadin();
        assertThat(path(page)).as("the address is the library's, not the draft's").isEqualTo("/images");
        page.goBack();

        page.waitForURL(url -> url.endsWith(draftPath));
        waitForVaadin();
        assertThat(page.locator("vaadin-text-field input").inputValue()).isEqualTo(title);
        assertThat(page.locator("vaadin-text-area textarea").inputValue()).isEqualTo("half a thought");
    }

    @Test
    void a_hostile_post_runs_no_script_in_a_readers_page() {
        String author = newAccount("mallory");
        var post = posts.create("Hostile " + uniqueName("h"), String.join("\n\n",
                "<script>window.__pwned = 1</script>",
                "<img src=x onerror=\"window.__pwned = 2\">",
                "[click me](javascript:window.__pwned=3)",
                "![x](javascript:window.__pwned=4)",
                "<a href=\"http://evil.example\" onclick=\"window.__pwned=5\">evil</a>",
                "<iframe src=\"javascript:parent.__pwned=6\"></iframe>",
                "<svg onload=\"window.__pwned=7\"></svg>"), accounts.findByUsername(author).orElseThrow().toActor());
        posts.publish(post.id(), post.version(), accounts.findByUsername(author).orElseThrow().toActor());
        List<String> dialogs = new ArrayList<>();
        page.onDialog(d -> {
            dialogs.add(d.message());
            d.dismiss();
        });

        open("/posts/" + post.id());
        page.locator(".post-body").waitFor();
        Locator links = page.locator(".post-body a");
        for (int i = 0; i < links.count(); i++) {
            String href = links.nth(i).getAttribute("href");
            assertThat(href == null ? "" : href.toLowerCase()).doesNotStartWith("javascript:");
        }
        page.waitForTimeout(300); // give an injected handler (onerror, onload) its chance to run

        assertThat(page.evaluate("() => window.__pwned === undefined")).isEqualTo(true);
        assertThat(dialogs).isEmpty();
        assertThat(page.locator(".post-body script, .post-body iframe, .post-body svg, .post-body [onerror], .post-body [onclick]")
                .count()).isZero();
    }

    @Test
    void the_editor_is_usable_from_the_keyboard_and_the_upload_button_opens_the_file_chooser() {
        var choosers = interceptFileChoosers(page);
        LoginPage.logInBehindTheScenes(page, newAccount("keyboard"), PASSWORD);
        open("/posts/new");
        // a new post starts in its title
        page.waitForCondition(() -> Boolean.TRUE.equals(page.evaluate(
                "() => document.activeElement && document.activeElement.closest('vaadin-text-field') !== null")));
        page.keyboard().type("Typed title");
        page.keyboard().press("Tab");
        page.keyboard().type("Typed *body*");

        String reached = null;
        for (int i = 0; i < 10 && reached == null; i++) {
            page.keyboard().press("Tab");
            String focused = (String) page.evaluate("() => document.activeElement && document.activeElement.tagName");
            if ("VAADIN-UPLOAD-BUTTON".equals(focused)) {
                reached = focused;
            }
        }
        assertThat(reached).as("Tab reaches the upload button").isNotNull();
        // the draft saves itself a few seconds after the last keystroke
        page.locator(".save-status").filter(new Locator.FilterOptions().setHasText("Saved automatically")).waitFor();
        waitForVaadin();
        page.keyboard().press("Enter");
        page.waitForCondition(() -> !choosers.isEmpty());
        var chooser = choosers.getFirst();
        assertThat(chooser.isMultiple()).isTrue();
        assertThat(page.locator(".post-preview em").textContent()).isEqualTo("body");
    }

    @Test
    void the_editor_the_library_picker_and_the_reader_have_no_serious_accessibility_violations() throws IOException {
        LoginPage.logInBehindTheScenes(page, newAccount("a11yeditor"), PASSWORD);
        open("/images");
        String picked = "pick-" + uniqueName("k") + ".png";
        page.locator("vaadin-upload input[type=file]").setInputFiles(new com.microsoft.playwright.options.FilePayload(
                picked, "image/png", ImagesBrowserIT.image("png", 30, 30, Color.GRAY)));
        page.locator(".image-card").first().waitFor();

        open("/posts/new");
        page.locator("vaadin-text-field input").fill("Accessible editor");
        assertThat(axe(page)).as("editor").isEmpty();

        page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Insert from library")).click();
        page.locator("vaadin-grid").waitFor();
        waitForVaadin();
        assertThat(axe(page)).as("insert-from-library dialog").isEmpty();
        // a click on the row picks it, a second click puts it back; the checkbox picks it too
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(picked)).click();
        page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Insert 1 image")).waitFor();
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(picked)).click();
        page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Insert 1 image"))
                .waitFor(new Locator.WaitForOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
        page.locator("vaadin-grid vaadin-checkbox").nth(1).click();
        page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Insert 1 image")).click();
        waitForVaadin();
        assertThat(page.locator("vaadin-text-area textarea").inputValue()).contains("![pick-");
    }

    /** Creates an account with a draft post, logs in as its author, and returns the post. */
    private app.lightbox.blog.PostDetails loggedInAuthorOf(String title, String body, String namePrefix) {
        String author = newAccount(namePrefix);
        var post = posts.create(title, body, accounts.findByUsername(author).orElseThrow().toActor());
        LoginPage.logInBehindTheScenes(page, author, PASSWORD);
        return post;
    }

    private app.lightbox.security.Actor accountOf(app.lightbox.blog.PostDetails post) {
        return accounts.findByUsername(post.authorName()).orElseThrow().toActor();
    }

    private java.util.Optional<app.lightbox.blog.PostSummary> draftTitled(app.lightbox.security.Actor author, String title) {
        return posts.listDrafts(author, org.springframework.data.domain.PageRequest.of(0, 10)).stream()
                .filter(d -> d.title().equals(title)).findFirst();
    }

    @Test
    void a_reader_never_sees_the_changes_to_a_published_post_until_the_writer_presses_update() {
        String author = newAccount("reviser");
        var actor = accounts.findByUsername(author).orElseThrow().toActor();
        var draft = posts.create("Revised " + uniqueName("p"), "The published sentence.", actor);
        var post = posts.publish(draft.id(), draft.version(), actor);
        LoginPage.logInBehindTheScenes(page, author, PASSWORD);
        open("/posts/" + post.id() + "/edit");

        typeUntilTheServerHasIt(page, "…not fini");
        page.locator(".save-status").filter(new Locator.FilterOptions().setHasText("Saved automatically")).waitFor();
        assertThat(page.locator(".post-state").textContent()).startsWith("Published · unpublished changes saved at");

        Page reader = newContext("en-US").newPage();
        reader.navigate("/posts/" + post.id());
        waitForVaadin(reader);
        assertThat(reader.locator(".post-body").textContent()).contains("The published sentence.").doesNotContain("fini");

        typeUntilTheServerHasIt(page, "The finished sentence.");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Update").setExact(true)).click();
        page.waitForURL("**/posts/" + post.id());

        reader.reload();
        waitForVaadin(reader);
        assertThat(reader.locator(".post-body").textContent()).contains("The finished sentence.");
    }

    @Test
    void a_screenshot_pasted_into_the_editor_is_uploaded_and_lands_after_the_paragraph_being_edited() throws IOException {
        String author = newAccount("paster");
        var actor = accounts.findByUsername(author).orElseThrow().toActor();
        var draft = posts.create("Pasted " + uniqueName("p"), "First paragraph.\n\nSecond paragraph.", actor);
        LoginPage.logInBehindTheScenes(page, author, PASSWORD);
        open("/posts/" + draft.id() + "/edit");
        typeUntilTheServerHasIt(page, "First paragraph, edited.\n\nSecond paragraph.");

        String png = Base64.getEncoder().encodeToString(ImagesBrowserIT.image("png", 60, 40, Color.GREEN));
        page.locator("vaadin-text-area textarea").evaluate("""
                (area, base64) => {
                  const binary = atob(base64);
                  const bytes = new Uint8Array(binary.length);
                  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
                  const transfer = new DataTransfer();
                  transfer.items.add(new File([bytes], 'screenshot.png', { type: 'image/png' }));
                  area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
                }""", png);

        page.waitForFunction("() => document.querySelector('vaadin-text-area textarea').value.includes('![screenshot.png]')");
        assertThat(page.locator("vaadin-text-area textarea").inputValue()).matches(
                "First paragraph, edited\\.\\n\\n!\\[screenshot\\.png\\]\\(/files/[0-9a-f]{32}\\.png\\)\\n\\nSecond paragraph\\.");
    }

    @Test
    void an_image_already_in_the_library_dropped_on_the_editor_inserts_that_image_and_says_whose_it_is()
            throws IOException {
        String owner = newAccount("firstsender");
        byte[] png = ImagesBrowserIT.image("png", 90, 60, Color.GREEN);
        var existing = ((Stored) images.store(new ByteArrayInputStream(png),
                "harbour.png", accounts.findByUsername(owner).orElseThrow().toActor())).image();
        long before = images.count(ImageFilter.all());
        LoginPage.logInBehindTheScenes(page, newAccount("secondsender"), PASSWORD);
        open("/posts/new");

        drop(page, page.locator("vaadin-upload-drop-zone.editor-drop-zone"), Map.of("IMG_2041.png", png));

        page.waitForFunction("url => document.querySelector('vaadin-text-area textarea').value.includes(url)",
                existing.url());
        assertThat(page.locator("vaadin-text-area textarea").inputValue())
                .contains("![harbour.png](" + existing.url() + ")");
        Locator known = page.locator(".upload-refusals li.already-stored");
        assertThat(known.locator(".refused-name").textContent()).isEqualTo("IMG_2041.png");
        assertThat(known.locator(".already-stored-text").textContent())
                .startsWith("Already in the library as “harbour.png”, uploaded by " + owner + " on ");
        assertThat(known.locator("img").getAttribute("src")).isEqualTo(existing.thumbnailUrl());
        assertThat(images.count(ImageFilter.all())).isEqualTo(before);
    }

    @Test
    void a_file_over_the_size_limit_dropped_on_the_editor_is_refused_naming_the_limit() {
        LoginPage.logInBehindTheScenes(page, newAccount("bigfile"), PASSWORD);
        open("/posts/new");
        // 16 MB and one byte, made in the page: the browser refuses it before sending anything
        JSHandle transfer = page.evaluateHandle("""
                size => {
                  const transfer = new DataTransfer();
                  transfer.items.add(new File([new Uint8Array(size)], 'huge.png', { type: 'image/png' }));
                  return transfer;
                }""", 16 * 1024 * 1024 + 1);
        Locator zone = page.locator("vaadin-upload-drop-zone.editor-drop-zone");
        for (String type : List.of("dragenter", "dragover", "drop")) {
            zone.dispatchEvent(type, Map.of("dataTransfer", transfer));
        }

        Locator refusal = page.locator(".upload-refusals li").filter(new Locator.FilterOptions().setHasText("huge.png"));
        refusal.waitFor();
        assertThat(refusal.textContent()).contains("larger than the 16 MB limit");
    }

    /** Presses "Save draft" in a tab and waits until the editor says it saved. */
    private static void saveDraft(Page tab) {
        tab.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Save draft")).click();
        tab.locator(".save-status").filter(new Locator.FilterOptions().setHasText("Saved at")).waitFor();
    }

    /** Drops files on an element the way a browser does: dragenter, dragover and drop with a DataTransfer. */
    static void drop(Page page, Locator target, Map<String, byte[]> files) {
        List<List<String>> encoded = files.entrySet().stream()
                .map(f -> List.of(f.getKey(), Base64.getEncoder().encodeToString(f.getValue()))).toList();
        JSHandle transfer = page.evaluateHandle("""
                files => {
                  const transfer = new DataTransfer();
                  for (const [name, base64] of files) {
                    const binary = atob(base64);
                    const bytes = new Uint8Array(binary.length);
                    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
                    transfer.items.add(new File([bytes], name, { type: 'image/png' }));
                  }
                  return transfer;
                }""", encoded);
        for (String type : List.of("dragenter", "dragover", "drop")) {
            target.dispatchEvent(type, Map.of("dataTransfer", transfer));
        }
    }

    /**
     * Waits until the server has the text: its preview shows it. A tab closed earlier loses what its
     * browser had not sent yet — Vaadin's goodbye to the server carries no pending changes — and
     * these tests are about what the server does with the text it has.
     */
    private static void serverHas(Page tab, String text) {
        tab.locator(".post-preview").filter(new Locator.FilterOptions().setHasText(text)).waitFor();
    }

    /** Types the text (replacing what was there) and waits until the server has it. */
    private static void typeUntilTheServerHasIt(Page tab, String text) {
        tab.locator("vaadin-text-area textarea").fill(text);
        serverHas(tab, text);
    }

    private void waitUntilSaved(app.lightbox.blog.PostDetails post, app.lightbox.security.Actor actor, String body) {
        page.waitForCondition(() -> posts.find(post.id(), actor).orElseThrow().body().equals(body));
    }
}
