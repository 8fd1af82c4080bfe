package app.lightbox.images.derivatives;

import org.jspecify.annotations.Nullable;

/**
 * What a page needs to show an image by its derivatives (e.g. a {@code srcset} with the original's width
 * from {@code ImageSummary}).
 *
 * @param thumbnailReady whether {@code ImageLinks.thumbnailUrl} shows something final now: the thumbnail is
 *     made, or the original stands in for it (no larger than a thumbnail, or making it failed); false while its job waits,
 *     when a page shows a placeholder until {@link DerivativesReady}
 * @param thumbnail the thumbnail's size, null when the original stands in for it
 * @param display the display size's size, null when the original stands in for it
 */
public record DerivativeSizes(boolean thumbnailReady, @Nullable Size thumbnail, @Nullable Size display) {

    /** Of an image not known to the library (deleted), or without a job: its URLs serve the original. */
    public static final DerivativeSizes ORIGINAL_ONLY = new DerivativeSizes(true, null, null);

    public record Size(int width, int height) {}
}
