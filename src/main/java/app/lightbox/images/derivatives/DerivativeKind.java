package app.lightbox.images.derivatives;

import app.lightbox.images.ImageFormat;
import java.util.Arrays;
import java.util.List;

/** The derivatives each image gets, by the long side asked of the maker. */
public enum DerivativeKind {
    /** For cards and lists. */
    THUMB(320, "_t"),
    /** For posts and the viewer. */
    DISPLAY(1280, "_d");

    private final int longSide;
    private final String suffix;

    DerivativeKind(int longSide, String suffix) {
        this.longSide = longSide;
        this.suffix = suffix;
    }

    public int longSide() {
        return longSide;
    }

    /**
     * The stored name of this derivative of an original: {@code <base>_t.jpg}. Still a valid stored name
     * (no second dot), and never an original's, whose names are hexadecimal.
     */
    String storedName(String originalName, ImageFormat format) {
        return originalName.substring(0, originalName.lastIndexOf('.')) + suffix + format.extension();
    }

    /** The long sides of all kinds, largest first: the order the maker is asked in. */
    static List<Integer> longSides() {
        return Arrays.stream(values()).map(DerivativeKind::longSide).sorted((a, b) -> b - a).toList();
    }

    static DerivativeKind ofLongSide(int longSide) {
        return Arrays.stream(values()).filter(kind -> kind.longSide == longSide).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No derivative has the long side " + longSide));
    }
}
