package app.lightbox.blog.ui;

import com.vaadin.flow.component.html.Div;

/**
 * The one place where a post's body becomes something on screen. For now the body is plain text:
 * Vaadin escapes it, and {@code white-space: pre-wrap} keeps its line breaks.
 */
class PostBody extends Div {

    PostBody(String body) {
        addClassName("post-body");
        setText(body);
    }
}
