package app.lightbox.images;

/**
 * What serving a stored image needs besides its bytes, which {@link ImageService#openContent(String)}
 * streams.
 *
 * @param size of the bytes as stored now
 * @param sha256 of the bytes, lower-case hex
 */
public record ImageFile(String storedName, String originalName, String mediaType, long size, String sha256) {}
