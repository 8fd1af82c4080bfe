package app.lightbox.images.ui;

import app.lightbox.images.ImageDetails.Neighbours;
import app.lightbox.images.ImageLinks;
import app.lightbox.images.ImageSummary;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableRunnable;

/**
 * The viewer's picture: the display size fitted to the space (styles.css, .viewer-canvas), or the original at
 * its own size in a scrolling area (click, {@code +}; click again or {@code -} to fit), with large buttons for
 * the previous and next image of the list, which the arrow keys press too. It takes the focus when the viewer
 * opens, so that the keys work at once.
 */
class ViewerStage extends Div implements Focusable<ViewerStage> {

    private final Div canvas = new Div();
    private final Image picture = new Image();
    private final Button previous;
    private final Button next;
    private final Button zoom = new Button(VaadinIcon.SEARCH_PLUS.create());
    private boolean zoomed;
    private String originalUrl = "";
    private String displayUrl = "";

    ViewerStage(SerializableRunnable onPrevious, SerializableRunnable onNext) {
        addClassName("viewer-stage");
        setTabIndex(0);
        getElement().setAttribute("role", "group");
        canvas.addClassName("viewer-canvas");
        picture.addClickListener(e -> zoom(!zoomed));
        canvas.add(picture);
        previous = step(VaadinIcon.ANGLE_LEFT, "images.viewer.previous", onPrevious);
        previous.addClassName("viewer-previous");
        next = step(VaadinIcon.ANGLE_RIGHT, "images.viewer.next", onNext);
        next.addClassName("viewer-next");
        zoom.addClassName("viewer-zoom");
        zoom.setAriaLabel(getTranslation("images.viewer.zoom"));
        zoom.setTooltipText(getTranslation("images.viewer.zoom-hint"));
        zoom.addClickListener(e -> zoom(!zoomed));
        add(canvas, previous, next, zoom);
        Shortcuts.addShortcutListener(this, onPrevious::run, Key.ARROW_LEFT).listenOn(this);
        Shortcuts.addShortcutListener(this, onNext::run, Key.ARROW_RIGHT).listenOn(this);
        Shortcuts.addShortcutListener(this, () -> zoom(true), Key.of("+")).listenOn(this);
        // on most layouts "+" is Shift and "="; a shortcut fires only with the modifiers it names
        Shortcuts.addShortcutListener(this, () -> zoom(true), Key.of("+"), KeyModifier.SHIFT).listenOn(this);
        Shortcuts.addShortcutListener(this, () -> zoom(false), Key.of("-")).listenOn(this);
    }

    /** Shows the image fitted, with the buttons to the neighbours that there are. */
    void show(ImageSummary image, Neighbours neighbours) {
        originalUrl = image.url();
        displayUrl = ImageLinks.displayUrl(image.storedName());
        picture.setAlt(image.altText());
        getElement().setAttribute("aria-label", getTranslation("images.viewer.stage", image.originalName()));
        previous.setEnabled(neighbours.newer() != null);
        next.setEnabled(neighbours.older() != null);
        zoomed = true; // so that zoom(false) sets the source
        zoom(false);
    }

    boolean zoomed() {
        return zoomed;
    }

    /** The original at its own size (panned by scrolling), or the display size fitted. */
    void zoom(boolean in) {
        if (in == zoomed) {
            return;
        }
        zoomed = in;
        picture.setSrc(in ? originalUrl : displayUrl);
        canvas.setClassName("zoomed", in);
        zoom.setIcon(in ? VaadinIcon.SEARCH_MINUS.create() : VaadinIcon.SEARCH_PLUS.create());
        zoom.getElement().setAttribute("aria-pressed", String.valueOf(in));
    }

    private Button step(VaadinIcon icon, String label, SerializableRunnable action) {
        Button step = new Button(icon.create(), e -> action.run());
        step.addClassName("viewer-step");
        step.addThemeVariants(ButtonVariant.LUMO_ICON);
        step.setAriaLabel(getTranslation(label));
        step.setTooltipText(getTranslation(label));
        return step;
    }
}
