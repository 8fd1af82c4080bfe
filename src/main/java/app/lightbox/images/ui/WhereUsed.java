package app.lightbox.images.ui;

import app.lightbox.images.ImageReferrer;
import app.lightbox.images.ImageSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.function.SerializableSupplier;
import java.util.List;

/**
 * "Used in 2 posts", opening to links to the posts the reader may see (others' drafts only counted); they
 * are looked up only when opened. On a card and in the viewer.
 */
final class WhereUsed {

    private WhereUsed() {}

    static Component of(ImageSummary image, SerializableSupplier<List<ImageReferrer>> whereUsed) {
        UI ui = UI.getCurrent();
        if (image.usageCount() == 0) {
            Span unused = ImageCard.line(ui.getTranslation("images.card.unused"));
            unused.addClassName("image-usage");
            return unused;
        }
        Details usage = new Details(ui.getTranslation("images.card.used-in", image.usageCount()));
        usage.addClassName("image-usage");
        usage.addOpenedChangeListener(e -> {
            if (e.isOpened() && usage.getContent().findAny().isEmpty()) {
                List<ImageReferrer> visible = whereUsed.get();
                UnorderedList posts = new UnorderedList();
                for (ImageReferrer referrer : visible) {
                    Anchor link = new Anchor(referrer.path(),
                            referrer.label().isBlank() ? ui.getTranslation("images.card.untitled") : referrer.label());
                    link.getElement().setAttribute("router-link", true);
                    posts.add(new ListItem(link));
                }
                int hidden = image.usageCount() - visible.size();
                if (hidden > 0) {
                    posts.add(new ListItem(ui.getTranslation("images.card.hidden-drafts", hidden)));
                }
                usage.add(posts);
            }
        });
        return usage;
    }
}
