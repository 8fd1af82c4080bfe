package app.lightbox.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.browser.BrowserTest;
import app.lightbox.browser.LoginPage;
import app.lightbox.images.ImageFilter;
import app.lightbox.images.ImageService;
import app.lightbox.images.ImageSummary;
import app.lightbox.images.StoreResult;
import app.lightbox.images.storage.StorageProperties;
import app.lightbox.security.Actor;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The library at scale: the time until the first thumbnails show with 10,000 images in the database beside
 * the same with 10, and the server heap that each open library page holds.
 */
class LargeLibraryBenchmark extends BrowserTest {

    static final int FEW = 10;
    static final int MANY = 10_000;
    static final int SESSIONS = 20;
    static final int WARM_UP_SESSIONS = 3;

    @Autowired
    ImageService images;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StorageProperties storage;

    @Test
    void the_library_with_10000_images() throws Exception {
        String loadBefore = Machine.loadAverage();
        String name = newAccount("large");
        Actor uploader = accounts.findByUsername(name).orElseThrow().toActor();
        List<ImageSummary> seeds = new ArrayList<>();
        for (int i = 0; i < FEW; i++) {
            byte[] photo = LibraryPageBenchmark.Photos.jpeg(1600, 1200, 1000 + i);
            seeds.add(((StoreResult.Stored) images.store(new ByteArrayInputStream(photo), "seed-" + i + ".jpg", uploader)).image());
        }
        LibraryPageBenchmark.makeThumbnailsNow(port, seeds.stream().map(ImageSummary::storedName).toList());
        long fewTotal = images.count(ImageFilter.all());
        long fewMillis = median(name);

        copyRows(seeds.getFirst(), MANY - (int) fewTotal);
        long manyTotal = images.count(ImageFilter.all());
        long manyMillis = median(name);
        heapPerSession(WARM_UP_SESSIONS, page -> openLibrary(page, name)); // classes loaded, caches filled
        double loginPerSession = heapPerSession(SESSIONS, LargeLibraryBenchmark::openLoginPage);
        double heapPerSession = heapPerSession(SESSIONS, page -> openLibrary(page, name));

        PerformanceReport.write("large-library", """
                ## The library with 10,000 images

                Time from opening `/images` (logged in, fresh Chromium context, 1280 × 900) until the first
                thumbnail has decoded, median of 3. Then the server heap each open page holds: %d pages opened in
                separate sessions and kept open, the used heap after full GCs (repeated until it settles) compared
                with before, per session; the same for the login page alone (not logged in), Vaadin's own cost of a
                session with a small page, measured in the same run after %d warm-up sessions. A library session
                holds its login page too (the library asks for a login first) and the first page of cards.

                | Figure | Measured | Reference (same run) | Target | Met |
                |---|---|---|---|---|
                | Time to first thumbnails | %d ms with %,d images | %d ms with %,d images (%.2f×) | within 2× | %s |
                | Server heap held per open library page | %.0f KB | %.0f KB for the login page alone | under 1 MB | %s |

                Measured by `./mvnw -B verify -Pbenchmark -Dit.test=LargeLibraryBenchmark` on %s, load average %s before the run.
                The 10,000 rows are copies of one stored image (hard-linked files, its derivatives recorded).
                """.formatted(SESSIONS, WARM_UP_SESSIONS, manyMillis, manyTotal, fewMillis, fewTotal, (double) manyMillis / fewMillis,
                manyMillis <= 2 * fewMillis ? "yes" : "no", heapPerSession / 1024,
                loginPerSession / 1024, heapPerSession < 1024 * 1024 ? "yes" : "no", Machine.describe(), loadBefore));
        assertThat(manyTotal).isGreaterThanOrEqualTo(MANY);
    }

    /** Copies of the image's row, file, derivative rows and files (hard links), under new names. */
    private void copyRows(ImageSummary seed, int copies) throws Exception {
        Path folder = storage.location();
        Map<String, Object> row = jdbc.queryForMap("select * from stored_image where id = ?", seed.id());
        List<Map<String, Object>> derivatives = jdbc.queryForList("select * from image_derivative where image_id = ?", seed.id());
        List<String> columns = row.keySet().stream().filter(c -> !c.equalsIgnoreCase("id")).toList();
        String insert = "insert into stored_image (" + String.join(", ", columns) + ") values ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < copies; i++) {
            byte[] bytes = new byte[16];
            random.nextBytes(bytes);
            String base = HexFormat.of().formatHex(bytes);
            String storedName = base + ".jpg";
            Files.createLink(folder.resolve(storedName), folder.resolve(seed.storedName()));
            // copies as a library held them before one copy per image (V14): without the unique content key
            Object[] values = columns.stream().map(c -> c.equalsIgnoreCase("stored_name") ? storedName
                    : c.equalsIgnoreCase("content_key") ? null : row.get(c)).toArray();
            jdbc.update(insert, values);
            long id = jdbc.queryForObject("select id from stored_image where stored_name = ?", Long.class, storedName);
            jdbc.update("insert into derivative_job (image_id, state, attempts, next_attempt_at, updated_at) "
                    + "values (?, 'DONE', 1, current_timestamp, current_timestamp)", id);
            for (Map<String, Object> derivative : derivatives) {
                String seedName = (String) derivative.get("stored_name");
                String copyName = base + seedName.substring(seedName.indexOf('_'));
                Files.createLink(folder.resolve(copyName), folder.resolve(seedName));
                jdbc.update("insert into image_derivative (image_id, kind, stored_name, media_type, width, height, size_bytes, sha256) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?)", id, derivative.get("kind"), copyName, derivative.get("media_type"),
                        derivative.get("width"), derivative.get("height"), derivative.get("size_bytes"), derivative.get("sha256"));
            }
        }
    }

    private long median(String name) {
        List<Long> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            BrowserContext fresh = newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1280, 900));
            Page browserPage = fresh.newPage();
            LoginPage.open(browserPage).login(name, PASSWORD);
            long start = System.nanoTime();
            browserPage.navigate("/images");
            browserPage.waitForFunction("() => { const img = document.querySelector('.image-card img');"
                    + " return img && img.complete && img.naturalWidth > 0; }");
            runs.add((System.nanoTime() - start) / 1_000_000);
            fresh.close();
        }
        return runs.stream().sorted().toList().get(1);
    }

    /**
     * Used heap after a full GC, before and while {@code sessions} pages are open (each in a fresh browser
     * context, so a session of its own), per page. The pages stay open, and are checked to be still there,
     * until the heap has been measured.
     */
    private double heapPerSession(int sessions, Consumer<Page> open) throws InterruptedException {
        long before = usedHeapAfterGc();
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            BrowserContext fresh = newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1280, 900));
            Page browserPage = fresh.newPage();
            open.accept(browserPage);
            pages.add(browserPage);
        }
        long after = usedHeapAfterGc();
        for (Page browserPage : pages) {
            waitForVaadin(browserPage); // still a live Vaadin page, not an expired session
            browserPage.context().close();
        }
        return (double) (after - before) / sessions;
    }

    private static void openLoginPage(Page browserPage) {
        LoginPage.open(browserPage);
    }

    /** As a reader opens it: the library asks for a login, then shows its first page. */
    private static void openLibrary(Page browserPage, String name) {
        browserPage.navigate("/images");
        waitForVaadin(browserPage);
        new LoginPage(browserPage).login(name, PASSWORD);
        browserPage.locator(".image-card").first().waitFor();
    }

    /** Full GCs until the used heap changes by less than 16 KB from one to the next (at most 10). */
    private static long usedHeapAfterGc() throws InterruptedException {
        long previous = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            Thread.sleep(200);
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            if (Math.abs(used - previous) < 16 * 1024) {
                return used;
            }
            previous = used;
        }
        return previous;
    }
}
