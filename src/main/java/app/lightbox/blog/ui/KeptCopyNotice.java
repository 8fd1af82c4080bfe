package app.lightbox.blog.ui;

import app.lightbox.blog.PostDetails;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * Tells a writer who left the editor that their text could not be saved over the post and is kept
 * as a new draft: stays until closed, and links to the draft.
 */
final class KeptCopyNotice {

    private KeptCopyNotice() {}

    static void show(String originalTitle, PostDetails copy) {
        Notification notice = new Notification();
        notice.addThemeVariants(NotificationVariant.LUMO_WARNING);
        notice.setPosition(Notification.Position.BOTTOM_START);
        notice.setDuration(0);
        Span text = new Span(notice.getTranslation("blog.editor.kept-as-copy", originalTitle, copy.title()));
        Anchor open = new Anchor("posts/" + copy.id() + "/edit", notice.getTranslation("blog.editor.open-copy"));
        open.getElement().addEventListener("click", e -> notice.close());
        Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> notice.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.setAriaLabel(notice.getTranslation("base.action.close"));
        Div content = new Div(text, open, close);
        content.addClassName("kept-copy-notice");
        notice.add(content);
        notice.open();
    }
}
