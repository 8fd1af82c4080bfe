package app.lightbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.blog.PostDetails;
import app.lightbox.blog.PostService;
import app.lightbox.security.Actor;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.FilePayload;
import java.awt.Color;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every view and dialog works under the pages' Content-Security-Policy: the browser reports no
 * violation and no script fails. Chromium reports a violation in the console and as a
 * {@code securitypolicyviolation} event, which an init script logs too (with the directive and source).
 */
class ContentSecurityPolicyBrowserIT extends BrowserTest {

    private static final String REPORT_VIOLATIONS = """
            document.addEventListener('securitypolicyviolation', e => console.error('CSP violation: '
                + e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + ' in ' + e.sourceFile + ':' + e.lineNumber
                + ' ' + (e.sample || '')));
            """;

    @Autowired
    PostService posts;

    /** Console errors and uncaught script errors, each with the page where it happened. */
    private final List<String> problems = new CopyOnWriteArrayList<>();

    @BeforeEach
    void watchForViolations() {
        watch(page);
    }

    private void watch(Page tab) {
        tab.addInitScript(REPORT_VIOLATIONS);
        tab.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                problems.add(tab.url() + ": " + message.text());
            }
        });
        tab.onPageError(error -> problems.add(tab.url() + ": uncaught " + error));
    }

    @Test
    void html_pages_carry_the_policy_and_the_other_defence_headers() {
        Response response = page.navigate("/login");

        String policy = response.headerValue("content-security-policy");
        assertThat(policy).contains("frame-ancestors 'self'", "object-src 'none'", "base-uri 'self'",
                "form-action 'self'", "default-src 'self'");
        assertThat(policy).doesNotContainPattern("script-src[^;]*'unsafe-inline'");
        assertThat(response.headerValue("x-content-type-options")).isEqualTo("nosniff");
        assertThat(response.headerValue("referrer-policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(response.headerValue("x-frame-options")).isEqualTo("SAMEORIGIN");
        waitForVaadin();
        assertThat(problems).isEmpty();
    }

    @Test
    void a_visitor_s_pages_work_under_the_policy() {
        String author = newAccount("public");
        PostDetails post = published("Open " + uniqueName("p"), "Some *text*, [a link](https://example.com)"
                + " and a picture of another site: ![pixel](http://127.0.0.1:9/pixel.png)", author);

        open("/");
        page.locator("article h2").filter(new Locator.FilterOptions().setHasText(post.title())).first().waitFor();
        open("/posts/" + post.id());
        assertThat(page.locator(".post-body a[href='http://127.0.0.1:9/pixel.png']").textContent()).isEqualTo("pixel");
        LoginPage.open(page).goToRegister();
        open("/no-such-page"); // a visitor is asked to log in first
        assertThat(path(page)).isEqualTo("/login");

        assertThat(problems).isEmpty();
    }

    @Test
    void a_member_s_views_and_dialogs_work_under_the_policy() throws IOException {
        // made first: should the database have no account yet, the first is the administrator, who may edit it
        PostDetails others = published("Not yours " + uniqueName("n"), "text", newAccount("owner"));
        String member = newAccount("member");
        LoginPage.open(page).login(member, PASSWORD);
        assertThat(problems).as("the login page and the form's post").isEmpty();

        // the library: an upload, its preview, the delete question
        open("/images");
        String name = "csp-" + uniqueName("i") + ".png";
        page.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload(name, "image/png",
                ImagesBrowserIT.image("png", 40, 30, Color.ORANGE)));
        Locator card = page.locator(".image-card").filter(new Locator.FilterOptions().setHasText(name));
        card.waitFor();
        page.waitForFunction("img => img.complete && img.naturalWidth > 0",
                card.locator("a.image-preview img").elementHandle());
        card.locator("vaadin-button[aria-label='Delete " + name + "']").click();
        page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Cancel")).click();
        waitForVaadin();

        // the editor with its preview and the library picker, then the published post
        open("/posts/new");
        page.locator("vaadin-text-field input").fill("Under the policy " + uniqueName("t"));
        page.locator("vaadin-text-area textarea").fill("Some **bold** text");
        page.locator(".post-preview strong").waitFor();
        page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Insert from library")).click();
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(name)).click();
        page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Insert 1 image")).click();
        page.waitForFunction("() => Array.from(document.querySelectorAll('.post-preview img'))"
                + ".some(i => i.complete && i.naturalWidth > 0)");
        page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Publish")).click();
        page.waitForURL(url -> url.matches(".*/posts/\\d+$"));
        waitForVaadin();
        String postPath = path(page);
        page.waitForFunction("() => Array.from(document.querySelectorAll('.post-body img'))"
                + ".some(i => i.complete && i.naturalWidth > 0)");
        open(postPath + "/edit");
        open("/drafts");
        open("/");

        // the language switch reloads the page; the error views
        new UserMenu(page).chooseLanguage("Language", "简体中文");
        new UserMenu(page).chooseLanguage("语言", "English");
        open("/no-such-page");
        assertThat(page.locator("h1").textContent()).isEqualTo("Not found");
        open("/posts/" + others.id() + "/edit");
        assertThat(page.locator("h1").textContent()).isEqualTo("Not allowed");
        new UserMenu(page).logOut();

        assertThat(problems).isEmpty();
    }

    private Actor actor(String username) {
        return accounts.findByUsername(username).orElseThrow().toActor();
    }

    private PostDetails published(String title, String body, String author) {
        PostDetails draft = posts.create(title, body, actor(author));
        return posts.publish(draft.id(), draft.version(), actor(author));
    }
}
