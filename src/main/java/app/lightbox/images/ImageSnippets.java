package app.lightbox.images;

import org.springframework.web.util.HtmlUtils;

/**
 * The ready-made ways to use an image elsewhere, with absolute links: what the views' "Copy" menus offer,
 * the post editor inserts and the API answers with, built in this one place.
 *
 * @param url the original
 * @param thumbnailUrl about 320 px ({@link ImageLinks#thumbnailUrl})
 * @param displayUrl about 1280 px ({@link ImageLinks#displayUrl})
 * @param markdown {@code ![alt](url)}, the alt text (description, else name) escaped so that it reads back as itself
 * @param html an {@code img} of the display size with width, height, every size in {@code srcset}, and the alt text
 * @param bbcode {@code [img]url[/img]}
 */
public record ImageSnippets(String url, String thumbnailUrl, String displayUrl, String markdown, String html,
        String bbcode) {

    /** What means something inside Markdown image text; a backslash turns each into itself (CommonMark). */
    private static final String MARKDOWN_PUNCTUATION = "\\[]<>&*_`~";

    /**
     * @param base the app's address without trailing slash ({@link app.lightbox.base.PublicAddress}), or
     *     {@code ""} for links relative to the app's pages
     */
    public static ImageSnippets of(ImageSummary image, String base) {
        String name = image.storedName();
        String url = base + ImageLinks.url(name);
        String display = base + ImageLinks.displayUrl(name);
        String srcset = absolute(ImageLinks.srcset(name, image.width(), image.height()), base);
        // its description, else its name; cleaned as a new upload's name is, for rows stored before the cleaning
        String alt = OriginalName.withoutHiddenCharacters(image.altText());
        String html = "<img src=\"" + HtmlUtils.htmlEscape(display) + "\" srcset=\"" + HtmlUtils.htmlEscape(srcset)
                + "\" width=\"" + image.width() + "\" height=\"" + image.height() + "\" alt=\""
                + HtmlUtils.htmlEscape(alt) + "\">";
        return new ImageSnippets(url, base + ImageLinks.thumbnailUrl(name), display,
                "![" + markdownText(alt) + "](" + url + ")", html, "[img]" + url + "[/img]");
    }

    /** Each entry of a {@code srcset} ({@code "/files/x/thumb 320w, /files/x 640w"}) prefixed with the base. */
    private static String absolute(String srcset, String base) {
        return base.isEmpty() ? srcset : base + srcset.replace(", /", ", " + base + "/");
    }

    /**
     * A name as Markdown image text that reads back as the name itself: brackets would end the text,
     * {@code <i>} would be taken for HTML (and dropped from the alt text), {@code &amp;} for an entity, and
     * {@code *}, {@code _}, {@code `} or {@code ~} for emphasis, code or strikethrough, so each of those gets
     * a backslash. Other characters stay as they are, so that the text stays readable.
     */
    private static String markdownText(String name) {
        StringBuilder escaped = new StringBuilder(name.length() + 8);
        name.codePoints().forEach(c -> {
            if (c < 0x80 && MARKDOWN_PUNCTUATION.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.appendCodePoint(c);
        });
        return escaped.toString();
    }
}
