package app.lightbox.blog.ui;

import app.lightbox.blog.MarkdownRenderer;
import com.vaadin.flow.component.Html;

/**
 * A post's body on screen: the HTML that {@link MarkdownRenderer}, the one place where bodies
 * become HTML, made and sanitised.
 */
class PostBody extends Html {

    PostBody(MarkdownRenderer renderer, String body) {
        super("<div class=\"post-body\">" + renderer.toHtml(body) + "</div>");
    }
}
