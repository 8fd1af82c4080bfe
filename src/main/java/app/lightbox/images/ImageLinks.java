package app.lightbox.images;

import app.lightbox.images.derivatives.DerivativeKind;
import java.util.List;
import java.util.StringJoiner;

/** The one place that decides the URLs of images, so that thumbnails or a CDN can change them later. */
public final class ImageLinks {

    static final String PATH = "/files/";
    static final String PAGE = "/images/";
    static final String THUMBNAIL = "thumb";
    static final String DISPLAY = "display";

    private ImageLinks() {}

    public static String url(String storedName) {
        return PATH + storedName;
    }

    /**
     * The image's own page: the library's viewer showing it, with its facts and actions (delete among them),
     * after signing in. For links that other tools open in a browser.
     */
    public static String pageUrl(String storedName) {
        return PAGE + storedName;
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

    /**
     * Every size of an image of {@code width} × {@code height} (as displayed) for a {@code srcset}: the
     * thumbnail and the display size where the original is larger than they are, then the original, each
     * with its width ({@code "/files/x/thumb 320w, /files/x/display 1280w, /files/x 4032w"}). The widths are
     * worked out as the derivatives are made, from the original's size, so no derivative needs to be ready.
     */
    public static String srcset(String storedName, int width, int height) {
        return sizes(storedName, width, height, true);
    }

    /**
     * As {@link #srcset} but without the original where a display size stands in for it: for previews
     * (cards), which never need more than the display size, even on a dense phone screen.
     */
    public static String previewSrcset(String storedName, int width, int height) {
        return sizes(storedName, width, height, false);
    }

    private static String sizes(String storedName, int width, int height, boolean withOriginal) {
        int longSide = Math.max(width, height);
        StringJoiner set = new StringJoiner(", ");
        boolean displayMade = false;
        for (DerivativeKind kind : List.of(DerivativeKind.THUMB, DerivativeKind.DISPLAY)) {
            if (kind.longSide() < longSide) {
                int scaledWidth = Math.max(1, (int) Math.round(width * (double) kind.longSide() / longSide));
                set.add((kind == DerivativeKind.THUMB ? thumbnailUrl(storedName) : displayUrl(storedName))
                        + " " + scaledWidth + "w");
                displayMade = kind == DerivativeKind.DISPLAY;
            }
        }
        if (withOriginal || !displayMade) {
            set.add(url(storedName) + " " + width + "w");
        }
        return set.toString();
    }
}
