package app.lightbox.images;

import java.text.Normalizer;
import org.jspecify.annotations.Nullable;

/**
 * Cleans the name a client gave a file, which is kept only to show and to offer on download. It
 * never becomes a path: stored names are random.
 */
final class OriginalName {

    /** The width of {@code stored_image.original_name}. */
    static final int MAX_LENGTH = 255;
    /** An extension longer than this is part of the name, not worth keeping when shortening. */
    private static final int MAX_KEPT_EXTENSION = 16;

    private OriginalName() {}

    /**
     * The last path element of the name (after {@code /} or {@code \}), without control characters,
     * bidirectional overrides and isolates (which can make {@code gnp.exe} look like {@code exe.png}),
     * stray surrogates or line separators; NFC-normalised, trimmed and at most {@value #MAX_LENGTH}
     * UTF-16 units, keeping the extension. The fallback if nothing is left.
     */
    static String clean(@Nullable String raw, String fallback) {
        if (raw == null) {
            return fallback;
        }
        String name = raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(withoutHiddenCharacters(name), Normalizer.Form.NFC).strip();
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            return fallback;
        }
        return shorten(name);
    }

    /**
     * The name without the characters that hide or disguise what it says (control characters, line breaks,
     * bidirectional overrides, stray surrogates), and otherwise as it is.
     */
    static String withoutHiddenCharacters(String name) {
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().filter(cp -> !isUnwanted(cp)).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean isUnwanted(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.SURROGATE, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR ->
                true;
            default -> (cp >= 0x202A && cp <= 0x202E) // LRE, RLE, PDF, LRO, RLO
                    || (cp >= 0x2066 && cp <= 0x2069) // LRI, RLI, FSI, PDI
                    || cp == 0x200E || cp == 0x200F // LRM, RLM
                    || cp == 0x061C; // ALM
        };
    }

    private static String shorten(String name) {
        if (name.length() <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= MAX_KEPT_EXTENSION ? name.substring(dot) : "";
        String base = name.substring(0, name.length() - extension.length());
        return cut(base, MAX_LENGTH - extension.length()).stripTrailing() + extension;
    }

    /** The first {@code max} UTF-16 units, never half a surrogate pair. */
    private static String cut(String s, int max) {
        int end = Math.min(max, s.length());
        if (end > 0 && end < s.length() && Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }
}
