package app.lightbox.base;

import org.jspecify.annotations.Nullable;

/** What text may be stored or searched for, whichever database holds it. */
public final class StoredText {

    private StoredText() {}

    /**
     * The text without U+0000, which nobody means to type and which PostgreSQL refuses in text columns
     * and query parameters alike; empty for {@code null}.
     */
    public static String withoutNul(@Nullable String text) {
        return text == null ? "" : text.replace("\0", "");
    }
}
