package app.lightbox.images.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A text to copy by hand, for when the browser would not let the page write to the clipboard (a plain-HTTP
 * intranet host): the text is selected in a read-only field, so Ctrl+C copies it at once. A dialog rather
 * than a notification, because copying takes the time it takes. Esc or Close closes it and puts the focus
 * back where it was.
 */
class CopyTextDialog extends Dialog {

    /**
     * @param title what is copied ("Copy Markdown")
     * @param label the field's label ("Markdown of harbour.jpg")
     */
    CopyTextDialog(String text, String title, String label, Focusable<?> returnFocusTo) {
        setHeaderTitle(title);
        addClassName("copy-text-dialog");

        TextField field = new TextField(label);
        field.setValue(text);
        field.setReadOnly(true);
        // selects the whole text whenever the field gets the focus
        field.setAutoselect(true);
        field.setHelperText(getTranslation("images.copy-as.hint"));
        field.addClassName("copy-text-field");
        field.setWidthFull();
        add(field);

        Button close = new Button(getTranslation("base.action.close"), e -> close());
        getFooter().add(close);
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                returnFocusTo.focus();
            }
        });
        field.focus();
    }
}
