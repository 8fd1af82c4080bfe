package app.lightbox.images.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;

/**
 * The files that were not stored, newest first, each with its reason; announced to screen readers. Each
 * stays until dismissed, so that no reason is gone before it was read.
 */
public class RefusalList extends UnorderedList {

    private Focusable<?> focusWhenEmpty;

    public RefusalList() {
        addClassName("upload-refusals");
        getElement().setAttribute("aria-live", "polite");
        getElement().setAttribute("aria-label", getTranslation("images.upload.refusals"));
    }

    public void add(String fileName, String reason) {
        add(fileName, reason, false);
    }

    /** @param cancelled by the user (or a lost connection): listed the same way, but not in the colour of errors */
    void add(String fileName, String reason, boolean cancelled) {
        Span name = new Span(fileName);
        name.addClassName("refused-name");
        ListItem item = new ListItem(name, new Span(" — " + reason));
        Button dismiss = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> dismiss(item));
        dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        dismiss.addClassName("refusal-dismiss");
        dismiss.setAriaLabel(getTranslation("images.upload.dismiss", fileName));
        dismiss.setTooltipText(getTranslation("images.upload.dismiss-short"));
        item.add(dismiss);
        if (cancelled) {
            item.addClassName("cancelled");
        }
        addComponentAsFirst(item);
    }

    /** The keyboard focus goes on to the next item's dismiss button, so that dismissing several is a run of Enters. */
    private void dismiss(ListItem item) {
        int index = getChildren().toList().indexOf(item);
        remove(item);
        List<Component> left = getChildren().toList();
        if (!left.isEmpty()) {
            left.get(Math.min(index, left.size() - 1)).getChildren()
                    .filter(Button.class::isInstance).map(Button.class::cast).findFirst().ifPresent(Button::focus);
        } else if (focusWhenEmpty != null) {
            focusWhenEmpty.focus();
        }
    }

    /** Where the keyboard focus goes when the last item is dismissed. */
    void setFocusWhenEmpty(Focusable<?> target) {
        this.focusWhenEmpty = target;
    }
}
