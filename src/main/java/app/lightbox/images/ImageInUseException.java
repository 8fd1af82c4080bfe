package app.lightbox.images;

import java.util.List;

/**
 * An image was not deleted because posts use it, and the caller did not say to delete it anyway.
 *
 * @see ImageDeletions
 */
public class ImageInUseException extends RuntimeException {

    private final int usageCount;
    private final List<ImageReferrer> usedIn;

    ImageInUseException(String storedName, int usageCount, List<ImageReferrer> usedIn) {
        super("Image " + storedName + " is used by " + usageCount + " referrer(s)");
        this.usageCount = usageCount;
        this.usedIn = List.copyOf(usedIn);
    }

    /** How many use it, drafts the caller may not see included. */
    public int usageCount() {
        return usageCount;
    }

    /** Those that use it as far as the caller may see them (others' drafts are left out). */
    public List<ImageReferrer> usedIn() {
        return usedIn;
    }
}
