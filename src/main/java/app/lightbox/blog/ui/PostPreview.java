package app.lightbox.blog.ui;

import app.lightbox.blog.MarkdownRenderer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableSupplier;

/** The live preview beside the editor, rendered exactly as readers will see the post; as one types, and on demand. */
class PostPreview extends Div {

    private final PostBody body;

    /** @param source the text to show when the writer asks for the preview now */
    PostPreview(MarkdownRenderer renderer, SerializableSupplier<String> source) {
        addClassName("post-preview");
        H2 heading = new H2(getTranslation("blog.editor.preview"));
        Button refresh = new Button(getTranslation("blog.editor.refresh-preview"), VaadinIcon.REFRESH.create(),
                e -> show(source.get()));
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Div header = new Div(heading, refresh);
        header.addClassName("preview-heading");
        body = new PostBody(renderer, "");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("blog.editor.preview"));
        add(header, body);
    }

    void show(String markdown) {
        body.show(markdown);
    }
}
