package app.lightbox.blog.ui;

import app.lightbox.blog.MarkdownRenderer;
import com.vaadin.flow.component.Html;

/**
 * A post's body on screen: the HTML that {@link MarkdownRenderer}, the one place where bodies
 * become HTML, made and sanitised.
 */
class PostBody extends Html {

    private final MarkdownRenderer renderer;

    PostBody(MarkdownRenderer renderer, String body) {
        super("<div class=\"post-body\"></div>");
        this.renderer = renderer;
        show(body);
    }

    void show(String body) {
        setHtmlContent(wrap(renderer.toHtml(body, getLocale())));
    }

    private static String wrap(String html) {
        return "<div class=\"post-body\">" + html + "</div>";
    }
}
