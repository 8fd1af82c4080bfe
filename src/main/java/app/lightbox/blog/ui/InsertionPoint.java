package app.lightbox.blog.ui;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * Where images go in the text: after the line the writer last changed. Vaadin's text area tells the
 * server nothing about the caret, but every new value arrives, and comparing it with the one before
 * shows where the change was. Images go at the end of that line, each as a paragraph of its own, and
 * several in a row one after the other. Before the writer has changed anything, at the end of the text.
 */
final class InsertionPoint implements Serializable {

    private String known = "";
    /** Where the next image goes in {@link #known}; null: at the end. */
    private @Nullable Integer position;

    /** The text as the editor shows it now, not changed by the writer (a post opened, a text restored). */
    void reset(String text) {
        known = text;
        position = null;
    }

    /** A new value typed by the writer: the next image goes after the line where it changed. */
    void changed(String text) {
        if (text.equals(known)) {
            return;
        }
        int prefix = 0;
        int max = Math.min(known.length(), text.length());
        while (prefix < max && known.charAt(prefix) == text.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && known.charAt(known.length() - 1 - suffix) == text.charAt(text.length() - 1 - suffix)) {
            suffix++;
        }
        int changeEnd = text.length() - suffix;
        position = endOfLine(text, changeEnd);
        known = text;
    }

    /** A text with an image placed in it, and where the next one would go. */
    record Placement(String text, int next) implements Serializable {}

    /**
     * The text with the Markdown inserted as a paragraph of its own at this point; nothing changes here
     * until it is {@linkplain #accept accepted}. {@code text} is the editor's current value; if it is not
     * the one last seen (a change the server made), the point is taken from it afresh.
     */
    Placement place(String text, String markdown) {
        if (!text.equals(known)) {
            changed(text);
        }
        int at = position == null ? text.length() : Math.min(position, text.length());
        String before = text.substring(0, at);
        String after = text.substring(at);
        String separatorBefore = before.isEmpty() || before.endsWith("\n\n") ? ""
                : before.endsWith("\n") ? "\n" : "\n\n";
        String separatorAfter = after.isEmpty() ? "\n" : after.startsWith("\n\n") ? "" : after.startsWith("\n") ? "\n" : "\n\n";
        String placed = before + separatorBefore + markdown;
        return new Placement(placed + separatorAfter + after, placed.length());
    }

    /** The placed image is in the text now: the next one goes after it. */
    void accept(Placement placement) {
        known = placement.text();
        position = position == null ? null : placement.next();
    }

    /** Places and accepts at once. */
    String insert(String text, String markdown) {
        Placement placement = place(text, markdown);
        accept(placement);
        return placement.text();
    }

    /** The end of the line that holds the character before {@code index} (or starts at it). */
    private static int endOfLine(String text, int index) {
        int from = Math.max(0, index - 1);
        if (index > 0 && text.charAt(index - 1) == '\n') {
            // the change ended a line (Enter): the writer is on the next one
            from = index;
        }
        int newline = text.indexOf('\n', from);
        return newline < 0 ? text.length() : newline;
    }
}
