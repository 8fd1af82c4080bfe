package app.lightbox.blog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The one place where a post's body becomes HTML, plain text or a list of the images it shows.
 * Placeholder implementation: plain text with line breaks; Markdown comes next.
 */
@Component
public class MarkdownRenderer {

    private static final Pattern IMAGE_LINK = Pattern.compile("/files/([A-Za-z0-9_-]{1,60}\\.(?:png|jpg|gif|webp))");

    /** Safe HTML for a post body, to be placed inside one container element. */
    public String toHtml(String markdown) {
        return "<p>" + HtmlUtils.htmlEscape(markdown).replace("\n", "<br>") + "</p>";
    }

    /** The body's text without markup, white space folded to single spaces, cut at a word to at most {@code maxChars} with "…". */
    public String toPlainText(String markdown, int maxChars) {
        String flat = markdown.replaceAll("\\s+", " ").strip();
        if (flat.length() <= maxChars) {
            return flat;
        }
        int shown = maxChars - 1;
        int cut = flat.lastIndexOf(' ', shown);
        if (cut <= shown / 2) {
            cut = Character.isLowSurrogate(flat.charAt(shown)) ? shown - 1 : shown;
        }
        return flat.substring(0, cut) + "…";
    }

    /** The stored names of the library images the body shows, in order of appearance, without repeats. */
    public List<String> referencedImages(String markdown) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        Matcher m = IMAGE_LINK.matcher(markdown);
        while (m.find()) {
            names.add(m.group(1));
        }
        return new ArrayList<>(names);
    }
}
