package app.lightbox.images.ui;

import app.lightbox.images.ImageDeletions;
import app.lightbox.images.ImageDescriptions;
import app.lightbox.images.ImageDetails;
import app.lightbox.images.ImageDetails.Neighbours;
import app.lightbox.images.ImageFilter;
import app.lightbox.images.ImageReferences;
import app.lightbox.images.ImageService;
import app.lightbox.images.ImageSummary;
import app.lightbox.security.Actor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * One image large, over the library, in a full-screen dialog (a modal dialog for screen readers, named by
 * the image, with the focus kept inside): the picture ({@link ViewerStage}) with the previous and next image
 * of the list, and everything known of it beside or below ({@link ViewerPanel}). Esc and the close button
 * ask the view to close it, which goes back to the list's address.
 */
class ImageViewer extends Dialog {

    /** The services it reads and changes images through. */
    record Services(ImageService images, ImageDeletions deletions, ImageDetails details,
            ImageDescriptions descriptions, ImageReferences references) implements Serializable {}

    /** What the view does for it: the address, and the gallery behind it. */
    interface Listener extends Serializable {
        /** Esc or the close button: back to the list. */
        void closed();

        /** Another image of the list is shown: the address names it instead, without a new history entry. */
        void moved(String storedName);

        /** The image shown was deleted. */
        void deleted();
    }

    private final Services services;
    private final Actor actor;
    private final Listener listener;
    private final ViewerStage stage = new ViewerStage(this::previous, this::next);
    private final Div body = new Div();
    private @Nullable ImageSummary image;
    private ImageFilter filter = ImageFilter.all();
    private Neighbours neighbours = new Neighbours(null, null);

    ImageViewer(Services services, Actor actor, Listener listener) {
        this.services = services;
        this.actor = actor;
        this.listener = listener;
        addClassName("image-viewer");
        setModal(true);
        setDraggable(false);
        setResizable(false);
        setCloseOnOutsideClick(false);
        setWidth("100vw");
        setHeight("100dvh");
        Button close = new Button(VaadinIcon.CLOSE.create(), e -> listener.closed());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        close.addClassName("viewer-close");
        close.setAriaLabel(getTranslation("images.viewer.close"));
        close.setTooltipText(getTranslation("images.viewer.close"));
        getHeader().add(close);
        addDialogCloseActionListener(e -> listener.closed()); // Esc
        body.addClassName("viewer-body");
        add(body);
    }

    /** Shows the image, opening the viewer if it is closed; previous and next go through the list {@code filter}. */
    void show(ImageSummary shown, ImageFilter filter) {
        this.image = shown;
        this.filter = filter;
        neighbours = services.details().neighbours(shown, filter);
        setHeaderTitle(shown.originalName());
        stage.show(shown, neighbours);
        body.removeAll();
        body.add(stage, new ViewerPanel(shown, services, actor, new ViewerPanel.Changes() {
            @Override
            public void changed(ImageSummary changed) {
                image = changed;
                setHeaderTitle(changed.originalName());
                stage.show(changed, neighbours);
            }

            @Override
            public void deleted() {
                afterDeletion();
            }
        }));
        if (!isOpened()) {
            open();
        }
        stage.focus();
    }

    /** Closes it if it is open; answers the image it showed, so that the focus can return to its card. */
    @Nullable String hide() {
        if (!isOpened() || image == null) {
            return null;
        }
        close();
        String shown = image.storedName();
        image = null;
        return shown;
    }

    /** The name of the image shown, if it is open. */
    @Nullable String shownName() {
        return image == null ? null : image.originalName();
    }

    private void previous() {
        go(neighbours.newer());
    }

    private void next() {
        go(neighbours.older());
    }

    private void go(@Nullable String storedName) {
        if (storedName != null) {
            services.images().find(storedName).ifPresentOrElse(found -> {
                show(found, filter);
                listener.moved(storedName);
            }, () -> {
                // deleted meanwhile: look again from where we are
                if (image != null) {
                    show(image, filter);
                }
            });
        }
    }

    /** After a delete the next (older) image is shown, else the previous one, else the viewer closes. */
    private void afterDeletion() {
        listener.deleted();
        String then = neighbours.older() != null ? neighbours.older() : neighbours.newer();
        if (then != null && services.images().find(then).isPresent()) {
            go(then);
        } else {
            listener.closed();
        }
    }
}
