package app.lightbox.images.ui;

import app.lightbox.images.ImageSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * An icon button that opens an image's "Copy as" menu ({@link CopyAsMenu}, made only then). The URL is the
 * menu's first item, so Enter, Enter copies the link.
 */
class CopyAsButton extends Button {

    CopyAsButton(ImageSummary image) {
        getElement().setProperty("innerHTML", IconMarkup.of(VaadinIcon.COPY_O));
        addClassName("copy-as");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        setAriaLabel(getTranslation("images.card.copy", image.originalName()));
        // a title, not a Vaadin tooltip: the same hint on hover for a fraction of the server's memory per card
        // (the label above is what keyboard and screen-reader users get)
        getElement().setAttribute("title", getTranslation("images.card.copy-short"));
        addClickListener(e -> CopyAsMenu.toggle(this, image));
    }
}
