package app.lightbox.browser;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Saves the page as {@code target/screenshots/<TestClass>.<test>.png} when a test fails (or after
 * every test with {@code -Dscreenshots=always}). It runs right after the test method, before the
 * browser context is closed, which a {@code TestWatcher} would be too late for.
 */
class Screenshots implements AfterTestExecutionCallback {

    static final Path FOLDER = Paths.get("target", "screenshots");

    @Override
    public void afterTestExecution(ExtensionContext extension) {
        boolean failed = extension.getExecutionException().isPresent();
        if (!failed && !"always".equals(System.getProperty("screenshots"))) {
            return;
        }
        if (!(extension.getRequiredTestInstance() instanceof BrowserTest test) || test.currentPage() == null) {
            return;
        }
        Page page = test.currentPage();
        if (page.isClosed()) {
            return;
        }
        String name = extension.getRequiredTestClass().getSimpleName() + "."
                + extension.getDisplayName().replaceAll("[^\\p{L}\\p{N}._-]+", "_").replaceAll("_+$", "");
        Path file = FOLDER.resolve(name + ".png");
        try {
            page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
            System.err.println("Screenshot of " + page.url() + " saved to " + file.toAbsolutePath());
        } catch (RuntimeException e) {
            System.err.println("No screenshot of the failed test " + name + ": " + e.getMessage());
        }
    }
}
