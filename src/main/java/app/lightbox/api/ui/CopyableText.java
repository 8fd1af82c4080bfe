package app.lightbox.api.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.clipboard.Clipboard;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A text to copy (a token, a tool's settings) in a read-only field, with a button that puts it on the
 * clipboard. The button copies what the field holds in the browser, so the text is sent once. Browsers
 * give a page the clipboard only in a secure context (HTTPS, or localhost); where the write fails, the
 * field gets the focus with the whole text selected, ready for Ctrl+C.
 */
class CopyableText extends Div {

    private CopyableText(Component field) {
        addClassName("copyable-text");
        add(field);
    }

    /** One line, e.g. a token. */
    static CopyableText line(String label, String text) {
        TextField field = new TextField(label);
        field.setValue(text);
        field.setReadOnly(true);
        field.setAutoselect(true);
        return withButton(new CopyableText(field), label, field);
    }

    /** Several lines, e.g. a configuration file. */
    static CopyableText lines(String label, String text) {
        TextArea field = new TextArea(label);
        field.setValue(text);
        field.setReadOnly(true);
        field.setAutoselect(true);
        return withButton(new CopyableText(field), label, field);
    }

    private static <F extends Component & HasValue<?, String> & Focusable<?>> CopyableText withButton(
            CopyableText holder, String label, F field) {
        field.addClassName("copyable-field");
        Button copy = new Button(holder.getTranslation("api.tokens.copy"), VaadinIcon.COPY_O.create());
        copy.addClassName("copy-text");
        copy.setAriaLabel(holder.getTranslation("api.tokens.copy.label", label));
        Clipboard.onClick(copy).writeText(field,
                copied -> Notification.show(holder.getTranslation("api.tokens.copied", label), 3000,
                        Notification.Position.BOTTOM_START),
                refused -> {
                    field.focus();
                    Notification.show(holder.getTranslation("api.tokens.copy-refused"), 5000,
                            Notification.Position.BOTTOM_START);
                });
        holder.add(copy);
        return holder;
    }
}
