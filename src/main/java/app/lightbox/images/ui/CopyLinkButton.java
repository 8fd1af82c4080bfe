package app.lightbox.images.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.clipboard.Clipboard;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;

/**
 * An icon button that puts a link on the clipboard. Browsers give a page the clipboard only in a
 * secure context (HTTPS, or localhost); on a plain-HTTP intranet host the write fails, and a
 * {@link CopyLinkDialog} shows the link selected, ready for Ctrl+C, instead.
 */
class CopyLinkButton extends Button {

    /**
     * @param url the absolute link
     * @param name what the link leads to, for the button's label and the dialog's field
     */
    CopyLinkButton(String url, String name) {
        getElement().setProperty("innerHTML", IconMarkup.of(VaadinIcon.LINK));
        addClassName("copy-link");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        setAriaLabel(getTranslation("images.card.copy-link", name));
        // a title, not a Vaadin tooltip: the same hint on hover for a fraction of the server's memory per card
        // (the label above is what keyboard and screen-reader users get)
        getElement().setAttribute("title", getTranslation("images.card.copy-link-short"));
        Clipboard.onClick(this).writeText(url,
                copied -> Notification.show(getTranslation("images.card.link-copied"), 3000,
                        Notification.Position.BOTTOM_START),
                refused -> new CopyLinkDialog(url, name, this).open());
    }
}
