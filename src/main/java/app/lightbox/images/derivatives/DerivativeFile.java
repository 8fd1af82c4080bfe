package app.lightbox.images.derivatives;

/**
 * A made derivative, as recorded: its file is in the image storage under {@code storedName}.
 *
 * @param sha256 of the file, lower-case hex: its ETag
 */
public record DerivativeFile(String storedName, String mediaType, int width, int height, long sizeBytes, String sha256) {}
