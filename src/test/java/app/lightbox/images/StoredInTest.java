package app.lightbox.images;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.base.NotFoundException;
import app.lightbox.images.StoreResult.AlreadyStored;
import app.lightbox.images.StoreResult.Stored;
import app.lightbox.security.Actor;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The images a test stored, deleted again after it: a fixture file is the same bytes in every test, and the
 * library stores the same bytes once, so a test that stores one must not leave it to the next. Registered
 * on the test's instance: {@code @RegisterExtension final StoredInTest stored = new StoredInTest();}
 */
public final class StoredInTest implements AfterEachCallback {

    private static final Actor CLEANER = new Actor(0, "test-cleanup", true);

    private final Set<String> storedNames = new LinkedHashSet<>();

    /** The image an upload was stored as. */
    public ImageSummary stored(StoreResult result) {
        assertThat(result).isInstanceOf(Stored.class);
        return keep(((Stored) result).image());
    }

    /** The image an upload was stored as, or found already stored as. */
    public ImageSummary storedOrFound(StoreResult result) {
        return keep(switch (result) {
            case Stored stored -> stored.image();
            case AlreadyStored found -> found.image();
            case StoreResult.Refused refused -> throw new AssertionError("Refused: " + refused);
        });
    }

    /** An image the test stored some other way. */
    public ImageSummary keep(ImageSummary image) {
        storedNames.add(image.storedName());
        return image;
    }

    /** Deletes what is still there, in the test's own application context (its database). */
    @Override
    public void afterEach(ExtensionContext context) {
        ImageDeletions deletions = SpringExtension.getApplicationContext(context).getBean(ImageDeletions.class);
        storedNames.forEach(name -> {
            try {
                deletions.delete(name, CLEANER, true);
            } catch (NotFoundException gone) {
                // the test deleted it itself
            }
        });
        storedNames.clear();
    }
}
