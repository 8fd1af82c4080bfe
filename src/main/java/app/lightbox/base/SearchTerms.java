package app.lightbox.base;

import java.util.Locale;

/** What people type into a search box, made safe for a case-insensitive SQL {@code LIKE ... escape '\'}. */
public final class SearchTerms {

    private SearchTerms() {}

    public static boolean isBlank(String search) {
        return search == null || withoutNul(search).isBlank();
    }

    /** A lower-case pattern matching any text that contains the search, with its own {@code %} and {@code _} taken literally. */
    public static String containsPattern(String search) {
        String literal = withoutNul(search).strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + literal + "%";
    }

    /** PostgreSQL refuses U+0000 in a query parameter, and no stored text has one. */
    private static String withoutNul(String search) {
        return search.replace("\0", "");
    }
}
