package app.lightbox.security;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import org.jspecify.annotations.Nullable;

/**
 * The forms of a user name.
 *
 * <ul>
 *   <li>{@code display}: how the account is shown, with its case kept. It is NFKC, so fullwidth
 *       letters, ligatures and Roman numerals become the letters they stand for ("ａｄｍｉｎ" is "admin",
 *       "ﬁle" is "file", "Ⅰvan" is "Ivan").
 *   <li>{@code key}: makes names unique and finds an account at login. It is NFKC with Unicode case
 *       folding, so "Straße" and "STRASSE" are one name.
 *   <li>{@code skeleton}: what the name looks like (Unicode TS #39). Names that look alike share it,
 *       such as "admin" and "аdmin" with a Cyrillic "а".
 * </ul>
 */
record UsernameForms(String display, String key, String skeleton) {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
    /** A built SpoofChecker is immutable; ICU advises building it once and sharing it. */
    private static final SpoofChecker CONFUSABLES = new SpoofChecker.Builder().build();
    /**
     * Moderately restrictive: one script, or Latin with another script except Cyrillic and Greek
     * ("zhang张" passes, "аdmin" does not); and digits from only one numbering system.
     */
    private static final SpoofChecker SCRIPTS = new SpoofChecker.Builder()
            .setChecks(SpoofChecker.RESTRICTION_LEVEL | SpoofChecker.MIXED_NUMBERS)
            .setRestrictionLevel(SpoofChecker.RestrictionLevel.MODERATELY_RESTRICTIVE)
            .build();

    static UsernameForms of(@Nullable String typed) {
        String display = NFKC.normalize(typed == null ? "" : typed.strip()).strip();
        return new UsernameForms(display, NFKC_CASEFOLD.normalize(display), skeletonOf(display));
    }

    /**
     * The skeleton of the name, case-folded, then the skeleton of that. The skeleton alone keeps case,
     * so "Admin" and "аdmin" would differ. Folding first would lose that a capital I looks like a small L
     * ("Ivan" and "lvan"). The second pass maps what folding produced ("M", then "m", then "rn").
     * NFKC comes first because ICU's skeleton leaves fullwidth letters such as "ｄ" alone.
     */
    private static String skeletonOf(String display) {
        return CONFUSABLES.getSkeleton(NFKC_CASEFOLD.normalize(CONFUSABLES.getSkeleton(display)));
    }

    /** Whether the name mixes scripts, or numbering systems, in a way that TS #39 counts as suspicious. */
    boolean mixesScripts() {
        return SCRIPTS.failsChecks(display);
    }
}
