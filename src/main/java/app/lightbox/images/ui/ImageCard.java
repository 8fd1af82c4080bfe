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
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.function.SerializableSupplier;
import java.util.List;

/**
 * One image in the library: its preview (a link to the viewer), what it is, who sent it, and
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
    private final String viewerHref;
    private final Button copy;
    private Component open;

    /** @param thumbnailReady false shows a placeholder until {@link #showThumbnail()} */
    /** @param viewerHref where its preview opens it large ({@link ImageViewer}), in the same list */
    ImageCard(ImageSummary image, String viewerHref, boolean thumbnailReady, boolean mayDelete,
            SerializableRunnable onDelete, SerializableSupplier<List<ImageReferrer>> whereUsed) {
        this.image = image;
        this.viewerHref = viewerHref;
        addClassName("image-card");
        getElement().setAttribute("data-stored-name", image.storedName());

        open = image.fileMissing() ? missingFile() : thumbnailReady ? preview() : pending(image);

        Span name = line(image.originalName());
        name.addClassName("image-name");
        name.getElement().setAttribute("title", image.originalName());
        Span facts = line(getTranslation("images.card.facts", ByteSize.format(image.sizeBytes(), getLocale()),
                image.width(), image.height()));
        Span origin = line(getTranslation("images.card.origin", image.uploaderName(),
                UserTime.dateTime(image.uploadedAt())));
        Div details = new Div(name, facts, origin, WhereUsed.of(image, whereUsed));
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
            Component preview = preview();
            replace(open, preview);
            open = preview;
        }
    }

    /**
     * The thumbnail as a link to the viewer, a real one (a new tab, middle-click); the {@code <img>} is markup
     * inside the link, as the icons are ({@link IconMarkup}).
     */
    private Anchor preview() {
        Element preview = new Element("img");
        preview.setAttribute("src", image.thumbnailUrl());
        preview.setAttribute("alt", image.altText());
        preview.setAttribute("srcset", ImageLinks.previewSrcset(image.storedName(), image.width(), image.height()));
        preview.setAttribute("sizes", PREVIEW_SIZES);
        preview.setAttribute("loading", "lazy");
        preview.setAttribute("width", String.valueOf(image.width()));
        preview.setAttribute("height", String.valueOf(image.height()));
        Anchor open = new Anchor();
        open.setHref(viewerHref);
        open.getElement().setProperty("innerHTML", preview.getOuterHTML()); // escaped by Flow (jsoup)
        open.addClassName("image-preview");
        open.getElement().setAttribute("router-link", true);
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

    /** Puts the keyboard focus on its preview, the link to the viewer (where the viewer was opened from). */
    void focusPreview() {
        if (open instanceof Anchor link) {
            link.focus();
        } else {
            takeFocus();
        }
    }

    /** Puts the keyboard focus on the card's first action. */
    void takeFocus() {
        copy.focus();
    }

    static void error(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
