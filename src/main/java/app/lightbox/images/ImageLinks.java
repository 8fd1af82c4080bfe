package app.lightbox.images;

/** The one place that decides the URLs of images, so that thumbnails or a CDN can change them later. */
public final class ImageLinks {

    static final String PATH = "/files/";

    private ImageLinks() {}

    public static String url(String storedName) {
        return PATH + storedName;
    }

    public static String downloadUrl(String storedName) {
        return url(storedName) + "?download";
    }
}
