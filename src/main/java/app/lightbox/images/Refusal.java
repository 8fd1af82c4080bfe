package app.lightbox.images;

/** Why an upload was not stored. Each has a message {@code images.refused.<name>}. */
public enum Refusal {
    /** No bytes at all. */
    EMPTY,
    /** More bytes than {@code lightbox.upload.max-file-size}; argument: that limit as a {@link app.lightbox.base.ByteSize}. */
    TOO_LARGE,
    /** The header declares more than {@code lightbox.upload.max-pixels}; arguments: width, height, the limit. */
    TOO_MANY_PIXELS,
    /** The bytes are no accepted image type, whatever the name says; argument: the accepted types as text. */
    UNSUPPORTED_TYPE,
    /** The bytes start like an accepted type, but the header is cut off or malformed. */
    UNREADABLE,
    /**
     * Its metadata may hold a location (lightbox.privacy.strip-location) but is damaged, so the location
     * cannot be removed for sure.
     */
    LOCATION_UNREMOVABLE,
    /** The bytes could not be read or written; nothing was stored. */
    STORAGE_FAILED,
    /** The upload stopped before its end: cancelled in the browser, or the connection was lost. Not an error. */
    INTERRUPTED
}
