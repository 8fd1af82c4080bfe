package app.lightbox.images.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/** The files that were not stored, newest first, each with its reason; announced to screen readers. */
public class RefusalList extends UnorderedList {

    public RefusalList() {
        addClassName("upload-refusals");
        getElement().setAttribute("aria-live", "polite");
        getElement().setAttribute("aria-label", getTranslation("images.upload.refusals"));
    }

    public void add(String fileName, String reason) {
        Span name = new Span(fileName);
        name.addClassName("refused-name");
        addComponentAsFirst(new ListItem(name, new Span(" — " + reason)));
    }
}
