package app.lightbox.images;

import org.springframework.web.util.HtmlUtils;

/**
 * The ready-made ways to use an image elsewhere, with absolute links: what the views' "Copy" menus offer
 * and the API answers with, built in this one place.
 *
 * @param url the original
 * @param thumbnailUrl about 320 px ({@link ImageLinks#thumbnailUrl})
 * @param displayUrl about 1280 px ({@link ImageLinks#displayUrl})
 * @param markdown {@code ![name](url)}
 * @param html an {@code img} of the display size with width, height, every size in {@code srcset}, and the name as alt
 * @param bbcode {@code [img]url[/img]}
 */
public record ImageSnippets(String url, String thumbnailUrl, String displayUrl, String markdown, String html,
        String bbcode) {

    /**
     * @param base the app's address without trailing slash ({@link app.lightbox.base.PublicAddress}), or
     *     {@code ""} for links relative to the app's pages
     */
    public static ImageSnippets of(ImageSummary image, String base) {
        String name = image.storedName();
        String url = base + ImageLinks.url(name);
        String display = base + ImageLinks.displayUrl(name);
        String srcset = base.isEmpty() ? ImageLinks.srcset(name, image.width(), image.height())
                : absolute(ImageLinks.srcset(name, image.width(), image.height()), base);
        String alt = image.originalName();
        String html = "<img src=\"" + HtmlUtils.htmlEscape(display) + "\" srcset=\"" + HtmlUtils.htmlEscape(srcset)
                + "\" width=\"" + image.width() + "\" height=\"" + image.height() + "\" alt=\""
                + HtmlUtils.htmlEscape(alt) + "\">";
        return new ImageSnippets(url, base + ImageLinks.thumbnailUrl(name), display,
                "![" + markdownText(alt) + "](" + url + ")", html, "[img]" + url + "[/img]");
    }

    private static String absolute(String srcset, String base) {
        return base + srcset.replace(", /", ", " + base + "/");
    }

    /** The name as Markdown link text: nothing in it may end the text or start markup. */
    private static String markdownText(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if ("\\[]()*_`<>!#".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
