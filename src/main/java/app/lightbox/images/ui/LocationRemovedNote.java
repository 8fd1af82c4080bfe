package app.lightbox.images.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.shared.HasTooltip;

/**
 * The quiet note on a card that the image's GPS position was removed when it was uploaded. Its
 * explanation is a tooltip, which the keyboard reaches too and screen readers read as its description.
 */
class LocationRemovedNote extends Span implements HasTooltip {

    LocationRemovedNote() {
        Icon icon = VaadinIcon.MAP_MARKER.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        add(icon, new Text(getTranslation("images.card.location-removed")));
        addClassName("image-location-removed");
        getElement().setAttribute("role", "note");
        getElement().setAttribute("tabindex", "0");
        setTooltipText(getTranslation("images.card.location-removed-hint"));
    }
}
