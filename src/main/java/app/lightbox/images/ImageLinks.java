package app.lightbox.images;

/** The one place that decides the URLs of images, so that thumbnails or a CDN can change them later. */
public final class ImageLinks {

    static final String PATH = "/files/";
    static final String THUMBNAIL = "thumb";
    static final String DISPLAY = "display";

    private ImageLinks() {}

    public static String url(String storedName) {
        return PATH + storedName;
    }

    public static String downloadUrl(String storedName) {
        return url(storedName) + "?download";
    }

    /**
     * The thumbnail (about 320 px on the long side), for cards and lists; the original's bytes where the
     * original is not larger, or while and if the thumbnail cannot be made. Works for every image.
     */
    public static String thumbnailUrl(String storedName) {
        return url(storedName) + "/" + THUMBNAIL;
    }

    /** The display size (about 1280 px on the long side), for posts and the viewer; as the thumbnail otherwise. */
    public static String displayUrl(String storedName) {
        return url(storedName) + "/" + DISPLAY;
    }
}
