package app.lightbox.browser;

import app.lightbox.security.Registration;
import app.lightbox.security.UserAccountService;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the real-browser tests ({@code *BrowserIT}, run by failsafe in {@code verify}).
 *
 * <p>The application runs on a random port with the test configuration; all browser tests share that
 * one Spring context (and so its database), so each test makes its own accounts with
 * {@link #uniqueName(String)}. Chromium is started once for all of them; each test gets a fresh
 * {@link BrowserContext} (no cookies, no session) in {@code en-US}, and {@link #page} in it; see
 * {@link #useBrowserLanguage(String)} for another language. A failing test leaves a screenshot in
 * {@code target/screenshots/} ({@code -Dscreenshots=always} for every test; {@code -Dbrowser.headed=true}
 * shows the browser when run on a desktop).
 *
 * <p>Subclasses must not add Spring test annotations of their own (properties, mocks): that would
 * start a second application.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(Screenshots.class)
public abstract class BrowserTest {

    /** Debian's package; where it is missing, Playwright downloads its own browser. */
    static final Path SYSTEM_CHROMIUM = Paths.get("/usr/bin/chromium");

    /**
     * A host name the browser resolves to this machine ({@code --host-resolver-rules}): not localhost,
     * so a page served from it over plain HTTP is no secure context, as on an intranet server; see
     * {@link #useIntranetHost()}.
     */
    protected static final String INTRANET_HOST = "lightbox.test";

    private static final AtomicInteger NAMES = new AtomicInteger();

    private static Playwright playwright;
    private static Browser browser;
    private static boolean closeHookAdded;

    /** The password of the accounts made with {@link #newAccount(String)}. */
    protected static final String PASSWORD = "correct horse battery";

    @LocalServerPort
    protected int port;

    @Autowired
    protected UserAccountService accounts;

    protected BrowserContext context;
    protected Page page;

    /**
     * Starts Chromium for the first browser test class, and again only if it has gone; it is closed when
     * the test JVM ends. A start per class cost about a second each.
     */
    @BeforeAll
    static void launchBrowser() {
        if (browser != null && browser.isConnected()) {
            return;
        }
        closeBrowser();
        boolean systemChromium = Files.isExecutable(SYSTEM_CHROMIUM);
        Playwright.CreateOptions create = new Playwright.CreateOptions();
        BrowserType.LaunchOptions launch = new BrowserType.LaunchOptions()
                .setHeadless(!Boolean.getBoolean("browser.headed"))
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage",
                        "--host-resolver-rules=MAP " + INTRANET_HOST + " 127.0.0.1"));
        if (systemChromium) {
            create.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"));
            launch.setExecutablePath(SYSTEM_CHROMIUM);
        }
        playwright = Playwright.create(create);
        browser = playwright.chromium().launch(launch);
        if (!closeHookAdded) {
            Runtime.getRuntime().addShutdownHook(new Thread(BrowserTest::closeBrowser, "close-chromium"));
            closeHookAdded = true;
        }
    }

    private static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        browser = null;
        playwright = null;
    }

    @BeforeEach
    void openBrowserContext() {
        context = newContext("en-US");
        page = context.newPage();
    }

    @AfterEach
    void closeBrowserContexts() {
        // closes the contexts a test opened with newContext(...) too
        for (BrowserContext open : browser.contexts()) {
            open.close();
        }
    }

    /**
     * Replaces {@link #context} and {@link #page} with fresh ones whose browser language (navigator
     * language and Accept-Language) is {@code locale}, e.g. "zh-CN".
     */
    protected Page useBrowserLanguage(String locale) {
        context.close();
        context = newContext(locale);
        page = context.newPage();
        return page;
    }

    /**
     * Replaces {@link #context} and {@link #page} with fresh ones that open the application at
     * {@code http://lightbox.test:<port>} instead of localhost: plain HTTP on a host that is not
     * localhost, where browsers give pages no clipboard API (and no other secure-context feature).
     */
    protected Page useIntranetHost() {
        context.close();
        context = newContext(new Browser.NewContextOptions().setLocale("en-US")
                .setBaseURL("http://" + INTRANET_HOST + ":" + port));
        page = context.newPage();
        return page;
    }

    /**
     * A further fresh browser context (like another private window) whose language is {@code locale},
     * for tests with two users at once; it is closed after the test.
     */
    protected BrowserContext newContext(String locale) {
        return newContext(new Browser.NewContextOptions().setLocale(locale));
    }

    /**
     * A further fresh browser context with these options (a time zone, say), on the application at
     * localhost unless the options name another base URL.
     */
    protected BrowserContext newContext(Browser.NewContextOptions options) {
        if (options.viewportSize == null) {
            options.setViewportSize(1280, 800);
        }
        if (options.baseURL == null) {
            options.setBaseURL("http://localhost:" + port);
        }
        BrowserContext fresh = browser.newContext(options);
        fresh.setDefaultTimeout(20_000);
        return fresh;
    }

    /** Opens a path of the application ("/login") and waits until Vaadin has rendered it. */
    protected Page open(String path) {
        page.navigate(path);
        waitForVaadin(page);
        return page;
    }

    protected void waitForVaadin() {
        waitForVaadin(page);
    }

    /** Waits until the Vaadin client has started and has no request to the server under way. */
    public static void waitForVaadin(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
    }

    /**
     * Runs an action that loads a new document (a form post, a redirect, a reload) and waits until the
     * new page is there and, if it is a Vaadin page, Vaadin is idle. Unlike waiting for a URL, this
     * also works when the new page has the same URL as the old one (a second failed login).
     */
    public static void waitForNewDocument(Page page, Runnable action) {
        page.evaluate("() => window.__lightboxOldDocument = true");
        action.run();
        page.waitForFunction("() => !window.__lightboxOldDocument");
        page.waitForLoadState();
        boolean vaadinPage = (Boolean) page.evaluate("() => !!document.querySelector('script[data-app-id]')");
        if (vaadinPage) {
            waitForVaadin(page);
        }
    }

    /**
     * The path of the page now shown, e.g. "/login" (without host and query); the whole URL when the
     * browser shows one of its own pages instead (chrome-error://… for an error without a body).
     */
    public static String path(Page page) {
        URI url = URI.create(page.url());
        return url.getScheme().startsWith("http") ? url.getPath() : page.url();
    }

    /** The serious and critical axe-core violations on the page now shown; see {@link Axe}. */
    public static List<Axe.Violation> axe(Page page) {
        return Axe.violations(page);
    }

    /** Creates an account with {@link #PASSWORD} directly through the service, and returns its name. */
    protected String newAccount(String prefix) {
        String name = uniqueName(prefix);
        Registration result = accounts.register(name, PASSWORD);
        if (!(result instanceof Registration.Registered)) {
            throw new IllegalStateException("Could not create the test account " + name + ": " + result);
        }
        return name;
    }

    /** A user name no other test uses, since all browser tests share one database. */
    protected static String uniqueName(String prefix) {
        return prefix + NAMES.incrementAndGet() + "x" + Long.toString(System.nanoTime() % 100_000, 36);
    }

    Page currentPage() {
        return page;
    }

    /**
     * From now on, file choosers the page opens are intercepted and collected in the returned list.
     * Call it well before the action that opens one: the interception is switched on asynchronously.
     */
    public static java.util.List<com.microsoft.playwright.FileChooser> interceptFileChoosers(Page page) {
        java.util.List<com.microsoft.playwright.FileChooser> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
        page.onFileChooser(opened::add);
        return opened;
    }
}
