package app.lightbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.blog.PostDetails;
import app.lightbox.blog.PostService;
import app.lightbox.security.Actor;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The blog in a real browser: writing, reading safely, and who may change what. */
class BlogBrowserIT extends BrowserTest {

    @Autowired
    PostService posts;

    private Actor actor(String username) {
        return accounts.findByUsername(username).orElseThrow().toActor();
    }

    private PostDetails publish(PostDetails draft, String author) {
        return posts.publish(draft.id(), draft.version(), actor(author));
    }

    @Test
    void a_user_writes_a_post_and_an_anonymous_reader_sees_it_as_text_with_its_line_breaks() {
        String author = newAccount("writer");
        LoginPage.logInBehindTheScenes(page, author, PASSWORD);
        open("/posts/new");
        String title = "Hello <team> " + uniqueName("t");
        page.locator("vaadin-text-field input").fill(title);
        page.locator("vaadin-text-area textarea").fill("First line\n<script>window.__pwned = true</script>\n\nLast & least");
        page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Publish")).click();
        page.waitForURL(url -> url.matches(".*/posts/\\d+$"));
        waitForVaadin();

        Page reader = newContext("en-US").newPage();
        List<String> dialogs = new ArrayList<>();
        reader.onDialog(d -> {
            dialogs.add(d.message());
            d.dismiss();
        });
        reader.navigate(path(page));
        waitForVaadin(reader);

        assertThat(reader.locator("h1").textContent()).isEqualTo(title);
        assertThat(reader.locator(".post-body").innerText())
                .isEqualTo("First line\n<script>window.__pwned = true</script>\n\nLast & least");
        assertThat(reader.evaluate("() => window.__pwned === true")).isEqualTo(false);
        assertThat(dialogs).isEmpty();
        assertThat(reader.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Edit")).count())
                .isZero();

        reader.navigate("/");
        waitForVaadin(reader);
        reader.locator(".post-card").filter(new Locator.FilterOptions().setHasText(title)).waitFor();
    }

    @Test
    void every_page_has_the_lightbox_icon_which_anonymous_visitors_can_load() {
        open("/");

        String href = page.locator("head link[rel=icon]").getAttribute("href");
        assertThat(href).isEqualTo("icons/favicon.svg");
        var icon = page.request().get("/" + href);
        assertThat(icon.status()).isEqualTo(200);
        assertThat(icon.headers().get("content-type")).startsWith("image/svg+xml");
        assertThat(icon.text()).contains("<svg");
    }

    @Test
    void another_user_cannot_edit_someones_post() {
        String author = newAccount("owner");
        PostDetails post = publish(posts.create("Owned " + uniqueName("p"), "original text", actor(author)), author);
        String intruder = newAccount("intruder");
        LoginPage.logInBehindTheScenes(page, intruder, PASSWORD);

        open("/posts/" + post.id());
        assertThat(page.locator("h1").textContent()).isEqualTo(post.title());
        assertThat(page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Edit")).count())
                .isZero();

        open("/posts/" + post.id() + "/edit");
        assertThat(page.locator("h1").textContent()).isEqualTo("Not allowed");
        assertThat(page.locator("vaadin-text-area").count()).isZero();
        assertThat(posts.find(post.id(), null).orElseThrow()).isEqualTo(post);
    }

    @Test
    void a_post_opened_from_the_editor_starts_at_its_top() {
        String author = newAccount("scroller");
        PostDetails post = posts.create("Long " + uniqueName("s"), "line\n\n".repeat(80), actor(author));
        LoginPage.logInBehindTheScenes(page, author, PASSWORD);
        page.setViewportSize(1280, 360);
        open("/posts/" + post.id() + "/edit");

        Locator close = page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Close"));
        close.scrollIntoViewIfNeeded();
        assertThat(scrolledBy()).as("the editor is scrolled down to its buttons").isPositive();
        close.click();
        page.waitForURL("**/posts/" + post.id());
        waitForVaadin();

        page.waitForCondition(() -> scrolledBy() == 0);
        assertThat(page.locator("h1").isVisible()).isTrue();
    }

    /** How far the page or its scrolling content area is scrolled down. */
    private int scrolledBy() {
        return ((Number) page.evaluate("""
                () => {
                  const all = root => Array.from(root.querySelectorAll('*'))
                      .flatMap(e => e.shadowRoot ? [e, ...all(e.shadowRoot)] : [e]);
                  return Math.max(window.scrollY, ...all(document).map(e => e.scrollTop));
                }""")).intValue();
    }

    @Test
    void a_draft_is_deleted_from_my_drafts_after_confirming() {
        String author = newAccount("tidy");
        PostDetails doomed = posts.create("Doomed " + uniqueName("d"), "text", actor(author));
        PostDetails kept = posts.create("Kept " + uniqueName("k"), "text", actor(author));
        LoginPage.logInBehindTheScenes(page, author, PASSWORD);
        open("/drafts");

        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Delete the draft " + doomed.title())).click();
        page.locator("vaadin-button.confirm-destructive").click();

        // the list keeps its card elements for reuse: the deleted one is hidden, not removed
        page.locator(".post-card").filter(new Locator.FilterOptions().setHasText(doomed.title())).waitFor(
                new Locator.WaitForOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.HIDDEN));
        assertThat(posts.find(doomed.id(), actor(author))).isEmpty();
        assertThat(page.locator(".post-card").filter(new Locator.FilterOptions().setHasText(kept.title())).isVisible()).isTrue();
    }

    @Test
    void the_author_edits_a_post_and_deletes_it_after_confirming() {
        String author = newAccount("editor");
        PostDetails post = posts.create("Draft " + uniqueName("p"), "text", actor(author));
        LoginPage.logInBehindTheScenes(page, author, PASSWORD);

        open("/posts/" + post.id() + "/edit");
        page.locator("vaadin-text-field input").fill("Final title");
        page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Save draft")).click();
        page.locator(".save-status").filter(new Locator.FilterOptions().setHasText("Saved at")).waitFor();
        page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Close")).click();
        page.waitForURL("**/posts/" + post.id());
        waitForVaadin();
        assertThat(page.locator("h1").textContent()).isEqualTo("Final title");

        page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Delete")).click();
        Locator confirm = page.locator("vaadin-button.confirm-destructive");
        confirm.waitFor();
        page.waitForCondition(() -> "Cancel".equals(page.evaluate(
                "() => document.activeElement && document.activeElement.textContent.trim()")));
        assertThat(posts.find(post.id(), actor(author))).as("nothing is deleted before the confirmation").isPresent();
        confirm.click();
        page.waitForURL(url -> URI.create(url).getPath().equals("/"));
        assertThat(posts.find(post.id(), actor(author))).isEmpty();
    }

    @Test
    void a_new_post_becomes_a_draft_at_the_first_keystroke_and_the_address_becomes_its_own() {
        String author = newAccount("hasty");
        LoginPage.logInBehindTheScenes(page, author, PASSWORD);
        open("/posts/new");
        String title = "Quick " + uniqueName("q");

        page.locator("vaadin-text-field input").fill(title);
        page.waitForURL(url -> url.matches(".*/posts/\\d+/edit$"));

        long id = Long.parseLong(path(page).replaceAll("\\D+", ""));
        assertThat(posts.find(id, actor(author))).hasValueSatisfying(p -> assertThat(p.title()).isEqualTo(title));
        assertThat(posts.find(id, null)).as("still a draft").isEmpty();
    }

    @Test
    void the_search_lives_in_the_address_so_back_from_a_post_and_a_reload_keep_it() {
        String author = newAccount("searcher");
        String tag = uniqueName("found");
        publish(posts.create("Found " + tag, "text", actor(author)), author);
        publish(posts.create("Other " + uniqueName("other"), "text", actor(author)), author);
        open("/");
        Locator search = page.locator(".page-header vaadin-text-field input");
        // the virtual list keeps the elements of rows it no longer shows, hidden
        Locator cards = page.locator(".post-card:visible");
        Locator found = cards.filter(new Locator.FilterOptions().setHasText("Found " + tag));

        search.fill(tag);
        page.waitForURL(url -> url.endsWith("/?q=" + tag));
        waitForVaadin();
        found.locator("h2 a").click();
        page.waitForURL(url -> url.matches(".*/posts/\\d+$"));
        waitForVaadin();

        page.goBack();
        page.waitForURL(url -> url.endsWith("/?q=" + tag));
        waitForVaadin();
        assertThat(search.inputValue()).isEqualTo(tag);
        found.waitFor();
        assertThat(cards.count()).isOne();

        waitForNewDocument(page, page::reload);
        assertThat(search.inputValue()).isEqualTo(tag);
        found.waitFor();
        assertThat(cards.count()).isOne();
    }

    @Test
    void a_mistyped_address_shows_the_not_found_page_to_a_logged_in_user() {
        LoginPage.logInBehindTheScenes(page, newAccount("lost"), PASSWORD);

        // Vaadin serves its page shell with 200 for every route and renders the error view in it.
        open("/no-such-page");

        assertThat(page.locator("h1").textContent()).isEqualTo("Not found");
    }

    @Test
    void the_reader_and_the_editor_have_no_serious_accessibility_violations() {
        String author = newAccount("a11y");
        PostDetails post = posts.create("Accessible " + uniqueName("p"), "Some text\nover two lines", actor(author));
        LoginPage.logInBehindTheScenes(page, author, PASSWORD);

        open("/posts/" + post.id());
        assertThat(axe(page)).as("post view").isEmpty();
        open("/posts/" + post.id() + "/edit");
        assertThat(axe(page)).as("editor").isEmpty();
        open("/");
        assertThat(axe(page)).as("blog list, logged in").isEmpty();
    }
}
