package app.lightbox.images.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A link to copy by hand, for when the browser would not let the page write to the clipboard: the link
 * is selected in a read-only field, so Ctrl+C copies it at once. A dialog rather than a notification,
 * because copying takes the time it takes. Esc or Close closes it and puts the focus back where it was.
 */
class CopyLinkDialog extends Dialog {

    CopyLinkDialog(String url, String name, Focusable<?> returnFocusTo) {
        setHeaderTitle(getTranslation("images.copy-link.title"));
        addClassName("copy-link-dialog");

        TextField link = new TextField(getTranslation("images.copy-link.label", name));
        link.setValue(url);
        link.setReadOnly(true);
        // selects the whole link whenever the field gets the focus
        link.setAutoselect(true);
        link.setHelperText(getTranslation("images.copy-link.hint"));
        link.addClassName("copy-link-field");
        link.setWidthFull();
        add(link);

        Button close = new Button(getTranslation("base.action.close"), e -> close());
        getFooter().add(close);
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                returnFocusTo.focus();
            }
        });
        link.focus();
    }
}
