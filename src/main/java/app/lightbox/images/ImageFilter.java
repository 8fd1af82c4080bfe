package app.lightbox.images;

import app.lightbox.base.SearchTerms;
import org.jspecify.annotations.Nullable;

/**
 * Which images of the library a list shows.
 *
 * @param nameContains only images whose original name contains this (any case); all for null or blank
 * @param unusedOnly only the images that nothing uses (no post, not even a draft)
 */
public record ImageFilter(@Nullable String nameContains, boolean unusedOnly) {

    private static final ImageFilter ALL = new ImageFilter(null, false);

    /** Every image. */
    public static ImageFilter all() {
        return ALL;
    }

    /** The images that nothing uses. */
    public static ImageFilter unused() {
        return new ImageFilter(null, true);
    }

    /** The images whose original name contains the search, all of them for a blank one. */
    public static ImageFilter named(@Nullable String nameContains) {
        return new ImageFilter(nameContains, false);
    }

    boolean searches() {
        return !SearchTerms.isBlank(nameContains);
    }
}
