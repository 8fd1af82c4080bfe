package app.lightbox.base;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** What people type into a search box, made safe for a case-insensitive SQL {@code LIKE ... escape '\'}. */
public final class SearchTerms {

    private SearchTerms() {}

    public static boolean isBlank(@Nullable String search) {
        return StoredText.withoutNul(search).isBlank();
    }

    /** A lower-case pattern matching any text that contains the search, with its own {@code %} and {@code _} taken literally. */
    public static String containsPattern(@Nullable String search) {
        String literal = StoredText.withoutNul(search).strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + literal + "%";
    }
}
