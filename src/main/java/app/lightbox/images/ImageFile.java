package app.lightbox.images;

/**
 * What serving a stored file needs besides its bytes, which {@link StoredFileResponses} sends: an
 * original, or anything else kept under a stored name with its own media type, size and checksum.
 *
 * @param size of the bytes as stored now
 * @param sha256 of the bytes, lower-case hex
 */
public record ImageFile(String storedName, String originalName, String mediaType, long size, String sha256) {

    /** The name to save the file under: the original one, with the extension of what the file really is. */
    public String downloadName() {
        return ImageFormat.ofMediaType(mediaType).map(format -> format.fileName(originalName)).orElse(originalName);
    }
}
