package app.lightbox.blog.ui;

import app.lightbox.blog.MarkdownRenderer;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;

/** The live preview beside the editor, rendered exactly as readers will see the post. */
class PostPreview extends Div {

    private final PostBody body;

    PostPreview(MarkdownRenderer renderer) {
        addClassName("post-preview");
        H2 heading = new H2(getTranslation("blog.editor.preview"));
        heading.addClassName("preview-heading");
        body = new PostBody(renderer, "");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("blog.editor.preview"));
        add(heading, body);
    }

    void show(String markdown) {
        body.show(markdown);
    }
}
