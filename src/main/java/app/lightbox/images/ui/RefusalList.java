package app.lightbox.images.ui;

import app.lightbox.base.ui.UserTime;
import app.lightbox.images.ImageSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;

/**
 * The files that were not stored, newest first, each with its reason (or the image already in the library
 * in their place); announced to screen readers. Each stays until dismissed, so that no reason is gone
 * before it was read.
 */
public class RefusalList extends UnorderedList {

    private static final String DISMISS = "refusal-dismiss";

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
        ListItem item = item(fileName, new Span(" — " + reason));
        if (cancelled) {
            item.addClassName("cancelled");
        }
        addComponentAsFirst(item);
    }

    /**
     * A file not stored because the same image is in the library: that image's thumbnail (a link to it),
     * who uploaded it and when, under which name, and its "Copy as" menu.
     */
    void addAlreadyStored(String fileName, ImageSummary image) {
        Image thumbnail = new Image(image.thumbnailUrl(), image.originalName());
        Anchor open = new Anchor(image.url(), thumbnail);
        open.setRouterIgnore(true);
        open.addClassName("already-stored-preview");
        // under the file's name rather than after it, so no dash between them
        Span what = new Span(getTranslation("images.upload.already-stored", image.originalName(),
                image.uploaderName(), UserTime.dateTime(image.uploadedAt())));
        what.addClassName("already-stored-text");
        ListItem item = item(fileName, what);
        item.addComponentAsFirst(open);
        item.addComponentAtIndex(item.getComponentCount() - 1, new CopyAsButton(image));
        item.addClassName("already-stored");
        addComponentAsFirst(item);
    }

    private ListItem item(String fileName, Span what) {
        Span name = new Span(fileName);
        name.addClassName("refused-name");
        ListItem item = new ListItem(name, what);
        Button dismiss = new Button(VaadinIcon.CLOSE_SMALL.create());
        dismiss.addClickListener(e -> dismiss(item));
        dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        dismiss.addClassName(DISMISS);
        dismiss.setAriaLabel(getTranslation("images.upload.dismiss", fileName));
        dismiss.setTooltipText(getTranslation("images.upload.dismiss-short"));
        item.add(dismiss);
        return item;
    }

    /** The keyboard focus goes on to the next item's dismiss button, so that dismissing several is a run of Enters. */
    private void dismiss(ListItem item) {
        int index = getChildren().toList().indexOf(item);
        remove(item);
        List<Component> left = getChildren().toList();
        if (!left.isEmpty()) {
            left.get(Math.min(index, left.size() - 1)).getChildren()
                    .filter(c -> c.getElement().getClassList().contains(DISMISS)).map(Button.class::cast).findFirst().ifPresent(Button::focus);
        } else if (focusWhenEmpty != null) {
            focusWhenEmpty.focus();
        }
    }

    /** Where the keyboard focus goes when the last item is dismissed. */
    void setFocusWhenEmpty(Focusable<?> target) {
        this.focusWhenEmpty = target;
    }
}
