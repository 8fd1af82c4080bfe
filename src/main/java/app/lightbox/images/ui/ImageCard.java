package app.lightbox.images.ui;

import app.lightbox.base.ByteSize;
import app.lightbox.base.ui.UserTime;
import app.lightbox.images.ImageLinks;
import app.lightbox.images.ImageReferrer;
import app.lightbox.images.ImageSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.function.SerializableSupplier;
import java.util.List;

/**
 * One image in the library: its preview (a link to the original), what it is, who sent it, and
 * what can be done with it. Links are real {@code <a href>}s, so the browser's own copy-link,
 * middle-click and drag work.
 */
class ImageCard extends Article {

    /**
     * Previews are shown about this wide (styles.css, .image-grid): the browser takes the thumbnail on an
     * ordinary screen and the display size on a dense one or a phone's single column.
     */
    static final String PREVIEW_SIZES = "(max-width: 40em) 100vw, 18rem";

    private final ImageSummary image;
    private final Button copy;
    private Component open;

    /** @param thumbnailReady false shows a placeholder until {@link #showThumbnail()} */
    ImageCard(ImageSummary image, boolean thumbnailReady, boolean mayDelete,
            SerializableRunnable onDelete, SerializableSupplier<List<ImageReferrer>> whereUsed) {
        this.image = image;
        addClassName("image-card");
        getElement().setAttribute("data-stored-name", image.storedName());

        open = image.fileMissing() ? missingFile() : thumbnailReady ? preview(image) : pending(image);

        Span name = line(image.originalName());
        name.addClassName("image-name");
        name.getElement().setAttribute("title", image.originalName());
        Span facts = line(getTranslation("images.card.facts", ByteSize.format(image.sizeBytes(), getLocale()),
                image.width(), image.height()));
        Span origin = line(getTranslation("images.card.origin", image.uploaderName(),
                UserTime.dateTime(image.uploadedAt())));
        Div details = new Div(name, facts, origin, usage(image, whereUsed));
        details.addClassName("image-details");
        if (image.locationRemoved()) {
            details.addComponentAtIndex(2, new LocationRemovedNote());
        }

        copy = new CopyAsButton(image);

        Anchor download = new Anchor();
        download.setHref(image.downloadUrl());
        download.getElement().setProperty("innerHTML", IconMarkup.of(VaadinIcon.DOWNLOAD_ALT));
        download.addClassName("icon-link");
        download.setRouterIgnore(true);
        download.getElement().setAttribute("aria-label", getTranslation("images.card.download", image.originalName()));
        download.getElement().setAttribute("title", getTranslation("images.card.download-short"));
        download.getElement().setAttribute("download", true);

        // the actions are the card's own children, laid out in its last row (styles.css, .image-card): no
        // wrapper element, which the server would keep for each of a page's 48 cards
        add(open, details, copy);
        if (!image.fileMissing()) {
            add(download);
        }
        if (mayDelete) {
            Button delete = new Button();
            delete.getElement().setProperty("innerHTML", IconMarkup.of(VaadinIcon.TRASH));
            delete.addClickListener(e -> onDelete.run());
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_ERROR);
            delete.setAriaLabel(getTranslation("images.card.delete", image.originalName()));
            delete.getElement().setAttribute("title", getTranslation("base.action.delete")); // as on the copy button
            add(delete);
        }
    }

    /** Its thumbnail is ready now: shown in place of the placeholder. */
    void showThumbnail() {
        if (!image.fileMissing()) {
            Component preview = preview(image);
            replace(open, preview);
            open = preview;
        }
    }

    /**
     * The thumbnail as a link to the original; the {@code <img>} is markup inside the link, as the icons are
     * ({@link IconMarkup}).
     */
    private static Anchor preview(ImageSummary image) {
        Element preview = new Element("img");
        preview.setAttribute("src", image.thumbnailUrl());
        preview.setAttribute("alt", image.originalName());
        preview.setAttribute("srcset", ImageLinks.previewSrcset(image.storedName(), image.width(), image.height()));
        preview.setAttribute("sizes", PREVIEW_SIZES);
        preview.setAttribute("loading", "lazy");
        preview.setAttribute("width", String.valueOf(image.width()));
        preview.setAttribute("height", String.valueOf(image.height()));
        Anchor open = new Anchor();
        open.setHref(image.url());
        open.getElement().setProperty("innerHTML", preview.getOuterHTML()); // escaped by Flow (jsoup)
        open.addClassName("image-preview");
        // served by the download endpoint, not a view: keep Vaadin's router out of it
        open.setRouterIgnore(true);
        return open;
    }

    /** In place of the picture while its thumbnail is made: its name, on a quiet background. */
    private Div pending(ImageSummary image) {
        Span name = new Span(image.originalName());
        name.addClassName("image-pending-name");
        Span hint = new Span(getTranslation("images.card.preparing"));
        Div pending = new Div(VaadinIcon.PICTURE.create(), name, hint);
        pending.addClassNames("image-preview", "image-pending");
        pending.getElement().setAttribute("role", "img");
        pending.getElement().setAttribute("aria-label", getTranslation("images.card.preparing-label", image.originalName()));
        return pending;
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

    /**
     * A line of text as one element on the server: its text is a property, where {@code new Span(text)} would
     * keep a second node for the text. The browser sets it as text ({@code innerText}), never as markup.
     */
    static Span line(String text) {
        Span line = new Span();
        line.getElement().setProperty("innerText", text);
        return line;
    }

    /** Puts the keyboard focus on the card's first action. */
    void takeFocus() {
        copy.focus();
    }

    /** "Used in 2 posts", opening to the posts the viewer may see; they are looked up only when opened. */
    private Component usage(ImageSummary image, SerializableSupplier<List<ImageReferrer>> whereUsed) {
        if (image.usageCount() == 0) {
            Span unused = line(getTranslation("images.card.unused"));
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
