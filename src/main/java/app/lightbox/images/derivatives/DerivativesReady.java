package app.lightbox.images.derivatives;

/**
 * Published (a Spring application event) when an image's derivatives are made and recorded, after the
 * commit: from then on {@code ImageLinks.thumbnailUrl(storedName)} and {@code displayUrl} serve them,
 * and {@link DerivativeService#sizes} reports them. Also published when its job finally fails, since its
 * URLs then serve the original for good: either way a placeholder can be replaced now.
 *
 * <p>Delivered synchronously on the worker's thread (or the request's that made them on demand), outside
 * any transaction and any Vaadin session lock: a listener that updates a UI does so in {@code UI.access}
 * and returns quickly. Only the node that made the derivatives hears of it.
 *
 * @param imageId the image's id
 * @param storedName the original's stored name
 */
public record DerivativesReady(long imageId, String storedName) {}
