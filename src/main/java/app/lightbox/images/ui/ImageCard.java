package app.lightbox.images.ui;

import app.lightbox.base.ByteSize;
import app.lightbox.base.ui.UserTime;
import app.lightbox.images.ImageReferrer;
import app.lightbox.images.ImageSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.function.SerializableSupplier;
import java.util.List;

/**
 * One image in the library: its preview (a link to the original), what it is, who sent it, and
 * what can be done with it. Links are real {@code <a href>}s, so the browser's own copy-link,
 * middle-click and drag work.
 */
class ImageCard extends Article {

    private final Button copy;

    ImageCard(ImageSummary image, String absoluteUrl, boolean mayDelete, SerializableRunnable onDelete,
            SerializableSupplier<List<ImageReferrer>> whereUsed) {
        addClassName("image-card");
        getElement().setAttribute("data-stored-name", image.storedName());

        Component open = image.fileMissing() ? missingFile() : preview(image);

        Span name = new Span(image.originalName());
        name.addClassName("image-name");
        name.getElement().setAttribute("title", image.originalName());
        Span facts = new Span(getTranslation("images.card.facts", ByteSize.format(image.sizeBytes(), getLocale()),
                image.width(), image.height()));
        Span origin = new Span(getTranslation("images.card.origin", image.uploaderName(),
                UserTime.dateTime(image.uploadedAt())));
        Div details = new Div(name, facts, origin, usage(image, whereUsed));
        details.addClassName("image-details");
        if (image.locationRemoved()) {
            details.addComponentAtIndex(2, new LocationRemovedNote());
        }

        copy = new CopyLinkButton(absoluteUrl, image.originalName());

        Anchor download = new Anchor(image.downloadUrl(), VaadinIcon.DOWNLOAD_ALT.create());
        download.addClassName("icon-link");
        download.setRouterIgnore(true);
        download.getElement().setAttribute("aria-label", getTranslation("images.card.download", image.originalName()));
        download.getElement().setAttribute("title", getTranslation("images.card.download-short"));
        download.getElement().setAttribute("download", true);

        Div actions = image.fileMissing() ? new Div(copy) : new Div(copy, download);
        actions.addClassName("image-actions");
        if (mayDelete) {
            Button delete = new Button(VaadinIcon.TRASH.create(), e -> onDelete.run());
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_ERROR);
            delete.setAriaLabel(getTranslation("images.card.delete", image.originalName()));
            delete.setTooltipText(getTranslation("base.action.delete"));
            actions.add(delete);
        }
        add(open, details, actions);
    }

    private static Anchor preview(ImageSummary image) {
        Image preview = new Image(image.url(), image.originalName());
        preview.getElement().setAttribute("loading", "lazy");
        preview.getElement().setAttribute("width", String.valueOf(image.width()));
        preview.getElement().setAttribute("height", String.valueOf(image.height()));
        Anchor open = new Anchor(image.url(), preview);
        open.addClassName("image-preview");
        // served by the download endpoint, not a view: keep Vaadin's router out of it
        open.setRouterIgnore(true);
        return open;
    }

    /** In place of the picture: its file is not in the storage (see the storage sweep), so say so. */
    private Div missingFile() {
        Span title = new Span(getTranslation("images.card.file-missing"));
        title.addClassName("image-missing-title");
        Span hint = new Span(getTranslation("images.card.file-missing-hint"));
        Div missing = new Div(VaadinIcon.WARNING.create(), title, hint);
        missing.addClassNames("image-preview", "image-missing");
        return missing;
    }

    /** Puts the keyboard focus on the card's first action. */
    void takeFocus() {
        copy.focus();
    }

    /** "Used in 2 posts", opening to the posts the viewer may see; they are looked up only when opened. */
    private Component usage(ImageSummary image, SerializableSupplier<List<ImageReferrer>> whereUsed) {
        if (image.usageCount() == 0) {
            Span unused = new Span(getTranslation("images.card.unused"));
            unused.addClassName("image-usage");
            return unused;
        }
        Details usage = new Details(getTranslation("images.card.used-in", image.usageCount()));
        usage.addClassName("image-usage");
        usage.addOpenedChangeListener(e -> {
            if (e.isOpened() && usage.getContent().findAny().isEmpty()) {
                List<ImageReferrer> visible = whereUsed.get();
                UnorderedList posts = new UnorderedList();
                for (ImageReferrer referrer : visible) {
                    Anchor link = new Anchor(referrer.path(),
                            referrer.label().isBlank() ? getTranslation("images.card.untitled") : referrer.label());
                    link.getElement().setAttribute("router-link", true);
                    posts.add(new ListItem(link));
                }
                int hidden = image.usageCount() - visible.size();
                if (hidden > 0) {
                    posts.add(new ListItem(getTranslation("images.card.hidden-drafts", hidden)));
                }
                usage.add(posts);
            }
        });
        return usage;
    }

    static void error(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
