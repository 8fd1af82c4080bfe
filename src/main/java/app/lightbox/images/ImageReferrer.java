package app.lightbox.images;

/**
 * Something that uses an image, as the library shows it.
 *
 * @param label e.g. a post's title; may be empty (an untitled draft), for the view to fill in
 * @param path where it is, e.g. {@code /posts/42}
 */
public record ImageReferrer(String label, String path) {}
