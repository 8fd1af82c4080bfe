package app.lightbox.images.ui;

import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * An icon as markup inside its button or link rather than a component of its own: what Vaadin's icon
 * renders, without the element the server would keep for it. A library page keeps every element of its 48
 * cards for as long as it is open, so a card's fixed parts are as few elements as they can be.
 */
final class IconMarkup {

    private IconMarkup() {}

    /** {@code <vaadin-icon icon="vaadin:link">}, for an element's {@code innerHTML}. */
    static String of(VaadinIcon icon) {
        return "<vaadin-icon icon=\"vaadin:" + icon.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                + "\"></vaadin-icon>";
    }
}
